"""Sustained heartbeats per second on one server core (PUT /api/v1/profiles/{id}/progress), with wrk.

    .venv/bin/python bench/heartbeats.py > bench/results/heartbeats.md

What it does, start to end (about 3 minutes with the defaults):

1. drops and recreates the database (default ``vuga_bench_playback``), migrates it with Alembic and inserts
   ``--titles`` published movies;
2. starts ONE server process (``vuga serve --workers 1``) pinned to core 0 with ``taskset -c 0``, rate limits
   off, Redis as the cache unless ``--no-redis``;
3. registers ``--accounts`` accounts through the API and takes each one's first profile and access token;
4. for each connection count: runs wrk pinned to core 1 against ``GET /healthz`` (this machine's HTTP limit
   for this server, the baseline) and then against the heartbeat endpoint with ``bench/heartbeats.lua``
   (every request a new session, a new position, a current client time);
5. counts the watch_history rows each heartbeat run left in PostgreSQL and compares them with the 204s wrk
   received; reports per-core CPU use during each run (from /proc/stat);
6. stops the server (SIGINT, then SIGKILL if needed). ``--keep-database`` leaves the database behind.

With ``--baseline REF`` (a commit, branch or tag), a second server runs the code of REF (checked out with
``git worktree`` into a temporary directory, imported ahead of this checkout with ``PYTHONPATH``, the same
installed dependencies) on the next port, against the same database and Redis, idle while the other is
measured. Each connection count then measures the baseline's heartbeats and this checkout's one after the
other: a change's effect, side by side, on a machine whose speed drifts within minutes.

Needs wrk (``apt-get install wrk``) and 2 cores. Writes a Markdown report on stdout, progress on stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from vuga.cli import alembic_config

ROOT = Path(__file__).resolve().parents[1]
LUA = ROOT / "bench" / "heartbeats.lua"
VUGA = ROOT / ".venv" / "bin" / "vuga"


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


async def recreate_database(url: str) -> None:
    parsed = make_url(url)
    admin = create_async_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
        await connection.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    await admin.dispose()


async def drop_database(url: str) -> None:
    parsed = make_url(url)
    admin = create_async_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
    await admin.dispose()


async def reset_sequences(connection: AsyncConnection, tables: Iterable[str]) -> None:
    """After rows loaded with their own ids: each table's id sequence moved past its largest id, so that the
    server's inserts do not collide with them."""
    for table in tables:
        await connection.execute(
            text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        )


async def vacuum_analyze(engine: AsyncEngine) -> float:
    """``VACUUM ANALYZE`` the whole database (it cannot run in a transaction); the seconds it took."""
    started = time.monotonic()
    async with engine.connect() as connection:
        await connection.execute(text("COMMIT"))
        await connection.execute(text("VACUUM ANALYZE"))
    return time.monotonic() - started


async def seed_titles(url: str, titles: int) -> list[int]:
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        await connection.execute(
            text(
                "INSERT INTO titles (kind, title, sort_title, release_year, duration_s, is_published,"
                " published_at) SELECT 'movie', 'Bench title ' || n, 'bench title ' || n, 1950 + n % 76,"
                " 6000, true, now() FROM generate_series(1, :n) AS n"
            ),
            {"n": titles},
        )
        ids = list((await connection.execute(text("SELECT id FROM titles ORDER BY id"))).scalars())
    await vacuum_analyze(engine)
    await engine.dispose()
    return ids


async def scalar(url: str, sql: str, **params: Any) -> Any:
    engine = create_async_engine(url)
    async with engine.connect() as connection:
        value = (await connection.execute(text(sql), params)).scalar_one()
    await engine.dispose()
    return value


async def register(base: str, count: int) -> list[tuple[str, int]]:
    """Register ``count`` accounts through the API: (access token, first profile id) for each."""
    run = secrets.token_hex(4)
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:

        async def one(i: int) -> tuple[str, int]:
            response = await client.post(
                "/api/v1/auth/register",
                json={"email": f"bench-{run}-{i}@example.com", "password": f"bench passphrase {run} {i}"},
            )
            response.raise_for_status()
            token = response.json()["access_token"]
            profiles = await client.get("/api/v1/profiles", headers={"Authorization": f"Bearer {token}"})
            profiles.raise_for_status()
            body = profiles.json()
            items = body["items"] if isinstance(body, dict) else body
            return token, int(items[0]["id"])

        results: list[tuple[str, int]] = []
        for start in range(0, count, 8):  # argon2 hashing: a few at a time
            results += await asyncio.gather(*(one(i) for i in range(start, min(start + 8, count))))
    return results


