"""Seed-scale data for the benchmarks: a catalog, viewers and months of viewing, deterministic, in minutes.

    .venv/bin/python bench/seed.py                                  # the quick scale: 10,000 titles ...
    .venv/bin/python bench/seed.py --scale full                     # 1M titles, 1M accounts, 2M profiles ...
    .venv/bin/python bench/seed.py --titles 100000 --accounts 50000 # any mix (see --help)

Into a fresh database (``--database``, default ``vuga_bench_seed``, dropped and migrated first):

1. the catalog of ``bench/search_catalog.py`` by COPY: titles with Zipf popularity in random order, 20
   genres, people and credits, then the search index (what ``vuga search reindex`` builds);
2. accounts (one argon2 hash shared by all, so any seeded viewer can log in with ``--password``) and their
   profiles, every third account's second profile a kids' one;
3. per profile, ``--progress-per-profile`` titles in progress or finished (``title_progress`` and the
   ``watch_state`` row of each), popular titles more often, a third finished, updated over the last 180
   days with recent days more frequent;
4. per profile, ``--history-per-profile`` viewing sessions in ``watch_history`` spread over the last
   ``--history-months`` months, each in its month's partition (created here, as the maintenance job would).

Viewers and their viewing are generated inside PostgreSQL (``INSERT ... SELECT`` over ``generate_series``,
values drawn from hashes of the row's numbers, so a seed is the same every time), in chunks, with foreign-key
triggers off (the data is consistent by construction); then ``VACUUM ANALYZE``. A progress bar per stage;
the timings are printed at the end. ``--keep-catalog`` seeds viewers into an existing seed database again.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from alembic import command
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heartbeats as hb
from search_catalog import load

from vuga.cli import alembic_config
from vuga.core.security import Passwords
from vuga.playback.partitions import add_months, create_partitions, month_start
from vuga.settings import AuthSettings


@dataclass(frozen=True)
class Scale:
    titles: int
    accounts: int
    progress_per_profile: int  # two profiles per account: 2 x accounts x this many title_progress rows
    history_per_profile: int


SCALES = {
    "quick": Scale(titles=10_000, accounts=10_000, progress_per_profile=5, history_per_profile=5),
    # The seed scale: 1M titles, 1M accounts, 2M profiles, 10M title_progress and 10M watch_state
    # rows, 10M history sessions over three months.
    "full": Scale(titles=1_000_000, accounts=1_000_000, progress_per_profile=5, history_per_profile=5),
}
PROFILES_PER_ACCOUNT = 2
CHUNK = 200_000  # rows per INSERT: a progress step of a few seconds at most

# A number in [0, 1) drawn from the hash of an expression: the same value for the same row on every run.
UNIT = "((hashtext({}) & 2147483647)::float8 / 2147483648.0)"


def unit(expression: str) -> str:
    return UNIT.format(expression)


ACCOUNTS = """
INSERT INTO accounts (id, email, password_hash, display_name, role)
SELECT i, 'seed-' || i || '@example.com', CAST(:password_hash AS text), 'Viewer ' || i, 'viewer'
FROM generate_series(CAST(:first AS int), CAST(:last AS int)) AS i
"""

PROFILES = """
INSERT INTO profiles (id, account_id, name, avatar_url, is_kids, max_maturity_age)
SELECT p, (p + 1) / 2, CASE WHEN p % 2 = 1 THEN 'Viewer' ELSE 'Second' END,
       'avatars/default-' || (1 + p % 8) || '.png', kids, CASE WHEN kids THEN 7 ELSE 18 END
