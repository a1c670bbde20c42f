"""The home page on PostgreSQL with 10,000 titles: cold rebuilds, cached throughput next to nginx, and the
personal home.

    .venv/bin/python bench/home.py > bench/results/home.md

What it does, start to end (about 4 minutes with the defaults):

1. drops and recreates the database (default ``vuga_bench_home``), migrates it and inserts ``--genres``
   genres and ``--titles`` published titles in SQL (popularity Zipf-like, one to three genres each, a mix
   of maturity ratings, every 500th featured, a most-viewed list of ten);
2. cold rebuilds, in this process: ``SharedHome.build`` (the four statements and the JSON) plus the gzip and
   brotli encodings a cache entry holds, ``--samples`` times per maturity variant, on one connection; next
   to it the old server's way, one ``ORDER BY random()`` query per genre, on the same data;
3. starts ONE server process pinned to core 0 (``taskset -c 0 vuga serve --workers 1``, rate limits off,
   Redis cache) and nginx with one worker pinned to the same core, serving the very bytes the server sent
   for ``GET /api/v1/home`` as a static file (identity, and brotli with its ``Content-Encoding``);
4. for each connection count and encoding, runs wrk pinned to core 1 against nginx, then against the
   cached ``GET /api/v1/home``, back to back, and reports the ratio;
5. registers ``--accounts`` accounts, gives each profile some progress, a finished title and a watchlist
   through the API, then runs wrk over their ``GET /api/v1/profiles/{id}/home`` at 1 connection
   (sequential latency) and at 16;
6. stops both servers and drops the database (``--keep-database`` leaves it).

With ``--baseline REF``, step 5 also runs against a server with the code of git REF (as in
``bench/heartbeats.py --baseline``: a worktree ahead on ``PYTHONPATH``, the same database and Redis, on the
next port), each connection count against the baseline and then this checkout, back to back.

Needs wrk and nginx (``apt-get install wrk nginx-light``) and 2 cores. Markdown on stdout, progress on stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heartbeats as hb

from vuga.cli import alembic_config
from vuga.core.cache import CachedBody
from vuga.core.db import Database
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls
from vuga.home.service import SharedHome
from vuga.settings import CacheSettings, DatabaseSettings, HomeSettings

ROOT = Path(__file__).resolve().parents[1]
LUA = ROOT / "bench" / "home.lua"
log = hb.log


def percentiles(values_ms: list[float]) -> dict[str, float]:
    ordered = sorted(values_ms)

    def pick(p: float) -> float:
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]

    return {
        "n": len(ordered),
        "p50": pick(50),
        "p95": pick(95),
        "p99": pick(99),
        "mean": statistics.fmean(ordered),
    }


async def seed(url: str, titles: int, genres: int) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        await connection.execute(
            text(
                "INSERT INTO genres (slug, name, position) SELECT 'genre-' || g, 'Genre ' || g, g"
                " FROM generate_series(1, :g) AS g"
            ),
            {"g": genres},
        )
        await connection.execute(
            text(
                "INSERT INTO titles (kind, title, sort_title, release_year, duration_s, maturity_age,"
                " is_published, published_at, is_featured, popularity, rating_avg, poster_url, backdrop_url)"
                " SELECT CASE WHEN n % 5 = 0 THEN 'series' ELSE 'movie' END, 'Bench title ' || n,"
                " 'bench title ' || n, 1950 + n % 76, CASE WHEN n % 5 = 0 THEN NULL ELSE 6000 END,"
                " (ARRAY[0, 7, 13, 16, 18])[1 + n % 5], true, now() - n * interval '1 hour', n % 500 = 0,"
                " 1000000.0 / n, (n % 50) / 10.0, '/posters/' || n || '.jpg', '/backdrops/' || n || '.jpg'"
                " FROM generate_series(1, :n) AS n"
            ),
            {"n": titles},
        )
        # One to three genres per title, spread so that every genre holds a slice of every popularity.
        await connection.execute(
            text(
                "INSERT INTO title_genres (title_id, genre_id) SELECT DISTINCT id, 1 + (id * k * 7) % :g"
                " FROM titles, generate_series(1, 1 + id % 3) AS k"
            ),
            {"g": genres},
        )
        # The list the most-viewed job keeps (no editorial top 10: the home falls back to it).
        await connection.execute(
            text(
                "INSERT INTO most_viewed_titles (position, title_id, views, computed_at)"
                " SELECT id, id, 100000 / id, now() FROM titles WHERE id <= 10"
            )
        )
    await hb.vacuum_analyze(engine)
    await engine.dispose()


# What browsers and the iOS apps' HTTP stack send (Android's OkHttp sends gzip alone): the personal home is
# answered gzipped, its shared part deflated ahead.
APP_ENCODINGS = "gzip, deflate, br"
VARIANTS = [None, Maturity.ALL, Maturity.AGE_7, Maturity.AGE_13, Maturity.AGE_16]


def builder(database: Database) -> SharedHome:
    """A ``SharedHome`` for calling ``build()`` directly, with the default settings."""
    return SharedHome(
        database,
        MediaUrls("https://cdn.example.com/media"),
        None,  # type: ignore[arg-type]  # build() does not touch the cache
        HomeSettings(),
        CacheSettings(),
    )


async def cold_rebuilds(url: str, samples: int) -> dict[str, Any]:
    database = Database.from_settings(DatabaseSettings(url=url, pool_size=2))
    shared = builder(database)
    for variant in VARIANTS:  # warm the connection and the plans
        await shared.build(variant)
    build_ms, encode_ms, total_ms, sizes = [], [], [], {}
    for _ in range(samples):
        for variant in VARIANTS:
            started = time.perf_counter()
            body, _tags = await shared.build(variant)
            built = time.perf_counter()
            cached = CachedBody.of(body, 0)
            done = time.perf_counter()
            build_ms.append((built - started) * 1000)
            encode_ms.append((done - built) * 1000)
            total_ms.append((done - started) * 1000)
            sizes[str(variant)] = (len(body), len(cached.gzip), len(cached.brotli))
    await database.dispose()
    return {
        "build": percentiles(build_ms),
        "encode": percentiles(encode_ms),
        "total": percentiles(total_ms),
        "sizes": sizes,
    }


async def old_server_home(url: str, samples: int, genres: int) -> dict[str, Any]:
    """The old server's home: featured, new releases, then one ``ORDER BY RAND()`` query per genre."""
    engine = create_async_engine(url, pool_size=1)
    per_genre = text(
        "SELECT t.* FROM titles t JOIN title_genres tg ON tg.title_id = t.id"
        " WHERE tg.genre_id = :genre AND t.is_published ORDER BY random() LIMIT 20"
    )
    featured = text("SELECT * FROM titles WHERE is_published AND is_featured ORDER BY random() LIMIT 5")
    newest = text("SELECT * FROM titles WHERE is_published ORDER BY published_at DESC LIMIT 20")
    totals = []
    async with engine.connect() as connection:
        for sample in range(samples + 3):
            started = time.perf_counter()
            await connection.execute(featured)
            await connection.execute(newest)
            for genre in range(1, genres + 1):
                (await connection.execute(per_genre, {"genre": genre})).all()
            if sample >= 3:  # the first runs warm the cache
                totals.append((time.perf_counter() - started) * 1000)
    await engine.dispose()
    return {"total": percentiles(totals), "statements": genres + 2}


