"""Search latency on PostgreSQL at 10K, 100K and 1M titles, next to the old server's ``LIKE '%term%'`` search.

    .venv/bin/python bench/search.py --sizes 10000,100000,1000000 > bench/results/search.md

What it does, for each size (about 12 minutes in all with the defaults, most of it loading 1M titles):

1. drops and recreates the database ``vuga_bench_search_<size>`` and migrates it with Alembic
   (``--reuse`` keeps a database already loaded with that size, from ``--keep-database``, and only applies
   the migrations written since);
2. generates a deterministic synthetic catalog and loads it with COPY, the search triggers skipped
   (``session_replication_role = replica``): titles of 1-4 words and synopses of 12-30 words drawn from a
   50,000-word vocabulary with Zipf frequencies (real English words at the top ranks, generated words in the
   tail), one person per five titles with three credits per title (Zipf again: some people are in thousands
   of titles), 20 genres, 1-3 per title, Zipf-like popularity assigned in random order (so popularity is not
   the physical order of the rows);
3. runs ANALYZE, builds the search index with ``PostgresSearch.reindex`` (what ``vuga search reindex``
   runs), then VACUUM ANALYZE;
4. measures, one call at a time, ``SearchService.search`` (the endpoint minus HTTP: ranking, candidate SQL
   and the catalog's summaries) for common, mid-frequency and rare words, two-word queries, people's names
   and misspelt title words (the trigram path), and ``SearchService.suggest`` for 2-6 letter prefixes;
5. measures the old server's search on the same data: ``title ILIKE '%term%'`` ordered by views, pages of
   20 by OFFSET (page 1 and page 5);
6. prints ``EXPLAIN (ANALYZE, BUFFERS)`` of the candidate statement for one query of each kind;
7. with ``--http``: starts one server process (``taskset -c 0``, rate limits off, in-process cache) on the
   same database and runs wrk from core 1 (``bench/requests.lua``) over the same queries and prefixes, at one
   connection and at ``--http-connections``.

Writes a Markdown report on stdout, raw figures as JSON to ``--json``, progress on stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heartbeats as hb
from search_catalog import Catalog, load

from vuga.cli import alembic_config
from vuga.core.media import MediaUrls
from vuga.search.service import SearchRequest, SearchService

log = hb.log


def percentiles(values_ms: list[float]) -> dict[str, float]:
    ordered = sorted(values_ms)
    pick = lambda p: ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]  # noqa: E731
    return {"n": len(ordered), "p50": pick(50), "p95": pick(95), "p99": pick(99), "max": ordered[-1],
            "mean": statistics.fmean(ordered)}  # fmt: skip


async def timed(
    factory: async_sessionmaker[AsyncSession], call: Any, repeat: int
) -> tuple[list[float], list[int]]:
    times, sizes = [], []
    for _ in range(repeat):
        async with factory() as session:
            started = time.perf_counter()
            page = await call(SearchService.for_session(session, MediaUrls("https://cdn.example/")))
            times.append((time.perf_counter() - started) * 1000)
            sizes.append(len(page.items))
    return times, sizes


async def measure(url: str, catalog: Catalog, repeat: int) -> dict[str, Any]:
    rng = random.Random(11)
    # The generated catalog is this process's largest heap: frozen, it is left out of the garbage
    # collector's full passes, which would otherwise stall a measured call now and then for a cost the
    # server does not have (a 50 ms pause in one call of a thousand at a million titles).
    gc.freeze()
    engine = create_async_engine(url, pool_size=2)
    factory = async_sessionmaker(engine, expire_on_commit=False)
    out: dict[str, Any] = {"search": {}, "suggest": {}, "like": {}}
    # Warm the caches and the connection pool once, unmeasured.
    for query in catalog.queries(random.Random(99))["mid word"][:10]:
        await timed(factory, lambda s, q=query: s.search(SearchRequest(q=q), None, 20), 1)

    everything: list[float] = []
    for kind, queries in catalog.queries(rng).items():
        times, sizes = [], []
        for query in queries:
            t, n = await timed(factory, lambda s, q=query: s.search(SearchRequest(q=q), None, 20), repeat)
            times += t
            sizes += n
        everything += times
        out["search"][kind] = percentiles(times) | {"results": statistics.fmean(sizes), "example": queries[0]}
        log(
            f"search {kind}: p50 {out['search'][kind]['p50']:.1f} ms, p95 {out['search'][kind]['p95']:.1f} ms"
        )
    out["search"]["all kinds"] = percentiles(everything)
    everything = []
    for kind, prefixes in catalog.prefixes(rng).items():
        times, sizes = [], []
        for prefix in prefixes:
            t, n = await timed(factory, lambda s, q=prefix: s.suggest(q, None), repeat)
            times += t
            sizes += n
        everything += times
        out["suggest"][kind] = percentiles(times) | {
            "results": statistics.fmean(sizes),
            "example": prefixes[0],
        }
        log(
            f"suggest {kind}: p50 {out['suggest'][kind]['p50']:.1f} ms, p95 {out['suggest'][kind]['p95']:.1f} ms"
        )
    out["suggest"]["all kinds"] = percentiles(everything)

    # The old server: title LIKE '%term%' (case-insensitive in MySQL), most viewed first, OFFSET pages.
    like = text(
        "SELECT id, title FROM titles WHERE is_published AND title ILIKE :pattern "
        "ORDER BY view_count DESC LIMIT 20 OFFSET :offset"
    )
    terms = [q for qs in catalog.queries(random.Random(5)).values() for q in qs[:3]]
    for page in (1, 5):
        times = []
        for term in terms:
            async with factory() as session:
                started = time.perf_counter()
                await session.execute(like, {"pattern": f"%{term}%", "offset": (page - 1) * 20})
                times.append((time.perf_counter() - started) * 1000)
        out["like"][f"page {page}"] = percentiles(times)
        log(f"LIKE page {page}: p50 {out['like'][f'page {page}']['p50']:.1f} ms")
    out["plans"] = await explain(
        engine, factory, {kind: qs[0] for kind, qs in catalog.queries(random.Random(3)).items()}
    )
    await engine.dispose()
    return out


async def explain(
    engine: AsyncEngine, factory: async_sessionmaker[AsyncSession], queries: dict[str, str]
) -> dict[str, str]:
    """EXPLAIN (ANALYZE, BUFFERS) of the candidate statement each query sends."""
    plans = {}
    captured: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        captured.append((statement, parameters))

    for kind, query in queries.items():
        captured.clear()
        event.listen(engine.sync_engine, "before_cursor_execute", record)
        async with factory() as session:
            await SearchService.for_session(session, MediaUrls("https://cdn.example/")).search(
                SearchRequest(q=query), None, 20
            )
        event.remove(engine.sync_engine, "before_cursor_execute", record)
        statement, parameters = captured[0]
        async with engine.connect() as connection:
            raw = (await connection.get_raw_connection()).driver_connection
            assert raw is not None
            rows = await raw.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {statement}", *parameters)
        plans[f"{kind}: {query!r}"] = "\n".join(row[0] for row in rows)
    return plans


LUA = Path(__file__).resolve().parent / "requests.lua"


def run_http(url: str, catalog: Catalog, args: argparse.Namespace) -> dict[str, Any]:
    """wrk against one server process on the loaded database: search and suggest, 1 connection (sequential
    latency) and ``--http-connections``."""
    rng = random.Random(13)
    search_paths = [
        "/api/v1/search?q=" + urllib.parse.quote_plus(q) for qs in catalog.queries(rng).values() for q in qs
    ]
    suggest_paths = [
        "/api/v1/search/suggest?q=" + urllib.parse.quote_plus(q)
        for qs in catalog.prefixes(rng).values()
        for q in qs
    ]
    out: dict[str, Any] = {}
    port = 8790
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as scratch:
        workdir = Path(scratch)
        env = os.environ | {
            "VUGA_DATABASE_URL": url,
            "VUGA_RATE_LIMIT_ENABLED": "false",
            "VUGA_VAR_DIR": str(workdir / "var"),
            "VUGA_MEDIA_DIR": str(workdir / "media"),
        }
        env.pop("VUGA_REDIS_URL", None)
        server = hb.start_server(args.server_core, port, env, workdir)
        try:
            hb.wait_ready(base, server)
            for name, paths in (("search", search_paths), ("suggest", suggest_paths)):
                data = workdir / f"{name}.lua"
                requests = ",".join("{path = " + json.dumps(p) + "}" for p in paths)
                data.write_text("return { requests = {" + requests + "} }\n")
                for connections in (1, args.http_connections):
                    cmd = [
                        "taskset", "-c", args.wrk_core, "wrk", "-t1", f"-c{connections}",
                        f"-d{args.http_duration}s", "--timeout", "10s", "--latency", "-s", str(LUA), base,
                    ]  # fmt: skip
                    log("running: " + " ".join(cmd))
                    output = subprocess.run(
                        cmd, env=os.environ | {"REQUESTS_DATA": str(data)}, capture_output=True, text=True,
                        check=True,
                    ).stdout  # fmt: skip
                    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
                    out[f"{name} c{connections}"] = json.loads(line.removeprefix("RESULT "))
                    log(f"{name} c{connections}: {out[f'{name} c{connections}']['latency_us']}")
        finally:
            hb.stop(server)
    return out


def report(results: dict[int, dict[str, Any]], args: argparse.Namespace) -> str:
    cpu, pg = hb.machine()
    lines = [
        "# Search benchmark",
        "",
        f"`{' '.join(sys.argv)}` — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {cpu}, PostgreSQL {pg}, "
        f"one call at a time, {args.repeat} calls per query. Times in ms, measured around "
        "`SearchService.search` / `.suggest` (statements, ranking, summaries; no HTTP).",
        "",
    ]
    for size, result in results.items():
        lines += [f"## {size:,} titles", ""]
        lines += ["Load: " + ", ".join(f"{k} {v:.0f} s" for k, v in result["load"].items()), ""]
        lines += ["| search | example | p50 | p95 | p99 | max | results |", "|---|---|---|---|---|---|---|"]
        for kind, p in result["search"].items():
            lines.append(
                f"| {kind} | {p.get('example', '')} | {p['p50']:.2f} | {p['p95']:.2f} | {p['p99']:.2f} | {p['max']:.1f} | {p.get('results', 0):.1f} |"
            )
        lines += [
            "",
            "| suggest | example | p50 | p95 | p99 | max | results |",
            "|---|---|---|---|---|---|---|",
        ]
        for kind, p in result["suggest"].items():
            lines.append(
                f"| {kind} | {p.get('example', '')} | {p['p50']:.2f} | {p['p95']:.2f} | {p['p99']:.2f} | {p['max']:.1f} | {p.get('results', 0):.1f} |"
            )
        lines += ["", "| old `title ILIKE '%term%'` + OFFSET | p50 | p95 | max |", "|---|---|---|---|"]
        for page, p in result["like"].items():
            lines.append(f"| {page} | {p['p50']:.2f} | {p['p95']:.2f} | {p['max']:.1f} |")
        lines += [""]
        if result.get("http"):
            lines += [
                f"HTTP, one server process on core {args.server_core}, wrk on core {args.wrk_core} "
                f"({args.http_duration} s per run, queries and prefixes above in turn; in-process cache, rate "
                "limits off):",
                "",
                "| endpoint, connections | requests/s | p50 | p95 | p99 | max | non-200 |",
                "|---|---|---|---|---|---|---|",
            ]
            for name, r in result["http"].items():
                lat = r["latency_us"]
                bad = sum(n for status, n in r["statuses"].items() if status != "200")
                rps = r["requests"] / (r["duration_us"] / 1e6)
                lines.append(
                    f"| {name} | {rps:.0f} | {lat['p50'] / 1000:.2f} | {lat['p95'] / 1000:.2f} | "
                    f"{lat['p99'] / 1000:.2f} | {lat['max'] / 1000:.1f} | {bad} |"
                )
            lines += [""]
        for name, plan in result["plans"].items():
            lines += [
                f"<details><summary>EXPLAIN ANALYZE — {name}</summary>",
                "",
                "```",
                plan,
                "```",
                "",
                "</details>",
                "",
            ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--server-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432")
    parser.add_argument("--database-prefix", default="vuga_bench_search")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=3, help="calls per query")
    parser.add_argument("--chunk", type=int, default=50_000, help="titles per COPY")
    parser.add_argument("--reuse", action="store_true", help="use an already loaded database of that size")
    parser.add_argument("--keep-database", action="store_true")
    parser.add_argument("--json", type=Path, default=Path("bench/results/search.json"))
    parser.add_argument("--http", action="store_true", help="also measure over HTTP with wrk")
    parser.add_argument("--http-duration", type=int, default=15)
    parser.add_argument("--http-connections", type=int, default=8)
    parser.add_argument("--server-core", default="0")
    parser.add_argument("--wrk-core", default="1")
    args = parser.parse_args()
    results: dict[int, dict[str, Any]] = {}
    for size in (int(s) for s in args.sizes.split(",")):
        url = f"{args.server_url}/{args.database_prefix}_{size}"
        if args.reuse and asyncio.run(_has_titles(url, size)):
            command.upgrade(alembic_config(url), "head")  # type: ignore[arg-type]  # later migrations' indexes
            load_timings: dict[str, float] = {"reused": 0.0}
        else:
            asyncio.run(hb.recreate_database(url))
            command.upgrade(alembic_config(url), "head")  # type: ignore[arg-type]
            load_timings = asyncio.run(load(url, size, args.chunk))
        result = asyncio.run(measure(url, Catalog(size), args.repeat))
        result["load"] = load_timings
        if args.http:
            if shutil.which("wrk") is None:
                sys.exit("wrk is not installed (apt-get install wrk)")
            result["http"] = run_http(url, Catalog(size), args)
        results[size] = result
        if not args.keep_database:
            asyncio.run(hb.drop_database(url))
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({str(k): v for k, v in results.items()}, indent=1))
    print(report(results, args))


async def _has_titles(url: str, size: int) -> bool:
    try:
        return bool(await hb.scalar(url, "SELECT count(*) = :n FROM search_titles", n=size))
    except Exception:
        return False


if __name__ == "__main__":
    main()
