"""The response cache on both stores: the in-process one (embedded mode) and a real Redis."""

from __future__ import annotations

import asyncio
import gzip
import random
import re
import zlib
from collections.abc import Iterable

import brotli
import pytest
from redis.asyncio import Redis

from vuga.core.cache import Cache, CachedBody, CacheKey, MemoryCache, NearCache, RedisCache, ResponseCache
from vuga.core.cache.compression import DeflatedTail, gzip_joined
from vuga.core.cache.entries import accepts, preferred_encoding
from vuga.core.cache.http import etag_matches

KEY = CacheKey("home", "any")


def responses(store: Cache, **overrides: float) -> ResponseCache:
    options: dict[str, float] = {"stale_s": 60, "lock_ms": 2000, "wait_s": 1.0} | overrides
    return ResponseCache(
        store, stale_s=int(options["stale_s"]), lock_ms=int(options["lock_ms"]), wait_s=options["wait_s"]
    )


class CountingBuild:
    """A build that counts its calls and can be held open, to line up concurrent requests."""

    def __init__(self, body: bytes = b'{"rails": []}', tags: Iterable[str] = ("listing",)) -> None:
        self.body = body
        self.tags = list(tags)
        self.calls = 0
        self.release = asyncio.Event()
        self.release.set()

    async def __call__(self) -> tuple[bytes, list[str]]:
        self.calls += 1
        await self.release.wait()
        return self.body, self.tags


async def test_a_hit_returns_the_stored_body_in_every_encoding(store: Cache) -> None:
    cache = responses(store)
    build = CountingBuild(b'{"featured": ["' + b"x" * 2000 + b'"]}')
    first = await cache.get_or_build(KEY, 60, build)
    second = await cache.get_or_build(KEY, 60, build)
    assert build.calls == 1
    assert second == first
    assert gzip.decompress(second.gzip) == brotli.decompress(second.brotli) == second.identity == build.body
    assert len(second.brotli) < len(second.identity) / 10
    assert re.fullmatch(r'"[0-9a-f]{32}"', second.etag)  # strong: quoted, no W/


async def test_concurrent_misses_build_once(store: Cache) -> None:
    cache = responses(store)
    build = CountingBuild()
    build.release.clear()
    waiting = [asyncio.create_task(cache.get_or_build(KEY, 60, build)) for _ in range(20)]
    await asyncio.sleep(0.05)
    build.release.set()
    bodies = await asyncio.gather(*waiting)
    assert build.calls == 1
    assert len({body.etag for body in bodies}) == 1


async def test_another_process_waits_for_the_build_in_progress(redis_url: str) -> None:
    await Redis.from_url(redis_url).flushdb()
    first_store = RedisCache(redis_url, 0.5, 5.0)
    second_store = RedisCache(redis_url, 0.5, 5.0)  # a second API process: its own connections and flights
    first, second = responses(first_store), responses(second_store)
    slow, other = CountingBuild(), CountingBuild(b'{"other": 1}')
    slow.release.clear()
    building = asyncio.create_task(first.get_or_build(KEY, 60, slow))
    await asyncio.sleep(0.05)  # the first process holds the key's lock
    waiting = asyncio.create_task(second.get_or_build(KEY, 60, other))
    await asyncio.sleep(0.05)
    slow.release.set()
    assert (await waiting).identity == slow.body  # it got the first process's body...
    assert other.calls == 0  # ...without building one itself
    await building
    await first_store.close()
    await second_store.close()


async def test_invalidating_a_tag_drops_exactly_its_entries(store: Cache) -> None:
    cache = responses(store)
    home = CountingBuild(tags=["listing", "genres"])
    title = CountingBuild(tags=["title:1", "person:7"])
    other_title = CountingBuild(tags=["title:2"])
    keys = {"home": CacheKey("home", "any"), "t1": CacheKey("title", "1"), "t2": CacheKey("title", "2")}
    for key, build in zip(keys.values(), (home, title, other_title), strict=True):
        await cache.get_or_build(key, 60, build)
    await cache.invalidate(["person:7"])
    for key, build in zip(keys.values(), (home, title, other_title), strict=True):
        await cache.get_or_build(key, 60, build)
    assert (home.calls, title.calls, other_title.calls) == (1, 2, 1)


