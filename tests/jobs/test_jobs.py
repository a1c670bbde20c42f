"""Retries, dead letters and their replay; schedules firing once per period across processes; the scheduled
jobs' effects (most viewed titles, ended login sessions)."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Annotated

import httpx
import pytest
from litestar import Litestar
from sqlalchemy import text
from taskiq import Context, TaskiqDepends, async_shared_broker
from typer.testing import CliRunner

from tests.conftest import in_own_thread
from tests.factories import CatalogFactory
from tests.members import Member, register
from vuga.cli import app as cli
from vuga.core.jobs.dead_letters import DeadLetter, RedisDeadLetters
from vuga.core.jobs.schedule import MemorySlotClaims, RedisSlotClaims, Schedule, Scheduler
from vuga.settings import JobsSettings, Settings

RUNS: list[str] = []


@async_shared_broker.task(task_name="tests.flaky")
async def flaky(context: Annotated[Context, TaskiqDepends()], marker: str) -> None:
    """Fails while ``marker``'s file exists; then records one run."""
    if Path(marker).exists():  # noqa: ASYNC240 (a test's flag file)
        raise RuntimeError("the marker is still there")
    RUNS.append(marker)


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(
        update={
            "jobs": JobsSettings(scheduler=False, max_attempts=3, retry_delay_s=0.01, retry_max_delay_s=0.05)
        }
    )


async def wait_for(condition: object, timeout_s: float = 10) -> None:
    deadline = asyncio.get_running_loop().time() + timeout_s
    while not condition():  # type: ignore[operator]
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_a_failing_job_is_retried_then_dead_and_can_be_replayed(
    app: Litestar, client: httpx.AsyncClient, settings: Settings, tmp_path: Path
) -> None:
    marker = tmp_path / "fail"
    marker.touch()
    dead_letters = app.state.jobs.dead_letters
    job_id = await app.state.jobs.enqueue("tests.flaky", marker=str(marker))
    letters: list[DeadLetter] = []

    async def poll() -> None:
        while not (found := await dead_letters.all()):  # noqa: ASYNC110 (polls another store)
            await asyncio.sleep(0.02)
        letters.extend(found)

    await asyncio.wait_for(poll(), 10)
    [letter] = letters
    assert (letter.id, letter.task_name, letter.attempts) == (job_id, "tests.flaky", 3)
    assert letter.kwargs == {"marker": str(marker)}
    assert "the marker is still there" in letter.error

    env = {"VUGA_VAR_DIR": str(settings.var_dir), "VUGA_DATABASE_URL": settings.database.url}
    runner = CliRunner()
    listed = in_own_thread(lambda: runner.invoke(cli, ["jobs", "list-dead"], env=env))
    assert listed.exit_code == 0
    assert f"{job_id}\ttests.flaky\t3 attempts" in listed.output
    missing = in_own_thread(lambda: runner.invoke(cli, ["jobs", "replay", "no-such-id"], env=env))
    assert missing.exit_code == 1

    marker.unlink()  # the cause is fixed: the replay succeeds, here in the command (embedded mode)
    replayed = in_own_thread(lambda: runner.invoke(cli, ["jobs", "replay", job_id], env=env))
    assert replayed.exit_code == 0, replayed.output
    assert RUNS.count(str(marker)) == 1
    assert await dead_letters.all() == []


async def test_dead_letters_in_redis(redis_url: str) -> None:
    store = RedisDeadLetters(redis_url)
    letter = DeadLetter("abc-1", "tests.flaky", [], {"x": 1}, {}, "RuntimeError()", 5, "2026-01-01T00:00:00")
    await store.add(letter)
    assert await store.get("abc-1") == letter
    assert letter in await store.all()
    assert await store.remove("abc-1")
    assert not await store.remove("abc-1")
    await store.close()


async def test_each_period_is_queued_once_however_many_schedulers_run(
    app: Litestar, client: httpx.AsyncClient, redis_url: str
) -> None:
    from redis.asyncio import Redis

    redis = Redis.from_url(redis_url)
    await redis.flushdb()
    now = [1_000_000.0]
    schedules = [Schedule("tests.flaky", 10), Schedule("no.such.task", 10)]
    jobs = app.state.jobs
    shared = [Scheduler(jobs, schedules, RedisSlotClaims(redis_url), clock=lambda: now[0]) for _ in range(3)]
    assert [s.task_name for s in shared[0].schedules] == ["tests.flaky"]  # an unknown task is left out

    queued = []
    for second in (0, 3, 9.9, 10, 15, 25):
        now[0] = 1_000_000.0 + second
        for scheduler in shared:
            queued += await scheduler.tick()
    # Slots [1000000, 1000010), [1000010, 1000020), [1000020, 1000030): three, whatever three processes do.
    assert queued == ["tests.flaky"] * 3
    alone = Scheduler(jobs, schedules, MemorySlotClaims(), clock=lambda: now[0])
    assert await alone.tick() == ["tests.flaky"]
    assert await alone.tick() == []
    for scheduler in [*shared, alone]:
        await scheduler.stop()
    await jobs.broker.wait_all()
    await redis.aclose()


async def record_views(make: CatalogFactory, member: Member, rows: list[tuple[int, datetime, int]]) -> None:
    """Counted views in the watch history: ``(title_id, when, how many)``, not yet committed."""
    n = 0
    for title_id, seen, views in rows:
        for _ in range(views):
            n += 1
            await make.session.execute(
                text(
                    "INSERT INTO watch_history (id, month, profile_id, title_id, episode_key, session_id,"
                    " device, started_at, last_seen_at, last_client_time, seconds_watched, view_counted)"
                    " VALUES (:id, :month, :profile, :title, 0, :session, '', :seen, :seen, :seen, 60, true)"
                ),
                {
                    "id": n,
                    "month": date(seen.year, seen.month, 1),
                    "profile": member.profile_id,
                    "title": title_id,
                    "session": f"s{n}",
                    "seen": seen,
                },
            )


