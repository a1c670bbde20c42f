"""The transcode flow under the failures a queue delivers at least once through: a worker that died mid-job
(its lease lapsed, its half-copied files still in the store), a twin delivery while the first still runs, and
an editor's cancel while ffmpeg works. Nothing half done is ever published."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest
from litestar import Litestar
from sqlalchemy import func, select, update

from tests.factories import CatalogFactory
from tests.media.jobs.conftest import uploaded
from vuga.core.clock import utcnow
from vuga.core.db import Database
from vuga.core.storage import ObjectStore
from vuga.media import flows
from vuga.media.flows import TranscodeFlow, asset_prefix
from vuga.media.models import MediaAsset, MediaJob, MediaJobState
from vuga.media.service import new_asset_key
from vuga.media.uploads.handoff import UploadHandoff

CONTENT_KEYS = b"k" * 32


async def job_for(
    client: httpx.AsyncClient,
    app: Litestar,
    database: Database,
    editor: dict[str, str],
    title_id: int,
    body: bytes,
    **fields: object,
) -> MediaJob:
    """A job as ``attach`` leaves it (its upload consumed), but not queued: the test runs the flow itself."""
    upload_id = await uploaded(client, editor, body)
    me = (await client.get("/api/v1/me", headers=editor)).json()
    async with database.writer() as session, session.begin():
        await UploadHandoff(session, app.state.store, app.state.settings).consume(me["id"], upload_id)
        queued: dict[str, object] = {"state": MediaJobState.QUEUED.value, "attempts": 0}
        job = MediaJob(
            title_id=title_id,
            upload_id=upload_id,
            asset_key=new_asset_key(),
            percent=0.0,
            **(queued | fields),
        )
        session.add(job)
    return job


def flow_of(app: Litestar) -> TranscodeFlow:
    return TranscodeFlow(
        app.state.database, app.state.settings, app.state.store, CONTENT_KEYS, app.state.cache.invalidate
    )


async def keys_under(store: ObjectStore, prefix: str) -> list[str]:
    return [found.key async for found in store.list(prefix)]


async def assets_in(database: Database) -> int:
    async with database.reader() as session:
        return (await session.execute(select(func.count()).select_from(MediaAsset))).scalar_one()


async def running(database: Database, job_id: int) -> bool:
    """Whether the job's flow has claimed it."""
    async with database.reader() as session:
        job = await session.get(MediaJob, job_id)
        return job is not None and job.state == MediaJobState.RUNNING.value


async def started_flow(
    app: Litestar,
    client: httpx.AsyncClient,
    database: Database,
    editor: dict[str, str],
    title_id: int,
    body: bytes,
) -> tuple[MediaJob, asyncio.Task[MediaJobState]]:
    """A job whose flow runs in the background, reporting progress every 50 ms, once it is running."""
    job = await job_for(client, app, database, editor, title_id, body)
    run = asyncio.create_task(flow_of(app).run(job.id, last_attempt=False))
    for _ in range(500):
        if await running(database, job.id):
            break
        await asyncio.sleep(0.01)
    return job, run


async def test_a_job_whose_worker_died_completes_on_redelivery_without_its_leftovers(
    app: Litestar,
    client: httpx.AsyncClient,
    database: Database,
    editor: dict[str, str],
    make: CatalogFactory,
    source_clip: bytes,
) -> None:
    movie = await make.title("Movie")
    await make.session.commit()
    lapsed = utcnow() - timedelta(minutes=5)
    job = await job_for(
        client, app, database, editor, movie.id, source_clip, state="running", attempts=1, lease_until=lapsed
    )
    store: ObjectStore = app.state.store
    prefix = asset_prefix(job.asset_key)
    await store.put_bytes(prefix + "v90/seg_99999.m4s", b"half", content_type="video/iso.segment")

    assert await flow_of(app).run(job.id, last_attempt=False) is MediaJobState.DONE

    keys = await keys_under(store, prefix)
    assert prefix + "v90/seg_99999.m4s" not in keys  # the dead attempt's file is gone
    assert prefix + "master.m3u8" in keys
    async with database.reader() as session:
        finished = await session.get(MediaJob, job.id)
    assert finished is not None
    assert finished.attempts == 2
    assert await assets_in(database) == 1


async def test_a_twin_delivery_leaves_a_job_with_a_live_lease_to_its_worker(
    app: Litestar,
    client: httpx.AsyncClient,
    database: Database,
    editor: dict[str, str],
    make: CatalogFactory,
    source_clip: bytes,
) -> None:
    movie = await make.title("Movie")
    await make.session.commit()
    running = utcnow() + timedelta(minutes=1)
    job = await job_for(
        client, app, database, editor, movie.id, source_clip, state="running", attempts=1, lease_until=running
    )
    assert await flow_of(app).run(job.id, last_attempt=False) is MediaJobState.RUNNING
    assert await keys_under(app.state.store, asset_prefix(job.asset_key)) == []


async def test_a_job_cancelled_while_it_runs_publishes_nothing(
    app: Litestar,
    client: httpx.AsyncClient,
    database: Database,
    editor: dict[str, str],
    make: CatalogFactory,
    source_clip: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(flows, "PROGRESS_EVERY_S", 0.05)
    movie = await make.title("Movie")
    await make.session.commit()
    job, run = await started_flow(app, client, database, editor, movie.id, source_clip)
    cancelled = await client.post(f"/api/v1/admin/media-jobs/{job.id}/cancel", headers=editor)
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["state"] == "cancelled"

    assert await run is MediaJobState.CANCELLED
    assert await keys_under(app.state.store, asset_prefix(job.asset_key)) == []
    assert await assets_in(database) == 0
    again = await client.post(f"/api/v1/admin/media-jobs/{job.id}/cancel", headers=editor)
    assert again.status_code == 409


async def test_a_worker_whose_job_was_taken_over_stops_and_leaves_it_to_the_new_attempt(
    app: Litestar,
    client: httpx.AsyncClient,
    database: Database,
    editor: dict[str, str],
    make: CatalogFactory,
    source_clip: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(flows, "PROGRESS_EVERY_S", 0.05)
    movie = await make.title("Movie")
    await make.session.commit()
    job, run = await started_flow(app, client, database, editor, movie.id, source_clip)
    for _ in range(200):
        async with database.writer() as session, session.begin():
            # What another worker's claim after a lapsed lease does: the next attempt is now the job's.
            taken = await session.execute(
                update(MediaJob)
                .where(MediaJob.id == job.id, MediaJob.state == "running")
                .values(attempts=MediaJob.attempts + 1)
            )
        if taken.rowcount:  # type: ignore[attr-defined]
            break
        await asyncio.sleep(0.01)

    assert await run is MediaJobState.RUNNING  # still running: by the other attempt
    async with database.reader() as session:
        upload = await UploadHandoff(session, app.state.store, app.state.settings).consumed(job.upload_id)
    assert await assets_in(database) == 0
    assert upload.local_path is not None  # the upload is kept for the attempt that runs the job now
