"""``/api/v2`` answers each VUGA app that calls an endpoint with what that app decodes: requests replayed in
each app's shapes and encodings from the contract, answers checked by the app's decoding rules (``contract``),
and the holes of VUGA's server shown closed."""

from __future__ import annotations

import base64
import io
import itertools
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import select

from tests.compat_v2.contract import assert_decodes, callers, encoding, sample_request
from tests.conftest import QueryCounter, settings_for
from tests.factories import CatalogFactory
from vuga.accounts.models import Account, Profile
from vuga.compat_v2.importer.models import LegacyAccount, LegacyId
from vuga.compat_v2.models import AppProfile
from vuga.compat_v2.service.catalog_ids import OFFSET
from vuga.core.db import Database
from vuga.settings import Settings
from vuga.settings.compat import CompatV2Settings

KEY = "test-app-key"
HEADERS = {"apikey": KEY}
_devices = itertools.count(1)


def v2(row: Any) -> int:
    """The apps' id of a title or episode VUGA never had: ours past the offset."""
    return int(row.id) + OFFSET


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    settings = settings_for(database_url, tmp_path)
    settings.v2 = CompatV2Settings(app_key=SecretStr(KEY), registrations_per_minute_per_ip=1000)
    return settings


async def call(
    client: httpx.AsyncClient, path: str, app: str, values: dict[str, Any], *, all_fields: bool = False
) -> httpx.Response:
    """POST ``path`` as ``app`` sends it: its fields (or all of ``values``), in its encoding."""
    fields = values if all_fields else sample_request(path, app, values)
    kind = encoding(path, app)
    if "json" in kind:
        return await client.post(f"/api/v2/{path}", json=fields, headers=HEADERS)
    if "multipart" in kind:
        files = {"_": ("", b"")} if not fields else None
        text = {k: str(v) for k, v in fields.items()}
        return await client.post(f"/api/v2/{path}", data=text, files=files, headers=HEADERS)
    if not fields:
        return await client.post(f"/api/v2/{path}", headers=HEADERS)
    form = {k: ("true" if v is True else "false" if v is False else str(v)) for k, v in fields.items()}
    return await client.post(f"/api/v2/{path}", data=form, headers=HEADERS)


async def sign_up(client: httpx.AsyncClient, app: str = "ios", email: str | None = None) -> dict[str, Any]:
    device = f"fcm-token-{next(_devices)}"
    values = {
        "email": email or f"app{next(_devices)}@example.com",
        "identity": "sub-123",
        "fullname": "App Viewer",
        "login_type": 1,
        "device_type": 2 if app == "ios" else 1,
        "device_token": device,
        "email_consent": 1,
        "sms_consent": 0,
    }
    response = await call(client, "userRegistration", app, values)
    assert response.status_code == 201, response.text
    user: dict[str, Any] = response.json()["data"]
    user["_device"], user["_email"] = device, values["email"]
    return user


@pytest.fixture
async def catalog(make: CatalogFactory) -> dict[str, Any]:
    drama = await make.genre("drama", "Drama")
    movies = [await make.title(f"Ocean {n}", genres=[drama], popularity=n) for n in range(3)]
    series = await make.title("Ocean Series", kind="series", genres=[drama])
    season = await make.season(series)
    episode = await make.episode(season)
    return {"genre": drama, "movies": movies, "series": series, "episode": episode}


async def test_every_call_needs_the_app_key(client: httpx.AsyncClient) -> None:
    for headers in ({}, {"apikey": "wrong"}):
        response = await client.post("/api/v2/fetchSettings", headers=headers)
        assert response.status_code == 401
        assert response.json()["status"] is False


async def test_v2_is_served_only_with_a_key_and_switched_on(database_url: str, tmp_path: Path) -> None:
    from tests.conftest import app_client
    from vuga.app import create_app

    async with app_client(create_app(settings_for(database_url, tmp_path))) as plain:
        assert (await plain.post("/api/v2/fetchSettings", headers=HEADERS)).status_code == 404
    switched_off = settings_for(database_url, tmp_path)
    switched_off.v2 = CompatV2Settings(app_key=SecretStr(KEY), enabled=False)
    async with app_client(create_app(switched_off)) as off:
        assert (await off.post("/api/v2/fetchSettings", headers=HEADERS)).status_code == 404