def write_lua_data(path: Path, accounts: list[tuple[str, int]], titles: list[int]) -> None:
    lines = ["return {", "  accounts = {"]
    lines += [f'    {{token = "{token}", profile = {profile}}},' for token, profile in accounts]
    lines += ["  },", "  titles = {" + ",".join(map(str, titles)) + "},", "}"]
    path.write_text("\n".join(lines) + "\n")


def cpu_times() -> list[tuple[int, int]]:
    """Per core (busy, total) jiffies from /proc/stat."""
    cores = []
    with open("/proc/stat") as stat:
        for line in stat:
            if line.startswith("cpu") and line[3].isdigit():
                fields = [int(v) for v in line.split()[1:]]
                idle = fields[3] + fields[4]  # idle + iowait
                total = sum(fields[:8])  # without guest time, which is counted in user already
                cores.append((total - idle, total))
    return cores


def core_usage(before: list[tuple[int, int]], after: list[tuple[int, int]]) -> list[float]:
    return [100.0 * (b1 - b0) / max(t1 - t0, 1) for (b0, t0), (b1, t1) in zip(before, after, strict=True)]


def process_tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def process_cpu_s(pids: list[int]) -> float:
    ticks = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime + stime
        except OSError:
            pass
    return ticks / os.sysconf("SC_CLK_TCK")


def run_wrk(
    base: str, connections: int, duration: int, data: Path, mode: str, run: str, wrk_core: str
) -> tuple[dict[str, Any], str]:
    env = os.environ | {"HEARTBEATS_DATA": str(data), "HEARTBEATS_MODE": mode, "HEARTBEATS_RUN": run}
    cmd = [
        "taskset", "-c", wrk_core, "wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--timeout", "10s",
        "--latency", "-s", str(LUA), base,
    ]  # fmt: skip
    output = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT ")), output


def start_server(
    core: str, port: int, env: dict[str, str], workdir: Path, log_name: str = "server.log"
) -> subprocess.Popen[bytes]:
    """One server process pinned to ``core``, its output in ``workdir/<log_name>``."""
    cmd = ["taskset", "-c", core, str(VUGA), "serve", "--port", str(port), "--workers", "1"]
    log("starting: " + " ".join(cmd) + (f" (PYTHONPATH={env['PYTHONPATH']})" if "PYTHONPATH" in env else ""))
    # The child keeps its own copy of the log's descriptor; ours can close at once.
    with open(workdir / log_name, "wb") as server_log:
        return subprocess.Popen(
            cmd, env=env, cwd=workdir, stdout=server_log, stderr=subprocess.STDOUT, start_new_session=True
        )


@contextlib.contextmanager
def worktree(ref: str, path: Path) -> Iterator[Path]:
    """The code of git ``ref`` checked out at ``path`` for as long as the context lasts."""
    git = ["git", "-C", str(ROOT), "worktree"]
    subprocess.run([*git, "add", "--detach", str(path), ref], check=True, capture_output=True)
    try:
        yield path
    finally:
        subprocess.run([*git, "remove", "--force", str(path)], capture_output=True)


def wait_ready(base: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError("the server did not answer /healthz in time")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGINT)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def machine() -> tuple[str, str]:
    """The processor's model and the PostgreSQL server's version, for the report's header."""
    with open("/proc/cpuinfo") as cpuinfo:
        cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "?")
    pg = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-tAc", "SHOW server_version"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return cpu, pg


