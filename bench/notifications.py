"""Fan-out of one notification to a million profiles (PostgreSQL), the chosen design next to the other.

    .venv/bin/python bench/notifications.py > bench/results/notifications.md

What it does (a few minutes, most of it seeding):

1. drops and recreates the database (default ``vuga_bench_notify``) and migrates it with Alembic;
2. seeds with ``generate_series`` ``--profiles`` profiles (4 per account, one in ten a kids profile), live
   sessions with a push subscription for ``--subscriptions`` of the accounts, and ``--watchers`` profiles
   that watched one title; then VACUUM ANALYZE;
3. times the chosen design's fan-out, as the worker runs it (``vuga.notifications.service.Delivery``):
   composing a notification, then delivering it to everyone (one count of the audience and one update),
   to the kids profiles, and to the profiles that watched the title, with the process's CPU time beside
   the wall time (one worker core);
4. times, side by side, the other design's fan-out: one state row per profile written in bulk
   (``INSERT ... SELECT`` from ``profiles`` into ``notification_states``), then deletes them;
5. times what a profile then costs: its list (``--samples`` random profiles, with ``--live`` notifications
   live, through ``vuga.notifications.service.Inbox``'s query) and marking one shown (the lazy row);
6. walks the audience's push subscriptions batch by batch (the SQL of every push job, without sending:
   sending is the providers' network time);
7. drops the database (``--keep-database`` leaves it).

Writes a Markdown report on stdout; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from vuga.accounts.auth import Viewer
from vuga.accounts.models import Role
from vuga.cli import alembic_config
from vuga.notifications.models import Notification
from vuga.notifications.repository import NotificationsRepository, Recipient
from vuga.notifications.schemas import NotificationCreate
from vuga.notifications.service import Delivery, NotificationEditor
from vuga.settings import NotificationsSettings

WATCHED_TITLE = 1


def log(message: str) -> None:
    print(f"[{datetime.now(UTC):%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def percentiles(samples_s: list[float]) -> str:
    ms = sorted(sample * 1000 for sample in samples_s)
    return (
        f"{statistics.median(ms):.2f} | {ms[int(len(ms) * 0.95) - 1]:.2f} | {ms[int(len(ms) * 0.99) - 1]:.2f}"
    )


async def admin_execute(url: str, *statements: str) -> None:
    parsed = make_url(url)
    admin = create_async_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        for statement in statements:
            await connection.execute(text(statement.format(database=parsed.database)))
    await admin.dispose()


def reset_database(url: str) -> None:
    asyncio.run(
        admin_execute(
            url, 'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)', 'CREATE DATABASE "{database}"'
        )
    )
    command.upgrade(alembic_config(url), "head")  # type: ignore[arg-type]


async def seed(
    sessions: async_sessionmaker[AsyncSession], profiles: int, subscriptions: int, watchers: int
) -> None:
    accounts = profiles // 4
    statements = [
        "INSERT INTO titles (kind, title, sort_title, release_year, is_published, published_at, maturity_age)"
        " VALUES ('movie', 'Ocean Deep', 'ocean deep', 2024, true, now(), 0)",
        f"INSERT INTO accounts (id, email, display_name) SELECT n, 'viewer' || n || '@example.com', ''"
        f" FROM generate_series(1, {accounts}) AS n",
        f"INSERT INTO profiles (id, account_id, name, avatar_url, is_kids, max_maturity_age)"
        f" SELECT n, (n - 1) / 4 + 1, 'Profile ' || n, '/avatars/1.png', n % 10 = 0,"
        f" CASE WHEN n % 10 = 0 THEN 7 ELSE 18 END FROM generate_series(1, {accounts * 4}) AS n",
        f"INSERT INTO auth_sessions (id, account_id, expires_at, kind) SELECT n, n, now() + interval '30 days',"
        f" 'app' FROM generate_series(1, {subscriptions}) AS n",
        f"INSERT INTO push_subscriptions (account_id, session_id, provider, address, address_digest)"
        f" SELECT n, n, 'fcm', 'token-' || n, md5('token-' || n) || md5(n::text)"
        f" FROM generate_series(1, {subscriptions}) AS n",
        f"INSERT INTO watch_state (profile_id, title_id, episode_key, position_s, duration_s, client_time,"
        f" updated_at) SELECT n * 7, {WATCHED_TITLE}, 0, 60, 5400, now(), now()"
        f" FROM generate_series(1, {watchers}) AS n",
    ]
    async with sessions() as session:
        for statement in statements:
            log(statement.split("(")[0].strip())
            await session.execute(text(statement))
        await session.commit()
    await vacuum(sessions)


async def vacuum(sessions: async_sessionmaker[AsyncSession], table: str = "") -> None:
    engine = sessions.kw["bind"]
    async with engine.connect() as connection:
        autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
        await autocommit.execute(text(f"VACUUM ANALYZE {table}"))


async def timed(action: Callable[[], Awaitable[Any]]) -> tuple[float, float, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = await action()
    return time.perf_counter() - wall, time.process_time() - cpu, result


async def measure(sessions: async_sessionmaker[AsyncSession], args: argparse.Namespace) -> list[str]:
    settings = NotificationsSettings(push_batch_size=args.batch)
    editor_viewer = Viewer(account_id=1, session_id=1, role=Role.EDITOR)
    rows: list[str] = []

    async def compose(**fields: Any) -> int:
        async with sessions() as session, session.begin():
            created = await NotificationEditor(session, settings).create(
                editor_viewer, NotificationCreate(**({"title": "Tonight"} | fields))
            )
        return created.id

    async def deliver() -> int:
        async with sessions() as session, session.begin():
            return len(await Delivery(session, settings).deliver_due())

    for label, fields in [
        ("everyone", {"push": True}),
        ("kids profiles", {"audience": "kids"}),
        (
            f"the {args.watchers:,} profiles that watched a title",
            {"audience": "watched", "audience_title_id": 1},
        ),
    ]:
        wall, cpu, notification_id = await timed(lambda fields=fields: compose(**fields))
        rows.append(f"| compose ({label}) | {wall * 1000:.1f} ms | {cpu * 1000:.1f} ms |")
        wall, cpu, _ = await timed(deliver)
        async with sessions() as session:
            delivered = await session.scalar(
                text("SELECT delivered_count FROM notifications WHERE id = :id"), {"id": notification_id}
            )
        rows.append(f"| **deliver to {label}: {delivered:,} profiles** | **{wall:.3f} s** | {cpu:.3f} s |")
        log(f"delivered to {label}: {delivered} in {wall:.3f} s")

    async def bulk_rows() -> int:
        async with sessions() as session, session.begin():
            result = await session.execute(
                text(
                    "INSERT INTO notification_states (notification_id, profile_id)"
                    " SELECT (SELECT min(id) FROM notifications), id FROM profiles"
                )
            )
            return int(result.rowcount)  # type: ignore[attr-defined]

    wall, cpu, written = await timed(bulk_rows)
    rows.append(
        f"| the other design: {written:,} per-profile rows in bulk (`INSERT ... SELECT`) | {wall:.3f} s | {cpu:.3f} s |"
    )
    log(f"bulk rows: {written} in {wall:.3f} s")
    async with sessions() as session, session.begin():
        await session.execute(text("DELETE FROM notification_states"))
    await vacuum(sessions, "notification_states")

    for n in range(args.live - 3):
        await compose(title=f"Live {n}", popup=n % 3 == 0)
    rng = random.Random(7)
    now = datetime.now(UTC) + timedelta(seconds=1)
    lists, marks = [], []
    for _ in range(args.samples):
        profile_id = rng.randrange(1, args.profiles + 1)
        recipient = Recipient(
            profile_id, (profile_id - 1) // 4 + 1, profile_id % 10 == 0, 7 if profile_id % 10 == 0 else 18
        )
        async with sessions() as session:
            repository = NotificationsRepository(session)
            started = time.perf_counter()
            listed = await repository.live_for(recipient, now, None, 21)
            lists.append(time.perf_counter() - started)
        async with sessions() as session, session.begin():
            started = time.perf_counter()
            await NotificationsRepository(session).mark(listed[0][0].id, profile_id, now, dismissed=False)
            marks.append(time.perf_counter() - started)
    rows.append(
        f"| a profile's list ({args.live} live notifications), p50 / p95 / p99 ms | {percentiles(lists)} |"
    )
    rows.append(f"| marking one shown (the lazy row), p50 / p95 / p99 ms | {percentiles(marks)} |")

    async def walk() -> int:
        async with sessions() as session:
            repository = NotificationsRepository(session)
            notification = await session.get(Notification, 1)
            assert notification is not None
            after, total = 0, 0
            while True:
                batch = await repository.push_targets(notification, 0, after, args.batch, datetime.now(UTC))
                total += len(batch)
                if len(batch) < args.batch:
                    return total
                after = batch[-1].id

    wall, cpu, total = await timed(walk)
    rows.append(
        f"| the push jobs' SQL: {total:,} subscriptions in batches of {args.batch} | {wall:.3f} s | {cpu:.3f} s |"
    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--database", default="postgresql+asyncpg://postgres@127.0.0.1:5432/vuga_bench_notify"
    )
    parser.add_argument("--profiles", type=int, default=1_000_000)
    parser.add_argument("--subscriptions", type=int, default=200_000)
    parser.add_argument("--watchers", type=int, default=100_000)
    parser.add_argument("--live", type=int, default=20)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--keep-database", action="store_true")
    args = parser.parse_args()
    log("migrating")
    reset_database(args.database)

    async def run() -> list[str]:
        engine = create_async_engine(args.database)
        sessions = async_sessionmaker(engine, expire_on_commit=False)
        try:
            await seed(sessions, args.profiles, args.subscriptions, args.watchers)
            return await measure(sessions, args)
        finally:
            await engine.dispose()

    rows = asyncio.run(run())
    if not args.keep_database:
        asyncio.run(admin_execute(args.database, 'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    print(f"### Notifications: one notification to {args.profiles:,} profiles\n")
    print(
        f"PostgreSQL, one worker process; wall time and this process's CPU time. Load average at the end: "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores.\n"
    )
    print("| what | wall | CPU |\n| --- | --- | --- |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
