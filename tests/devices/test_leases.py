"""The lease stores, in Redis and in-process: the limit, renewal, release, lapse; in Redis, leases outlive
the process that took them, and exactly N of many takes racing from two processes win."""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from vuga.devices.leases import Holder, LeaseStore, MemoryLeases, RedisLeases

ROOT = Path(__file__).resolve().parents[2]
HOLDER = Holder(session_id=7, device="Kitchen TV", profile_id=3)


def an_account() -> int:
    """An account id no other test (or earlier run) has leases under."""
    return random.randrange(10**9, 2**31)


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[LeaseStore]:
    leases: LeaseStore = (
        MemoryLeases() if request.param == "memory" else RedisLeases(request.getfixturevalue("redis_url"), 2)
    )
    yield leases
    await leases.close()


async def test_the_limit_holds_and_refusals_name_the_holders(store: LeaseStore) -> None:
    account = an_account()
    assert (await store.take(account, 1, HOLDER, 2, 60_000)).granted
    assert (await store.take(account, 2, HOLDER, 2, 60_000)).granted
    refused = await store.take(account, 3, Holder(session_id=8, device="Phone", profile_id=4), 2, 60_000)
    assert not refused.granted
    assert refused.holders == (HOLDER, HOLDER)
    assert (await store.take(account, 1, HOLDER, 2, 60_000)).granted  # one already held: kept
    assert (await store.take(an_account(), 3, HOLDER, 2, 60_000)).granted  # another account's limit
    assert await store.holder(account, 2) == HOLDER
    assert await store.release(account, 2)
    assert not await store.release(account, 2)
    assert await store.holder(account, 2) is None
    assert (await store.take(account, 3, HOLDER, 2, 60_000)).granted


async def test_a_lease_lapses_unless_renewed(store: LeaseStore) -> None:
    account = an_account()
    assert (await store.take(account, 1, HOLDER, 1, 300)).granted
    assert (await store.take(account, 2, HOLDER, 1, 300)).granted is False
    for _ in range(3):
        await asyncio.sleep(0.15)
        assert await store.renew(account, 1, 300)
    await asyncio.sleep(0.4)  # no heartbeat: it lapses
    assert not await store.renew(account, 1, 300)
    assert await store.holder(account, 1) is None
    assert (await store.take(account, 2, HOLDER, 1, 300)).granted


async def test_redis_leases_outlive_the_process_that_took_them(redis_url: str) -> None:
    account = an_account()
    first = RedisLeases(redis_url, 2)
    assert (await first.take(account, 1, HOLDER, 1, 60_000)).granted
    await first.close()  # as an API process stopping
    restarted = RedisLeases(redis_url, 2)
    try:
        assert not (await restarted.take(account, 2, HOLDER, 1, 60_000)).granted
        assert await restarted.holder(account, 1) == HOLDER
    finally:
        await restarted.close()
    redis = Redis.from_url(redis_url)
    try:
        ttl = await redis.pttl(f"vuga:streams:{{{account}}}")
        assert 0 < ttl <= 60_000  # an account that stops playing leaves nothing behind
    finally:
        await redis.aclose()


@pytest.mark.parametrize("limit", [1, 3])
def test_exactly_the_limit_wins_a_race_across_two_processes(redis_url: str, limit: int) -> None:
    account, attempts = an_account(), 40
    start_at = time.time() + 3  # both processes started and connected by then
    racers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.devices.lease_race",
                redis_url,
                str(account),
                str(start_at),
                str(attempts),
                str(limit),
            ],
            cwd=ROOT,
            env=os.environ,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    granted = []
    for racer in racers:
        out, _ = racer.communicate(timeout=60)
        assert racer.returncode == 0
        granted.append(int(out.strip()))
    assert sum(granted) == limit, granted