async def test_most_viewed_titles_are_recomputed_from_recent_views(
    app: Litestar, client: httpx.AsyncClient, member: Member, make: CatalogFactory
) -> None:
    popular, second, hidden, old = [await make.title() for _ in range(4)]
    await make.session.execute(text(f"UPDATE titles SET is_published = false WHERE id = {hidden.id}"))
    now = datetime.now(UTC)
    rows = [
        (popular.id, now, 3),
        (second.id, now, 1),
        (hidden.id, now, 5),
        (old.id, now - timedelta(days=9), 9),
    ]
    await record_views(make, member, rows)
    await make.session.commit()
    await app.state.jobs.enqueue("playback.recompute_most_viewed")
    await app.state.jobs.broker.wait_all()
    async with app.state.database.reader() as session:
        stored = (
            await session.execute(text("SELECT title_id, views FROM most_viewed_titles ORDER BY position"))
        ).all()
    assert [tuple(row) for row in stored] == [(popular.id, 3), (second.id, 1)]  # no unpublished, no old views


async def test_ended_login_sessions_are_deleted(app: Litestar, client: httpx.AsyncClient) -> None:
    live, expired, revoked_long_ago, revoked_now = [await register(client) for _ in range(4)]
    long_ago = datetime.now(UTC) - timedelta(days=3)
    async with app.state.database.writer() as session, session.begin():
        for member, column in ((expired, "expires_at"), (revoked_long_ago, "revoked_at")):
            await session.execute(
                text(
                    f"UPDATE auth_sessions SET {column} = :at WHERE account_id ="
                    " (SELECT id FROM accounts WHERE email = :email)"
                ),
                {"at": long_ago, "email": member.email},
            )
    assert (await client.post("/api/v1/auth/logout", headers=revoked_now.headers)).status_code == 204
    await app.state.jobs.enqueue("accounts.delete_ended_sessions")
    await app.state.jobs.broker.wait_all()
    async with app.state.database.reader() as session:
        left = set(
            (
                await session.execute(
                    text("SELECT a.email FROM auth_sessions s JOIN accounts a ON a.id = s.account_id")
                )
            ).scalars()
        )
        tokens = (await session.execute(text("SELECT count(*) FROM refresh_tokens"))).scalar_one()
    assert left == {live.email, revoked_now.email}  # a fresh revocation is kept for its grace day
    assert tokens == 2


def test_a_separate_worker_needs_redis(tmp_path: Path) -> None:
    env = {"VUGA_REDIS_URL": "", "VUGA_VAR_DIR": str(tmp_path)}
    result = in_own_thread(lambda: CliRunner().invoke(cli, ["worker"], env=env))
    assert result.exit_code == 1
    assert "VUGA_REDIS_URL" in result.output


def test_dropping_a_dead_letter(tmp_path: Path) -> None:
    env = {"VUGA_REDIS_URL": "", "VUGA_VAR_DIR": str(tmp_path)}
    letter = DeadLetter("0f1e2d", "tests.flaky", [], {}, {}, "RuntimeError()", 5, "2026-01-01T00:00:00")
    (tmp_path / "dead-letters").mkdir()
    (tmp_path / "dead-letters" / "0f1e2d.json").write_text(letter.to_json())
    runner = CliRunner()
    assert in_own_thread(lambda: runner.invoke(cli, ["jobs", "drop", "../secret"], env=env)).exit_code == 1
    assert in_own_thread(lambda: runner.invoke(cli, ["jobs", "drop", "0f1e2d"], env=env)).exit_code == 0
    listed = in_own_thread(lambda: runner.invoke(cli, ["jobs", "list-dead"], env=env))
    assert "no dead jobs" in listed.output


async def test_a_flush_dying_after_its_commit_does_not_count_twice(
    app: Litestar, client: httpx.AsyncClient, make: CatalogFactory, redis_url: str
) -> None:
    from redis.asyncio import Redis

    from vuga.catalog.counting import CounterFlusher
    from vuga.core.counters import BATCHES, CounterBatch, RedisCounters

    class DiesBeforeFinishing(RedisCounters):
        """The process dies after the database committed the batch, before Redis forgot it."""

        async def finish(self, batch: CounterBatch) -> None:
            raise ConnectionError("the process died here")

    redis = Redis.from_url(redis_url)
    await redis.flushdb()
    movie = await make.title()
    await make.session.commit()
    dying = DiesBeforeFinishing(redis_url, timeout_s=1.0, breaker_open_s=5.0)
    await dying.add("title_shares", movie.id, 4)
    with pytest.raises(ConnectionError):
        await CounterFlusher(app.state.database, dying).flush()
    assert await redis.scard(BATCHES) == 1  # the batch is still there...

    healthy = RedisCounters(redis_url, timeout_s=1.0, breaker_open_s=5.0)
    await healthy.add("title_shares", movie.id, 1)  # ...and new counts arrive meanwhile
    await CounterFlusher(app.state.database, healthy).flush()
    async with app.state.database.reader() as session:
        shares = (
            await session.execute(text(f"SELECT share_count FROM titles WHERE id = {movie.id}"))
        ).scalar()
    assert shares == 5  # 4 once (its receipt was found), plus the new 1
    assert await redis.scard(BATCHES) == 0
    for counters in (dying, healthy):
        await counters.close()
    await redis.aclose()
