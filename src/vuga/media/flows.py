"""The transcode flow a worker runs for one media job: claim it, probe the upload, transcode the ladder into a
private directory, copy it into the store, and only then publish it in one transaction.

What makes it safe to run at least once:
- The asset's key is the job's, chosen when the job was queued: a redelivered job writes the same keys again
  (after deleting what a dead attempt left there), never a second ladder.
- Nothing is playable before the ``media_assets`` row exists, and that row is written in the transaction that
  finishes the job, which only an unfinished job can do: a cancel or a twin that finished first wins, and the
  files this attempt copied are removed.
- A refused file (not a video, too long, hostile) fails the job at once with its reason; any other error is
  raised for the queue to retry, and the last attempt fails the job.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from pathlib import Path

import anyio
import msgspec

from vuga.catalog.service import CatalogEditor
from vuga.core.clock import utcnow
from vuga.core.db import Database, committing
from vuga.core.storage import ObjectStore
from vuga.media.delivery.keys import content_key
from vuga.media.models import MediaAsset, MediaJob, MediaJobState
from vuga.media.pipeline.errors import MediaRefused
from vuga.media.pipeline.ffmpeg import Progress
from vuga.media.pipeline.ladder import plan_ladder
from vuga.media.pipeline.manifest import Manifest
from vuga.media.pipeline.probe import ProbeLimits, probe_async
from vuga.media.pipeline.transcode import Encryption, transcode
from vuga.media.repository import MediaRepository
from vuga.media.uploads.handoff import UploadHandoff
from vuga.media.workspaces import DeadWorkspaces, workspace_of
from vuga.settings import Settings

logger = logging.getLogger("vuga.media")

# Long enough for a few missed progress reports; short enough that a dead worker's job restarts soon.
LEASE = timedelta(seconds=60)
PROGRESS_EVERY_S = 2.0
CONTENT_TYPES = {
    ".m3u8": "application/vnd.apple.mpegurl",
    ".m4s": "video/iso.segment",
    ".mp4": "video/mp4",
    ".vtt": "text/vtt",
    ".jpg": "image/jpeg",
    ".webp": "image/webp",
    ".json": "application/json",
}

Invalidate = Callable[[Sequence[str]], Awaitable[None]]


class JobStopped(Exception):
    """The job stopped being this attempt's to run: an editor cancelled it, or another worker took it over
    after this one's lease lapsed."""


def asset_prefix(asset_key: str) -> str:
    return f"assets/{asset_key}/"


