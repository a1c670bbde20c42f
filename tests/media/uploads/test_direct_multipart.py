"""Direct uploads with the S3 backend: the bytes go from the client to presigned part URLs of a real
S3-speaking server (rclone serve s3), never through the API; the API checks the parts and completes."""

from __future__ import annotations

import itertools
import os
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from litestar import Litestar

from tests.conftest import QueryCounter, app_client, settings_for
from tests.media.uploads.conftest import TUS, headers_with_role, patch_headers
from tests.s3_server import S3Server
from vuga.app import create_app
from vuga.core.db import Database
from vuga.core.storage.s3 import MIN_PART_BYTES, S3Store
from vuga.media.uploads.handoff import UploadHandoff
from vuga.settings import StorageSettings, UploadsSettings

MULTIPART = "/api/v1/admin/uploads/multipart"
_buckets = itertools.count(1)


@pytest.fixture
async def s3_app(
    database_url: str, tmp_path: Path, s3_server: S3Server
) -> AsyncIterator[tuple[Litestar, httpx.AsyncClient]]:
    bucket = f"uploads-{os.getpid()}-{next(_buckets)}"
    settings = settings_for(database_url, tmp_path).model_copy(
        update={
            "storage": StorageSettings(
                backend="s3",
                endpoint_url=s3_server.endpoint_url,
                bucket=bucket,
                access_key_id=s3_server.access_key_id,
                secret_access_key=s3_server.secret_access_key,
                addressing_style="path",
            ),
            "uploads": UploadsSettings(multipart_part_bytes=MIN_PART_BYTES),
        }
    )
    app = create_app(settings)
    async with app_client(app) as client:
        store: S3Store = app.state.store
        await (await store.client()).create_bucket(Bucket=bucket)
        yield app, client


async def test_a_direct_upload_goes_to_the_store_in_parts(s3_app: tuple[Litestar, httpx.AsyncClient]) -> None:
    app, client = s3_app
    database: Database = app.state.database
    editor = await headers_with_role(client, database, "editor")
    content = os.urandom(2 * MIN_PART_BYTES + 999)
    started = await client.post(
        MULTIPART,
        headers=editor,
        json={"length": len(content), "filename": "Big Film.MKV", "filetype": "video/x-matroska"},
    )
    assert started.status_code == 201, started.text
    body = started.json()
    assert (body["part_size"], body["part_count"], body["upload"]["mode"]) == (
        MIN_PART_BYTES,
        3,
        "s3_multipart",
    )
    upload_id = body["upload"]["id"]
    location = f"/api/v1/admin/uploads/{upload_id}"

    early = await client.post(f"{location}/complete", headers=editor)
    assert early.status_code == 409
    assert "part 1 is missing" in early.json()["detail"]
    urls = await client.post(f"{location}/part-urls", headers=editor, json={"part_numbers": [1, 2, 3]})
    assert urls.status_code == 200, urls.text
    async with httpx.AsyncClient() as direct:  # no API credentials: the URL is the permission
        for item in urls.json()["items"]:
            start = (item["part_number"] - 1) * MIN_PART_BYTES
            put = await direct.put(item["url"], content=content[start : start + MIN_PART_BYTES])
            assert put.status_code == 200, put.text
    completed = await client.post(f"{location}/complete", headers=editor)
    assert completed.status_code == 200, completed.text
    assert (completed.json()["state"], completed.json()["offset"]) == ("complete", len(content))

    me = (await client.get("/api/v1/me", headers=editor)).json()
    async with database.writer() as session, session.begin():
        handed = await UploadHandoff(session, app.state.store, app.state.settings).consume(
            me["id"], upload_id
        )
    assert handed.local_path is None
    assert handed.store_key is not None and handed.store_key.endswith("/source.mkv")  # noqa: PT018
    assert b"".join([chunk async for chunk in app.state.store.read(handed.store_key)]) == content


async def test_direct_upload_refusals(s3_app: tuple[Litestar, httpx.AsyncClient]) -> None:
    app, client = s3_app
    editor = await headers_with_role(client, app.state.database, "editor")
    other = await headers_with_role(client, app.state.database, "editor")
    started = await client.post(
        MULTIPART, headers=editor, json={"length": 100, "filename": "a.mp4", "filetype": "video/mp4"}
    )
    location = f"/api/v1/admin/uploads/{started.json()['upload']['id']}"
    for bad in (
        {"part_numbers": []},
        {"part_numbers": [0]},
        {"part_numbers": [10_001]},
        {"part_numbers": [2]},
        {"x": 1},
    ):
        assert (await client.post(f"{location}/part-urls", headers=editor, json=bad)).status_code == 422, bad
    assert (
        await client.post(f"{location}/part-urls", headers=other, json={"part_numbers": [1]})
    ).status_code == 404
    assert (await client.post(f"{location}/complete", headers=other)).status_code == 404
    patched = await client.patch(location, headers={**editor, **patch_headers(0)}, content=b"x")
    assert patched.status_code == 409  # its bytes go to the store
    for bad_start in (
        {"length": 0, "filename": "a.mp4"},
        {"length": 10, "filename": "../a.mp4"},
        {"length": 10, "filename": "a.mp4", "filetype": "no type"},
        {"length": 2**52, "filename": "a.mp4"},
    ):
        response = await client.post(MULTIPART, headers=editor, json=bad_start)
        assert response.status_code in {400, 413, 422}, (bad_start, response.text)
    # Termination drops the store's parts too.
    assert (await client.delete(location, headers={**editor, **TUS})).status_code == 204
    store: S3Store = app.state.store
    listed = await (await store.client()).list_multipart_uploads(Bucket=store.bucket)
    assert listed.get("Uploads", []) == []


async def test_direct_upload_statement_counts_stay_constant(
    s3_app: tuple[Litestar, httpx.AsyncClient],
) -> None:
    app, client = s3_app
    editor = await headers_with_role(client, app.state.database, "editor")
    counter = QueryCounter()
    from sqlalchemy import event

    def record(*_args: object) -> None:
        counter.statements.append("")

    for engine in app.state.database.engines:
        event.listen(engine.sync_engine, "before_cursor_execute", record)

    async def run() -> tuple[int, int]:
        counter.reset()
        started = await client.post(MULTIPART, headers=editor, json={"length": 10, "filename": "a.mp4"})
        start_cost = counter.count
        counter.reset()
        await client.post(
            f"/api/v1/admin/uploads/{started.json()['upload']['id']}/part-urls",
            headers=editor,
            json={"part_numbers": [1]},
        )
        return start_cost, counter.count

    first = await run()
    for _ in range(5):
        await run()
    assert await run() == first


async def test_without_the_s3_backend_direct_uploads_are_not_offered(
    client: httpx.AsyncClient, editor: dict[str, str]
) -> None:
    response = await client.post(MULTIPART, headers=editor, json={"length": 10, "filename": "a.mp4"})
    assert response.status_code == 404
    assert "VUGA_STORAGE_BACKEND=s3" in response.json()["detail"]
