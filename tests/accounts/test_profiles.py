"""Profiles: limits, kids ceilings, avatars, and what a restricted profile can see of the catalog."""

from __future__ import annotations

import io
from typing import Any

import pytest
from httpx import AsyncClient
from PIL import Image
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory
from tests.members import Member, add_profile
from vuga.accounts.models import Profile

PROFILES = "/api/v1/profiles"


async def profile_count(session: AsyncSession) -> int:
    return int((await session.execute(select(func.count(Profile.id)))).scalar_one())


async def test_profile_lifecycle(client: AsyncClient, member: Member) -> None:
    created = await client.post(
        PROFILES, json={"name": "Kid", "is_kids": True, "avatar": "default-4"}, headers=member.headers
    )
    assert created.status_code == 201
    kid = created.json()
    assert (kid["is_kids"], kid["max_maturity"]) == (True, "7+")
    assert kid["avatar_url"] == "https://cdn.test/media/avatars/default-4.png"

    updated = await client.patch(
        f"{PROFILES}/{kid['id']}", json={"max_maturity": "all", "name": "Tiny"}, headers=member.headers
    )
    assert (updated.json()["max_maturity"], updated.json()["name"]) == ("all", "Tiny")
    # Loosening a kids profile needs the account password (parental lock: accounts/test_parental.py).
    grown_up = await client.patch(
        f"{PROFILES}/{kid['id']}",
        json={"is_kids": False, "max_maturity": "16+", "password": member.password},
        headers=member.headers,
    )
    assert (grown_up.json()["is_kids"], grown_up.json()["max_maturity"]) == (False, "16+")
    assert (await client.get(f"{PROFILES}/{kid['id']}", headers=member.headers)).json()["name"] == "Tiny"

    assert (await client.delete(f"{PROFILES}/{kid['id']}", headers=member.headers)).status_code == 204
    assert (await client.get(f"{PROFILES}/{kid['id']}", headers=member.headers)).status_code == 404


async def test_an_account_has_at_most_five_profiles_and_at_least_one(
    client: AsyncClient, member: Member, session: AsyncSession
) -> None:
    for _ in range(4):
        await add_profile(client, member)
    sixth = await client.post(PROFILES, json={"name": "Sixth"}, headers=member.headers)
    assert sixth.status_code == 409
    assert await profile_count(session) == 5
    for profile_id in member.profile_ids[1:]:
        assert (await client.delete(f"{PROFILES}/{profile_id}", headers=member.headers)).status_code == 204
    last = await client.delete(f"{PROFILES}/{member.profile_id}", headers=member.headers)
    assert last.status_code == 409
    assert await profile_count(session) == 1


@pytest.mark.parametrize(
    "body",
    [
        {"name": ""},
        {"name": "x" * 51},
        {"name": "Kid", "is_kids": True, "max_maturity": "13+"},
        {"name": "X", "max_maturity": "PG-13"},
        {"name": "X", "avatar": "default-9"},
        {"name": "X", "avatar": "https://evil.example.com/a.png"},
        {"name": "X", "account_id": 1},
        {"name": 5},
    ],
)
async def test_bad_profiles_are_422_and_change_nothing(
    client: AsyncClient, member: Member, session: AsyncSession, body: dict[str, Any]
) -> None:
    response = await client.post(PROFILES, json=body, headers=member.headers)
    assert response.status_code == 422, response.text
    patched = await client.patch(f"{PROFILES}/{member.profile_id}", json=body, headers=member.headers)
    assert patched.status_code == 422, patched.text
    assert await profile_count(session) == 1
    profile = (await client.get(f"{PROFILES}/{member.profile_id}", headers=member.headers)).json()
    assert (profile["max_maturity"], profile["is_kids"]) == ("18+", False)


def image_bytes(size: tuple[int, int], image_format: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "#336699").save(buffer, image_format)
    return buffer.getvalue()


