"""A worker SIGKILLed in the middle of a job: the job is redelivered to another worker, and its effect (counts
added to a title) happens exactly once."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from tests.conftest import TABLES
from vuga.core.counters import BATCHES, RedisCounters
from vuga.core.jobs.queue import CONSUMER_GROUP
from vuga.settings import DatabaseSettings, JobsSettings, RedisSettings, Settings
from vuga.worker import JobRuntime, build_resources, close_resources


async def eventually(check: Callable[[], Awaitable[bool]], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not await check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.1)


def start_worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "vuga", "worker", "--no-scheduler"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
        )


def stop(process: subprocess.Popen[bytes], signum: int) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signum)
        process.wait(timeout=20)


def log_lines(log: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


async def test_a_job_of_a_killed_worker_is_redelivered_and_applied_once(
    postgres_url: str, redis_url: str, tmp_path: Path
) -> None:
    queue = f"vuga:jobs:test-{uuid.uuid4().hex[:8]}"
    redis = Redis.from_url(redis_url)
    await redis.flushdb()
    engine = create_async_engine(postgres_url)
    async with engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE"))
        title_id = (
            await connection.execute(
                text(
                    "INSERT INTO titles (kind, title, sort_title, release_year, is_published, published_at)"
                    " VALUES ('movie', 'Counted', 'counted', 2020, true, now()) RETURNING id"
                )
            )
        ).scalar_one()
    counters = RedisCounters(redis_url, timeout_s=1.0, breaker_open_s=5.0)
    await counters.add("title_views", title_id, 5)

    async def view_count() -> int:
        async with engine.connect() as connection:
            query = text("SELECT view_count FROM titles WHERE id = :id")
            return int((await connection.execute(query, {"id": title_id})).scalar_one())

    async def pending_jobs() -> int:
        return int((await redis.xpending(queue, CONSUMER_GROUP))["pending"])

    settings = Settings(
        database=DatabaseSettings(url=postgres_url, pool_size=2),
        redis=RedisSettings(url=redis_url),
        jobs=JobsSettings(queue=queue, redeliver_after_s=2, scheduler=False),
        var_dir=tmp_path / "var",
    )
    resources = build_resources(settings)
    runtime = JobRuntime.create(resources, run_scheduler=False)
    await runtime.start()
    env = os.environ | {
        "VUGA_DATABASE_URL": postgres_url,
        "VUGA_REDIS_URL": redis_url,
        "VUGA_JOBS_QUEUE": queue,
        # The first worker must not take its own stalled job back; the second takes it after 2 s.
        "VUGA_JOBS_REDELIVER_AFTER_S": "60",
        "VUGA_VAR_DIR": str(tmp_path / "var"),
        "VUGA_AUTH_SECRET_KEY": "worker-test-key-" + "w" * 40,
    }
    first = second = None
    blocker = await engine.connect()
    observer = await engine.connect()
    try:
        # Hold the title's row: the worker's UPDATE waits on it, in the middle of its transaction.
        await blocker.begin()
        await blocker.execute(text("SELECT id FROM titles WHERE id = :id FOR UPDATE"), {"id": title_id})
        first = start_worker(env, tmp_path / "first-worker.log")
        job_id = await runtime.jobs.enqueue("catalog.flush_counters")

        async def worker_waits_on_the_row() -> bool:
            query = text(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                " AND query LIKE 'UPDATE titles%' AND datname = current_database()"
            )
            # From another connection: a transaction sees one snapshot of pg_stat_activity.
            found = bool((await observer.execute(query)).scalar_one())
            await observer.rollback()
            return found

        await eventually(worker_waits_on_the_row, 30, "the first worker to start the job")
        stop(first, signal.SIGKILL)  # no clean-up, no acknowledgement: the process just stops
        await blocker.rollback()
        await asyncio.sleep(1)
        assert await view_count() == 0, "the killed worker's transaction must not commit"
        assert await pending_jobs() == 1, "the killed worker's job stays unacknowledged"

        second = start_worker(env | {"VUGA_JOBS_REDELIVER_AFTER_S": "2"}, tmp_path / "second-worker.log")

        async def applied_and_acknowledged() -> bool:
            return await view_count() == 5 and await pending_jobs() == 0

        await eventually(applied_and_acknowledged, 30, "the second worker to finish the redelivered job")
        # Another flush finds nothing left to add: the batch was applied once and removed.
        await runtime.jobs.enqueue("catalog.flush_counters")

        async def queue_drained() -> bool:
            depth = await runtime.jobs.depth()
            return depth.ready == 0 and depth.pending == 0

        await eventually(queue_drained, 30, "the second flush")
        assert await view_count() == 5
        assert await redis.scard(BATCHES) == 0
        stop(second, signal.SIGTERM)
        assert second.returncode == 0
    finally:
        for process in (first, second):
            if process is not None:
                stop(process, signal.SIGKILL)
        await blocker.close()
        await observer.close()
        await runtime.stop()
        await close_resources(resources)
        await counters.close()
        await redis.delete(queue)
        await redis.aclose()
        await engine.dispose()

    first_runs = [line for line in log_lines(tmp_path / "first-worker.log") if line.get("task_id") == job_id]
    second_runs = [
        line for line in log_lines(tmp_path / "second-worker.log") if line.get("task_id") == job_id
    ]
    assert [line["event"] for line in first_runs] == ["job started"]
    assert [line["event"] for line in second_runs] == ["job started", "job finished"]  # the same job, again


async def test_a_job_that_kills_every_worker_becomes_a_dead_letter(
    postgres_url: str, redis_url: str, tmp_path: Path
) -> None:
    queue = f"vuga:jobs:test-{uuid.uuid4().hex[:8]}"
    redis = Redis.from_url(redis_url)
    settings = Settings(
        database=DatabaseSettings(url=postgres_url, pool_size=1),
        redis=RedisSettings(url=redis_url),
        jobs=JobsSettings(queue=queue, redeliver_after_s=1, max_attempts=2, scheduler=False),
        var_dir=tmp_path / "var",
    )
    resources = build_resources(settings)
    runtime = JobRuntime.create(resources, run_scheduler=False)
    await runtime.start()
    await redis.delete("vuga:jobs:dead")
    listening = None
    try:
        job_id = await runtime.jobs.enqueue("catalog.flush_counters")
        # Two workers took the job and died without acknowledging it.
        await redis.xreadgroup(CONSUMER_GROUP, "dead-worker-1", {queue: ">"}, count=1)
        [[entry_id, _]] = (await redis.xrange(queue))[:1]
        await redis.xclaim(queue, CONSUMER_GROUP, "dead-worker-2", min_idle_time=0, message_ids=[entry_id])
        await asyncio.sleep(1.1)  # idle past the redelivery timeout

        messages = runtime.jobs.broker.listen()
        listening = asyncio.create_task(anext(messages))  # type: ignore[arg-type]

        async def dead() -> bool:
            return await runtime.dead_letters.count() == 1

        await eventually(dead, 15, "the dead letter")
        assert not listening.done(), "the job must not be handed to a third worker"
        [letter] = await runtime.dead_letters.all()
        assert (letter.id, letter.task_name, letter.attempts) == (job_id, "catalog.flush_counters", 2)
        assert int((await redis.xpending(queue, CONSUMER_GROUP))["pending"]) == 0  # acknowledged
    finally:
        if listening is not None:
            listening.cancel()
        await runtime.dead_letters.remove(job_id)
        await runtime.stop()
        await close_resources(resources)
        await redis.delete(queue)
        await redis.aclose()
