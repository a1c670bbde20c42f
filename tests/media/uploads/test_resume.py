"""A real interrupted transfer: a real server process, a connection cut in the middle of a PATCH body, and
a real tus client (tuspy) resuming from the offset the server kept."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from tusclient import client as tus

from tests.media.uploads.conftest import TUS, creation
from tests.members import PASSWORD
from tests.test_observability_processes import serve

MIB = 2**20


@pytest.fixture
def server(sqlite_template: Path, tmp_path: Path) -> Iterator[tuple[str, dict[str, str], Path]]:
    """A ``vuga serve`` process on SQLite, and an editor's credentials on it."""
    database = tmp_path / "server.db"
    shutil.copy(sqlite_template, database)
    staging = tmp_path / "staging"
    env = {
        name: value for name, value in os.environ.items() if not name.startswith(("VUGA_", "PROMETHEUS"))
    } | {
        "VUGA_DATABASE_URL": f"sqlite+aiosqlite:///{database}",
        "VUGA_RATE_LIMIT_ENABLED": "false",
        "VUGA_AUTH_SECRET_KEY": "uploads-" + "u" * 40,
        "VUGA_MEDIA_DIR": str(tmp_path / "media"),
        "VUGA_VAR_DIR": str(tmp_path / "var"),
        "VUGA_UPLOADS_STAGING_DIR": str(staging),
    }
    process, url = serve(env)
    try:
        email = "editor@example.com"
        assert (
            httpx.post(f"{url}/api/v1/auth/register", json={"email": email, "password": PASSWORD}).status_code
            == 201
        )
        with sqlite3.connect(database) as connection:
            connection.execute("UPDATE accounts SET role = 'editor' WHERE email = ?", (email,))
        login = httpx.post(f"{url}/api/v1/auth/login", json={"email": email, "password": PASSWORD})
        yield url, {"Authorization": f"Bearer {login.json()['access_token']}"}, staging
    finally:
        process.terminate()
        process.wait(timeout=20)


def cut_off_patch(url: str, location: str, headers: dict[str, str], body: bytes, declared: int) -> None:
    """Send a PATCH that announces ``declared`` bytes, send only ``body``, and drop the connection."""
    address = urlsplit(url)
    lines = [
        f"PATCH {location} HTTP/1.1",
        f"Host: {address.netloc}",
        "Tus-Resumable: 1.0.0",
        "Content-Type: application/offset+octet-stream",
        "Upload-Offset: 0",
        f"Content-Length: {declared}",
        *(f"{name}: {value}" for name, value in headers.items()),
    ]
    with socket.create_connection((address.hostname, address.port)) as connection:
        connection.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        time.sleep(0.5)  # the server has read what was sent
    # closed here, mid-body


def offset_of(url: str, location: str, headers: dict[str, str]) -> int:
    head = httpx.head(f"{url}{location}", headers={**headers, **TUS})
    assert head.status_code == 200, head.text
    return int(head.headers["Upload-Offset"])


def test_a_cut_transfer_keeps_what_arrived_and_tuspy_resumes_it(
    server: tuple[str, dict[str, str], Path], tmp_path: Path
) -> None:
    url, editor, staging = server
    content = os.urandom(6 * MIB + 123)
    source = tmp_path / "film.mp4"
    source.write_bytes(content)
    created = httpx.post(f"{url}/api/v1/admin/uploads", headers={**editor, **creation(len(content))})
    assert created.status_code == 201, created.text
    location = created.headers["Location"]

    arrived = 3 * MIB + 7
    cut_off_patch(url, location, editor, content[:arrived], len(content))
    deadline = time.monotonic() + 10
    while offset_of(url, location, editor) != arrived:
        assert time.monotonic() < deadline, f"offset {offset_of(url, location, editor)}, expected {arrived}"
        time.sleep(0.1)

    uploader = tus.TusClient(f"{url}/api/v1/admin/uploads", headers=editor).uploader(
        file_path=str(source), url=f"{url}{location}", chunk_size=MIB
    )
    assert uploader.offset == arrived  # tuspy asked the server where to resume
    uploader.upload()
    assert offset_of(url, location, editor) == len(content)
    upload_id = int(location.rsplit("/", 1)[1])
    stored = (staging / f"{upload_id:010d}.part").read_bytes()
    assert hashlib.sha256(stored).digest() == hashlib.sha256(content).digest()
    state = httpx.get(f"{url}{location}", headers=editor).json()
    assert state["state"] == "complete"


def test_tuspy_creates_and_uploads_with_metadata(
    server: tuple[str, dict[str, str], Path], tmp_path: Path
) -> None:
    url, editor, staging = server
    source = tmp_path / "episode.mkv"
    source.write_bytes(os.urandom(2 * MIB + 5))
    uploader = tus.TusClient(f"{url}/api/v1/admin/uploads", headers=editor).uploader(
        file_path=str(source),
        chunk_size=MIB,
        metadata={"filename": "episode.mkv", "filetype": "video/x-matroska"},
    )
    uploader.upload()
    location = urlsplit(uploader.url).path
    state = httpx.get(f"{url}{location}", headers=editor).json()
    assert (state["state"], state["filename"], state["filetype"], state["length"]) == (
        "complete",
        "episode.mkv",
        "video/x-matroska",
        2 * MIB + 5,
    )
    assert (staging / f"{state['id']:010d}.part").read_bytes() == source.read_bytes()
