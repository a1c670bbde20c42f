"""The viewer API: categories, channels, a channel with now and next, the guide grid, search — public,
cached, without stream URLs, filtered by a kids profile's ceiling — and a profile's channel playback."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest
from litestar import Litestar

from tests.conftest import QueryCounter
from tests.livetv.guide import ADMIN, create_category, create_channel, hour, upload, xmltv
from tests.members import Member, add_profile, register
from vuga.core.clock import utcnow

LIVE = "/api/v1/live"


@pytest.fixture
async def lineup(client: httpx.AsyncClient, admin_headers: dict[str, str]) -> dict[str, int]:
    """A family channel and an adult one in one category, a disabled one, and a few hours of guide."""
    news = await create_category(client, admin_headers, "news")
    family = await create_channel(client, admin_headers, "Family News", number=1, category_ids=[news])
    adult = await create_channel(
        client, admin_headers, "Late Night", number=2, category_ids=[news], maturity_rating="18+"
    )
    hidden = await create_channel(client, admin_headers, "Hidden", category_ids=[news], is_enabled=False)
    guide = [
        (f"{name}.tv", hour(n), hour(n + 1), f"{name} {n}")
        for name in ("family-news", "late-night")
        for n in range(-1, 4)
    ]
    assert (await upload(client, admin_headers, xmltv(guide))).status_code == 201
    return {"news": news, "family": family, "adult": adult, "hidden": hidden}


async def kids(client: httpx.AsyncClient, member: Member) -> int:
    return await add_profile(client, member, is_kids=True)


async def test_no_public_answer_carries_a_stream_url(
    client: httpx.AsyncClient, lineup: dict[str, int]
) -> None:
    for path in [
        "/categories",
        "/channels",
        f"/channels/{lineup['family']}",
        "/guide",
        "/search?q=news",
    ]:
        response = await client.get(LIVE + path)
        assert response.status_code == 200, (path, response.text)
        assert "m3u8" not in response.text
        assert "live.example.com" not in response.text
        assert response.headers["cache-control"].startswith("public")
        assert response.headers["etag"]
        again = await client.get(LIVE + path, headers={"If-None-Match": response.headers["etag"]})
        assert again.status_code == 304


async def test_a_kids_profile_sees_only_channels_within_its_ceiling(
    client: httpx.AsyncClient, lineup: dict[str, int], member: Member
) -> None:
    profile = {"profile_id": await kids(client, member)}
    headers = member.headers
    everyone = (await client.get(f"{LIVE}/categories")).json()["items"][0]["channels"]
    assert [c["id"] for c in everyone] == [lineup["family"], lineup["adult"]]  # not the disabled one
    checks = {
        "/categories": lambda body: [c["id"] for c in body["items"][0]["channels"]],
        "/channels": lambda body: [c["id"] for c in body["items"]],
        "/guide": lambda body: [row["channel"]["id"] for row in body["items"]],
        "/search?q=night": lambda body: [c["id"] for c in body["items"]],
    }
    for path, ids in checks.items():
        params = httpx.URL(path).params.merge(profile)
        response = await client.get(LIVE + path.split("?")[0], params=params, headers=headers)
        assert response.status_code == 200, response.text
        assert lineup["adult"] not in ids(response.json()), path
        assert response.headers["cache-control"] == "no-store, private"
    adult = await client.get(f"{LIVE}/channels/{lineup['adult']}", params=profile, headers=headers)
    assert adult.status_code == 404
    assert (await client.get(f"{LIVE}/channels/{lineup['hidden']}")).status_code == 404
    playback = await client.get(
        f"/api/v1/profiles/{profile['profile_id']}/channels/{lineup['adult']}/playback", headers=headers
    )
    assert playback.status_code == 404


async def test_another_accounts_profile_is_refused(
    client: httpx.AsyncClient, lineup: dict[str, int], member: Member
) -> None:
    other = await register(client)
    response = await client.get(
        f"{LIVE}/channels", params={"profile_id": other.profile_id}, headers=member.headers
    )
    assert response.status_code == 404
    playback = await client.get(
        f"/api/v1/profiles/{other.profile_id}/channels/{lineup['family']}/playback", headers=member.headers
    )
    assert playback.status_code == 404
    anonymous = await client.get(f"/api/v1/profiles/{member.profile_id}/channels/{lineup['family']}/playback")
    assert anonymous.status_code == 401


async def test_the_playback_answer_has_the_sources_and_premium_follows_the_setting(
    client: httpx.AsyncClient,
    lineup: dict[str, int],
    member: Member,
    admin_headers: dict[str, str],
    app: Litestar,
) -> None:
    url = f"/api/v1/profiles/{member.profile_id}/channels/{lineup['family']}/playback"
    answer = await client.get(url, headers=member.headers)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["sources"] == [
        {
            "kind": "hls",
            "url": "https://live.example.com/family-news.m3u8",
            "quality": "hd",
            "backup_url": None,
        }
    ]
    assert body["now"]["title"] == "family-news 0"
    assert answer.headers["cache-control"] == "no-store, private"
    await client.patch(
        f"{ADMIN}/channels/{lineup['family']}", json={"is_premium": True}, headers=admin_headers
    )
    assert (await client.get(url, headers=member.headers)).status_code == 200  # open until subscriptions
    app.state.settings.livetv.premium_open = False
    assert (await client.get(url, headers=member.headers)).status_code == 403


async def test_now_and_next_cross_a_programme_boundary(
    client: httpx.AsyncClient, admin_headers: dict[str, str]
) -> None:
    channel_id = await create_channel(client, admin_headers, "Quick")
    now = utcnow()
    boundary = now + timedelta(seconds=1.5)
    document = xmltv(
        [
            ("quick.tv", now - timedelta(minutes=10), boundary, "Ending"),
            ("quick.tv", boundary, boundary + timedelta(hours=1), "Starting"),
            ("quick.tv", boundary + timedelta(hours=1), boundary + timedelta(hours=2), "Later"),
        ]
    )
    assert (await upload(client, admin_headers, document)).status_code == 201
    before = await client.get(f"{LIVE}/channels/{channel_id}")
    assert (before.json()["now"]["title"], before.json()["next"]["title"]) == ("Ending", "Starting")
    max_age = int(before.headers["cache-control"].split("max-age=")[1].split(",")[0])
    assert max_age <= 2  # browsers and CDNs keep it only until the boundary
    await asyncio.sleep((boundary - utcnow()).total_seconds() + 0.2)
    after = await client.get(f"{LIVE}/channels/{channel_id}")
    assert (after.json()["now"]["title"], after.json()["next"]["title"]) == ("Starting", "Later")


async def test_the_guide_is_bounded_and_paged_over_channels(
    client: httpx.AsyncClient, lineup: dict[str, int]
) -> None:
    window = {"start": hour(0).isoformat(), "end": hour(2).isoformat()}
    first = await client.get(f"{LIVE}/guide", params=window | {"limit": 1})
    assert first.status_code == 200, first.text
    body = first.json()
    assert [p["title"] for p in body["items"][0]["programmes"]] == ["family-news 0", "family-news 1"]
    second = await client.get(f"{LIVE}/guide", params=window | {"limit": 1, "cursor": body["next_cursor"]})
    assert second.json()["items"][0]["channel"]["id"] == lineup["adult"]
    assert second.json()["next_cursor"] is None
    chosen = await client.get(f"{LIVE}/guide", params=window | {"channels": str(lineup["adult"])})
    assert [row["channel"]["id"] for row in chosen.json()["items"]] == [lineup["adult"]]


@pytest.mark.parametrize(
    "params",
    [
        {"start": hour(0).isoformat(), "end": hour(30).isoformat()},  # wider than the limit
        {"start": hour(2).isoformat(), "end": hour(1).isoformat()},  # backwards
        {"start": "2026-12-04T18:00:00"},  # no time zone
        {"start": "yesterday"},
        {"start": "0001-01-01T00:00:00+14:00"},
        {"channels": "1,x"},
        {"channels": "99999999999"},
        {"channels": ",".join(str(n) for n in range(1, 120))},
        {"category": "no-such-category"},
        {"category": "BAD CATEGORY"},
        {"limit": 0},
    ],
)
async def test_bad_guide_requests_are_422(client: httpx.AsyncClient, params: dict[str, str]) -> None:
    response = await client.get(f"{LIVE}/guide", params=params)
    assert response.status_code in (400, 422), response.text
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_bad_viewer_inputs_are_problems(client: httpx.AsyncClient) -> None:
    assert (await client.get(f"{LIVE}/channels", params={"cursor": "garbage"})).status_code == 400
    assert (await client.get(f"{LIVE}/guide", params={"cursor": "garbage"})).status_code == 400
    assert (await client.get(f"{LIVE}/search")).status_code in (400, 422)
    assert (await client.get(f"{LIVE}/search", params={"q": "x" * 201})).status_code in (400, 422)
    assert (await client.get(f"{LIVE}/channels/0")).status_code in (400, 422)
    assert (await client.get(f"{LIVE}/channels/99999")).status_code == 404


async def test_search_tolerates_typos_and_matches_numbers(
    client: httpx.AsyncClient, lineup: dict[str, int]
) -> None:
    async def ids(q: str) -> list[int]:
        return [c["id"] for c in (await client.get(f"{LIVE}/search", params={"q": q})).json()["items"]]

    assert await ids("family") == [lineup["family"]]
    assert await ids("famly news") == [lineup["family"]]
    assert await ids("2") == [lineup["adult"]]
    assert await ids("news -family") == []
    assert await ids("'; DROP TABLE") == []


async def test_query_counts_stay_constant_as_channels_and_programmes_grow(
    client: httpx.AsyncClient, admin_headers: dict[str, str], queries: QueryCounter, forget_cached: object
) -> None:
    category = await create_category(client, admin_headers, "all")
    counts = []
    for size in (2, 6):
        names = [f"Grow {size} {n}" for n in range(size)]
        for name in names:
            await create_channel(client, admin_headers, name, category_ids=[category])
        guide = [
            (f"{name.lower().replace(' ', '-')}.tv", hour(n / 2), hour(n / 2 + 0.5), f"{name} {n}")
            for name in names
            for n in range(size * 2)
        ]
        assert (await upload(client, admin_headers, xmltv(guide))).status_code == 201
        forget_cached()  # type: ignore[operator]
        queries.reset()
        for path in [
            "/categories",
            "/channels",
            "/channels?category=all",
            "/guide?limit=100",
            "/search?q=grow",
        ]:
            assert (await client.get(LIVE + path)).status_code == 200
        counts.append(queries.count)
    assert counts[0] == counts[1], counts


async def test_admin_writes_make_cached_answers_stale(
    client: httpx.AsyncClient, lineup: dict[str, int], admin_headers: dict[str, str]
) -> None:
    paths = ["/categories", "/channels", f"/channels/{lineup['family']}", "/guide", "/search?q=family"]
    before = {path: await client.get(LIVE + path) for path in paths}
    renamed = await client.patch(
        f"{ADMIN}/channels/{lineup['family']}", json={"name": "Family Today"}, headers=admin_headers
    )
    assert renamed.status_code == 200
    for path in paths[:-1]:
        after = await client.get(LIVE + path)
        assert "Family Today" in after.text, path
        assert after.headers["etag"] != before[path].headers["etag"]
    found = (await client.get(f"{LIVE}/search", params={"q": "today"})).json()["items"]
    assert found[0]["id"] == lineup["family"]
