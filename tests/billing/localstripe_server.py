"""A localstripe server (a stateful fake of the Stripe API, from PyPI) for the provider's tests, started once
per session on a port of its own; the tests skip when it cannot start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

# One server per pytest-xdist worker (gw0, gw1, ...), each on its own port.
WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
PORT = int(os.environ.get("VUGA_TEST_LOCALSTRIPE_PORT", "8851")) + WORKER


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def localstripe() -> Iterator[str]:
    executable = Path(sys.executable).with_name("localstripe")
    if not executable.exists():
        pytest.skip("localstripe is not installed")
    if _answers(PORT):
        pytest.skip(f"port {PORT} is taken: set VUGA_TEST_LOCALSTRIPE_PORT to a free one")
    process = subprocess.Popen(
        [str(executable), "--port", str(PORT), "--from-scratch"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while not _answers(PORT):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.skip(f"localstripe did not start on port {PORT}")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{PORT}"
    finally:
        process.terminate()
        process.wait(timeout=10)