async def test_a_build_racing_with_a_write_is_not_stored(store: Cache) -> None:
    cache = responses(store)
    build = CountingBuild(b'{"old": true}')
    build.release.clear()
    racing = asyncio.create_task(cache.get_or_build(KEY, 60, build))
    await asyncio.sleep(0.02)  # the build has read the old rows...
    await cache.invalidate(["listing"])  # ...then a write commits and invalidates
    build.release.set()
    assert (await racing).identity == b'{"old": true}'  # its own requester still gets an answer
    fresh = CountingBuild(b'{"new": true}')
    assert (await cache.get_or_build(KEY, 60, fresh)).identity == b'{"new": true}'  # the old one was not kept


async def test_a_stale_entry_is_served_while_one_rebuild_replaces_it(store: Cache) -> None:
    now = [1_000_000.0]
    cache = ResponseCache(store, stale_s=60, lock_ms=2000, wait_s=1.0, clock=lambda: now[0])
    await cache.get_or_build(KEY, 10, CountingBuild(b'{"v": 1}'))
    now[0] += 11  # past its freshness, within its stale time
    rebuild = CountingBuild(b'{"v": 2}')
    served = [await cache.get_or_build(KEY, 10, rebuild) for _ in range(5)]
    assert {body.identity for body in served} == {b'{"v": 1}'}  # nobody waited for the rebuild
    await asyncio.sleep(0.05)
    assert rebuild.calls == 1
    assert (await cache.get_or_build(KEY, 10, rebuild)).identity == b'{"v": 2}'


async def test_a_build_may_be_fresh_for_less_and_then_is_never_served_stale(store: Cache) -> None:
    """A live channel's now-and-next holds until the next programme starts; past that it is wrong, so the
    first request after rebuilds it rather than being answered with the old body."""
    now = [1_000_000.0]
    cache = ResponseCache(store, stale_s=60, lock_ms=2000, wait_s=1.0, clock=lambda: now[0])

    def version(number: int) -> object:
        async def build() -> tuple[bytes, list[str], float]:
            return b'{"v": %d}' % number, ["live"], 2.0

        return build

    first = await cache.get_or_build(KEY, 900, version(1), serve_stale=False)  # type: ignore[arg-type]
    assert first.fresh_until == now[0] + 2.0
    now[0] += 1
    assert (await cache.get_or_build(KEY, 900, version(2), serve_stale=False)).identity == b'{"v": 1}'  # type: ignore[arg-type]
    now[0] += 2
    assert (await cache.get_or_build(KEY, 900, version(3), serve_stale=False)).identity == b'{"v": 3}'  # type: ignore[arg-type]


async def test_a_failed_build_reaches_every_waiter_and_is_not_cached(store: Cache) -> None:
    cache = responses(store)
    calls = 0

    async def failing() -> tuple[bytes, list[str]]:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.01)
        raise LookupError("title 9 does not exist")

    results = await asyncio.gather(
        *(cache.get_or_build(KEY, 60, failing) for _ in range(3)), return_exceptions=True
    )
    assert all(isinstance(result, LookupError) for result in results)
    assert calls == 1
    with pytest.raises(LookupError):
        await cache.get_or_build(KEY, 60, failing)
    assert calls == 2


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("gzip, deflate, br", "br"),
        ("gzip", "gzip"),
        ("br;q=0, gzip;q=0.5", "gzip"),
        ("identity", None),
        ("", None),
        ("*", "br"),
        ("br;q=bogus, gzip", "gzip"),
        ("GZIP", "gzip"),
    ],
)
def test_the_encoding_follows_accept_encoding(header: str, expected: str | None) -> None:
    assert preferred_encoding(header) == expected


@pytest.mark.parametrize(
    ("header", "takes_gzip"),
    [
        ("gzip, deflate, br", True),
        ("br", False),
        ("br, gzip;q=0", False),
        ("*", True),
        ("*, gzip;q=0", False),
        ("", False),
        ("GZip;q=0.1", True),
    ],
)
def test_a_client_accepts_an_encoding_it_names_or_takes_by_wildcard(header: str, takes_gzip: bool) -> None:
    assert accepts(header, "gzip") is takes_gzip


