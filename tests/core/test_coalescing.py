"""Concurrent gets of one event-loop turn share one multi-key read, on both stores."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from vuga.core.cache import Cache, CoalescedGets, RedisCache


class CountedReads:
    """The store's reads, counted (the store itself is real)."""

    def __init__(self, store: Cache) -> None:
        self.store = store
        self.reads: list[list[str]] = []

    async def get_many(self, keys: Sequence[str]) -> list[bytes | None]:
        self.reads.append(list(keys))
        return await self.store.get_many(keys)


async def test_many_values_come_back_in_order_with_misses_as_none(store: Cache) -> None:
    await store.set("a", b"1", 60)
    await store.set("c", b"3", 60)
    assert await store.get_many(["c", "b", "a"]) == [b"3", None, b"1"]


async def test_gets_of_one_turn_are_one_read_and_each_gets_its_own_value(store: Cache) -> None:
    for key in ("s1", "s2", "s3"):
        await store.set(key, key.encode(), 60)
    counted = CountedReads(store)
    gets = CoalescedGets(counted)  # type: ignore[arg-type]  # only get_many is used

    values = await asyncio.gather(*(gets.get(key) for key in ("s1", "s2", "s1", "missing", "s3")))

    assert values == [b"s1", b"s2", b"s1", None, b"s3"]
    assert counted.reads == [["s1", "s2", "missing", "s3"]]  # one read, each key once
    assert await gets.get("s2") == b"s2"  # a later turn: a read of its own
    assert len(counted.reads) == 2


async def test_a_cancelled_caller_leaves_the_others_their_answer(store: Cache) -> None:
    await store.set("s1", b"live", 60)
    gets = CoalescedGets(store)
    first, second = asyncio.create_task(gets.get("s1")), asyncio.create_task(gets.get("s1"))
    await asyncio.sleep(0)  # both are waiting for the read
    first.cancel()
    assert await second == b"live"
    assert first.cancelled()


async def test_an_unreachable_redis_is_a_miss_for_every_caller() -> None:
    store = RedisCache("redis://127.0.0.1:1/0", socket_timeout_s=0.2, breaker_open_s=5.0)  # nothing listens
    gets = CoalescedGets(store)
    assert list(await asyncio.gather(gets.get("a"), gets.get("b"))) == [None, None]
    await store.close()
