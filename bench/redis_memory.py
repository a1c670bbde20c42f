"""Redis memory for a million profiles' hot data, written by the server's own classes.

    .venv/bin/python bench/redis_memory.py --profiles 20000

What Redis holds for a viewer who is active right now, through the same code paths the server takes:

- the live-session entry that spares the database a lookup per request (``Authenticator``: key
  ``session:<id>``, the JSON ``[account_id, role]``, ``VUGA_AUTH_SESSION_CACHE_TTL_S``), one per viewer,
  taken as one session per profile (the upper bound: profiles of one account share a session);
- the view claims that count a view once per profile and title per 6 hours (``RedisCounters.claim``, keys
  ``view:<profile>:<title>`` and ``view:<profile>:e<episode>``): a viewer in the middle of an episode holds
  both;
- the rate limiter's moving window (``RateLimiter.hit``, ``VUGA_RATE_LIMIT_PER_MINUTE`` per account): one
  entry per request of the last minute; a playing viewer sends a heartbeat every 10 s, so six.

It writes them for ``--profiles`` profiles into a scratch database (``--redis-url``, emptied first and
after), reads ``used_memory`` from ``INFO memory`` before and after, and scales the difference to a million
profiles. The writing must end within a minute, when the first rate-limit windows expire: the script
checks that every key is there and refuses to report otherwise. The title counters (one hash field per title, not per profile) and the response cache (per page,
not per profile) are left out; ``--keep`` leaves the keys for inspection.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time

import msgspec
from redis.asyncio import Redis

from vuga.core.cache.stores import RedisCache
from vuga.core.counters import RedisCounters
from vuga.core.ratelimit import RateLimiter
from vuga.settings import RateLimitSettings, RedisSettings

HEARTBEATS_PER_MINUTE = 6
VIEW_DEDUPE_S = 6 * 3600
SESSION_TTL_S = 300
CHUNK = 50  # profiles written concurrently: few enough that no call times out (and falls back)
KEYS_PER_PROFILE = 4  # the session, two view claims, the rate limit window


async def used_memory(redis: Redis) -> int:
    return int((await redis.info("memory"))["used_memory"])


async def write_profile(
    profile: int, cache: RedisCache, counters: RedisCounters, limiter: RateLimiter
) -> None:
    await cache.set(f"session:{profile}", msgspec.json.encode([profile, "member"]), SESSION_TTL_S)
    title, episode = 1 + profile % 50_000, 1 + profile % 400_000
    await counters.claim(f"view:{profile}:{title}", VIEW_DEDUPE_S)
    await counters.claim(f"view:{profile}:e{episode}", VIEW_DEDUPE_S)
    for _ in range(HEARTBEATS_PER_MINUTE):
        await limiter.hit(limiter.default, f"account:{profile}")


async def main(args: argparse.Namespace) -> None:
    redis = Redis.from_url(args.redis_url)
    await redis.flushdb()
    # Memory is measured here, not latency: a generous timeout, so that no write gives up and falls back to
    # process memory on a busy machine.
    settings = RedisSettings(url=args.redis_url, socket_timeout_s=5.0)
    cache = RedisCache(args.redis_url, settings.socket_timeout_s, settings.breaker_open_s)
    counters = RedisCounters(args.redis_url, settings.socket_timeout_s, settings.breaker_open_s)
    limiter = RateLimiter(RateLimitSettings(), settings)
    before = await used_memory(redis)
    started = time.monotonic()
    for first in range(0, args.profiles, CHUNK):
        chunk = range(first, min(first + CHUNK, args.profiles))
        await asyncio.gather(*(write_profile(p, cache, counters, limiter) for p in chunk))
        print(f"\r{chunk[-1] + 1:,}/{args.profiles:,} profiles", end="", file=sys.stderr)
    print(file=sys.stderr)
    after = await used_memory(redis)
    keys = await redis.dbsize()
    if keys != KEYS_PER_PROFILE * args.profiles:  # a write fell back to process memory, or a window expired
        sys.exit(f"{keys:,} keys in Redis, {KEYS_PER_PROFILE * args.profiles:,} expected")
    per_profile = (after - before) / args.profiles
    print("# Redis memory per profile's hot data\n")
    print(f"`.venv/bin/python bench/redis_memory.py --profiles {args.profiles}`, {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, "
          f"Redis {(await redis.info('server'))['redis_version']}, written in {time.monotonic() - started:.0f} s.\n")  # fmt: skip
    print(f"- profiles: {args.profiles:,}; keys: {keys:,} ({keys / args.profiles:.1f} per profile)")
    print(f"- used_memory: {before / 2**20:.1f} MiB before, {after / 2**20:.1f} MiB after")
    print(
        f"- per profile: {per_profile:,.0f} bytes; **per million profiles: {per_profile * 1e6 / 2**30:.2f} GiB**"
    )
    if not args.keep:
        await redis.flushdb()
    await cache.close()
    await counters.close()
    await redis.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--profiles", type=int, default=20_000)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/13")
    parser.add_argument("--keep", action="store_true")
    asyncio.run(main(parser.parse_args()))
