"""The tier indexes of migration 0007 against the single index they replaced, interleaved on the same data.

    .venv/bin/python bench/search.py --sizes 1000000 --keep-database   # once: loads the 1M catalog
    .venv/bin/python bench/search_tiers.py

The text branches of the candidate statement (``PostgresSearch.candidates``: the popularity tiers from the
top down, ``LIMIT 100``) in two forms, each query run in both forms one after the other, 3 times, so that the
machine's drift touches both alike:

- **one index**: before 0007, a GIN index over every document; each tier's branch intersects the query with
  the tier's lexeme in it, and the last branch matches the query alone with the upper tiers filtered out;
- **tier indexes**: a partial GIN index per tier (0007), each branch reading its own.

The single index is built for the run and dropped after it (about 30 s at a million titles), so both forms
read freshly built indexes. Client-side times in ms over one asyncpg connection, planning included (custom
plans, as the server gets them for these statements; ``--plan-cache-mode force_generic_plan`` shows what
generic plans would give), the typo path left out (it reads neither index).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import sys
import time
from pathlib import Path

import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_catalog import Catalog

from vuga.search.backends.postgres import TIER_GROUPS
from vuga.search.query import SearchText

QUERY = "to_tsquery('vuga_search', $1)"
UPPER_TIERS = TIER_GROUPS[:3]  # the top, pop_2 and pop_1 tests; below them, the bottom tier's quarters


def one_index_statement() -> str:
    branches = [
        f"SELECT title_id FROM search_titles WHERE document @@ ({QUERY} && '{tier}'::tsquery)"
        for tier in UPPER_TIERS
    ]
    branches.append(
        f"SELECT title_id FROM search_titles WHERE document @@ {QUERY} "
        f"AND NOT document @@ '{' | '.join(UPPER_TIERS)}'::tsquery"
    )
    return "SELECT * FROM (" + " UNION ALL ".join(branches) + ") AS tiers LIMIT 100"


def tier_indexes_statement() -> str:
    branches = [
        f"SELECT title_id FROM search_titles WHERE document @@ {QUERY} AND document @@ '{tier}'::tsquery"
        for tier in TIER_GROUPS
    ]
    return "SELECT * FROM (" + " UNION ALL ".join(branches) + ") AS tiers LIMIT 100"


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    pick = lambda p: ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]  # noqa: E731
    return f"{pick(50):.2f} / {pick(95):.2f} / {ordered[-1]:.2f}"


async def main(args: argparse.Namespace) -> None:
    catalog = Catalog(args.titles)
    queries = {
        kind: qs for kind, qs in catalog.queries(random.Random(11)).items() if kind != "misspelt title word"
    }
    gc.freeze()  # the generated catalog is this process's largest heap: keep it out of full collections
    connection = await asyncpg.connect(args.dsn.replace("<titles>", str(args.titles)))
    await connection.execute(f"SET plan_cache_mode = {args.plan_cache_mode}")
    print("building the single index for the comparison", file=sys.stderr)
    await connection.execute("SET maintenance_work_mem = '1GB'")
    await connection.execute("CREATE INDEX bench_one_index ON search_titles USING gin (document)")
    try:
        forms = {
            "one index": await connection.prepare(one_index_statement()),
            "tier indexes": await connection.prepare(tier_indexes_statement()),
        }
        times: dict[tuple[str, str], list[float]] = {}
        for kind, texts in queries.items():
            for raw in texts:
                tsquery = SearchText.parse(raw).tsquery()
                for _ in range(args.repeat):
                    for form, statement in forms.items():
                        started = time.perf_counter()
                        await statement.fetch(tsquery)
                        times.setdefault((kind, form), []).append((time.perf_counter() - started) * 1000)
    finally:
        await connection.execute("DROP INDEX bench_one_index")
        await connection.close()
    print(f"# Tier indexes vs one index, {args.titles:,} titles\n")
    print(f"p50 / p95 / max, ms, the text branches of the candidate statement ({args.plan_cache_mode})\n")
    print("| query | one index | tier indexes |\n| --- | --- | --- |")
    for kind in [*queries, "all kinds"]:
        row = [
            summary([t for (k, f), ts in times.items() if f == form and kind in (k, "all kinds") for t in ts])
            for form in ("one index", "tier indexes")
        ]
        print(f"| {kind} | {row[0]} | {row[1]} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--titles", type=int, default=1_000_000)
    parser.add_argument("--dsn", default="postgresql://postgres@127.0.0.1:5432/vuga_bench_search_<titles>")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--plan-cache-mode",
        choices=("force_custom_plan", "force_generic_plan", "auto"),
        default="force_custom_plan",
        help="how PostgreSQL plans the prepared statements (the server's custom plans by default)",
    )
    asyncio.run(main(parser.parse_args()))