def test_if_none_match_compares_weakly_and_accepts_lists() -> None:
    etag = '"abc"'
    assert etag_matches('"abc"', etag)
    assert etag_matches('"x", "abc"', etag)
    assert etag_matches('W/"abc"', etag)
    assert etag_matches("*", etag)
    assert not etag_matches('"abcd"', etag)
    assert not etag_matches(None, etag)


async def test_the_near_cache_serves_hits_and_hears_of_other_processes_invalidations(redis_url: str) -> None:
    await Redis.from_url(redis_url).flushdb()
    stores = [RedisCache(redis_url, 0.5, 5.0) for _ in range(2)]
    nears = [NearCache(store, interval_s=0.02, max_bytes=1 << 20) for store in stores]
    for near in nears:
        await near.check()
        near.start()
    writer, reader = (
        ResponseCache(s, stale_s=60, lock_ms=2000, wait_s=1.0, near=n)
        for s, n in zip(stores, nears, strict=True)
    )
    old = CountingBuild(b'{"v": "old"}')
    await writer.get_or_build(KEY, 60, old)
    assert (await reader.get_or_build(KEY, 60, old)).identity == b'{"v": "old"}'  # from Redis, kept near
    assert await Redis.from_url(redis_url).delete(
        f"vuga:cache:{KEY.storage_key}"
    )  # Redis no longer has it...
    assert (await reader.get_or_build(KEY, 60, old)).identity == b'{"v": "old"}'  # ...the near copy serves
    assert old.calls == 1

    await writer.invalidate(["listing"])  # a write in the other process
    await asyncio.sleep(0.1)  # a few watcher intervals
    new = CountingBuild(b'{"v": "new"}')
    assert (await reader.get_or_build(KEY, 60, new)).identity == b'{"v": "new"}'
    for near in nears:
        await near.stop()
    for store in stores:
        await store.close()


async def test_the_near_cache_is_off_while_the_store_is_unreachable() -> None:
    store = RedisCache("redis://127.0.0.1:1/0", socket_timeout_s=0.2, breaker_open_s=5.0)  # nothing listens
    near = NearCache(store, interval_s=0.02, max_bytes=1 << 20)
    await near.check()
    cache = ResponseCache(store, stale_s=60, lock_ms=2000, wait_s=1.0, near=near)
    build = CountingBuild()
    await cache.get_or_build(KEY, 60, build)
    await cache.get_or_build(KEY, 60, build)
    assert build.calls == 2  # without the generation, nothing may be kept: every request builds
    await store.close()


async def test_the_near_cache_keeps_within_its_memory_bound() -> None:
    near = NearCache(MemoryCache(), interval_s=1, max_bytes=3000)
    await near.check()
    for n in range(10):
        near.put(f"k{n}", CachedBody.of(b"x" * 500 + str(n).encode(), 0), ticket=near.ticket())
    kept = [key for key in (f"k{n}" for n in range(10)) if near.get(key) is not None]
    assert 1 <= len(kept) < 10
    assert kept[-1] == "k9"  # the newest stays, the oldest went first


@pytest.mark.parametrize("head_size", [0, 1, 70_000])
def test_a_gzip_joined_body_decodes_to_head_and_tail_whatever_decoder_reads_it(head_size: int) -> None:
    rng = random.Random(head_size)
    head = bytes(rng.choice(b'{"abc:,} ') for _ in range(head_size))
    tail = DeflatedTail.of(b"".join(rng.choice([b'"rail":', b"[1,2,3]", b"title"]) for _ in range(50_000)))
    joined = gzip_joined(head, tail)
    assert gzip.decompress(joined) == head + tail.data
    streaming = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)  # what HTTP clients use, a chunk at a time
    decoded = b"".join(streaming.decompress(joined[i : i + 1000]) for i in range(0, len(joined), 1000))
    assert decoded + streaming.flush() == head + tail.data
    assert streaming.eof
