"""What becomes of uploads: statement counts that do not grow, bytes cut back to the recorded offset after a
crash, the hand-over to a media job, and the cleanup job."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from litestar import Litestar
from sqlalchemy import text

from tests.conftest import QueryCounter
from tests.media.uploads.conftest import TUS, create, creation, patch_headers
from vuga.core.clock import utcnow
from vuga.core.db import Database
from vuga.core.errors import Conflict, NotFound
from vuga.media.uploads.handoff import UploadHandoff
from vuga.media.uploads.service import Uploads
from vuga.media.uploads.staging import staging_path
from vuga.media.uploads.tasks import REMOVE_EXPIRED
from vuga.worker import scheduled_task_names

UPLOADS = "/api/v1/admin/uploads"


def upload_id_of(location: str) -> int:
    return int(location.rsplit("/", 1)[1])


async def costs(client: httpx.AsyncClient, queries: QueryCounter, editor: dict[str, str]) -> dict[str, int]:
    found: dict[str, int] = {}

    async def count(
        name: str, method: str, path: str, headers: dict[str, str], content: bytes | None = None
    ) -> httpx.Response:
        queries.reset()
        response = await client.request(method, path, headers={**editor, **headers}, content=content)
        assert response.is_success, (name, response.status_code, response.text)
        found[name] = queries.count
        return response

    created = await count("create", "POST", UPLOADS, creation(4))
    location = created.headers["Location"]
    await count("head", "HEAD", location, TUS)
    await count("patch", "PATCH", location, patch_headers(0), b"ab")
    await count("complete", "PATCH", location, patch_headers(2), b"cd")
    await count("get", "GET", location, {})
    await count("delete", "DELETE", location, TUS)
    with_body = await count("create_with_upload", "POST", UPLOADS, {**creation(4), **patch_headers(0)}, b"ab")
    await client.delete(with_body.headers["Location"], headers={**editor, **TUS})
    return found


async def test_statement_counts_do_not_grow_with_the_data(
    client: httpx.AsyncClient, queries: QueryCounter, editor: dict[str, str], other_editor: dict[str, str]
) -> None:
    before = await costs(client, queries, editor)
    for _ in range(10):
        await create(client, editor, 10)
        await create(client, other_editor, 10)
    assert await costs(client, queries, editor) == before
    assert before["head"] == 1 and before["patch"] <= 4  # noqa: PT018 (both, read together)


async def test_bytes_past_the_recorded_offset_are_cut_back(
    client: httpx.AsyncClient, app: Litestar, editor: dict[str, str]
) -> None:
    location = await create(client, editor, 8)
    await client.patch(location, headers={**editor, **patch_headers(0)}, content=b"abc")
    uploads: Uploads = app.state.uploads
    path = staging_path(uploads.staging_dir, upload_id_of(location))
    with path.open("ab") as staged:
        staged.write(
            b"NEVER-ACKNOWLEDGED"
        )  # what a crash after the write, before the offset was saved, leaves
    head = await client.head(location, headers={**editor, **TUS})
    assert head.headers["Upload-Offset"] == "3"
    response = await client.patch(location, headers={**editor, **patch_headers(3)}, content=b"defgh")
    assert response.status_code == 204
    assert path.read_bytes() == b"abcdefgh"


async def test_a_completed_upload_is_handed_to_a_media_job_once(
    client: httpx.AsyncClient, app: Litestar, database: Database, editor: dict[str, str]
) -> None:
    location = await create(client, editor, 4)
    upload_id = upload_id_of(location)
    me = (await client.get("/api/v1/me", headers=editor)).json()
    uploads: Uploads = app.state.uploads
    async with database.writer() as session, session.begin():
        with pytest.raises(Conflict):  # still receiving
            await UploadHandoff(session, uploads.store, app.state.settings).consume(me["id"], upload_id)
    await client.patch(location, headers={**editor, **patch_headers(0)}, content=b"abcd")
    async with database.writer() as session, session.begin():
        handoff = UploadHandoff(session, uploads.store, app.state.settings)
        with pytest.raises(NotFound):
            await handoff.consume(me["id"] + 1000, upload_id)
        completed = await handoff.consume(me["id"], upload_id)
    assert (completed.size, completed.filename, completed.filetype, completed.store_key) == (
        4,
        "film.mp4",
        "video/mp4",
        None,
    )
    assert completed.local_path is not None and completed.local_path.read_bytes() == b"abcd"  # noqa: PT018
    async with database.writer() as session, session.begin():
        with pytest.raises(Conflict):
            await UploadHandoff(session, uploads.store, app.state.settings).consume(me["id"], upload_id)
    assert (await client.get(location, headers=editor)).json()["state"] == "consumed"
    assert (await client.delete(location, headers={**editor, **TUS})).status_code == 409  # the job reads it
    await create(client, editor, 10)  # a consumed upload no longer counts against the quota
    async with database.writer() as session, session.begin():
        await UploadHandoff(session, uploads.store, app.state.settings).release(upload_id)
    assert not completed.local_path.exists()
    assert (await client.get(location, headers=editor)).status_code == 404


async def test_the_cleanup_job_removes_expired_uploads_their_bytes_and_orphans(
    client: httpx.AsyncClient, app: Litestar, database: Database, editor: dict[str, str]
) -> None:
    abandoned, finished, fresh = [await create(client, editor, 4) for _ in range(3)]
    await client.patch(finished, headers={**editor, **patch_headers(0)}, content=b"done")
    uploads: Uploads = app.state.uploads
    paths = {
        location: staging_path(uploads.staging_dir, upload_id_of(location))
        for location in (abandoned, finished, fresh)
    }
    past = utcnow() - timedelta(seconds=1)
    async with database.writer() as session, session.begin():
        await session.execute(
            text("UPDATE media_uploads SET expires_at = :past WHERE id IN (:a, :b)"),
            {"past": past, "a": upload_id_of(abandoned), "b": upload_id_of(finished)},
        )
    orphan = staging_path(uploads.staging_dir, 999_999)
    orphan.write_bytes(b"left by a crash")
    old = time.time() - 2 * uploads.settings.expire_after_s
    os.utime(orphan, (old, old))
    young_orphan = staging_path(uploads.staging_dir, 999_998)
    young_orphan.write_bytes(b"its row may be committing right now")

    assert await uploads.remove_expired() == 2
    assert not paths[abandoned].exists()
    assert not paths[finished].exists()
    assert paths[fresh].exists()
    assert not orphan.exists()
    assert young_orphan.exists()
    for location, status in ((abandoned, 404), (finished, 404), (fresh, 200)):
        assert (await client.head(location, headers={**editor, **TUS})).status_code == status
    assert await uploads.remove_expired() == 0


def test_the_cleanup_job_is_registered_and_scheduled(app: Litestar, client: httpx.AsyncClient) -> None:
    assert REMOVE_EXPIRED in scheduled_task_names(app.state.settings.jobs)
    assert app.state.jobs.is_scheduled_task(REMOVE_EXPIRED)


async def test_the_cleanup_job_runs_from_the_queue(
    client: httpx.AsyncClient, app: Litestar, database: Database, editor: dict[str, str], tmp_path: Path
) -> None:
    location = await create(client, editor, 4)
    async with database.writer() as session, session.begin():
        await session.execute(
            text("UPDATE media_uploads SET expires_at = :past"), {"past": utcnow() - timedelta(hours=1)}
        )
    await app.state.jobs.enqueue(REMOVE_EXPIRED)
    await app.state.jobs.broker.wait_all()
    assert (await client.head(location, headers={**editor, **TUS})).status_code == 404
