"""The hand-over of a finished upload to the media job that transcodes it."""

from __future__ import annotations

from datetime import datetime, timedelta

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.core.clock import utcnow
from vuga.core.errors import Conflict, NotFound
from vuga.core.storage import ObjectStore
from vuga.media.uploads.models import MediaUpload, UploadMode, UploadState
from vuga.media.uploads.repository import UploadsRepository
from vuga.media.uploads.schemas import CompletedUpload
from vuga.media.uploads.service import staging_dir_of
from vuga.media.uploads.staging import remove_staging_file, staging_path
from vuga.settings import Settings


class UploadHandoff:
    """For media jobs: take a completed upload (in the caller's transaction) and release its bytes after.

    ``consume`` marks the upload used, so that it leaves its owner's quota, cannot be taken twice or deleted
    by its owner while a job reads it, and is removed by the cleanup job ``consumed_retention_s`` later if
    ``release`` was not called first.
    """

    def __init__(self, session: AsyncSession, store: ObjectStore, settings: Settings) -> None:
        self.session = session
        self.repository = UploadsRepository(session)
        self.store = store
        self.settings = settings
        self.staging_dir = staging_dir_of(settings)

    async def consume(self, account_id: int, upload_id: int, now: datetime | None = None) -> CompletedUpload:
        """The completed upload ``upload_id`` of ``account_id``, marked consumed (404 if it is not theirs,
        409 if it is unfinished or taken already)."""
        upload = await self.repository.owned(account_id, upload_id, for_update=True)
        if upload is None:
            raise NotFound(f"no upload {upload_id} of yours")
        if upload.state != UploadState.COMPLETE.value:
            raise Conflict(
                "the upload is still receiving bytes"
                if upload.state == UploadState.RECEIVING.value
                else "the upload was used already"
            )
        now = now or utcnow()
        upload.state = UploadState.CONSUMED.value
        upload.consumed_at = upload.updated_at = now
        upload.expires_at = now + timedelta(seconds=self.settings.uploads.consumed_retention_s)
        await self.session.flush()
        return self._completed(upload)

    async def consumed(self, upload_id: int) -> CompletedUpload:
        """A consumed upload's bytes, for the job that took it (NotFound once released or expired)."""
        upload = await self.repository.get(upload_id)
        if upload is None or upload.state != UploadState.CONSUMED.value:
            raise NotFound(f"upload {upload_id} is gone (released, or expired unused)")
        return self._completed(upload)

    def _completed(self, upload: MediaUpload) -> CompletedUpload:
        tus = upload.mode == UploadMode.TUS.value
        return CompletedUpload(
            upload_id=upload.id,
            account_id=upload.account_id,
            size=upload.length,
            filename=upload.filename,
            filetype=upload.filetype,
            local_path=staging_path(self.staging_dir, upload.id) if tus else None,
            store_key=None if tus else upload.store_key,
        )

    async def release(self, upload_id: int) -> None:
        """Remove a consumed upload and its bytes, once its media job has what it needs."""
        upload = await self.repository.get(upload_id)
        if upload is None or upload.state != UploadState.CONSUMED.value:
            return
        await self.repository.remove(upload_id)
        if upload.mode == UploadMode.TUS.value:
            await anyio.to_thread.run_sync(remove_staging_file, staging_path(self.staging_dir, upload.id))
        elif upload.store_key is not None:
            await self.store.delete(upload.store_key)