@pytest.mark.parametrize("caller", ["android", "ios"])
async def test_sign_up_gives_a_random_id_and_no_identity(client: httpx.AsyncClient, caller: str) -> None:
    user = await sign_up(client, caller)
    assert 1 <= user["app_user_id"] < 2**31
    for leaked in ("identity", "device_token", "consent_ip_address"):
        assert leaked not in user
    body = (await call(client, "fetchProfile", "ios", {"user_id": user["app_user_id"]})).json()
    assert_decodes("fetchProfile", body)
    assert "identity" not in body["data"]
    assert "device_token" not in body["data"]


async def test_sign_in_again_answers_only_the_bound_device(client: httpx.AsyncClient) -> None:
    user = await sign_up(client, "android")
    again = {"email": user["_email"], "login_type": 1, "device_token": user["_device"], "fullname": "x"}
    same = await call(client, "userRegistration", "ios", again)
    assert same.status_code == 200
    assert same.json()["status"] is False
    assert same.json()["data"]["app_user_id"] == user["app_user_id"]
    assert_decodes("userRegistration", same.json())
    other = await call(client, "userRegistration", "ios", {**again, "device_token": "another-device"})
    assert other.json()["status"] is False
    assert "data" not in other.json()
    placeholder = await call(client, "userRegistration", "ios", {**again, "device_token": "---"})
    assert "data" not in placeholder.json()


async def test_an_api_v1_account_cannot_be_claimed_by_email(client: httpx.AsyncClient) -> None:
    await client.post(
        "/api/v1/auth/register", json={"email": "web@example.com", "password": "correct horse battery"}
    )
    taken = await call(client, "userRegistration", "ios", {"email": "web@example.com", "device_token": "d-1"})
    assert taken.json()["status"] is False
    assert "data" not in taken.json()


@pytest.mark.parametrize("caller", ["android", "ios", "tv"])
async def test_profiles_round_trip_in_each_app_s_shapes(client: httpx.AsyncClient, caller: str) -> None:
    user = await sign_up(client)
    uid = user["app_user_id"]
    listed = await call(client, "getUserProfiles", caller, {"user_id": uid})
    assert_decodes("getUserProfiles", listed.json(), [caller])
    made = await call(
        client,
        "createProfile",
        caller,
        {
            "user_id": uid,
            "name": "Kid",
            "avatar_id": 1,
            "is_kids": 1,
            "age": 7,
            "avatar_type": "color",
            "avatar_color": "#FF0000",
        },
    )
    assert made.json()["status"] is True, made.text
    assert_decodes("createProfile", made.json(), [caller])
    kid = made.json()["profile"]["profile_id"]
    assert made.json()["profile"]["is_kids"] is True
    chosen = await call(client, "selectProfile", caller, {"user_id": uid, "profile_id": kid})
    assert_decodes("selectProfile", chosen.json(), [caller])
    renamed = await call(
        client,
        "profile/update",
        caller,
        {"user_id": uid, "profile_id": kid, "name": "Kiddo", "avatar_id": 1, "is_kids": 1},
    )
    assert renamed.json()["profile"]["name"] == "Kiddo", renamed.text
    gone = await call(client, "deleteProfile", caller, {"user_id": uid, "profile_id": kid})
    assert gone.json()["status"] is True


async def test_another_user_s_profile_is_not_found(client: httpx.AsyncClient) -> None:
    mine, theirs = await sign_up(client), await sign_up(client)
    their_profile = theirs["profiles"][0]["profile_id"]
    for path in ("selectProfile", "deleteProfile"):
        body = (
            await call(client, path, "ios", {"user_id": mine["app_user_id"], "profile_id": their_profile})
        ).json()
        assert body["status"] is False
        assert "profile" not in body
    listed = await call(
        client,
        "fetchWatchList",
        "ios",
        {"user_id": mine["app_user_id"], "profile_id": their_profile, "start": 0, "limit": 10},
    )
    assert listed.json()["status"] is False
    assert "data" not in listed.json()
    unknown = await call(client, "fetchProfile", "ios", {"user_id": 123456})
    assert unknown.json()["status"] is False
    assert "data" not in unknown.json()


