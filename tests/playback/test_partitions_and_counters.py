"""Monthly partitions of the history, retention, and view/share/download counting."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from httpx import AsyncClient
from litestar import Litestar
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories import CatalogFactory
from tests.members import Member
from tests.playback.test_progress import beat, send
from vuga.core.db import Database
from vuga.playback.partitions import add_months, create_partitions, drop_expired, month_start


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)  # partitions are PostgreSQL's
async def test_history_rows_land_in_the_partition_of_their_month(
    app: Litestar,
    client: AsyncClient,
    member: Member,
    make: CatalogFactory,
    session: AsyncSession,
    database_url: str,
) -> None:
    movie = await make.title()
    next_month = add_months(month_start(datetime.now(UTC).date()), 1)
    end_of_this_month = datetime.combine(next_month, datetime.min.time(), UTC) - timedelta(seconds=1)
    batcher = app.state.heartbeats
    for server_time, session_id in (
        (end_of_this_month, "before-midnight"),
        (end_of_this_month + timedelta(seconds=2), "after-midnight"),
    ):
        batcher.clock = lambda moment=server_time: moment
        assert await send(client, member, beat(movie.id, 60, session=session_id)) == 204
    rows = await session.execute(
        text("SELECT session_id, tableoid::regclass::text FROM watch_history ORDER BY session_id")
    )
    this_month = month_start(end_of_this_month.date())
    assert dict(rows.all()) == {
        "after-midnight": f"watch_history_y{next_month.year:04d}m{next_month.month:02d}",
        "before-midnight": f"watch_history_y{this_month.year:04d}m{this_month.month:02d}",
    }


async def test_maintenance_creates_months_ahead_and_drops_expired_ones(
    database: Database,
    client: AsyncClient,
    member: Member,
    make: CatalogFactory,
    session: AsyncSession,
    database_url: str,
) -> None:
    movie = await make.title()
    old_month = date(2024, 3, 1)
    async with database.writer_engine.begin() as connection:
        await create_partitions(connection, old_month, months_ahead=0)  # pretend it is March 2024
        await connection.execute(
            text(
                "INSERT INTO watch_history (id, month, profile_id, title_id, episode_key, session_id, device,"
                " started_at, last_seen_at, last_client_time, seconds_watched, view_counted)"
                " VALUES (1, :month, :profile, :title, 0, 'old-session', 'tv', :at, :at, :at, 10, false)"
            ),
            {
                "month": old_month,
                "profile": member.profile_id,
                "title": movie.id,
                "at": datetime(2024, 3, 5, tzinfo=UTC),
            },
        )
    assert await send(client, member, beat(movie.id, 60, session="recent-session")) == 204

    async with database.writer_engine.begin() as connection:
        created = await create_partitions(connection, datetime.now(UTC).date(), months_ahead=5)
        dropped = await drop_expired(connection, datetime.now(UTC).date(), retention_months=13)
    left = (await session.execute(text("SELECT session_id FROM watch_history"))).scalars().all()
    assert left == ["recent-session"]
    if database_url.startswith("postgresql"):
        assert dropped == ["watch_history_y2024m03"]
        assert created  # the months beyond the three the migration made
        names = (
            (
                await session.execute(
                    text("SELECT relname FROM pg_class WHERE relname LIKE 'watch_history_y%'")
                )
            )
            .scalars()
            .all()
        )
        assert "watch_history_y2024m03" not in names


async def test_a_view_counts_once_per_profile_and_title_in_its_window(
    app: Litestar, client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    movie = await make.title()
    short = await make.title(duration_s=40)
    start = datetime.now(UTC) - timedelta(minutes=10)

    async def watch(title_id: int, seconds: int, session_id: str, duration: float = 5400) -> None:
        for offset in range(0, seconds + 1, 10):
            at = start + timedelta(seconds=offset)
            assert (
                await send(
                    client, member, beat(title_id, offset, duration=duration, session=session_id, at=at)
                )
                == 204
            )

    async def views(title_id: int) -> int:
        async with app.state.database.reader() as session:
            count = await session.scalar(
                text("SELECT view_count FROM titles WHERE id = :id"), {"id": title_id}
            )
        return int(count)

    await watch(movie.id, 20, "too-short-session")  # 20 s: not yet a view
    await app.state.counter_flusher.flush()
    assert await views(movie.id) == 0
    await watch(movie.id, 40, "first-real-session")  # passes 30 s: one view
    await watch(movie.id, 60, "second-real-session")  # same profile, same title, within 6 h: no new view
    await watch(short.id, 20, "short-item-session", duration=40)  # half of a 40 s item
    await app.state.counter_flusher.flush()
    assert (await views(movie.id), await views(short.id)) == (1, 1)


async def test_shares_and_downloads_count_per_request(
    app: Litestar, client: AsyncClient, make: CatalogFactory
) -> None:
    movie = await make.title()
    hidden = await make.title(published=False)
    for _ in range(3):
        assert (await client.post(f"/api/v1/titles/{movie.id}/shares")).status_code == 204
    assert (await client.post(f"/api/v1/titles/{movie.id}/downloads")).status_code == 204
    assert (await client.post(f"/api/v1/titles/{hidden.id}/shares")).status_code == 404
    assert (await client.post("/api/v1/titles/0/shares")).status_code == 422
    assert await app.state.counter_flusher.flush() == 2  # two counters, one title each
    async with app.state.database.reader() as session:
        row = (
            await session.execute(
                text(f"SELECT share_count, download_count FROM titles WHERE id = {movie.id}")
            )
        ).one()
    assert tuple(row) == (3, 1)


async def test_counters_in_redis_are_drained_once(settings: object, redis_url: str) -> None:
    from redis.asyncio import Redis

    from vuga.core.counters import RedisCounters

    redis = Redis.from_url(redis_url)
    await redis.flushdb()
    counters = RedisCounters(redis_url, timeout_s=1.0, breaker_open_s=5.0)
    await counters.add("title_views", 7, 2)
    await counters.add("title_views", 8)
    [batch] = await counters.take_batches("title_views")
    assert batch.counts == {7: 2, 8: 1}
    await counters.add("title_views", 8)  # after the batch was taken: the next batch
    taken = await counters.take_batches("title_views")  # the unfinished batch is offered again
    counts = {each.id: each.counts for each in taken}
    assert counts.pop(batch.id) == {7: 2, 8: 1}
    assert list(counts.values()) == [{8: 1}]
    for each in taken:
        await counters.finish(each)
    assert await counters.take_batches("title_views") == []
    assert await counters.claim("view:1:7", 60)
    assert not await counters.claim("view:1:7", 60)
    await counters.close()
    await redis.aclose()