async def test_avatar_upload_is_checked_and_re_encoded(
    client: AsyncClient, member: Member, settings: Any
) -> None:
    url = f"{PROFILES}/{member.profile_id}/avatar"
    ok = await client.put(
        url, files={"file": ("me.png", image_bytes((300, 200)), "image/png")}, headers=member.headers
    )
    assert ok.status_code == 200, ok.text
    avatar_url = ok.json()["avatar_url"]
    assert avatar_url.startswith("https://cdn.test/media/images/")
    assert avatar_url.endswith("/256w.jpg")
    stored = settings.media.dir / avatar_url.removeprefix("https://cdn.test/media/")
    with Image.open(stored) as image:
        assert (image.format, image.size) == ("JPEG", (256, 256))
    avatar = ok.json()["avatar"]  # variants, never upscaled, and a placeholder
    assert [(v["width"], v["type"]) for v in avatar["variants"]] == [
        (160, "image/webp"),
        (160, "image/jpeg"),
        (256, "image/webp"),
        (256, "image/jpeg"),
    ]
    assert avatar["url"] == avatar_url
    assert avatar["blurhash"]

    bad_files = {
        "not an image": (b"<?php echo 1; ?>", "image/png"),
        "too small": (image_bytes((20, 20)), "image/png"),
        "too large in pixels": (image_bytes((5000, 64)), "image/png"),
        "gif": (image_bytes((100, 100), "GIF"), "image/gif"),
        "truncated": (image_bytes((100, 100))[:60], "image/png"),
    }
    for name, (content, content_type) in bad_files.items():
        response = await client.put(
            url, files={"file": ("x.png", content, content_type)}, headers=member.headers
        )
        assert response.status_code == 422, name
    huge = await client.put(
        url, files={"file": ("x.png", b"\0" * (3 * 1024 * 1024), "image/png")}, headers=member.headers
    )
    assert huge.status_code in (413, 422)
    not_multipart = await client.put(url, json={"file": "x"}, headers=member.headers)
    assert 400 <= not_multipart.status_code < 500
    after = (await client.get(f"{PROFILES}/{member.profile_id}", headers=member.headers)).json()
    assert after["avatar_url"] == avatar_url


async def test_a_kids_profile_never_sees_titles_above_its_ceiling(
    client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    kid = await add_profile(client, member, is_kids=True)  # 7+
    genre = await make.genre("drama")
    family = await make.title("Family", genres=[genre], maturity_age=7, popularity=1)
    adult = await make.title("Adult", genres=[genre], maturity_age=18, popularity=9, kind="series")
    season = await make.season(adult)
    await make.episode(season)
    actor = await make.person()
    await make.credit(family, actor)
    await make.credit(adult, actor)
    as_kid: dict[str, Any] = {"profile_id": kid}
    headers = member.headers

    browse = (await client.get("/api/v1/titles", params=as_kid, headers=headers)).json()
    assert [t["id"] for t in browse["items"]] == [family.id]
    loosened = await client.get("/api/v1/titles", params=as_kid | {"max_maturity": "18+"}, headers=headers)
    assert [t["id"] for t in loosened.json()["items"]] == [family.id]
    assert (await client.get(f"/api/v1/titles/{adult.id}", params=as_kid, headers=headers)).status_code == 404
    detail = (await client.get(f"/api/v1/titles/{family.id}", params=as_kid, headers=headers)).json()
    assert detail["more_like_this"] == []
    episodes = await client.get(
        f"/api/v1/titles/{adult.id}/seasons/1/episodes", params=as_kid, headers=headers
    )
    assert episodes.status_code == 404
    person = (await client.get(f"/api/v1/people/{actor.id}", params=as_kid, headers=headers)).json()
    assert [c["title"]["id"] for c in person["credits"]] == [family.id]

    # the adult profile sees both
    adult_browse = (
        await client.get("/api/v1/titles", params={"profile_id": member.profile_id}, headers=headers)
    ).json()
    assert {t["id"] for t in adult_browse["items"]} == {family.id, adult.id}


async def test_browsing_as_a_profile_needs_its_owner(client: AsyncClient, member: Member) -> None:
    assert (await client.get("/api/v1/titles", params={"profile_id": member.profile_id})).status_code == 401
    from tests.members import register

    stranger = await register(client)
    response = await client.get(
        "/api/v1/titles", params={"profile_id": member.profile_id}, headers=stranger.headers
    )
    assert response.status_code == 404


async def test_profile_endpoints_run_a_constant_number_of_queries(
    client: AsyncClient, member: Member, queries: QueryCounter
) -> None:
    async def cost() -> list[int]:
        counts = []
        for method, path, body in [
            ("GET", PROFILES, None),
            ("GET", f"{PROFILES}/{member.profile_id}", None),
            ("PATCH", f"{PROFILES}/{member.profile_id}", {"name": "Renamed"}),
            ("GET", "/api/v1/me", None),
        ]:
            queries.reset()
            response = await client.request(method, path, json=body, headers=member.headers)
            assert response.is_success
            counts.append(queries.count)
        return counts

    await client.get("/api/v1/me", headers=member.headers)  # the session is resolved and cached
    one_profile = await cost()
    for _ in range(4):
        await add_profile(client, member)
    assert await cost() == one_profile
