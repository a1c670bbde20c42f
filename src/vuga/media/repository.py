"""The media tables' SQL. Every state change is one conditional ``UPDATE``: two workers holding the same
redelivered job, or a cancel racing a finish, cannot both win."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.media.models import FINISHED_STATES, MediaAsset, MediaJob, MediaJobState


class MediaRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add_job(self, job: MediaJob) -> MediaJob:
        self.session.add(job)
        await self.session.flush()
        return job

    async def job(self, job_id: int) -> MediaJob | None:
        return await self.session.get(MediaJob, job_id)

    async def jobs(
        self, state: MediaJobState | None, before_id: int | None, limit: int
    ) -> Sequence[MediaJob]:
        query = select(MediaJob).order_by(MediaJob.id.desc()).limit(limit)
        if state is not None:
            query = query.where(MediaJob.state == state.value)
        if before_id is not None:
            query = query.where(MediaJob.id < before_id)
        return (await self.session.scalars(query)).all()

    async def claim(self, job_id: int, now: datetime, lease_until: datetime) -> bool:
        """Queued, or running with a lapsed lease (its worker died) → running, one more attempt."""
        claimable = (MediaJob.state == MediaJobState.QUEUED.value) | (
            (MediaJob.state == MediaJobState.RUNNING.value) & (MediaJob.lease_until < now)
        )
        claimed = await self.session.execute(
            update(MediaJob)
            .where(MediaJob.id == job_id, claimable)
            .values(
                state=MediaJobState.RUNNING.value,
                attempts=MediaJob.attempts + 1,
                started_at=func.coalesce(MediaJob.started_at, now),
                lease_until=lease_until,
                percent=0.0,
                eta_s=None,
            )
        )
        return bool(claimed.rowcount)  # type: ignore[attr-defined]

    async def record_progress(
        self, job_id: int, attempt: int, percent: float, eta_s: int | None, lease_until: datetime
    ) -> bool:
        """Store a running job's progress and renew its lease; False when the job is no longer this
        attempt's to run (cancelled, or taken over by another worker after a lapsed lease): stop."""
        renewed = await self.session.execute(
            update(MediaJob)
            .where(
                MediaJob.id == job_id,
                MediaJob.state == MediaJobState.RUNNING.value,
                MediaJob.attempts == attempt,
            )
            .values(percent=percent, eta_s=eta_s, lease_until=lease_until)
        )
        return bool(renewed.rowcount)  # type: ignore[attr-defined]

    async def finish(
        self,
        job_id: int,
        state: MediaJobState,
        now: datetime,
        error: str | None = None,
        *,
        attempt: int | None = None,
    ) -> bool:
        """An unfinished job → ``state`` (only if ``attempt`` still runs it, when given); False when it had
        finished already (a cancel won) or another attempt took it over."""
        unfinished: ColumnElement[bool] = MediaJob.state.not_in(FINISHED_STATES)
        if attempt is not None:
            unfinished = unfinished & (MediaJob.attempts == attempt)
        finished = await self.session.execute(
            update(MediaJob)
            .where(MediaJob.id == job_id, unfinished)
            .values(
                state=state.value,
                finished_at=now,
                error=error,
                percent=100.0 if state is MediaJobState.DONE else MediaJob.percent,
                eta_s=None,
            )
        )
        return bool(finished.rowcount)  # type: ignore[attr-defined]

    async def stalled(self, queued_before: datetime, now: datetime, limit: int) -> Sequence[int]:
        """Jobs to queue again: queued long ago (the queueing was lost) or running on a lapsed lease."""
        stalled = ((MediaJob.state == MediaJobState.QUEUED.value) & (MediaJob.created_at < queued_before)) | (
            (MediaJob.state == MediaJobState.RUNNING.value) & (MediaJob.lease_until < now)
        )
        return (await self.session.scalars(select(MediaJob.id).where(stalled).limit(limit))).all()

    async def running_attempts(self, asset_keys: set[str]) -> set[tuple[str, int]]:
        """``(asset_key, attempt)`` of the running jobs among ``asset_keys``, at their current attempt."""
        rows = await self.session.execute(
            select(MediaJob.asset_key, MediaJob.attempts).where(
                MediaJob.state == MediaJobState.RUNNING.value, MediaJob.asset_key.in_(sorted(asset_keys))
            )
        )
        return {(key, attempt) for key, attempt in rows}

    async def add_asset(self, asset: MediaAsset) -> None:
        self.session.add(asset)
        await self.session.flush()

    async def asset_by_key(self, asset_key: str) -> MediaAsset | None:
        return await self.session.scalar(select(MediaAsset).where(MediaAsset.asset_key == asset_key))

    async def playing_asset(self, title_id: int, episode_id: int | None) -> MediaAsset | None:
        """The newest live asset of a movie (``episode_id`` None) or of an episode."""
        return await self.session.scalar(
            select(MediaAsset)
            .where(
                MediaAsset.title_id == title_id, _same_episode(episode_id), MediaAsset.retired_at.is_(None)
            )
            .order_by(MediaAsset.id.desc())
            .limit(1)
        )

    async def retire_older_assets(self, asset: MediaAsset, now: datetime) -> list[str]:
        """Retire the assets the new one replaces; their keys (their files go once caches let go)."""
        retired = await self.session.execute(
            update(MediaAsset)
            .where(
                MediaAsset.title_id == asset.title_id,
                _same_episode(asset.episode_id),
                MediaAsset.id < asset.id,
                MediaAsset.retired_at.is_(None),
            )
            .values(retired_at=now)
            .returning(MediaAsset.asset_key)
        )
        return list(retired.scalars())

    async def remove_asset(self, asset_key: str) -> None:
        await self.session.execute(delete(MediaAsset).where(MediaAsset.asset_key == asset_key))

    async def retired_before(self, moment: datetime, limit: int) -> Sequence[str]:
        return (
            await self.session.scalars(
                select(MediaAsset.asset_key).where(MediaAsset.retired_at < moment).limit(limit)
            )
        ).all()


def _same_episode(episode_id: int | None) -> ColumnElement[bool]:
    """A movie's assets have no episode: ``= NULL`` would match none of them."""
    return MediaAsset.episode_id.is_(None) if episode_id is None else MediaAsset.episode_id == episode_id