def versions() -> str:
    from importlib.metadata import version

    wrk = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    packages = ", ".join(
        f"{name} {version(name)}" for name in ("granian", "litestar", "sqlalchemy", "asyncpg", "msgspec")
    )
    return f"Python {sys.version.split()[0]}; {packages}; {wrk.split(' Copyright')[0]}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--database-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/vuga_bench_playback"
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--no-redis", action="store_true", help="use the in-process cache and counters")
    parser.add_argument("--connections", default="32,128,256", help="wrk connection counts, comma-separated")
    parser.add_argument("--duration", type=int, default=20, help="seconds per wrk run")
    parser.add_argument("--warmup", type=int, default=5, help="seconds of unreported heartbeat load first")
    parser.add_argument("--accounts", type=int, default=50)
    parser.add_argument("--titles", type=int, default=300)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--server-core", default="0")
    parser.add_argument("--wrk-core", default="1")
    parser.add_argument("--keep-database", action="store_true")
    parser.add_argument(
        "--baseline", metavar="REF", help="measure the code of this git commit too, side by side (see above)"
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt-get install wrk)")

    url, base = args.database_url, f"http://127.0.0.1:{args.port}"
    log(f"recreating {make_url(url).database}, migrating, inserting {args.titles} titles")
    asyncio.run(recreate_database(url))
    command.upgrade(alembic_config(url), "head")  # type: ignore[arg-type]
    titles = asyncio.run(seed_titles(url, args.titles))

    workdir = Path(tempfile.mkdtemp(prefix="vuga-bench-heartbeats-"))
    env = os.environ | {
        "VUGA_DATABASE_URL": url,
        "VUGA_RATE_LIMIT_ENABLED": "false",
        "VUGA_AUTH_SECRET_KEY": secrets.token_hex(32),
        "VUGA_AUTH_ACCESS_TOKEN_TTL_S": "3600",
        "VUGA_MEDIA_DIR": str(workdir / "media"),
        "VUGA_VAR_DIR": str(workdir),
    }
    if not args.no_redis:
        env["VUGA_REDIS_URL"] = args.redis_url
        subprocess.run(["redis-cli", "-n", args.redis_url.rsplit("/", 1)[1], "FLUSHDB"], capture_output=True)
    servers = {"this checkout": start_server(args.server_core, args.port, env, workdir)}
    bases = {"this checkout": base}
    checkouts = contextlib.ExitStack()
    if args.baseline:
        checkout = checkouts.enter_context(worktree(args.baseline, workdir / "baseline"))
        name = f"baseline {args.baseline}"
        servers[name] = start_server(
            args.server_core,
            args.port + 1,
            env | {"PYTHONPATH": str(checkout / "src")},
            workdir,
            "baseline.log",
        )
        bases[name] = f"http://127.0.0.1:{args.port + 1}"
    measured = sorted(servers, key=lambda name: name == "this checkout")  # the baseline first
    results: list[dict[str, Any]] = []
    try:
        for name, server in servers.items():
            wait_ready(bases[name], server)
        log(f"registering {args.accounts} accounts")
        accounts = asyncio.run(register(base, args.accounts))
        data = workdir / "heartbeats-data.lua"
        write_lua_data(data, accounts, titles)
        if args.warmup:
            for name in measured:
                log(f"warm-up: {args.warmup}s of heartbeats ({name})")
                run_wrk(bases[name], 32, args.warmup, data, "heartbeat", "warmup", args.wrk_core)
            time.sleep(1)
        for connections in [int(c) for c in args.connections.split(",")]:
            runs = [("this checkout", "healthz"), *((name, "heartbeat") for name in measured)]
            for name, mode in runs:
                run = f"c{connections}{secrets.token_hex(3)}"
                pids = process_tree(servers[name].pid)
                cpu0, proc0 = cpu_times(), process_cpu_s(pids)
                log(f"wrk -c{connections} {args.duration}s: {mode} ({name})")
                result, raw = run_wrk(bases[name], connections, args.duration, data, mode, run, args.wrk_core)
                cpu1, proc1 = cpu_times(), process_cpu_s(pids)
                result |= {
                    "server": name,
                    "mode": mode,
                    "connections": connections,
                    "cores": core_usage(cpu0, cpu1),
                    "server_cpu_s": proc1 - proc0,
                    "raw": raw,
                }
                if mode == "heartbeat":
                    time.sleep(2)  # batches still in flight when wrk stopped
                    result["rows"] = asyncio.run(
                        scalar(
                            url, "SELECT count(*) FROM watch_history WHERE session_id LIKE :p", p=f"{run}-%"
                        )
                    )
                results.append(result)
                ok = result["statuses"].get("204", 0) + result["statuses"].get("200", 0)
                log(
                    f"  {result['requests'] / (result['duration_us'] / 1e6):,.0f} req/s, "
                    f"p50 {result['latency_us']['p50'] / 1000:.1f} ms, p99 {result['latency_us']['p99'] / 1000:.1f} ms,"
                    f" 2xx {ok}, statuses {result['statuses']}, rows {result.get('rows', '-')}"
                )
                time.sleep(1)
        totals = {
            "watch_history": asyncio.run(scalar(url, "SELECT count(*) FROM watch_history")),
            "watch_state": asyncio.run(scalar(url, "SELECT count(*) FROM watch_state")),
            "title_progress": asyncio.run(scalar(url, "SELECT count(*) FROM title_progress")),
        }
    finally:
        log("stopping the servers")
        for server in servers.values():
            stop(server)
        checkouts.close()
    server_errors = [
        line
        for log_file in workdir.glob("*.log")
        for line in log_file.read_text(errors="replace").splitlines()
        if "Traceback" in line or "ERROR" in line or "exception" in line.lower()
    ]
    report(args, results, totals, server_errors, accounts=len(accounts), titles=len(titles))
    if not args.keep_database:
        asyncio.run(drop_database(url))
    shutil.rmtree(workdir, ignore_errors=True)


