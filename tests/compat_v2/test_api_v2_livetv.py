"""``/api/v2``'s live-TV endpoints, each replayed as its callers send it and decoded by their rules."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.compat_v2.contract import assert_decodes, callers
from tests.compat_v2.test_api_v2 import HEADERS, call, settings, sign_up
from tests.conftest import QueryCounter
from tests.livetv.guide import create_category, create_channel, hour, upload, xmltv

__all__ = ["settings"]  # the fixture: /api/v2 served with the tests' key

LIVE_PATHS = [
    "fetchLiveTVPageData",
    "live-tv/categories",
    "fetchTVChannelByCategory",
    "live-tv/channels",
    "searchTVChannel",
    "live-tv/channel-details",
    "live-tv/schedule",
    "increaseTVChannelView",
    "live-tv/track-view",
]


@pytest.fixture
async def lineup(client: httpx.AsyncClient, admin_headers: dict[str, str]) -> dict[str, int]:
    news = await create_category(client, admin_headers, "news")
    family = await create_channel(client, admin_headers, "Family News", number=1, category_ids=[news])
    adult = await create_channel(
        client, admin_headers, "Late Night", number=2, category_ids=[news], maturity_rating="18+"
    )
    guide = [
        (f"{name}.tv", hour(n), hour(n + 1), f"{name} {n}") for name in ("family-news",) for n in range(-1, 3)
    ]
    assert (await upload(client, admin_headers, xmltv(guide))).status_code == 201
    return {"news": news, "family": family, "adult": adult}


def values(user: dict[str, Any], lineup: dict[str, int]) -> dict[str, Any]:
    uid = user["app_user_id"]
    return {
        "user_id": uid,
        "userId": uid,
        "tv_category_id": lineup["news"],
        "channel_id": lineup["family"],
        "keyword": "news",
        "start": 0,
        "limit": 20,
        "offset": 0,
        "page": 1,
        "per_page": 20,
        "watch_duration": 30,
        "device_type": 2,
    }


async def test_live_tv_answers_decode_in_every_caller(
    client: httpx.AsyncClient, lineup: dict[str, int]
) -> None:
    user = await sign_up(client)
    for path in LIVE_PATHS:
        for app in callers(path):
            response = await call(client, path, app, values(user, lineup))
            assert response.status_code == 200, (path, app, response.text)
            assert response.json()["status"] is True, (path, app, response.text)
            assert_decodes(path, response.json(), [app])
    page = (await call(client, "fetchLiveTVPageData", "android", values(user, lineup))).json()
    family = next(c for c in page["channels"] if c["id"] == lineup["family"])
    assert family["stream_url"] == family["source"] == "https://live.example.com/family-news.m3u8"
    assert family["current_program_title"] == "family-news 0"
    schedule = (await call(client, "live-tv/schedule", "tv", values(user, lineup))).json()["data"]
    assert [p["is_current"] for p in schedule].count(True) == 1


async def test_a_kids_profile_gets_no_channel_above_its_ceiling(
    client: httpx.AsyncClient, lineup: dict[str, int]
) -> None:
    user = await sign_up(client)
    uid = user["app_user_id"]
    made = await call(
        client, "createProfile", "ios", {"user_id": uid, "name": "Kid", "is_kids": 1, "avatar_id": 1}
    )
    kid = made.json()["profile"]["profile_id"]
    page = await call(client, "live-tv/channels", "tv", {"user_id": uid, "profile_id": kid}, all_fields=True)
    assert [c["id"] for c in page.json()["data"]] == [lineup["family"]]
    details = await call(
        client,
        "live-tv/channel-details",
        "tv",
        {"user_id": uid, "profile_id": kid, "channel_id": lineup["adult"]},
    )
    assert details.json()["status"] is False


async def test_unknown_channels_and_bad_dates_are_refusals(
    client: httpx.AsyncClient, lineup: dict[str, int]
) -> None:
    for path, fields in [
        ("live-tv/track-view", {"channel_id": 999999}),
        ("increaseTVChannelView", {"channel_id": "x"}),
        ("live-tv/schedule", {"channel_id": lineup["family"], "date": "tomorrow"}),
        ("fetchTVChannelByCategory", {"tv_category_id": 999999}),
    ]:
        response = await client.post(f"/api/v2/{path}", data=fields, headers=HEADERS)
        assert response.status_code < 500, (path, response.text)
        assert response.json()["status"] is False, (path, response.text)


async def test_live_lists_cost_the_same_queries_for_more_channels(
    client: httpx.AsyncClient, admin_headers: dict[str, str], queries: QueryCounter
) -> None:
    category = await create_category(client, admin_headers, "sport")
    await client.post("/api/v2/fetchLiveTVPageData", headers=HEADERS)  # reads the catalog's id map once
    counts = []
    for size in (2, 6):
        for n in range(size):
            await create_channel(client, admin_headers, f"Sport {size}-{n}", category_ids=[category])
        run = []
        for path in ("fetchLiveTVPageData", "live-tv/channels", "fetchTVChannelByCategory"):
            queries.reset()
            await client.post(f"/api/v2/{path}", data={"tv_category_id": category}, headers=HEADERS)
            run.append(queries.count)
        counts.append(run)
    assert counts[0] == counts[1]


async def test_a_tracked_view_counts_once_per_profile_and_never_for_a_guest(
    client: httpx.AsyncClient, lineup: dict[str, int], app: Any, admin_headers: dict[str, str]
) -> None:
    from vuga.livetv.service import AudienceRecorder

    user = await sign_up(client)
    for path in ("increaseTVChannelView", "live-tv/track-view", "increaseTVChannelView"):  # replayed
        response = await call(client, path, "android", values(user, lineup))
        assert response.json()["status"] is True, response.text
    guest = await call(client, "increaseTVChannelView", "android", {"channel_id": lineup["family"]})
    assert guest.json()["status"] is True, guest.text
    state = app.state
    await AudienceRecorder(state.database, state.counters, state.presence, state.settings.livetv).record()
    audience = await client.get(
        f"/api/v1/admin/live/channels/{lineup['family']}/audience", headers=admin_headers
    )
    assert audience.json()["view_count"] == 1
