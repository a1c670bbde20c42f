"""``vuga import-vuga`` at switch-over scale: a generated VUGA v4 database of 10,000 titles, 100,000 users and
1,000,000 watch-history rows (MariaDB) into a fresh PostgreSQL database, then the same import again.

It prints the time of each phase and writes ``bench/results/import-vuga.md``; it fails unless the first run
accounts for every row (0 unaccounted) and the second changes nothing (0 rows inserted or updated, and the
same row counts in every table of ours).

    .venv/bin/python bench/import_vuga.py                       # the issue's scale (about a quarter of an hour)
    .venv/bin/python bench/import_vuga.py --titles 500 --users 2000 --history 20000   # a quick look

MariaDB at ``--mariadb`` (root, no password, on this machine) and PostgreSQL at ``--database``: both databases
are dropped and made again.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

from alembic import command
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heartbeats as hb
from vuga_v4_seed import Scale, build

from vuga.cli import alembic_config
from vuga.compat_v2.importer.report import ImportReport
from vuga.compat_v2.importer.service import VugaImport
from vuga.compat_v2.importer.source import LegacyDatabase, SourceAddress
from vuga.core.db import Base, Database
from vuga.settings import DatabaseSettings, Settings

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT.parent / "shared" / "reference" / "vuga-v4" / "mysql-schema-2025-08-23.sql"
RESULTS = ROOT / "bench" / "results" / "import-vuga.md"
BOOKKEEPING = {"import_runs", "import_checkpoints", "process_nodes"}  # a run adds its own rows there


async def row_counts(database: Database) -> dict[str, int]:
    async with database.reader() as session:
        return {
            table.name: int((await session.execute(text(f"SELECT COUNT(*) FROM {table.name}"))).scalar_one())
            for table in Base.metadata.sorted_tables
            if table.name not in BOOKKEEPING
        }


async def timed_import(
    database: Database, settings: Settings, address: SourceAddress
) -> tuple[float, ImportReport]:
    legacy = await LegacyDatabase.connect(address)
    started = time.perf_counter()
    last: dict[str, float] = {}

    def progress(source: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if done == total and source not in last:
            last[source] = now
            hb.log(f"  {source}: {done} rows, {now - started:.1f} s since the start")

    try:
        report = await VugaImport(database, settings, legacy, on_progress=progress).run()
    finally:
        await legacy.close()
    return time.perf_counter() - started, report


async def run(args: argparse.Namespace) -> int:
    address = SourceAddress.parse(args.mariadb)
    scale = Scale(titles=args.titles, users=args.users, history=args.history)
    hb.log(f"generating the VUGA database {address} ({scale})")
    started = time.perf_counter()
    planted = await build(address, Path(args.schema), scale)
    generated_s = time.perf_counter() - started
    hb.log(f"generated in {generated_s:.0f} s: {sum(planted.rows.values())} rows")

    await hb.recreate_database(args.database)
    await asyncio.to_thread(command.upgrade, alembic_config(args.database), "head")  # type: ignore[arg-type]
    # Batches of thousands of rows take longer than a request's statements: no slow-statement lines.
    settings = Settings(database=DatabaseSettings(url=args.database, pool_size=5, slow_statement_ms=10_000))
    database = Database.from_settings(settings.database)
    try:
        hb.log("first import")
        first_s, first = await timed_import(database, settings, address)
        counts = await row_counts(database)
        hb.log(
            f"first import: {first_s:.0f} s, {first.changed} rows written, {first.unaccounted} unaccounted"
        )
        hb.log("second import (nothing changed at the source)")
        second_s, second = await timed_import(database, settings, address)
        recounted = await row_counts(database)
        hb.log(f"second import: {second_s:.0f} s, {second.changed} rows written")
    finally:
        await database.dispose()

    history = first.table("app_profile_watch_history")
    lines = [
        "# vuga import-vuga at switch-over scale",
        "",
        f"Source: {scale.titles} titles, {scale.users} users, {history.rows} watch-history rows "
        f"({sum(planted.rows.values())} rows in all), generated in {generated_s:.0f} s.",
        "",
        "| run | time | rows of ours inserted or updated | unaccounted |",
        "| --- | ---: | ---: | ---: |",
        f"| first (empty PostgreSQL) | {first_s:.0f} s | {first.changed} | {first.unaccounted} |",
        f"| second (same source) | {second_s:.0f} s | {second.changed} | {second.unaccounted} |",
        "",
        "| table | read | written | skipped |",
        "| --- | ---: | ---: | ---: |",
        *(
            f"| {t.source} | {t.read} | {t.written} | {t.skipped_total} |"
            for t in first.tables
            if t.imported and t.read
        ),
        "",
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines))
    print("\n".join(lines))
    ok = first.unaccounted == 0 and second.unaccounted == 0 and second.changed == 0 and counts == recounted
    if not ok:
        hb.log("FAILED: rows unaccounted for, or the second run changed something")
    return 0 if ok else 1


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mariadb", default="mysql://root@127.0.0.1:3306/vuga_import_bench")
    parser.add_argument(
        "--database", default="postgresql+asyncpg://postgres@127.0.0.1:5432/vuga_bench_import"
    )
    parser.add_argument("--schema", default=str(SCHEMA), help="VUGA's DDL (mysql-schema-2025-08-23.sql)")
    parser.add_argument("--titles", type=int, default=10_000)
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--history", type=int, default=1_000_000)
    sys.exit(asyncio.run(run(parser.parse_args())))


if __name__ == "__main__":
    main()