class TranscodeFlow:
    def __init__(
        self,
        database: Database,
        settings: Settings,
        store: ObjectStore,
        content_key_secret: bytes,
        invalidate: Invalidate,
    ) -> None:
        self.database = database
        self.settings = settings
        self.store = store
        self.content_key_secret = content_key_secret
        self.invalidate = invalidate

    async def run(self, job_id: int, *, last_attempt: bool) -> MediaJobState:
        """Run the job to its end; the state it ended in (a job that is not this worker's to run: as is)."""
        job = await self._claim(job_id)
        if job is None:
            return await self._state(job_id)
        await DeadWorkspaces(self.database, self.settings.var_dir).sweep()
        workspace = workspace_of(self.settings.var_dir, job.asset_key, job.attempts)
        try:
            manifest = await self._transcode(job, workspace)
            await self._publish(job, workspace / "ladder", manifest)
            await self._release_upload(job.upload_id)
            return MediaJobState.DONE
        except MediaRefused as refused:
            await self._finish(job, MediaJobState.FAILED, f"not a playable video: {refused}")
            await self._release_upload(job.upload_id)  # its bytes are of no use
            return MediaJobState.FAILED
        except JobStopped:
            state = await self._state(job_id)
            if state is MediaJobState.CANCELLED:
                await self.store.delete_prefix(asset_prefix(job.asset_key))
                await self._release_upload(job.upload_id)
            return state  # taken over: the other attempt has the upload and the keys
        except Exception as exc:
            if last_attempt:
                await self._finish(job, MediaJobState.FAILED, f"transcoding failed: {exc}")
            raise
        finally:
            await asyncio.to_thread(shutil.rmtree, workspace, ignore_errors=True)

    async def _claim(self, job_id: int) -> MediaJob | None:
        now = utcnow()
        async with self.database.writer() as session, session.begin():
            repository = MediaRepository(session)
            if not await repository.claim(job_id, now, now + LEASE):
                return None
            job = await repository.job(job_id)
            assert job is not None  # just claimed
            session.expunge(job)
            return job

    async def _transcode(self, job: MediaJob, workspace: Path) -> Manifest:
        await asyncio.to_thread(_fresh_directory, workspace)  # without what a dead attempt left
        path = await self._source_file(job.upload_id, workspace)
        settings = self.settings.transcode
        source = await probe_async(path, ProbeLimits.from_settings(settings))
        renditions = plan_ladder(source, settings)
        encryption = (
            Encryption(content_key(self.content_key_secret, job.asset_key))
            if self.settings.delivery.encrypt
            else None
        )
        latest = [Progress(0.0, None)]
        work = asyncio.create_task(
            transcode(
                path,
                workspace / "ladder",
                source,
                renditions,
                settings=settings,
                encryption=encryption,
                on_progress=latest.append,
            )
        )
        while not work.done():
            await asyncio.wait({work}, timeout=PROGRESS_EVERY_S)
            now = latest[-1]
            del latest[:-1]
            if not await self._report(job, now.percent, now.eta_s):  # cancelled, or taken over
                work.cancel()  # kills ffmpeg; its temporary directory goes with it
                await asyncio.gather(work, return_exceptions=True)
                raise JobStopped
        return work.result()

    async def _source_file(self, upload_id: int, workspace: Path) -> Path:
        """The upload's bytes as a local file: tus uploads are staged on disk already; a direct upload to
        the object store is fetched into the workspace first."""
        async with self.database.reader() as session:
            upload = await UploadHandoff(session, self.store, self.settings).consumed(upload_id)
        if upload.local_path is not None:
            return upload.local_path
        assert upload.store_key is not None  # exactly one of the two
        target = workspace / "source"
        async with await anyio.open_file(target, "wb") as out:
            async for chunk in self.store.read(upload.store_key):
                await out.write(chunk)
        return target

    async def _release_upload(self, upload_id: int) -> None:
        async with self.database.writer() as session, session.begin():
            await UploadHandoff(session, self.store, self.settings).release(upload_id)

    async def _report(self, job: MediaJob, percent: float, eta_s: float | None) -> bool:
        async with self.database.writer() as session, session.begin():
            eta = None if eta_s is None else round(eta_s)
            return await MediaRepository(session).record_progress(
                job.id, job.attempts, min(percent, 99.9), eta, utcnow() + LEASE
            )

    async def _publish(self, job: MediaJob, ladder: Path, manifest: Manifest) -> None:
        """Copy the ladder into the store, then make it the title's (or episode's) video; ``JobStopped``
        when the job was cancelled or taken over meanwhile."""
        prefix = asset_prefix(job.asset_key)
        await self.store.delete_prefix(prefix)
        await copy_into_store(self.store, ladder, prefix)
        async with committing(self.database.writer) as session:  # the catalog's caches after the commit
            repository = MediaRepository(session)
            now = utcnow()
            if not await repository.finish(job.id, MediaJobState.DONE, now, attempt=job.attempts):
                raise JobStopped
            asset = MediaAsset(
                asset_key=job.asset_key,
                title_id=job.title_id,
                episode_id=job.episode_id,
                job_id=job.id,
                duration_s=manifest.duration_s,
                max_height=max(rendition.height for rendition in manifest.renditions),
                encrypted=manifest.encrypted,
                manifest=msgspec.to_builtins(manifest),
            )
            await repository.add_asset(asset)
            await repository.retire_older_assets(asset, now)
            CatalogEditor.for_session(session, self.invalidate).media_changed(job.title_id)
        logger.info("media job %d published asset %s", job.id, job.asset_key)

    async def _finish(self, job: MediaJob, state: MediaJobState, error: str) -> None:
        async with self.database.writer() as session, session.begin():
            await MediaRepository(session).finish(job.id, state, utcnow(), error[:2000], attempt=job.attempts)

    async def _state(self, job_id: int) -> MediaJobState:
        async with self.database.reader() as session:
            job = await MediaRepository(session).job(job_id)
            return MediaJobState(job.state) if job is not None else MediaJobState.FAILED


def _fresh_directory(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)


async def copy_into_store(store: ObjectStore, directory: Path, prefix: str) -> None:
    """Every file below ``directory`` into the store under ``prefix``, with its content type."""
    for path in await asyncio.to_thread(files_under, directory):
        content_type = CONTENT_TYPES.get(path.suffix, "application/octet-stream")
        await store.put_file(prefix + path.relative_to(directory).as_posix(), path, content_type=content_type)


def files_under(directory: Path) -> list[Path]:
    """Every file below ``directory``, in a stable order."""
    return sorted(path for path in directory.rglob("*") if path.is_file())
