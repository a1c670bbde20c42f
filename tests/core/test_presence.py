"""Presence (who was seen lately, per key) behaves the same in memory and in a real Redis, and a dead Redis
costs nothing but the count."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from vuga.core.presence import MemoryPresence, Presence, RedisPresence


@pytest.fixture(params=["memory", "redis"])
async def presence(request: pytest.FixtureRequest) -> AsyncIterator[Presence]:
    if request.param == "memory":
        store: Presence = MemoryPresence()
    else:
        url = request.getfixturevalue("redis_url")
        await Redis.from_url(url).flushdb()
        store = RedisPresence(url, timeout_s=1.0, breaker_open_s=5.0)
    yield store
    await store.close()


async def test_members_are_counted_once_per_key_within_the_window(presence: Presence) -> None:
    for key, member in [(1, "a"), (1, "a"), (1, "b"), (2, "a")]:
        await presence.seen("live", key, member, window_s=60)
    await presence.seen("other", 1, "z", window_s=60)
    assert await presence.counts("live", [1, 2, 3], window_s=60) == {1: 2, 2: 1}
    assert await presence.active_keys("live", window_s=60) == [1, 2]
    assert await presence.counts("other", [1], window_s=60) == {1: 1}


async def test_a_member_not_seen_within_the_window_is_gone(presence: Presence) -> None:
    await presence.seen("live", 7, "early", window_s=60)
    await asyncio.sleep(1.1)
    await presence.seen("live", 7, "late", window_s=60)
    assert await presence.counts("live", [7], window_s=1) == {7: 1}
    assert await presence.counts("live", [7], window_s=60) == {7: 2}
    await asyncio.sleep(1.1)
    assert await presence.active_keys("live", window_s=1) == []
    assert await presence.counts("live", [7], window_s=1) == {}


async def test_an_unreachable_redis_counts_nothing_and_raises_nothing() -> None:
    presence = RedisPresence("redis://127.0.0.1:1/0", timeout_s=0.2, breaker_open_s=5.0)
    await presence.seen("live", 1, "a", window_s=60)
    assert await presence.counts("live", [1], window_s=60) == {}
    assert await presence.active_keys("live", window_s=60) == []
    await presence.close()
