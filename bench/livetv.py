"""Live TV at line-up scale (PostgreSQL): now-and-next and the guide grid uncached, and an XMLTV import.

    .venv/bin/python bench/livetv.py > bench/results/livetv.md

What it does (a few minutes, most of it seeding):

1. drops and recreates the database (default ``vuga_bench_livetv``) and migrates it with Alembic;
2. seeds with COPY ``--channels`` channels in 20 categories and ``--days`` days of guide around now
   (programmes of 30 to 120 minutes, about 25 a day per channel: ~1.5 M rows with the defaults), then
   VACUUM ANALYZE;
3. times, one request at a time, what the response cache builds on a miss (the SQL, the structs and the
   JSON encoding, through ``vuga.livetv.service.LiveReader`` on a SQLAlchemy session — nothing cached):
   now-and-next for ``--batch`` random channels at once, and a 6-hour guide grid of ``--batch`` random
   channels starting within the next day;
4. imports an XMLTV document of ``--import-programmes`` programmes (generated, over channels that already
   have a guide there, so the import replaces rows as real re-imports do), timing the parse, the plan and
   the write, with the process's CPU time beside the wall time (the parse runs in a thread of this
   process: one core);
5. drops the database (``--keep-database`` leaves it).

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
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import msgspec
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from vuga.cli import alembic_config
from vuga.livetv.planning import plan_import
from vuga.livetv.repository import ChannelRepository
from vuga.livetv.schemas import Guide
from vuga.livetv.service import LiveReader
from vuga.livetv.service.imports import write_plan
from vuga.livetv.xmltv import XmltvLimits, parse_xmltv

LENGTHS_MIN = (30, 30, 45, 45, 60, 60, 60, 60, 90, 90)  # 57 minutes on average: ~25 a day


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def percentiles(samples_s: list[float]) -> str:
    ms = sorted(sample * 1000 for sample in samples_s)
    p50 = statistics.median(ms)
    p95 = ms[int(len(ms) * 0.95) - 1]
    p99 = ms[int(len(ms) * 0.99) - 1]
    return f"{p50:.2f} | {p95:.2f} | {p99:.2f} | {max(ms):.2f}"


def reset_database(url: str) -> None:
    async def reset() -> None:
        parsed = make_url(url)
        admin = create_async_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
            await connection.execute(text(f'CREATE DATABASE "{parsed.database}"'))
        await admin.dispose()

    asyncio.run(reset())
    command.upgrade(alembic_config(url), "head")  # type: ignore[arg-type]


def drop_database(url: str) -> None:
    async def drop() -> None:
        parsed = make_url(url)
        admin = create_async_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
        await admin.dispose()

    asyncio.run(drop())


async def seed(url: str, channels: int, days: int, now: datetime, rng: random.Random) -> int:
    """Channels, categories and the guide, by COPY; the number of programmes."""
    import asyncpg

    raw = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    connection = await asyncpg.connect(raw)
    try:
        await connection.copy_records_to_table(
            "live_categories",
            records=[(n, f"Category {n}", f"category-{n}", n) for n in range(1, 21)],
            columns=["id", "name", "slug", "sort_order"],
        )
        await connection.copy_records_to_table(
            "live_channels",
            records=[
                (
                    n,
                    f"Channel {n}",
                    n,
                    f"channel-{n}.tv",
                    rng.choice((0, 0, 0, 7, 13, 18)),
                    False,
                    True,
                    n,
                    now,
                    now,
                )
                for n in range(1, channels + 1)
            ],
            columns=[
                "id",
                "name",
                "number",
                "xmltv_id",
                "maturity_age",
                "is_premium",
                "is_enabled",
                "sort_order",
                "created_at",
                "updated_at",
            ],
        )
        await connection.copy_records_to_table(
            "live_category_channels",
            records=[(1 + n % 20, n, n) for n in range(1, channels + 1)],
            columns=["category_id", "channel_id", "position"],
        )
        start = now - timedelta(days=days / 2)
        end = now + timedelta(days=days / 2)
        total = 0
        next_id = 1
        for first in range(1, channels + 1, 100):
            records = []
            for channel_id in range(first, min(first + 100, channels + 1)):
                moment = start + timedelta(minutes=rng.randrange(0, 60))
                while moment < end:
                    length = timedelta(minutes=rng.choice(LENGTHS_MIN))
                    records.append(
                        (next_id, channel_id, moment, moment + length, f"Show {next_id % 5000}", "News", "PG")
                    )
                    next_id += 1
                    moment += length
            await connection.copy_records_to_table(
                "live_programmes",
                records=records,
                columns=["id", "channel_id", "starts_at", "ends_at", "title", "category", "rating"],
            )
            total += len(records)
            log(f"seeded {min(first + 99, channels)}/{channels} channels, {total} programmes")
        await connection.execute("SELECT setval('live_programmes_id_seq', $1)", next_id)
        await connection.execute("SELECT setval('live_channels_id_seq', $1)", channels + 1)
        await connection.execute("VACUUM ANALYZE")
        return total
    finally:
        await connection.close()


def xmltv_document(channel_ids: list[int], per_channel: int, start: datetime, rng: random.Random) -> bytes:
    parts = ['<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE tv SYSTEM "xmltv.dtd"><tv>']
    for channel_id in channel_ids:
        parts.append(
            f'<channel id="channel-{channel_id}.tv"><display-name>Channel {channel_id}</display-name></channel>'
        )
    for channel_id in channel_ids:
        moment = start
        for n in range(per_channel):
            stop = moment + timedelta(minutes=rng.choice(LENGTHS_MIN))
            parts.append(
                f'<programme start="{moment:%Y%m%d%H%M%S} +0000" stop="{stop:%Y%m%d%H%M%S} +0000" '
                f'channel="channel-{channel_id}.tv"><title lang="en">Imported {n}</title>'
                f"<sub-title>Part {n % 7}</sub-title><desc>A programme from the import, number {n}.</desc>"
                '<category>Documentary</category><episode-num system="onscreen">S1 E1</episode-num>'
                "<rating><value>PG</value></rating></programme>"
            )
            moment = stop
    parts.append("</tv>")
    return "".join(parts).encode()


async def measure(url: str, args: argparse.Namespace, now: datetime, rng: random.Random) -> dict[str, str]:
    engine = create_async_engine(url, pool_size=2)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    results: dict[str, str] = {}
    try:
        async with sessions() as session:
            reader = LiveReader(session)
            for _ in range(20):  # warm the statement caches and the buffer cache's index pages
                await reader.now_and_next_of(rng.sample(range(1, args.channels + 1), args.batch), now)
            samples, cpu = [], []
            for _ in range(args.samples):
                ids = rng.sample(range(1, args.channels + 1), args.batch)
                began, began_cpu = time.perf_counter(), time.process_time()
                answer = await reader.now_and_next_of(ids, now)
                msgspec.json.encode(answer)
                samples.append(time.perf_counter() - began)
                cpu.append(time.process_time() - began_cpu)
            results["now_next"] = percentiles(samples)
            results["now_next_cpu"] = percentiles(cpu)
            log(f"now and next: {results['now_next']}")

            for _ in range(10):
                await _grid(reader, args, now, rng)
            samples, cpu = [], []
            programmes = 0
            for _ in range(args.samples):
                began, began_cpu = time.perf_counter(), time.process_time()
                guide = await _grid(reader, args, now, rng)
                msgspec.json.encode(guide.guide)
                samples.append(time.perf_counter() - began)
                cpu.append(time.process_time() - began_cpu)
                programmes += guide.programmes
            results["grid"] = percentiles(samples)
            results["grid_cpu"] = percentiles(cpu)
            results["grid_programmes"] = f"{programmes / args.samples:.0f}"
            log(f"grid: {results['grid']}")
        results |= await _import(sessions, args, now, rng)
    finally:
        await engine.dispose()
    return results


async def _grid(reader: LiveReader, args: argparse.Namespace, now: datetime, rng: random.Random) -> Grid:
    start = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=rng.randrange(0, 24))
    guide = await reader.guide(
        None,
        start=start,
        end=start + timedelta(hours=6),
        channel_ids=rng.sample(range(1, args.channels + 1), args.batch),
        category=None,
        cursor=None,
        limit=args.batch,
    )
    return Grid(guide, sum(len(row.programmes) for row in guide.items))


@dataclass
class Grid:
    guide: Guide
    programmes: int


async def _import(
    sessions: async_sessionmaker[AsyncSession], args: argparse.Namespace, now: datetime, rng: random.Random
) -> dict[str, str]:
    per_channel = 200
    channel_ids = rng.sample(range(1, args.channels + 1), args.import_programmes // per_channel)
    document = xmltv_document(channel_ids, per_channel, now.replace(minute=0, second=0, microsecond=0), rng)
    limits = XmltvLimits(max_bytes=256 << 20, max_programmes=1_000_000, max_parse_s=600)
    log(f"import: {len(document) / 1e6:.1f} MB, {args.import_programmes} programmes")
    cpu, wall = time.process_time(), time.perf_counter()
    guide = parse_xmltv(document, limits)
    parsed = time.perf_counter()
    async with sessions() as session, session.begin():
        plan = plan_import(guide, await ChannelRepository(session).xmltv_ids())
        planned = time.perf_counter()
        report = await write_plan(session, plan)
    done = time.perf_counter()
    return {
        "import_mb": f"{len(document) / 1e6:.1f}",
        "import_parse": f"{parsed - wall:.2f}",
        "import_plan": f"{planned - parsed:.2f}",
        "import_write": f"{done - planned:.2f}",
        "import_total": f"{done - wall:.2f}",
        "import_cpu": f"{time.process_time() - cpu:.2f}",
        "import_report": f"added {report.added}, updated {report.updated}, removed {report.removed}, "
        f"corrected {report.corrected}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--database", default="postgresql+asyncpg://postgres@127.0.0.1:5432/vuga_bench_livetv"
    )
    parser.add_argument("--channels", type=int, default=2000)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--batch", type=int, default=50, help="Channels per now-and-next and per grid.")
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--import-programmes", type=int, default=100_000)
    parser.add_argument("--keep-database", action="store_true")
    args = parser.parse_args()
    rng = random.Random(7)
    now = datetime.now(UTC)
    log("migrating")
    reset_database(args.database)
    programmes = asyncio.run(seed(args.database, args.channels, args.days, now, rng))
    results = asyncio.run(measure(args.database, args, now, rng))
    if not args.keep_database:
        drop_database(args.database)
    print(f"### Live TV: {args.channels:,} channels, {args.days} days of guide ({programmes:,} programmes)\n")
    print(
        f"{args.samples} samples each, one at a time, uncached (SQL + structs + JSON), PostgreSQL; wall time, "
        f"and this process's CPU time beside it. Load average at the end: {os.getloadavg()[0]:.1f} on "
        f"{os.cpu_count()} cores.\n"
    )
    print("| what | p50 ms | p95 ms | p99 ms | max ms |")
    print("| --- | --- | --- | --- | --- |")
    grid = f"6-hour grid, {args.batch} channels (two queries, ~{results['grid_programmes']} programmes)"
    print(f"| now and next, {args.batch} channels (one query) | {results['now_next']} |")
    print(f"| ... its CPU time | {results['now_next_cpu']} |")
    print(f"| {grid} | {results['grid']} |")
    print(f"| ... its CPU time | {results['grid_cpu']} |")
    print(
        f"\nXMLTV import of {args.import_programmes:,} programmes ({results['import_mb']} MB): "
        f"{results['import_total']} s wall ({results['import_parse']} s parse, {results['import_plan']} s plan, "
        f"{results['import_write']} s write in one transaction), {results['import_cpu']} s CPU in this process; "
        f"{results['import_report']}."
    )


if __name__ == "__main__":
    main()
