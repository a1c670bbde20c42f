"""Upload throughput through the API (tus PATCH, streamed to an fsynced staging file) next to nginx receiving
the same file (a WebDAV PUT written to disk), on one machine over loopback.

1. migrates a scratch SQLite database, starts ``vuga serve`` (one process) and registers an editor;
2. starts nginx (one worker) with ``dav_methods PUT``, which writes the body to a file as the API does;
3. makes a file of ``--size-mib`` random bytes, and for each of ``--runs`` runs: PUTs it to nginx, then
   uploads it to the API by tus (``--chunk-mib`` per PATCH; 0: one PATCH), and checks the bytes landed;
4. prints a Markdown table (MiB/s, best and median) on stdout; progress on stderr.

Ports are ``--port`` (the API) and ``--port + 1`` (nginx). Needs nginx (``make bench-tools``).
Run: ``.venv/bin/python bench/upload.py --port 8810 --size-mib 1024 --runs 3``
"""

from __future__ import annotations

import argparse
import os
import secrets
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

BLOCK = 1 << 20
PASSWORD = "a long benchmark passphrase"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def file_chunks(path: Path, start: int, length: int) -> Iterator[bytes]:
    with path.open("rb") as source:
        source.seek(start)
        left = length
        while left > 0:
            block = source.read(min(BLOCK, left))
            if not block:
                return
            left -= len(block)
            yield block


def wait_for(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{url}: the server exited")
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not start")


def start_api(port: int, workdir: Path) -> tuple[subprocess.Popen[bytes], dict[str, str]]:
    database = workdir / "bench.db"
    env = {name: value for name, value in os.environ.items() if not name.startswith("VUGA_")} | {
        "VUGA_DATABASE_URL": f"sqlite+aiosqlite:///{database}",
        "VUGA_RATE_LIMIT_ENABLED": "false",
        "VUGA_AUTH_SECRET_KEY": secrets.token_hex(32),
        "VUGA_AUTH_ACCESS_TOKEN_TTL_S": "3600",
        "VUGA_MEDIA_DIR": str(workdir / "media"),
        "VUGA_VAR_DIR": str(workdir / "var"),
        "VUGA_UPLOADS_STAGING_DIR": str(workdir / "staging"),
    }
    vuga = [sys.executable, "-m", "vuga"]
    subprocess.run([*vuga, "migrate"], env=env, check=True, capture_output=True)
    process = subprocess.Popen(
        [*vuga, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    wait_for(f"{base}/healthz", process)
    email = "bench-editor@example.com"
    httpx.post(f"{base}/api/v1/auth/register", json={"email": email, "password": PASSWORD}).raise_for_status()
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE accounts SET role = 'editor' WHERE email = ?", (email,))
    login = httpx.post(f"{base}/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    return process, {"Authorization": f"Bearer {login.json()['access_token']}"}


def start_nginx(port: int, workdir: Path) -> subprocess.Popen[bytes]:
    root = workdir / "dav"
    root.mkdir()
    (workdir / "body").mkdir()
    # The worker writes into this scratch directory (mode 0700) as the API process does: as the same user.
    user = "user root;" if os.geteuid() == 0 else ""
    config = workdir / "nginx.conf"
    config.write_text(
        f"""
{user}
worker_processes 1;
daemon off;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx-error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_max_body_size 0;
    client_body_temp_path {workdir}/body;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location / {{ dav_methods PUT DELETE; create_full_put_path on; }}
    }}
}}
"""
    )
    process = subprocess.Popen(
        ["nginx", "-c", str(config), "-p", str(workdir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    wait_for(f"http://127.0.0.1:{port}/", process)
    return process


def nginx_put(port: int, source: Path, size: int, number: int) -> float:
    started = time.perf_counter()
    response = httpx.put(
        f"http://127.0.0.1:{port}/run{number}.bin", content=file_chunks(source, 0, size), timeout=600
    )
    elapsed = time.perf_counter() - started
    assert response.status_code in {201, 204}, response.text
    httpx.delete(f"http://127.0.0.1:{port}/run{number}.bin")
    return elapsed


def tus_upload(port: int, headers: dict[str, str], source: Path, size: int, chunk: int) -> float:
    base = f"http://127.0.0.1:{port}"
    tus = {"Tus-Resumable": "1.0.0"}
    started = time.perf_counter()
    with httpx.Client(base_url=base, headers={**headers, **tus}, timeout=600) as client:
        created = client.post(
            "/api/v1/admin/uploads",
            headers={"Upload-Length": str(size), "Upload-Metadata": "filename YS5iaW4="},
        )
        assert created.status_code == 201, created.text
        location = created.headers["Location"]
        offset = 0
        while offset < size:
            length = min(chunk or size, size - offset)
            response = client.patch(
                location,
                headers={
                    "Upload-Offset": str(offset),
                    "Content-Type": "application/offset+octet-stream",
                    "Content-Length": str(length),
                },
                content=file_chunks(source, offset, length),
            )
            assert response.status_code == 204, response.text
            offset = int(response.headers["Upload-Offset"])
        elapsed = time.perf_counter() - started
        assert client.get(location).json()["state"] == "complete"
        client.delete(location)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--port", type=int, default=8810, help="the API's port; nginx takes the next one")
    parser.add_argument("--size-mib", type=int, default=512)
    parser.add_argument("--chunk-mib", type=int, default=0, help="bytes per PATCH; 0: the whole file in one")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    size = args.size_mib * BLOCK
    with tempfile.TemporaryDirectory(prefix="vuga-upload-bench-") as scratch:
        workdir = Path(scratch)
        source = workdir / "source.bin"
        with source.open("wb") as out:
            for _ in range(args.size_mib):
                out.write(os.urandom(BLOCK))
        log(f"file: {args.size_mib} MiB; starting the API on {args.port} and nginx on {args.port + 1}")
        api, headers = start_api(args.port, workdir)
        nginx = start_nginx(
            args.port + 1, workdir / "nginx" if (workdir / "nginx").mkdir() is None else workdir
        )
        try:
            results: dict[str, list[float]] = {
                "nginx PUT (WebDAV, to disk)": [],
                "API tus PATCH (fsynced)": [],
            }
            for number in range(args.runs):
                results["nginx PUT (WebDAV, to disk)"].append(nginx_put(args.port + 1, source, size, number))
                results["API tus PATCH (fsynced)"].append(
                    tus_upload(args.port, headers, source, size, args.chunk_mib * BLOCK)
                )
                log(
                    f"run {number + 1}: "
                    + ", ".join(f"{name} {times[-1]:.2f} s" for name, times in results.items())
                )
        finally:
            for process in (api, nginx):
                process.terminate()
                process.wait(timeout=20)
    chunking = f"{args.chunk_mib} MiB per PATCH" if args.chunk_mib else "one PATCH"
    print(f"Upload of {args.size_mib} MiB over loopback, {args.runs} runs, {chunking}:\n")
    print("| receiver | best MiB/s | median MiB/s |")
    print("| --- | ---: | ---: |")
    for name, times in results.items():
        print(
            f"| {name} | {args.size_mib / min(times):.0f} | {args.size_mib / statistics.median(times):.0f} |"
        )


if __name__ == "__main__":
    main()