FROM generate_series(CAST(:first AS int), CAST(:last AS int)) AS p, LATERAL (SELECT p % 2 = 0 AND ((p + 1) / 2) % 3 = 0 AS kids) AS k
"""

# Row k of profile p: a movie drawn with popular ones more often (the square of a uniform number picks low
# ranks of the popularity-ordered array more often); duplicates of a (profile, title) are skipped.
PROGRESS = f"""
WITH drawn AS (
    SELECT p, k,
           (CAST(:movies AS int[]))[1 + floor(cardinality(CAST(:movies AS int[])) * {unit("p || ':' || k")} ^ 2)::int] AS title_id,
           {unit("p || '/' || k")} AS progress,
           now() - make_interval(secs => 180 * 86400 * {unit("k || '@' || p")} ^ 2) AS at
    FROM generate_series(CAST(:first AS int), CAST(:last AS int)) AS p, generate_series(1, CAST(:per_profile AS int)) AS k
), watched AS (
    SELECT p, title_id, at, 4800.0 + title_id % 3600 AS duration, progress < 0.33 AS completed, progress
    FROM drawn
)
INSERT INTO {{table}} ({{columns}})
SELECT {{values}} FROM watched
ON CONFLICT DO NOTHING
"""
PROGRESS_TABLES = {
    "title_progress": (
        "profile_id, title_id, episode_id, position_s, duration_s, completed, client_time, updated_at",
        "p, title_id, NULL, CASE WHEN completed THEN duration ELSE round((duration * progress)::numeric, 1) "
        "END, duration, completed, at, at",
    ),
    "watch_state": (
        "profile_id, title_id, episode_key, episode_id, position_s, duration_s, completed, client_time, "
        "updated_at",
        "p, title_id, 0, NULL, CASE WHEN completed THEN duration ELSE round((duration * progress)::numeric, 1) "
        "END, duration, completed, at, at",
    ),
}

# Session s of profile p, in one of the last :months months (its partition), 10 to 120 minutes watched.
HISTORY = f"""
INSERT INTO watch_history (id, month, profile_id, title_id, episode_key, episode_id, session_id, device,
                           started_at, last_seen_at, last_client_time, seconds_watched, view_counted)
SELECT (p::bigint << 8) | s, date_trunc('month', started)::date, p, title_id, 0, NULL,
       'seed-' || p || '-' || s, (ARRAY['android', 'ios', 'tv', 'web'])[1 + (p + s) % 4],
       started, started + make_interval(secs => watched), started + make_interval(secs => watched), watched,
       watched >= 30
