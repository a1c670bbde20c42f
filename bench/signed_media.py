"""What a signed media request costs in the embedded mode, next to nginx serving the same file.

    .venv/bin/python bench/signed_media.py [--port 8833] [--nginx-port 8834] [--duration 5] [--connections 8]

Publishes one hand-written asset (a master playlist and a 1 MiB segment) in a temporary media directory,
then measures:

1. in this process, with no network: the CPU per request of the ASGI app answering a signed segment
   (whole, and one 64 KiB range), the key and the filtered master — token check, stat, headers, and the
   chunks streamed (``--requests`` each; ``time.process_time``);
2. over HTTP, one server process (``vuga serve``, embedded SQLite, no Redis) pinned to core 0 with wrk on
   core 1, next to nginx (one worker, core 0) serving the same segment as a static file: requests per
   second and latency for ``--duration`` seconds at ``--connections``.

The ratio to nginx is what the embedded mode costs compared with letting an edge server deliver segments
(docs/media-delivery.md): it is why production puts nginx or a CDN in front of storage.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from alembic import command

sys.path.insert(0, str(Path(__file__).parent))
from heartbeats import ROOT, stop, wait_ready

from vuga.app import create_app
from vuga.cli import alembic_config
from vuga.settings import (
    AuthSettings,
    DatabaseSettings,
    JobsSettings,
    MediaSettings,
    RateLimitSettings,
    RedisSettings,
    Settings,
)

SECRET = "bench-signing-key-" + "0123456789abcdef" * 4
ASSET = "benchAsset01"
SEGMENT = os.urandom(2**20)
MASTER = b"""#EXTM3U
#EXT-X-VERSION:7
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aac",NAME="English",LANGUAGE="en",DEFAULT=YES,URI="audio/index.m3u8"
#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,CODECS="avc1.64001e,mp4a.40.2",AUDIO="aac"
v360/index.m3u8
#EXT-X-STREAM-INF:BANDWIDTH=2800000,RESOLUTION=1280x720,CODECS="avc1.64001f,mp4a.40.2",AUDIO="aac"
v720/index.m3u8
#EXT-X-STREAM-INF:BANDWIDTH=5000000,RESOLUTION=1920x1080,CODECS="avc1.640028,mp4a.40.2",AUDIO="aac"
v1080/index.m3u8
"""


def publish(media: Path) -> None:
    root = media / "assets" / ASSET
    (root / "v720").mkdir(parents=True)
    (root / "master.m3u8").write_bytes(MASTER)
    (root / "v720" / "seg_00001.m4s").write_bytes(SEGMENT)


def settings_in(directory: Path) -> Settings:
    return Settings(
        database=DatabaseSettings(url=f"sqlite+aiosqlite:///{directory / 'vuga.db'}"),
        redis=RedisSettings(url=None),
        auth=AuthSettings(secret_key=SECRET),
        rate_limit=RateLimitSettings(enabled=False),
        media=MediaSettings(dir=directory / "media"),
        var_dir=directory / "var",
        jobs=JobsSettings(scheduler=False),
    )


async def in_process(settings: Settings, requests: int) -> dict[str, float]:
    """CPU microseconds per request of the ASGI app, per kind of request."""
    app = create_app(settings)
    results: dict[str, float] = {}
    statuses: list[int] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    async with app.lifespan():
        token = app.state.media_delivery.signer.sign(ASSET, "bench", max_height=720)
        base = f"/media/s/{token}/assets/{ASSET}/"
        cases: dict[str, tuple[str, list[tuple[bytes, bytes]]]] = {
            "segment, 1 MiB whole": (base + "v720/seg_00001.m4s", []),
            "segment, one 64 KiB range": (base + "v720/seg_00001.m4s", [(b"range", b"bytes=65536-131071")]),
            "key": (base + "key", []),
            "master, filtered to 720": (base + "master.m3u8", []),
        }
        for name, (path, headers) in cases.items():
            scope = {
                "type": "http",
                "asgi": {"version": "3.0"},
                "http_version": "1.1",
                "method": "GET",
                "scheme": "http",
                "path": path,
                "raw_path": path.encode(),
                "root_path": "",
                "query_string": b"",
                "headers": [(b"host", b"bench"), *headers],
                "client": ("127.0.0.1", 1),
                "server": ("127.0.0.1", 80),
                "state": {},
            }
            for _ in range(200):  # warm up
                await app(dict(scope), receive, send)  # type: ignore[arg-type]
            statuses.clear()
            started = time.process_time()
            for _ in range(requests):
                await app(dict(scope), receive, send)  # type: ignore[arg-type]
            results[name] = (time.process_time() - started) / requests * 1e6
            if set(statuses) - {200, 206}:
                raise RuntimeError(f"{name}: answered {sorted(set(statuses))}")
    return results


def start_nginx(port: int, workdir: Path) -> subprocess.Popen[bytes]:
    workdir.chmod(0o755)
    www = workdir / "www"
    (www / "assets" / ASSET / "v720").mkdir(parents=True)
    (www / "assets" / ASSET / "v720" / "seg_00001.m4s").write_bytes(SEGMENT)
    for parent in (www, www / "assets", www / "assets" / ASSET, www / "assets" / ASSET / "v720"):
        parent.chmod(0o755)
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
    types {{ video/iso.segment m4s; }}
    server {{
        listen 127.0.0.1:{port};
        location ~ ^/media/s/[^/]+/(?<object>assets/.+)$ {{ root {www}; try_files /$object =404; }}
    }}
}}
"""
    )
    process = subprocess.Popen(
        ["taskset", "-c", "0", "nginx", "-c", str(config), "-p", str(workdir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    for _ in range(100):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/media/s/x/assets/{ASSET}/v720/seg_00001.m4s").is_success:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError("nginx did not start")


def wrk(url: str, duration_s: int, connections: int) -> dict[str, float]:
    output = subprocess.run(
        ["taskset", "-c", "1", "wrk", "-t1", f"-c{connections}", f"-d{duration_s}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]

    def latency_ms(percentile: str) -> float:
        value, unit = re.search(rf"\s{percentile}%\s+([\d.]+)(us|ms|s)", output).groups()  # type: ignore[union-attr]
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": rps,
        "p50": latency_ms("50"),
        "p99": latency_ms("99"),
        "non_2xx": float(errors.group(1)) if errors else 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--port", type=int, default=8833)
    parser.add_argument("--nginx-port", type=int, default=8834)
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--requests", type=int, default=3000)
    args = parser.parse_args()
    for tool in ("wrk", "nginx", "taskset"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed (make bench installs wrk and nginx-light)")

    with tempfile.TemporaryDirectory(prefix="vuga-signed-media-") as temporary:
        workdir = Path(temporary)
        settings = settings_in(workdir)
        command.upgrade(alembic_config(settings.database.url), "head")  # type: ignore[arg-type]
        publish(settings.media.dir)
        cpu = asyncio.run(in_process(settings, args.requests))
        print("in process, CPU per request:")
        for name, micros in cpu.items():
            print(f"  {name}: {micros:.0f} us")

        env = {k: v for k, v in os.environ.items() if not k.startswith("VUGA_")}
        env |= {
            "VUGA_DATABASE_URL": settings.database.url,
            "VUGA_AUTH_SECRET_KEY": SECRET,
            "VUGA_MEDIA_DIR": str(settings.media.dir),
            "VUGA_VAR_DIR": str(settings.var_dir),
            "VUGA_RATE_LIMIT_ENABLED": "false",
            "VUGA_JOBS_SCHEDULER": "false",
        }
        vuga = ROOT / ".venv" / "bin" / "vuga"
        with open(workdir / "server.log", "wb") as server_log:
            server = subprocess.Popen(
                ["taskset", "-c", "0", str(vuga), "serve", "--port", str(args.port), "--workers", "1"],
                env=env,
                cwd=workdir,
                stdout=server_log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        nginx = None
        try:
            wait_ready(f"http://127.0.0.1:{args.port}", server)
            token = asyncio.run(_token(settings))
            path = f"/media/s/{token}/assets/{ASSET}/v720/seg_00001.m4s"
            app_run = wrk(f"http://127.0.0.1:{args.port}{path}", args.duration, args.connections)
            stop(server)
            nginx = start_nginx(args.nginx_port, workdir)
            nginx_run = wrk(f"http://127.0.0.1:{args.nginx_port}{path}", args.duration, args.connections)
        finally:
            stop(server)
            if nginx is not None:
                stop(nginx)
        for name, run in (("embedded (vuga serve)", app_run), ("nginx, static file", nginx_run)):
            print(
                f"{name}: {run['rps']:,.0f} req/s ({run['rps'] * len(SEGMENT) / 2**20:,.0f} MiB/s), "
                f"p50 {run['p50']:.2f} ms, p99 {run['p99']:.2f} ms, non-2xx {run['non_2xx']:.0f}"
            )
        print(f"embedded / nginx: {app_run['rps'] / nginx_run['rps']:.2f} of nginx's requests per second")


async def _token(settings: Settings) -> str:
    app = create_app(settings)
    async with app.lifespan():
        token: str = app.state.media_delivery.signer.sign(ASSET, "bench", max_height=720)
    return token


if __name__ == "__main__":
    main()
