"""Continue-watching latency with 10 million title_progress rows (PostgreSQL).

    .venv/bin/python bench/continue_watching.py > bench/results/continue-watching-10m.md

What it does (about 10 minutes with the defaults, most of it seeding):

1. drops and recreates the database (default ``vuga_bench_continue``) and migrates it with Alembic;
2. seeds with COPY, in chunks, progress on stderr: ``--titles`` published titles (a fifth of them series with
   10 episodes), ``--profiles`` accounts with one profile each, and ``--rows-per-profile`` title_progress
   rows per profile (distinct titles, popular titles more often, ~35% completed, updated_at spread over
   180 days with recent ones more frequent, episodes for series). The rows are written in
   ``--rows-per-profile`` passes over all profiles, so a profile's rows lie far apart in the heap, as after
   months of heartbeats rather than as one fresh contiguous block. Every account has the same real argon2
   password hash (made with ``vuga.core.security.Passwords``), so any of them can log in. Foreign-key
   triggers are skipped during the load (``session_replication_role = replica``; the data is consistent by
   construction), then VACUUM ANALYZE;
3. (a) the SQL: captures the exact statement ``PlaybackRepository.continue_watching`` sends, prints
   ``EXPLAIN (ANALYZE, BUFFERS)`` for a few profiles, and times it for ``--sql-samples`` random profiles, both
   as a raw asyncpg prepared statement and through the repository (SQLAlchemy session), one at a time;
4. (b) HTTP end to end: starts one server (``taskset -c 0``, rate limits off, Redis cache), logs in
   ``--http-profiles`` random accounts, warms their sessions once, then runs wrk from core 1 with
   ``bench/continue_watching.lua`` at 1 connection (sequential latency) and at ``--http-connections``;
5. stops the server and drops the database (``--keep-database`` leaves it).

Writes a Markdown report on stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from alembic import command
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heartbeats as hb
from continue_watching_seed import PASSWORD, seed

from vuga.catalog.service import title_is_visible
from vuga.cli import alembic_config
from vuga.playback.repository import PlaybackRepository

ANY_RATING = functools.partial(
    title_is_visible, max_maturity=None
)  # what the route adds for an adult profile

ROOT = Path(__file__).resolve().parents[1]
LUA = ROOT / "bench" / "continue_watching.lua"
log = hb.log


def percentiles(values_ms: list[float]) -> dict[str, float]:
    ordered = sorted(values_ms)
    pick = lambda p: ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]  # noqa: E731
    return {
        "n": len(ordered),
        "p50": pick(50),
        "p95": pick(95),
        "p99": pick(99),
        "max": ordered[-1],
        "mean": statistics.fmean(ordered),
    }


async def capture_statement(engine: AsyncEngine, profile_id: int) -> str:
    """The SQL text ``PlaybackRepository.continue_watching`` sends (asyncpg placeholders $1, $2, ...)."""
    captured: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        captured.append((statement, parameters))

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    async with AsyncSession(engine) as session:
        await PlaybackRepository(session).continue_watching(profile_id, ANY_RATING)
    event.remove(engine.sync_engine, "before_cursor_execute", record)
    statement, parameters = captured[-1]
    return statement, parameters  # type: ignore[return-value]


async def measure_sql(engine: AsyncEngine, profiles: int, samples: int, rng: random.Random) -> dict[str, Any]:
    statement, parameters = await capture_statement(engine, 1)
    sample = [rng.randint(1, profiles) for _ in range(samples)]
    out: dict[str, Any] = {"statement": " ".join(statement.split()), "parameters": repr(parameters)}
    async with engine.connect() as connection:
        raw = (await connection.get_raw_connection()).driver_connection
        assert raw is not None
        others = list(parameters)[1:]  # the first parameter is the profile id, the rest stay as captured
        plans = []
        for profile_id in sample[:3]:
            plan = await raw.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {statement}", profile_id, *others)
            plans.append((profile_id, "\n".join(row[0] for row in plan)))
        out["plans"] = plans
        server_ms = []
        for profile_id in sample:
            plan = await raw.fetch(f"EXPLAIN (ANALYZE, FORMAT JSON) {statement}", profile_id, *others)
            document = plan[0][0]
            document = json.loads(document) if isinstance(document, str) else document
            server_ms.append(document[0]["Execution Time"])
        out["server"] = percentiles(server_ms)
        prepared = await raw.prepare(statement)
        rng.shuffle(sample)
        client_ms, rows = [], []
        for profile_id in sample:
            t = time.perf_counter()
            result = await prepared.fetch(profile_id, *others)
            client_ms.append((time.perf_counter() - t) * 1000)
            rows.append(len(result))
        out["asyncpg"] = percentiles(client_ms)
        out["rows"] = percentiles([float(r) for r in rows])
    rng.shuffle(sample)
    orm_ms = []
    async with AsyncSession(engine) as session:
        repository = PlaybackRepository(session)
        for profile_id in sample:
            t = time.perf_counter()
            await repository.continue_watching(profile_id, ANY_RATING)
            orm_ms.append((time.perf_counter() - t) * 1000)
            session.expunge_all()
    out["repository"] = percentiles(orm_ms)
    return out


async def login_many(base: str, profile_ids: list[int]) -> list[tuple[str, int]]:
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:

        async def one(i: int) -> tuple[str, int]:
            response = await client.post(
                "/api/v1/auth/login", json={"email": f"bench-{i}@example.com", "password": PASSWORD}
            )
            response.raise_for_status()
            return response.json()["access_token"], i  # account i owns profile i

        tokens: list[tuple[str, int]] = []
        for start in range(0, len(profile_ids), 8):
            tokens += await asyncio.gather(*(one(i) for i in profile_ids[start : start + 8]))
        # One pass over every token: the session cache is warm, and each answer is checked once.
        for token, profile_id in tokens:
            response = await client.get(
                f"/api/v1/profiles/{profile_id}/continue-watching",
                headers={"Authorization": f"Bearer {token}"},
            )
            response.raise_for_status()
    return tokens


def run_wrk(
    base: str, connections: int, duration: int, data: Path, wrk_core: str
) -> tuple[dict[str, Any], str]:
    cmd = [
        "taskset", "-c", wrk_core, "wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--timeout", "10s",
        "--latency", "-s", str(LUA), base,
    ]  # fmt: skip
    env = os.environ | {"CONTINUE_DATA": str(data)}
    output = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT ")), output


def measure_http(args: argparse.Namespace, url: str, rng: random.Random) -> dict[str, Any]:
    base = f"http://127.0.0.1:{args.port}"
    workdir = Path(tempfile.mkdtemp(prefix="vuga-bench-continue-"))
    env = os.environ | {
        "VUGA_DATABASE_URL": url,
        "VUGA_RATE_LIMIT_ENABLED": "false",
        "VUGA_AUTH_SECRET_KEY": secrets.token_hex(32),
        "VUGA_AUTH_ACCESS_TOKEN_TTL_S": "3600",
        "VUGA_MEDIA_DIR": str(workdir / "media"),
        "VUGA_VAR_DIR": str(workdir),
        "VUGA_REDIS_URL": args.redis_url,
    }
    subprocess.run(["redis-cli", "-n", args.redis_url.rsplit("/", 1)[1], "FLUSHDB"], capture_output=True)
    server = hb.start_server(args.server_core, args.port, env, workdir)
    results: dict[str, Any] = {"runs": []}
    try:
        hb.wait_ready(base, server)
        sample = rng.sample(range(1, args.profiles + 1), args.http_profiles)
        log(f"logging in {len(sample)} accounts")
        tokens = asyncio.run(login_many(base, sample))
        data = workdir / "continue-data.lua"
        hb.write_lua_data(data, tokens, [])
        for connections in [1, *[int(c) for c in args.http_connections.split(",")]]:
            log(f"wrk -c{connections} {args.duration}s: continue watching")
            cpu0 = hb.cpu_times()
            result, raw = run_wrk(base, connections, args.duration, data, args.wrk_core)
            result |= {"connections": connections, "raw": raw, "cores": hb.core_usage(cpu0, hb.cpu_times())}
            results["runs"].append(result)
            lat = result["latency_us"]
            log(
                f"  {result['requests'] / (result['duration_us'] / 1e6):,.0f} req/s, p50 {lat['p50'] / 1000:.2f} ms,"
                f" p95 {lat['p95'] / 1000:.2f} ms, p99 {lat['p99'] / 1000:.2f} ms, statuses {result['statuses']}"
            )
    finally:
        hb.stop(server)
        results["server_errors"] = [
            line
            for line in (workdir / "server.log").read_text(errors="replace").splitlines()
            if "Traceback" in line or "ERROR" in line or "exception" in line.lower()
        ]
        shutil.rmtree(workdir, ignore_errors=True)
    return results


def report(
    args: argparse.Namespace,
    timings: dict[str, float],
    sizes: dict[str, Any],
    sql: dict[str, Any],
    http: dict[str, Any],
) -> None:
    cpu, pg = hb.machine()
    print(f"# Continue watching at {sizes['title_progress']:,} title_progress rows\n")
    print(
        f"Produced by `.venv/bin/python {' '.join(['bench/continue_watching.py', *sys.argv[1:]])}` on {time.strftime('%Y-%m-%d %H:%M %Z')}.\n"
    )
    print(
        f"- machine: {os.cpu_count()} cores ({cpu}), Linux {os.uname().release}; PostgreSQL {pg} on loopback"
    )
    print(f"- {hb.versions()}")
    print(f"- data: {json.dumps(sizes)}")
    print("- seeding: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()) + "\n")
    print("## (a) The query\n")
    print(
        f"```sql\n{sql['statement']}\n```\n\nParameters as sent for profile 1: `{sql['parameters']}`. Rows returned per profile: "
        f"p50 {sql['rows']['p50']:.0f}, max {sql['rows']['max']:.0f}.\n"
    )
    print(
        f"| measured over {sql['server']['n']:,} random profiles, one at a time | p50 ms | p95 ms | p99 ms | max ms |"
    )
    print("| --- | --- | --- | --- | --- |")
    for name, key in (
        ("server execution time (EXPLAIN ANALYZE)", "server"),
        ("asyncpg prepared statement, round trip", "asyncpg"),
        ("PlaybackRepository.continue_watching (SQLAlchemy)", "repository"),
    ):
        s = sql[key]
        print(f"| {name} | {s['p50']:.3f} | {s['p95']:.3f} | {s['p99']:.3f} | {s['max']:.3f} |")
    for profile_id, plan in sql["plans"]:
        print(f"\nProfile {profile_id}:\n\n```\n{plan}\n```")
    print("\n## (b) HTTP, end to end\n")
    print(
        f"`GET /api/v1/profiles/{{id}}/continue-watching` with real tokens for {args.http_profiles} random accounts (logged in"
        f" through the API), one server process on core {args.server_core} (Redis cache, rate limits off), wrk on core"
        f" {args.wrk_core}: `taskset -c {args.wrk_core} wrk -t1 -c<N> -d{args.duration}s --timeout 10s --latency -s bench/continue_watching.lua`.\n"
    )
    print(
        "| conns | req/s | p50 ms | p90 ms | p95 ms | p99 ms | max ms | 2xx | non-2xx | socket errors | core 0 % | core 1 % |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in http["runs"]:
        ok = sum(n for s, n in r["statuses"].items() if s.startswith("2"))
        bad = {s: n for s, n in r["statuses"].items() if not s.startswith("2")}
        e, lat = r["errors"], r["latency_us"]
        print(
            f"| {r['connections']} | {r['requests'] / (r['duration_us'] / 1e6):,.0f} | {lat['p50'] / 1000:.2f} | {lat['p90'] / 1000:.2f} "
            f"| {lat['p95'] / 1000:.2f} | {lat['p99'] / 1000:.2f} | {lat['max'] / 1000:.1f} | {ok:,} | {sum(bad.values())}{' ' + json.dumps(bad) if bad else ''} "
            f"| {e['connect'] + e['read'] + e['write'] + e['timeout']} | {r['cores'][0]:.0f} | {r['cores'][1]:.0f} |"
        )
    print(f"\nServer log lines with errors: {len(http['server_errors'])}\n")
    for line in http["server_errors"][:20]:
        print(f"    {line[:300]}")
    print("\n## Raw wrk output\n")
    for r in http["runs"]:
        print(f"### -c{r['connections']}\n\n```\n{r['raw'].strip()}\n```\n")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--database-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/vuga_bench_continue"
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--titles", type=int, default=5000)
    parser.add_argument("--profiles", type=int, default=1_000_000)
    parser.add_argument("--rows-per-profile", type=int, default=10)
    parser.add_argument("--chunk", type=int, default=250_000, help="rows per COPY")
    parser.add_argument("--sql-samples", type=int, default=1000)
    parser.add_argument("--http-profiles", type=int, default=200)
    parser.add_argument(
        "--http-connections", default="16", help="connection counts after the 1-connection run"
    )
    parser.add_argument("--duration", type=int, default=20, help="seconds per wrk run")
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--server-core", default="0")
    parser.add_argument("--wrk-core", default="1")
    parser.add_argument(
        "--skip-seed", action="store_true", help="reuse a database seeded by an earlier --keep-database run"
    )
    parser.add_argument("--keep-database", action="store_true")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt-get install wrk)")
    url, rng = args.database_url, random.Random(11)

    timings: dict[str, float] = {}
    if not args.skip_seed:
        log(f"recreating {make_url(url).database} and migrating")
        asyncio.run(hb.recreate_database(url))
        command.upgrade(alembic_config(url), "head")  # type: ignore[arg-type]

    async def seed_and_measure() -> tuple[dict[str, Any], dict[str, Any]]:
        engine = create_async_engine(url)
        if not args.skip_seed:
            timings.update(await seed(engine, args, rng))
        async with engine.connect() as connection:
            sizes = {
                table: (await connection.execute(text(f"SELECT count(*) FROM {table}"))).scalar_one()
                for table in ("title_progress", "profiles", "accounts", "titles")
            }
            sizes["title_progress size (table + indexes)"] = (
                await connection.execute(
                    text("SELECT pg_size_pretty(pg_total_relation_size('title_progress'))")
                )
            ).scalar_one()
        log("measuring the query")
        sql = await measure_sql(engine, sizes["profiles"], args.sql_samples, rng)
        await engine.dispose()
        return sizes, sql

    sizes, sql = asyncio.run(seed_and_measure())
    log(
        f"SQL: server p95 {sql['server']['p95']:.3f} ms, asyncpg p95 {sql['asyncpg']['p95']:.3f} ms, repository p95 {sql['repository']['p95']:.3f} ms"
    )
    http = measure_http(args, url, rng)
    report(args, timings, sizes, sql, http)
    if not args.keep_database:
        log("dropping the database")
        asyncio.run(hb.drop_database(url))


if __name__ == "__main__":
    main()
