"""``/api/v2``'s library and history: watchlists by either id, ``watch/sync`` merging (a replay never
deletes), the series page, the unified watchlist and the history, decoded by each caller's rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from tests.compat_v2.contract import assert_decodes, callers
from tests.compat_v2.test_api_v2 import HEADERS, call, catalog, settings, sign_up, v2

__all__ = ["catalog", "settings"]  # the fixtures: /api/v2 served with the tests' key, a small catalog


async def test_watchlist_toggles_and_lists_with_both_ids(
    client: httpx.AsyncClient, catalog: dict[str, Any]
) -> None:
    user = await sign_up(client)
    uid, movie = user["app_user_id"], catalog["movies"][1]
    for app in callers("user/toggle-watchlist"):
        added = await call(
            client, "user/toggle-watchlist", app, {"app_user_id": uid, "content_id": v2(movie)}
        )
        assert_decodes("user/toggle-watchlist", added.json(), [app])
        on = str(v2(movie)) in added.json()["data"]["watchlist_content_ids"].split(",")
        assert on is (added.json()["message"] == "Added to watchlist")
    for app in callers("fetchWatchList"):
        listed = (
            await call(client, "fetchWatchList", app, {"user_id": uid, "start": 0, "limit": 10, "type": 0})
        ).json()
        assert_decodes("fetchWatchList", listed, [app])
        assert [(i["content_id"], i["id"]) for i in listed["data"]] == [(v2(movie), v2(movie))]
    episode = v2(catalog["episode"])
    toggled = await call(
        client, "user/toggle-episode-watchlist", "ios", {"app_user_id": uid, "episode_id": episode}
    )
    assert toggled.json()["is_in_watchlist"] is True
    checked = await call(
        client, "user/check-episode-watchlist", "android", {"app_user_id": uid, "episode_id": episode}
    )
    assert checked.json()["is_in_watchlist"] is True
    rated = await call(
        client, "user/rate-content", "ios", {"app_user_id": uid, "content_id": v2(movie), "rating": "4.5"}
    )
    assert rated.json()["status"] is True
    assert rated.json()["data"]["ratings"] == 5.0


async def test_watch_sync_merges_and_a_replay_never_deletes(
    client: httpx.AsyncClient, catalog: dict[str, Any]
) -> None:
    user = await sign_up(client)
    profile = user["profiles"][0]["profile_id"]
    first, second = catalog["movies"][0], catalog["movies"][1]
    now = datetime.now(UTC)
    android = {
        "profile_id": profile,
        "sync_mode": "replace",
        "watch_history": [
            {
                "content_id": v2(first),
                "last_watched_position": 50,
                "total_duration": 0,
                "completed": False,
                "device_type": 1,
                "watched_at": (now - timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S"),
            }
        ],
    }
    ios = {
        "profile_id": profile,
        "sync_mode": "replace",
        "watch_history": [
            {
                "content_id": str(v2(second)),
                "last_watched_position": 600,
                "total_duration": 5400,
                "completed": "false",
                "device_type": 1,
                "watched_at": (now - timedelta(hours=1)).isoformat(),
            }
        ],
    }
    for body in (android, ios):
        synced = await client.post("/api/v2/watch/sync", json=body, headers=HEADERS)
        assert synced.json()["data"]["synced_new"] == 1, synced.text
    # Replayed, and an empty "replace" from another device: nothing is deleted.
    await client.post("/api/v2/watch/sync", json=android, headers=HEADERS)
    empty = await client.post("/api/v2/watch/sync", json={**android, "watch_history": []}, headers=HEADERS)
    assert empty.json()["data"]["deleted"] == 0
    watching = await call(
        client, "watch/continue-watching", "ios", {"profile_id": profile, "start": 0, "limit": 20}
    )
    assert_decodes("watch/continue-watching", watching.json(), ["ios"])
    positions = {i["content_id"]: i["last_watched_position"] for i in watching.json()["data"]}
    assert positions == {v2(first): 2700, v2(second): 600}  # Android's 50 % of 5400 s, iOS's seconds


async def test_series_page_unified_watchlist_and_history_decode(
    client: httpx.AsyncClient, catalog: dict[str, Any]
) -> None:
    user = await sign_up(client)
    uid, series, episode = user["app_user_id"], catalog["series"], catalog["episode"]
    for app in callers("fetchContentDetails"):
        page = (
            await call(client, "fetchContentDetails", app, {"user_id": uid, "content_id": v2(series)})
        ).json()
        assert_decodes("fetchContentDetails", page, [app])
        assert [e["episode_id"] for s in page["data"]["seasons"] for e in s["episodes"]] == [v2(episode)]
    await call(
        client, "user/toggle-episode-watchlist", "ios", {"app_user_id": uid, "episode_id": v2(episode)}
    )
    await call(
        client, "user/toggle-watchlist", "ios", {"app_user_id": uid, "content_id": v2(catalog["movies"][0])}
    )
    for app in callers("user/fetch-unified-watchlist"):
        unified = (
            await call(client, "user/fetch-unified-watchlist", app, {"user_id": uid, "start": 0, "limit": 10})
        ).json()
        assert_decodes("user/fetch-unified-watchlist", unified, [app])
        assert [i["item_type"] for i in unified["data"]] == ["content", "episode"]
    episodes_only = await call(
        client, "user/fetch-unified-watchlist", "ios", {"user_id": uid, "type": 3}, all_fields=True
    )
    assert [i["episode_id"] for i in episodes_only.json()["data"]] == [v2(episode)]
    history = await call(client, "user/watch-history", "android", {"user_id": uid, "limit": 20})
    assert history.json()["status"] is True
    assert_decodes("user/watch-history", history.json())
    assert (await call(client, "test", "tv", {})).json()["status"] is True