async def test_catalog_answers_decode_in_every_caller(
    client: httpx.AsyncClient, catalog: dict[str, Any]
) -> None:
    user = await sign_up(client)
    uid, movie = user["app_user_id"], catalog["movies"][0]
    values = {
        "user_id": uid,
        "app_user_id": uid,
        "content_id": v2(movie),
        "search": "ocean",
        "keyword": "ocean",
        "start": 0,
        "limit": 10,
        "page": 1,
        "per_page": 10,
        "genre_id": catalog["genre"].id,
        "category_id": catalog["genre"].id,
        "actor_id": 1,
        "content_ids": f"{v2(movie)},{v2(catalog['series'])}",
        "search_type": "title",
    }
    for path in (
        "fetchSettings",
        "fetchHomePageData",
        "fetchContentDetails",
        "searchContent",
        "content/by-category",
        "fetchContentsByCategory",
        "fetchContentsByGenre",
        "content/by-ids",
        "fetchContentsByIds",
        "increaseContentShare",
        "increaseContentView",
    ):
        for app in callers(path):
            response = await call(client, path, app, values)
            assert response.status_code in (200, 201), (path, app, response.text)
            body = response.json()
            assert body["status"] is True, (path, app, body)
            assert_decodes(path, body, [app])
    home = (await call(client, "fetchHomePageData", "android", values)).json()
    assert all(row["genre_id"] == row["id"] for row in home["genreContents"])
    found = (await call(client, "searchContent", "tv", values)).json()["data"]
    assert {t["title"] for t in found} >= {"Ocean 0", "Ocean 1"}
    detail = (await call(client, "fetchContentDetails", "ios", values)).json()["data"]
    assert all(isinstance(s["content_id"], str) for s in detail["content_subtitles"])


async def test_bad_inputs_are_refusals_never_500(client: httpx.AsyncClient) -> None:
    user = await sign_up(client)
    for path, fields in [
        ("fetchContentDetails", {"content_id": "abc"}),
        ("searchContent", {"start": "-x"}),
        ("increaseContentShare", {"content_id": 999999}),
        ("user/toggle-watchlist", {"content_id": "1e9"}),
        ("createProfile", {"name": "x" * 300}),
        ("watch/sync", {"profile_id": 1, "watch_history": "no"}),
    ]:
        response = await client.post(
            f"/api/v2/{path}", data={"user_id": user["app_user_id"], **fields}, headers=HEADERS
        )
        assert response.status_code < 500, (path, response.text)
        assert response.json()["status"] is False, (path, response.text)
    broken = await client.post(
        "/api/v2/watch/sync", content=b"{not json", headers={**HEADERS, "content-type": "application/json"}
    )
    assert broken.status_code == 400
    assert broken.json()["status"] is False


async def test_list_query_counts_do_not_grow(
    client: httpx.AsyncClient, make: CatalogFactory, queries: QueryCounter
) -> None:
    user = await sign_up(client)
    uid, genre = user["app_user_id"], await make.genre("comedy", "Comedy")
    counts = []
    for size in (2, 8):
        for _ in range(size):
            title = await make.title(genres=[genre])
            await call(client, "user/toggle-watchlist", "ios", {"app_user_id": uid, "content_id": v2(title)})
        run = []
        for path in ("fetchWatchList", "fetchContentsByCategory", "content/by-ids"):
            queries.reset()
            await call(
                client,
                path,
                callers(path)[0],
                {"user_id": uid, "start": 0, "limit": 20, "genre_id": genre.id, "content_ids": "1,2,3,4,5,6"},
            )
            run.append(queries.count)
        counts.append(run)
    # Never more for more data (search may take one query fewer: with few matches it tries a looser tier)
    assert all(more <= fewer for fewer, more in zip(counts[0], counts[1], strict=True)), counts