def start_nginx(
    core: str, port: int, workdir: Path, body: bytes, brotli_body: bytes
) -> subprocess.Popen[bytes]:
    workdir.chmod(0o755)  # nginx's workers run as an unprivileged user and must reach the files
    www = workdir / "www"
    www.mkdir()
    (www / "home.json").write_bytes(body)
    (www / "home.json.br").write_bytes(brotli_body)
    config = workdir / "nginx.conf"
    config.write_text(
        f"""
worker_processes 1;
daemon off;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx-error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    server {{
        listen 127.0.0.1:{port};
        root {www};
        location = /identity {{ default_type application/json; try_files /home.json =404; }}
        location = /br {{
            default_type application/json;
            add_header Content-Encoding br;
            try_files /home.json.br =404;
        }}
    }}
}}
"""
    )
    process = subprocess.Popen(
        ["taskset", "-c", core, "nginx", "-c", str(config), "-p", str(workdir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/identity", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    hb.stop(process)
    raise RuntimeError(f"nginx did not serve the file: see {workdir}/nginx-error.log")


def run_wrk(
    url: str, connections: int, duration: int, wrk_core: str, encoding: str = "", data: Path | None = None
) -> dict[str, Any]:
    env = os.environ | {"HOME_ENCODING": encoding}
    if data is not None:
        env["HOME_DATA"] = str(data)
    else:
        env.pop("HOME_DATA", None)
    cmd = [
        "taskset", "-c", wrk_core, "wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--timeout", "10s",
        "--latency", "-s", str(LUA), url,
    ]  # fmt: skip
    output = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    result: dict[str, Any] = json.loads(line.removeprefix("RESULT "))
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


async def give_profiles_a_history(base: str, accounts: list[tuple[str, int]], title_ids: list[int]) -> None:
    """Through the API: progress on a few titles, one finished title, and a watchlist, for every profile."""
    rng = random.Random(7)
    now = datetime.now(UTC).isoformat()
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:

        async def one(token: str, profile: int) -> None:
            headers = {"Authorization": f"Bearer {token}"}
            picks = rng.sample(title_ids, 16)
            for i, title_id in enumerate(picks[:8]):
                beat = {
                    "title_id": title_id,
                    "position_s": 5900.0 if i == 0 else 600.0 + i,
                    "duration_s": 6000.0,
                    "session_id": f"bench-{profile}-{title_id}",
                    "client_time": now,
                }
                response = await client.put(
                    f"/api/v1/profiles/{profile}/progress", json=beat, headers=headers
                )
                response.raise_for_status()
            for title_id in picks[8:]:
                response = await client.put(
                    f"/api/v1/profiles/{profile}/watchlist/{title_id}", headers=headers
                )
                response.raise_for_status()

        for start in range(0, len(accounts), 10):
            await asyncio.gather(*(one(*account) for account in accounts[start : start + 10]))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--database-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/vuga_bench_home"
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/11")
    parser.add_argument("--titles", type=int, default=10_000)
    parser.add_argument("--genres", type=int, default=20)
    parser.add_argument("--samples", type=int, default=100, help="cold rebuilds per maturity variant")
    parser.add_argument("--connections", default="16,64", help="wrk connection counts for the cached home")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--accounts", type=int, default=50)
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--nginx-port", type=int, default=8767)
    parser.add_argument("--server-core", default="0")
    parser.add_argument("--wrk-core", default="1")
    parser.add_argument("--keep-database", action="store_true")
    parser.add_argument("--baseline", metavar="REF", help="the personal home of this git commit too (above)")
    args = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed (apt-get install wrk nginx-light)")

    url, base = args.database_url, f"http://127.0.0.1:{args.port}"
    log(f"recreating {make_url(url).database}, migrating, inserting {args.titles} titles")
    asyncio.run(hb.recreate_database(url))
    command.upgrade(alembic_config(url), "head")  # type: ignore[arg-type]
    asyncio.run(seed(url, args.titles, args.genres))

    log(f"cold rebuilds: {args.samples} x {len(VARIANTS)} variants")
    cold = asyncio.run(cold_rebuilds(url, args.samples))
    log(f"  p50 {cold['total']['p50']:.1f} ms, p95 {cold['total']['p95']:.1f} ms")
    log("the old server's per-genre ORDER BY random() home")
    old = asyncio.run(old_server_home(url, max(args.samples // 5, 10), args.genres))
    log(f"  p50 {old['total']['p50']:.1f} ms, p95 {old['total']['p95']:.1f} ms")

    workdir = Path(tempfile.mkdtemp(prefix="vuga-bench-home-"))
    env = os.environ | {
        "VUGA_DATABASE_URL": url,
        "VUGA_REDIS_URL": args.redis_url,
        "VUGA_RATE_LIMIT_ENABLED": "false",
        "VUGA_AUTH_SECRET_KEY": secrets.token_hex(32),
        "VUGA_AUTH_ACCESS_TOKEN_TTL_S": "3600",
        "VUGA_MEDIA_DIR": str(workdir / "media"),
        "VUGA_VAR_DIR": str(workdir),
    }
    subprocess.run(["redis-cli", "-n", args.redis_url.rsplit("/", 1)[1], "FLUSHDB"], capture_output=True)
    server = hb.start_server(args.server_core, args.port, env, workdir)
    personal_bases = {"this checkout": (base, server)}
    checkouts = contextlib.ExitStack()
    if args.baseline:
        checkout = checkouts.enter_context(hb.worktree(args.baseline, workdir / "baseline"))
        baseline_env = env | {"PYTHONPATH": str(checkout / "src")}
        baseline = hb.start_server(args.server_core, args.port + 2, baseline_env, workdir, "baseline.log")
        # The baseline first: each connection count compares it with this checkout's run right after it.
        personal_bases = {f"baseline {args.baseline}": (f"http://127.0.0.1:{args.port + 2}", baseline)}
        personal_bases["this checkout"] = (base, server)
    nginx: subprocess.Popen[bytes] | None = None
    cached_runs: list[dict[str, Any]] = []
    personal_runs: list[dict[str, Any]] = []
    try:
        hb.wait_ready(base, server)
        identity = httpx.get(f"{base}/api/v1/home", headers={"Accept-Encoding": "identity"}).content
        with httpx.stream("GET", f"{base}/api/v1/home", headers={"Accept-Encoding": "br"}) as response:
            brotli_body = b"".join(response.iter_raw())
        nginx = start_nginx(args.server_core, args.nginx_port, workdir, identity, brotli_body)
        log(f"home: {len(identity):,} bytes, {len(brotli_body):,} with brotli; warm-up")
        run_wrk(f"{base}/api/v1/home", 16, 3, args.wrk_core)
        run_wrk(f"http://127.0.0.1:{args.nginx_port}/identity", 16, 3, args.wrk_core)
        for encoding, nginx_path in (("", "/identity"), ("br", "/br")):
            for connections in [int(c) for c in args.connections.split(",")]:
                pair = {"encoding": encoding or "identity", "connections": connections}
                for name, target in (
                    ("nginx", f"http://127.0.0.1:{args.nginx_port}{nginx_path}"),
                    ("vuga", f"{base}/api/v1/home"),
                ):
                    log(f"wrk -c{connections} {args.duration}s {pair['encoding']}: {name}")
                    pair[name] = run_wrk(target, connections, args.duration, args.wrk_core, encoding)
                    time.sleep(1)
                cached_runs.append(pair)
                log(
                    f"  nginx {pair['nginx']['rps']:,.0f} req/s, vuga {pair['vuga']['rps']:,.0f} req/s "
                    f"(p99 {pair['vuga']['latency_us']['p99'] / 1000:.2f} ms)"
                )

        log(f"registering {args.accounts} accounts and giving them a history")
        accounts = asyncio.run(hb.register(base, args.accounts))
        title_ids = [n for n in range(1, min(args.titles, 3000) + 1) if n % 5]  # movies: no episodes needed
        asyncio.run(give_profiles_a_history(base, accounts, title_ids))
        data = workdir / "home-data.lua"
        hb.write_lua_data(data, accounts, [])
        personal_runs = personal_homes(personal_bases, data, args)
    finally:
        if nginx is not None:
            hb.stop(nginx)
        for _, process in personal_bases.values():
            hb.stop(process)
        checkouts.close()
    report(args, cold, old, cached_runs, personal_runs)
    if not args.keep_database:
        asyncio.run(hb.drop_database(url))
    shutil.rmtree(workdir, ignore_errors=True)


def personal_homes(
    servers: dict[str, tuple[str, subprocess.Popen[bytes]]], data: Path, args: argparse.Namespace
) -> list[dict[str, Any]]:
    """wrk over the profiles' homes on each server, at 1 and 16 connections, with the server's CPU."""
    for target, process in servers.values():
        hb.wait_ready(target, process)
        run_wrk(target, 4, 3, args.wrk_core, APP_ENCODINGS, data)  # warm-up
    runs = []
    for connections in (1, 16):
        for name, (target, process) in servers.items():
            log(f"personal home: wrk -c{connections} {args.duration}s ({name})")
            pids = hb.process_tree(process.pid)
            cpu_before = hb.process_cpu_s(pids)
            result = run_wrk(target, connections, args.duration, args.wrk_core, APP_ENCODINGS, data)
            cpu_s = hb.process_cpu_s(pids) - cpu_before
            result |= {"connections": connections, "server": name}
            result["cpu_ms"] = cpu_s * 1000 / max(result["requests"], 1)
            runs.append(result)
            log(
                f"  {result['rps']:,.0f} req/s, p95 {result['latency_us']['p95'] / 1000:.2f} ms, "
                f"{result['cpu_ms']:.2f} ms of server CPU a request"
            )
    return runs


def row(name: str, run: dict[str, Any]) -> str:
    ok = sum(n for status, n in run["statuses"].items() if status.startswith(("2", "3")))
    bad = sum(n for status, n in run["statuses"].items() if not status.startswith(("2", "3")))
    lat = run["latency_us"]
    return (
        f"| {name} | {run['rps']:,.0f} | {lat['p50'] / 1000:.2f} | {lat['p95'] / 1000:.2f} "
        f"| {lat['p99'] / 1000:.2f} | {lat['max'] / 1000:.1f} | {ok:,} | {bad:,} |"
    )


def report(
    args: argparse.Namespace,
    cold: dict[str, Any],
    old: dict[str, Any],
    cached_runs: list[dict[str, Any]],
    personal_runs: list[dict[str, Any]],
) -> None:
    cpu, pg = hb.machine()
    nginx_version = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr.strip()
    print("# The home page\n")
    print(
        f"Produced by `.venv/bin/python {' '.join(['bench/home.py', *sys.argv[1:]])}` on {time.strftime('%Y-%m-%d %H:%M %Z')}.\n"
    )
    print(
        f"- machine: {os.cpu_count()} cores ({cpu}), Linux {os.uname().release}; PostgreSQL {pg} on loopback"
    )
    print(f"- {hb.versions()}; {nginx_version}")
    print(f"- data: {args.titles:,} published titles in {args.genres} genres (one to three each)\n")

    print("## Cold rebuild of the shared home (PostgreSQL)\n")
    print(
        f"`SharedHome.build` (4 statements, JSON) plus the gzip and brotli encodings of a cache entry, "
        f"{cold['total']['n']} rebuilds over {len(VARIANTS)} maturity variants, one at a time. Target: p95 < 50 ms.\n"
    )
    print("| part | p50 ms | p95 ms | p99 ms | mean ms |")
    print("| --- | --- | --- | --- | --- |")
    for part in ("build", "encode", "total"):
        p = cold[part]
        print(f"| {part} | {p['p50']:.2f} | {p['p95']:.2f} | {p['p99']:.2f} | {p['mean']:.2f} |")
    o = old["total"]
    print(
        f"| old server: {old['statements']} statements, `ORDER BY random()` per genre | {o['p50']:.2f} "
        f"| {o['p95']:.2f} | {o['p99']:.2f} | {o['mean']:.2f} |"
    )
    print(f"\nBody sizes (identity, gzip, brotli bytes) per variant: {json.dumps(cold['sizes'])}\n")

    print("## Cached `GET /api/v1/home` next to nginx serving the same bytes (one core each)\n")
    print(
        f"Both pinned to core {args.server_core}, wrk on core {args.wrk_core}, {args.duration} s per run, "
        "run back to back. Target: at least a quarter of nginx's requests per second, p99 < 5 ms.\n"
    )
    print("| encoding | conns | server | req/s | p50 ms | p95 ms | p99 ms | max ms | 2xx | other |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for pair in cached_runs:
        for name in ("nginx", "vuga"):
            print(row(f"{pair['encoding']} | {pair['connections']} | {name}", pair[name]))
    print()
    for pair in cached_runs:
        ratio = pair["vuga"]["rps"] / pair["nginx"]["rps"]
        print(f"- {pair['encoding']}, {pair['connections']} connections: vuga/nginx = {ratio:.2f}")
    print(f"\n## Personal home `GET /api/v1/profiles/{{id}}/home` (Accept-Encoding: {APP_ENCODINGS})\n")
    print(
        f"{args.accounts} profiles, each with 8 titles in progress (one finished) and 8 on its watchlist, "
        "rotating. Target: p95 < 15 ms.\n"
    )
    print("| server | conns | req/s | p50 ms | p95 ms | p99 ms | max ms | 2xx | other | server CPU ms/req |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for run in personal_runs:
        name = f"{run['server']} | {run['connections']}"
        print(f"{row(name, run)} {run['cpu_ms']:.2f} |")


if __name__ == "__main__":
    main()