FROM (
    SELECT p, s,
           (CAST(:movies AS int[]))[1 + floor(cardinality(CAST(:movies AS int[])) * {unit("s || '#' || p")} ^ 2)::int] AS title_id,
           CAST(:since AS timestamptz) + make_interval(secs => extract(epoch FROM now() - CAST(:since AS timestamptz)) * {unit("p || '~' || s")})
               AS started,
           600 + floor(6600 * {unit("p || '!' || s")}) AS watched
    FROM generate_series(CAST(:first AS int), CAST(:last AS int)) AS p, generate_series(1, CAST(:per_profile AS int)) AS s
) AS sessions
"""


async def in_chunks(
    connection: AsyncConnection,
    progress: Progress,
    label: str,
    statement: str,
    count: int,
    per_item: int = 1,
    **params: object,
) -> int:
    """Run ``statement`` over ids 1..count in chunks of about CHUNK rows, with a progress bar; rows written."""
    step = max(CHUNK // per_item, 1)
    task = progress.add_task(label, total=count)
    written = 0
    for first in range(1, count + 1, step):
        last = min(first + step - 1, count)
        result = await connection.execute(text(statement), {"first": first, "last": last, **params})
        await connection.commit()
        written += result.rowcount
        progress.update(task, completed=last)
    return written


async def seed_viewers(url: str, scale: Scale, password: str, history_months: int) -> dict[str, float]:
    timings: dict[str, float] = {}
    password_hash = await Passwords(AuthSettings()).hash(password)
    profiles = scale.accounts * PROFILES_PER_ACCOUNT
    engine = create_async_engine(url)
    columns = [TextColumn("{task.description:<16}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()]
    async with engine.connect() as connection:
        await connection.execute(text("SET session_replication_role = replica"))  # no FK triggers
        await connection.execute(text("SET statement_timeout = 0"))
        movies = list(
            (
                await connection.execute(
                    text(
                        "SELECT id FROM titles WHERE kind = 'movie' AND is_published ORDER BY popularity DESC"
                    )
                )
            ).scalars()
        )
        since = month_start(add_months(date.today(), -(history_months - 1)))
        await create_partitions(connection, since, history_months)  # as the maintenance job keeps them
        await connection.commit()
        viewing = {"movies": movies, "per_profile": scale.progress_per_profile}
        stages: list[tuple[str, str, int, int, dict[str, object]]] = [
            ("accounts", ACCOUNTS, scale.accounts, 1, {"password_hash": password_hash}),
            ("profiles", PROFILES, profiles, 1, {}),
        ]
        for table, (names, values) in PROGRESS_TABLES.items():
            statement = PROGRESS.format(table=table, columns=names, values=values)
            stages.append((table, statement, profiles, scale.progress_per_profile, viewing))
        history = {
            "movies": movies,
            "per_profile": scale.history_per_profile,
            "since": datetime.combine(since, datetime.min.time(), UTC),
        }
        stages.append(("watch_history", HISTORY, profiles, scale.history_per_profile, history))
        with Progress(*columns, console=Console(stderr=True)) as progress:
            for label, statement, count, per_item, params in stages:
                started = time.monotonic()
                rows = await in_chunks(connection, progress, label, statement, count, per_item, **params)
                timings[f"{label}: {rows:,} rows"] = time.monotonic() - started
        await connection.execute(text("SET session_replication_role = origin"))
        await hb.reset_sequences(connection, ("accounts", "profiles"))
        await connection.commit()
    timings["VACUUM ANALYZE"] = await hb.vacuum_analyze(engine)
    await engine.dispose()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", choices=sorted(SCALES), default="quick")
    parser.add_argument("--titles", type=int, help="instead of the scale's")
    parser.add_argument("--accounts", type=int, help="instead of the scale's (two profiles each)")
    parser.add_argument("--progress-per-profile", type=int, help="instead of the scale's")
    parser.add_argument("--history-per-profile", type=int, help="instead of the scale's")
    parser.add_argument("--history-months", type=int, default=3)
    parser.add_argument("--server-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="vuga_bench_seed")
    parser.add_argument("--password", default="seeded viewer passphrase")
    parser.add_argument("--keep-catalog", action="store_true", help="keep the database and its catalog")
    args = parser.parse_args()
    base = SCALES[args.scale]
    scale = Scale(
        titles=args.titles or base.titles,
        accounts=args.accounts or base.accounts,
        progress_per_profile=args.progress_per_profile or base.progress_per_profile,
        history_per_profile=args.history_per_profile or base.history_per_profile,
    )
    url = f"{args.server_url}/{args.database}"
    started = time.monotonic()
    timings: dict[str, float] = {}
    if not args.keep_catalog:
        hb.log(f"recreating {args.database} and migrating")
        asyncio.run(hb.recreate_database(url))
        command.upgrade(alembic_config(url), "head")  # type: ignore[arg-type]
        hb.log(f"catalog: {scale.titles:,} titles")
        timings |= {f"catalog: {part}": s for part, s in asyncio.run(load(url, scale.titles, 50_000)).items()}
    timings |= asyncio.run(seed_viewers(url, scale, args.password, args.history_months))
    print(f"# Seeded {args.database}\n")
    print(f"`bench/seed.py {' '.join(sys.argv[1:])}`, {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, "
          f"{time.monotonic() - started:,.0f} s in all.\n")  # fmt: skip
    print("| stage | seconds |\n| --- | --- |")
    for stage, seconds in timings.items():
        print(f"| {stage} | {seconds:,.1f} |")


if __name__ == "__main__":
    main()