async def test_profile_only_calls_need_the_apps_random_profile_id(
    client: httpx.AsyncClient, catalog: dict[str, Any], database: Database
) -> None:
    """``watch/sync`` and continue watching name only a profile: our own sequential ids are not taken."""
    user = await sign_up(client)
    async with database.writer() as session:
        ours = await session.scalar(select(AppProfile.profile_id))
    for path in ("watch/continue-watching", "watch/sync"):
        walked = await client.post(
            f"/api/v2/{path}", json={"profile_id": ours, "watch_history": []}, headers=HEADERS
        )
        assert walked.status_code == 404
        assert walked.json()["status"] is False
    app_id = user["profiles"][0]["profile_id"]
    assert (
        await client.post("/api/v2/watch/continue-watching", data={"profile_id": app_id}, headers=HEADERS)
    ).json()["status"] is True


async def test_a_migrated_id_is_bound_to_the_first_device(
    client: httpx.AsyncClient, database: Database
) -> None:
    async with database.writer() as session:
        account = Account(email="legacy@example.com", password_hash=None, display_name="Legacy")
        session.add(account)
        await session.flush()
        session.add(Profile(account_id=account.id, name="Legacy", avatar_url="/avatars/default-1.png"))
        session.add(LegacyAccount(legacy_user_id=42, account_id=account.id, login_type=2, identity="fb-1"))
        await session.commit()
    seen = await call(client, "fetchProfile", "ios", {"user_id": 42})
    assert seen.json()["data"]["login_type"] == 2
    assert_decodes("fetchProfile", seen.json())
    refused = await call(client, "deleteMyAccount", "ios", {"user_id": 42})
    assert refused.json()["status"] is False  # no device has signed in with the id since the switch
    first = {"email": "legacy@example.com", "login_type": 2, "device_token": "phone-a", "fullname": "L"}
    bound = await call(client, "userRegistration", "android", first)
    assert bound.json()["data"]["app_user_id"] == 42
    other = await call(client, "userRegistration", "android", {**first, "device_token": "phone-b"})
    assert other.status_code == 403
    assert "data" not in other.json()


async def test_registrations_are_limited_per_address(database_url: str, tmp_path: Path) -> None:
    from tests.conftest import app_client
    from vuga.app import create_app
    from vuga.settings import RateLimitSettings

    settings = settings_for(database_url, tmp_path)
    settings.v2 = CompatV2Settings(app_key=SecretStr(KEY), registrations_per_minute_per_ip=2)
    settings.rate_limit = RateLimitSettings(enabled=True, per_minute=1000)
    async with app_client(create_app(settings)) as limited:
        answers = [
            await call(
                limited, "userRegistration", "ios", {"email": f"r{n}@example.com", "device_token": f"d{n}"}
            )
            for n in range(3)
        ]
    assert [a.status_code for a in answers] == [201, 201, 429]
    assert answers[2].json()["status"] is False


def png(size: int = 128) -> str:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (size, size), (200, 30, 30)).save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


async def test_profile_settings_and_avatars_in_each_app_s_shapes(client: httpx.AsyncClient) -> None:
    user = await sign_up(client)
    uid, profile = user["app_user_id"], user["profiles"][0]["profile_id"]
    for app in callers("profile/update-age-settings"):
        aged = await call(
            client,
            "profile/update-age-settings",
            app,
            {"user_id": uid, "profile_id": profile, "age": 16, "is_kids_profile": False},
        )
        assert aged.json()["status"] is True, aged.text
        assert_decodes("profile/update-age-settings", aged.json(), [app])
    for app in callers("profiles/avatar/upload"):
        uploaded = await call(
            client,
            "profiles/avatar/upload",
            app,
            {"user_id": uid, "profile_id": profile, "image_data": png()},
        )
        assert uploaded.json()["status"] is True, uploaded.text
        assert uploaded.json()["avatar_url"].startswith("https://")
        assert uploaded.json()["profile"]["avatar_type"] == "custom"
        assert_decodes("profiles/avatar/upload", uploaded.json(), [app])
    broken = await call(
        client, "profiles/avatar/upload", "ios", {"user_id": uid, "profile_id": profile, "image_data": "%%%"}
    )
    assert broken.status_code == 400
    removed = await call(client, "profiles/avatar/remove", "android", {"user_id": uid, "profile_id": profile})
    assert removed.json()["status"] is True
    listed = (await call(client, "getUserProfiles", "ios", {"user_id": uid})).json()
    assert listed["profiles"][0]["avatar_type"] == "default"