def report(
    args: argparse.Namespace,
    results: list[dict[str, Any]],
    totals: dict[str, int],
    server_errors: list[str],
    *,
    accounts: int,
    titles: int,
) -> None:
    cpu, pg = machine()
    print("# Heartbeats on one server core\n")
    print(
        f"Produced by `.venv/bin/python {' '.join(['bench/heartbeats.py', *sys.argv[1:]])}` on {time.strftime('%Y-%m-%d %H:%M %Z')}.\n"
    )
    print(
        f"- machine: {os.cpu_count()} cores ({cpu}), Linux {os.uname().release}; PostgreSQL {pg} on loopback"
    )
    print(f"- {versions()}")
    print(
        f"- server: `taskset -c {args.server_core} vuga serve --workers 1`, rate limits off, "
        f"cache and counters: {'in-process' if args.no_redis else 'Redis'}; "
        f"wrk: `taskset -c {args.wrk_core} wrk -t1 -c<N> -d{args.duration}s --timeout 10s --latency -s bench/heartbeats.lua`"
    )
    print(
        f"- {accounts} accounts (first profile each), {titles} published titles; every heartbeat a new session\n"
    )
    print(
        "| server | endpoint | conns | req/s | p50 ms | p90 ms | p99 ms | max ms | 2xx | non-2xx | socket errors | rows in PG | core 0 % | core 1 % | server CPU s | server CPU ms/req |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        ok = sum(n for status, n in r["statuses"].items() if status.startswith("2"))
        bad = {s: n for s, n in r["statuses"].items() if not s.startswith("2")}
        e = r["errors"]
        sock = e["connect"] + e["read"] + e["write"] + e["timeout"]
        lat = r["latency_us"]
        name = "PUT …/progress" if r["mode"] == "heartbeat" else "GET /healthz"
        print(
            f"| {r['server']} | {name} | {r['connections']} | {r['requests'] / (r['duration_us'] / 1e6):,.0f} "
            f"| {lat['p50'] / 1000:.1f} | {lat['p90'] / 1000:.1f} | {lat['p99'] / 1000:.1f} | {lat['max'] / 1000:.0f} "
            f"| {ok:,} | {sum(bad.values()):,}{' ' + json.dumps(bad) if bad else ''} | {sock}"
            f"{' (timeouts ' + str(e['timeout']) + ')' if e['timeout'] else ''} "
            f"| {format(r['rows'], ',') if 'rows' in r else '–'} "
            f"| {r['cores'][0]:.0f} | {r['cores'][1]:.0f} | {r['server_cpu_s']:.1f} "
            f"| {r['server_cpu_s'] * 1000 / max(r['requests'], 1):.3f} |"
        )
    print(f"\nTotals after all runs (warm-up included): {json.dumps(totals)}.\n")
    print(f"Server log lines with errors: {len(server_errors)}\n")
    for line in server_errors[:20]:
        print(f"    {line[:300]}")
    print("\n## Raw wrk output\n")
    for r in results:
        print(f"### {r['mode']} -c{r['connections']} ({r['server']})\n\n```\n{r['raw'].strip()}\n```\n")


if __name__ == "__main__":
    main()
