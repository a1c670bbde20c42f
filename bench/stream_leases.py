"""What a stream lease costs, next to a bare Redis round trip, side by side in one run.

Every heartbeat renews its stream's lease (one Lua script), and every playback start takes one. This runs,
with ``--concurrency`` callers on one event loop for ``--seconds`` each: Redis PING (the floor), a renewal, a
take then release, and the same on the in-process store, and prints operations a second and latency
percentiles.

    .venv/bin/python bench/stream_leases.py --redis redis://127.0.0.1:6379/4 [--seconds 5] [--concurrency 32]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
from collections.abc import Awaitable, Callable

from redis.asyncio import Redis

from vuga.devices.leases import Holder, LeaseStore, MemoryLeases, RedisLeases

HOLDER = Holder(session_id=1, device="Living room TV", profile_id=1)
TTL_MS = 90_000


async def measure(
    name: str, operation: Callable[[int], Awaitable[object]], seconds: float, concurrency: int
) -> None:
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds

    async def caller(number: int) -> None:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            await operation(number)
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(caller(n) for n in range(concurrency)))
    elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100)
    print(
        f"| {name} | {len(latencies) / elapsed:,.0f} | {cuts[49] * 1000:.2f} | {cuts[98] * 1000:.2f} |",
        flush=True,
    )


async def main(url: str, seconds: float, concurrency: int) -> None:
    redis = Redis.from_url(url)
    stores: list[tuple[str, LeaseStore]] = [("Redis", RedisLeases(url, 2)), ("in-process", MemoryLeases())]
    base = random.randrange(10**9, 2**31 - 10_000)
    print(f"{concurrency} callers, {seconds:g} s each\n")
    print("| operation | per second | p50 ms | p99 ms |\n| --- | --- | --- | --- |")
    await measure("Redis PING (the floor)", lambda _n: redis.ping(), seconds, concurrency)
    for label, store in stores:
        for n in range(concurrency):  # one held lease per caller, as a playing stream's
            await store.take(base + n, 10**12 + n, HOLDER, 4, TTL_MS)

        async def renew(n: int, store: LeaseStore = store) -> None:
            await store.renew(base + n, 10**12 + n, TTL_MS)

        async def take_and_release(n: int, store: LeaseStore = store) -> None:
            lease = 2 * 10**12 + n
            await store.take(base + n, lease, HOLDER, 4, TTL_MS)
            await store.release(base + n, lease)

        await measure(f"{label}: renew (a heartbeat)", renew, seconds, concurrency)
        await measure(f"{label}: take + release (a start, a stop)", take_and_release, seconds, concurrency)
        await store.close()
    await redis.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--redis", required=True)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=32)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.redis, arguments.seconds, arguments.concurrency))