async def test_home_title_page_and_search_query_counts_do_not_grow(
    client: httpx.AsyncClient, make: CatalogFactory, queries: QueryCounter, forget_cached: Any
) -> None:
    user = await sign_up(client)
    uid, genre = user["app_user_id"], await make.genre("thriller", "Thriller")
    series = await make.title("Deep Ocean", kind="series", genres=[genre])
    await client.post("/api/v2/searchContent", data={"search": "ocean"}, headers=HEADERS)  # warms the backend
    counts = []
    for size in (1, 4):
        for _ in range(size):
            await make.title(f"Ocean {size}-{_}", genres=[genre])
            season = await make.season(series, number=len(counts) * 10 + _ + 1)
            await make.episode(season)
        forget_cached()
        run = []
        for path, fields in (
            ("fetchHomePageData", {"user_id": uid}),
            ("fetchContentDetails", {"user_id": uid, "content_id": v2(series)}),
            ("searchContent", {"search": "ocean", "start": 0, "limit": 20}),
            ("user/fetch-unified-watchlist", {"user_id": uid}),
        ):
            queries.reset()
            response = await client.post(f"/api/v2/{path}", data=fields, headers=HEADERS)
            assert response.json()["status"] is True, (path, response.text)
            run.append(queries.count)
        counts.append(run)
    # Never more for more data (search may take one query fewer: with few matches it tries a looser tier)
    assert all(more <= fewer for fewer, more in zip(counts[0], counts[1], strict=True)), counts


async def test_imported_titles_keep_vuga_s_ids(
    app: Any, client: httpx.AsyncClient, catalog: dict[str, Any], database: Database
) -> None:
    """A migrated app sends VUGA's content and episode ids from its local history: they name the imported
    title and episode, and answers use them too."""
    user = await sign_up(client)
    uid, movie, episode = user["app_user_id"], catalog["movies"][2], catalog["episode"]
    async with database.writer() as session:
        session.add(LegacyId(source="content", legacy_id=7, target_id=movie.id, fingerprint="x"))
        session.add(LegacyId(source="episode", legacy_id=70, target_id=episode.id, fingerprint="x"))
        await session.commit()
    app.state.v2_catalog_ids.forget()
    page = (await call(client, "fetchContentDetails", "ios", {"user_id": uid, "content_id": 7})).json()
    assert page["data"]["content_id"] == 7
    assert page["data"]["title"] == movie.title
    toggled = await call(client, "user/toggle-watchlist", "android", {"app_user_id": uid, "content_id": 7})
    assert toggled.json()["data"]["watchlist_content_ids"] == "7"
    on = await call(client, "user/toggle-episode-watchlist", "ios", {"app_user_id": uid, "episode_id": 70})
    assert on.json()["is_in_watchlist"] is True
    profile = user["profiles"][0]["profile_id"]
    row = {"content_id": 7, "last_watched_position": 10, "total_duration": 0, "watched_at": ""}
    synced = await client.post(
        "/api/v2/watch/sync", json={"profile_id": profile, "watch_history": [row]}, headers=HEADERS
    )
    assert synced.json()["data"]["synced_new"] == 1
    watching = await call(client, "watch/continue-watching", "ios", {"profile_id": profile})
    assert [i["content_id"] for i in watching.json()["data"]] == [7]
    # Our own small ids are never taken for VUGA's: an id no import mapped names nothing.
    unknown = await call(client, "fetchContentDetails", "ios", {"user_id": uid, "content_id": movie.id})
    assert unknown.json()["status"] is False
