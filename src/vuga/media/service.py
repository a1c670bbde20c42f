"""The media rules an editor meets: attach a completed upload to a movie or an episode (a job is queued to
probe, transcode and publish it), follow the jobs, cancel one. The work itself is ``vuga.media.flows``."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.catalog.service import CatalogEditor
from vuga.core.bounds import Id
from vuga.core.db import after_commit
from vuga.core.errors import Conflict, NotFound
from vuga.core.pagination import Page, decode_cursor, paginate, query_fingerprint
from vuga.media.models import FINISHED_STATES, MediaJob, MediaJobState
from vuga.media.repository import MediaRepository
from vuga.media.schemas import MediaJobView
from vuga.media.uploads.handoff import UploadHandoff

TRANSCODE_TASK = "media.transcode"


Enqueue = Callable[[int], Awaitable[object]]


def new_asset_key() -> str:
    """A fresh, unguessable key prefix: its files are written once and cacheable for a year."""
    return secrets.token_urlsafe(18)  # 24 characters


def job_view(job: MediaJob) -> MediaJobView:
    done = job.state == MediaJobState.DONE
    return MediaJobView(
        id=job.id,
        title_id=job.title_id,
        episode_id=job.episode_id,
        upload_id=job.upload_id,
        state=job.state,  # type: ignore[arg-type]
        percent=round(job.percent, 1),
        eta_s=job.eta_s,
        attempts=job.attempts,
        error=job.error,
        asset_key=job.asset_key if done else None,
        created_at=job.created_at,
        started_at=job.started_at,
        finished_at=job.finished_at,
    )


class MediaJobs:
    def __init__(self, session: AsyncSession, uploads: UploadHandoff, enqueue: Enqueue) -> None:
        self.session = session
        self.repository = MediaRepository(session)
        self.uploads = uploads
        self.enqueue = enqueue

    async def attach(
        self, editor: Viewer, title_id: int | None, episode_id: int | None, upload_id: int
    ) -> MediaJobView:
        """Queue the job that makes ``upload_id`` the video of a movie or of an episode of a series. The
        upload is taken in the same transaction: it can feed one job only, and leaves the editor's quota."""
        owner_title, owner_episode = await CatalogEditor.for_session(self.session).media_owner(
            title_id, episode_id
        )
        await self.uploads.consume(editor.account_id, upload_id)
        job = await self.repository.add_job(
            MediaJob(
                title_id=owner_title,
                episode_id=owner_episode,
                upload_id=upload_id,
                requested_by=editor.account_id,
                asset_key=new_asset_key(),
                state=MediaJobState.QUEUED.value,
                percent=0.0,
                attempts=0,
            )
        )
        job_id = job.id

        async def queue() -> None:
            await self.enqueue(job_id)  # after the commit: a worker must find the row it is given

        after_commit(self.session, queue)
        await self.session.refresh(job)
        return job_view(job)

    async def job(self, job_id: int) -> MediaJobView:
        return job_view(await self._job(job_id))

    async def jobs(self, state: MediaJobState | None, cursor: str | None, limit: int) -> Page[MediaJobView]:
        """Newest first, optionally only those in ``state``."""
        fingerprint = query_fingerprint(list="media-jobs", state=state)
        before_id = decode_cursor(cursor, fingerprint, tuple[Id])[0] if cursor else None
        rows = await self.repository.jobs(state, before_id, limit + 1)
        page, next_cursor = paginate(rows, limit, fingerprint, lambda job: (job.id,))
        return Page(items=[job_view(job) for job in page], next_cursor=next_cursor)

    async def cancel(self, job_id: int, now: datetime) -> MediaJobView:
        """Stop a queued or running job; the worker sees it at its next progress report and kills ffmpeg.
        Nothing of a cancelled job is published."""
        job = await self._job(job_id)
        if job.state in FINISHED_STATES:
            raise Conflict(f"media job {job_id} has already finished ({job.state})")
        if not await self.repository.finish(job_id, MediaJobState.CANCELLED, now, "cancelled by an editor"):
            raise Conflict(f"media job {job_id} has just finished")
        await self.session.refresh(job)
        return job_view(job)

    async def _job(self, job_id: int) -> MediaJob:
        if (job := await self.repository.job(job_id)) is None:
            raise NotFound(f"no media job {job_id}")
        return job
