"""The uploads' rules: who may upload how much, how bytes become durable, and what becomes of an upload.

The routes' requests do not hold one transaction open for their whole length, as other features' do: a
PATCH streams for minutes, and a database connection held meanwhile would drain the pool. Each step is its
own short transaction instead — the row is read, the bytes are written and fsynced without any connection,
then the new offset is saved — so an offset a client was told is always on disk and in the database.

``UploadHandoff`` is for the media jobs: it hands a completed upload over (in the caller's transaction) and
removes its bytes once they are no longer needed.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import anyio
import structlog

from vuga.accounts.auth import Viewer
from vuga.accounts.models import Role
from vuga.core.clock import utcnow
from vuga.core.db import Database
from vuga.core.errors import Conflict, InvalidInput, NotFound
from vuga.core.storage import DirectUploadStore, ObjectStore
from vuga.media.uploads import protocol
from vuga.media.uploads.errors import (
    TUS_VERSION,
    InvalidHeader,
    OffsetMismatch,
    TooLarge,
    UploadConflict,
    UploadNotFound,
)
from vuga.media.uploads.models import MediaUpload, UploadMode, UploadState
from vuga.media.uploads.repository import UploadsRepository
from vuga.media.uploads.schemas import (
    MultipartCreate,
    MultipartStarted,
    PartUrl,
    PartUrls,
    PartUrlsRequest,
    UploadOut,
)
from vuga.media.uploads.staging import (
    StagingFile,
    create_staging_file,
    remove_staging_file,
    staging_path,
)
from vuga.settings import Settings, UploadsSettings

logger = structlog.get_logger("vuga.media.uploads")
CLEANUP_BATCH = 500
MAX_PARTS = 10_000
_KEY_UNSAFE = re.compile(r"[^A-Za-z0-9._\-]+")


def staging_dir_of(settings: Settings) -> Path:
    return settings.uploads.staging_dir or settings.var_dir / "uploads"


def upload_out(upload: MediaUpload) -> UploadOut:
    return UploadOut(
        id=upload.id,
        mode=upload.mode,
        state=upload.state,
        length=upload.length,
        offset=upload.offset,
        filename=upload.filename,
        filetype=upload.filetype,
        created_at=upload.created_at,
        expires_at=upload.expires_at,
        completed_at=upload.completed_at,
    )


def upload_headers(upload: MediaUpload) -> dict[str, str]:
    """The tus headers that describe an upload (HEAD, and the answers to creation and PATCH)."""
    headers = {
        "Tus-Resumable": TUS_VERSION,
        "Upload-Offset": str(upload.offset),
        "Upload-Length": str(upload.length),
        "Upload-Metadata": protocol.encode_metadata(protocol.Metadata(upload.filename, upload.filetype)),
    }
    if upload.state == UploadState.RECEIVING.value:
        headers["Upload-Expires"] = protocol.http_date(upload.expires_at)
    return headers


def store_key_for(filename: str) -> str:
    """A fresh key for a directly uploaded file: unguessable, written once, the name's extension kept."""
    extension = _KEY_UNSAFE.sub("", Path(filename).suffix.lower())[:10]
    return f"uploads/{secrets.token_urlsafe(18)}/source{extension if len(extension) > 1 else ''}"


@dataclass(frozen=True, slots=True)
class Rules:
    """The limits an upload is checked against, from ``UploadsSettings``."""

    settings: UploadsSettings

    def check_size(self, viewer: Viewer, length: int, held: int) -> None:
        if length > self.settings.max_bytes:
            raise TooLarge(
                f"an upload is at most {self.settings.max_bytes} bytes",
                {"Tus-Max-Size": str(self.settings.max_bytes)},
            )
        quota = self.settings.editor_quota_bytes
        if viewer.role == Role.EDITOR and held + length > quota:
            raise TooLarge(
                f"your unfinished and unused uploads would hold {held + length} bytes, past your quota of "
                f"{quota}; finish, use or delete some first"
            )


class Uploads:
    """The upload routes' service, over its own short transactions (see the module docstring)."""

    def __init__(
        self,
        database: Database,
        store: ObjectStore,
        settings: Settings,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.database = database
        self.store = store
        self.settings = settings.uploads
        self.rules = Rules(settings.uploads)
        self.staging_dir = staging_dir_of(settings)
        self.presign_ttl_s = settings.storage.presign_ttl_s
        self.clock = clock

    def _expiry(self, now: datetime) -> datetime:
        return now + timedelta(seconds=self.settings.expire_after_s)

    def discovery_headers(self) -> dict[str, str]:
        return {
            "Tus-Resumable": TUS_VERSION,
            "Tus-Version": TUS_VERSION,
            "Tus-Extension": protocol.EXTENSIONS,
            "Tus-Max-Size": str(self.settings.max_bytes),
            "Tus-Checksum-Algorithm": protocol.CHECKSUM_ALGORITHMS,
        }

    # --- tus ------------------------------------------------------------------------------------------

    async def create_tus(self, viewer: Viewer, headers: Mapping[str, str]) -> MediaUpload:
        length = protocol.upload_length(headers)
        if length < 1:
            raise InvalidHeader("Upload-Length must be at least 1 byte")
        found = protocol.metadata(headers)
        now = self.clock()
        async with self.database.writer() as session, session.begin():
            repository = UploadsRepository(session)
            await repository.lock_account(viewer.account_id)
            self.rules.check_size(viewer, length, await repository.bytes_held(viewer.account_id))
            upload = await repository.add(
                MediaUpload(
                    account_id=viewer.account_id,
                    mode=UploadMode.TUS.value,
                    state=UploadState.RECEIVING.value,
                    length=length,
                    offset=0,
                    filename=found.filename,
                    filetype=found.filetype,
                    created_at=now,
                    updated_at=now,
                    expires_at=self._expiry(now),
                )
            )
            # Inside the transaction: a file that cannot be made leaves no row behind.
            await anyio.to_thread.run_sync(create_staging_file, staging_path(self.staging_dir, upload.id))
        return upload

    async def find(self, viewer: Viewer, upload_id: int) -> MediaUpload:
        async with self.database.writer() as session:  # the writer: a HEAD must see the last PATCH
            upload = await UploadsRepository(session).owned(viewer.account_id, upload_id)
        if upload is None:
            raise UploadNotFound(f"no upload {upload_id} of yours")
        return upload

    async def append(
        self, viewer: Viewer, upload_id: int, headers: Mapping[str, str], chunks: AsyncIterator[bytes]
    ) -> MediaUpload:
        """A PATCH: the bytes at ``Upload-Offset``, appended and made durable; the upload as it is after."""
        protocol.require_offset_stream(headers)
        offset = protocol.upload_offset(headers)
        checksum = protocol.checksum(headers)
        upload = await self.find(viewer, upload_id)
        if upload.mode != UploadMode.TUS.value:
            raise UploadConflict("this upload's parts go to the store directly (POST .../part-urls)")
        async with StagingFile(staging_path(self.staging_dir, upload.id)) as staging:
            upload = await self.find(viewer, upload_id)  # again, now that no other request writes it
            if offset != upload.offset:
                raise OffsetMismatch(
                    f"the upload is at offset {upload.offset}, not {offset}; resume from there",
                    {"Upload-Offset": str(upload.offset)},
                )
            remaining = upload.length - upload.offset
            declared = protocol.content_length(headers)
            if declared is not None and declared > remaining:
                raise TooLarge(f"the body has {declared} bytes; the upload lacks only {remaining}")
            if upload.state != UploadState.RECEIVING.value:
                if declared:
                    raise UploadConflict("the upload is complete already")
                return upload
            recorded = upload.offset

            async def record(new_offset: int) -> None:
                nonlocal recorded
                now = self.clock()
                async with self.database.writer() as session, session.begin():
                    repository = UploadsRepository(session)
                    if not await repository.record_offset(
                        upload_id, recorded, new_offset, now=now, expires_at=self._expiry(now)
                    ):
                        raise Conflict("the upload changed while this request wrote it")  # not with the lock
                    if new_offset == upload.length:
                        completed_expiry = now + timedelta(seconds=self.settings.completed_retention_s)
                        await repository.mark_complete(upload_id, now=now, expires_at=completed_expiry)
                recorded = new_offset

            appended = await staging.append(
                upload.offset,
                remaining,
                chunks,
                checksum=checksum,
                checkpoint_bytes=self.settings.checkpoint_bytes,
                record=record,
            )
        if appended.client_gone:
            logger.info("upload interrupted", upload_id=upload_id, offset=appended.offset)
        return await self.find(viewer, upload_id)

    async def terminate(self, viewer: Viewer, upload_id: int) -> None:
        async with self.database.writer() as session, session.begin():
            repository = UploadsRepository(session)
            upload = await repository.owned(viewer.account_id, upload_id, for_update=True)
            if upload is None:
                raise UploadNotFound(f"no upload {upload_id} of yours")
            if upload.state == UploadState.CONSUMED.value:
                raise UploadConflict("a media job is using this upload; it is removed once the job is done")
            await repository.remove(upload_id)
        await self._remove_bytes(upload)

    async def _remove_bytes(self, upload: MediaUpload) -> None:
        if upload.mode == UploadMode.TUS.value:
            await anyio.to_thread.run_sync(remove_staging_file, staging_path(self.staging_dir, upload.id))
            return
        direct = _direct_store(self.store)
        if upload.store_key is None:
            return
        if upload.state == UploadState.RECEIVING.value and upload.multipart_id:
            await direct.abort_multipart(upload.store_key, upload.multipart_id)
        else:
            await self.store.delete(upload.store_key)

    # --- direct S3 multipart -------------------------------------------------------------------------

    def part_size_for(self, length: int) -> int:
        return max(self.settings.multipart_part_bytes, -(-length // MAX_PARTS))

    async def start_multipart(self, viewer: Viewer, data: MultipartCreate) -> MultipartStarted:
        direct = _direct_store(self.store)
        filename = protocol.metadata(
            {"upload-metadata": protocol.encode_metadata(protocol.Metadata(data.filename, data.filetype))}
        )
        now = self.clock()
        key = store_key_for(filename.filename)
        async with self.database.writer() as session, session.begin():
            repository = UploadsRepository(session)
            await repository.lock_account(viewer.account_id)
            self.rules.check_size(viewer, data.length, await repository.bytes_held(viewer.account_id))
            multipart_id = await direct.start_multipart(key, content_type=filename.filetype)
            upload = await repository.add(
                MediaUpload(
                    account_id=viewer.account_id,
                    mode=UploadMode.S3_MULTIPART.value,
                    state=UploadState.RECEIVING.value,
                    length=data.length,
                    offset=0,
                    filename=filename.filename,
                    filetype=filename.filetype,
                    store_key=key,
                    multipart_id=multipart_id,
                    created_at=now,
                    updated_at=now,
                    expires_at=self._expiry(now),
                )
            )
        part_size = self.part_size_for(data.length)
        return MultipartStarted(
            upload_out(upload), part_size=part_size, part_count=-(-data.length // part_size)
        )

    async def _multipart(self, viewer: Viewer, upload_id: int) -> MediaUpload:
        upload = await self.find(viewer, upload_id)
        if upload.mode != UploadMode.S3_MULTIPART.value:
            raise UploadConflict("this upload takes its bytes by tus PATCH requests")
        if upload.state != UploadState.RECEIVING.value:
            raise UploadConflict("the upload is complete already")
        return upload

    async def part_urls(self, viewer: Viewer, upload_id: int, data: PartUrlsRequest) -> PartUrls:
        upload = await self._multipart(viewer, upload_id)
        count = -(-upload.length // self.part_size_for(upload.length))
        if beyond := [number for number in data.part_numbers if number > count]:
            raise InvalidInput.field("part_numbers", f"this upload has {count} parts; no part {beyond[0]}")
        direct = _direct_store(self.store)
        ttl = self.presign_ttl_s
        assert upload.store_key is not None
        assert upload.multipart_id is not None
        items = [
            PartUrl(
                number,
                await direct.presigned_part(upload.store_key, upload.multipart_id, number, expires_in_s=ttl),
            )
            for number in sorted(set(data.part_numbers))
        ]
        return PartUrls(items, expires_at=self.clock() + timedelta(seconds=ttl))

    async def complete_multipart(self, viewer: Viewer, upload_id: int) -> UploadOut:
        upload = await self._multipart(viewer, upload_id)
        direct = _direct_store(self.store)
        assert upload.store_key is not None
        assert upload.multipart_id is not None
        try:
            parts = await direct.uploaded_parts(upload.store_key, upload.multipart_id)
        except FileNotFoundError as exc:
            raise UploadConflict("the store no longer has this upload; start again") from exc
        part_size = self.part_size_for(upload.length)
        count = -(-upload.length // part_size)
        expected = [
            (n, part_size if n < count else upload.length - part_size * (count - 1))
            for n in range(1, count + 1)
        ]
        received = [(part.number, part.size) for part in parts]
        if received != expected:
            missing = sorted({n for n, _ in expected} - {n for n, _ in received})
            raise UploadConflict(
                f"the store holds {len(received)} of {count} parts"
                + (f"; part {missing[0]} is missing" if missing else "; a part has the wrong size")
            )
        await direct.complete_multipart(upload.store_key, upload.multipart_id, parts)
        now = self.clock()
        async with self.database.writer() as session, session.begin():
            repository = UploadsRepository(session)
            await repository.record_offset(upload_id, 0, upload.length, now=now, expires_at=self._expiry(now))
            retention = now + timedelta(seconds=self.settings.completed_retention_s)
            await repository.mark_complete(upload_id, now=now, expires_at=retention)
        return upload_out(await self.find(viewer, upload_id))

    # --- upkeep --------------------------------------------------------------------------------------

    async def remove_expired(self) -> int:
        """Remove uploads past their expiry (abandoned, finished and never used, or used long enough ago)
        with their bytes, and staging files no upload owns; the number of uploads removed."""
        removed = 0
        while True:
            now = self.clock()
            async with self.database.writer() as session, session.begin():
                repository = UploadsRepository(session)
                expired = list(await repository.expired(now, CLEANUP_BATCH))
                for upload in expired:
                    await repository.remove(upload.id)
            for upload in expired:
                try:
                    await self._remove_bytes(upload)
                except Exception:  # the row is gone; what is left is found again as an orphan
                    logger.warning(
                        "removing an expired upload's bytes failed", upload_id=upload.id, exc_info=True
                    )
            removed += len(expired)
            if len(expired) < CLEANUP_BATCH:
                break
        await self._remove_orphan_files()
        return removed

    async def _remove_orphan_files(self) -> None:
        cutoff = self.clock() - timedelta(seconds=self.settings.expire_after_s)

        def stale_files() -> dict[int, Path]:
            if not self.staging_dir.is_dir():
                return {}
            found = {}
            for path in self.staging_dir.glob("*.part"):
                if path.stem.isdigit() and path.stat().st_mtime < cutoff.timestamp():
                    found[int(path.stem)] = path
            return found

        stale = await anyio.to_thread.run_sync(stale_files)
        if not stale:
            return
        async with self.database.writer() as session:
            owned = await UploadsRepository(session).existing_ids(sorted(stale))
        for upload_id, path in stale.items():
            if upload_id not in owned:
                await anyio.to_thread.run_sync(remove_staging_file, path)


def _direct_store(store: ObjectStore) -> DirectUploadStore:
    if not isinstance(store, DirectUploadStore):
        raise NotFound("direct uploads need the S3 storage backend (VUGA_STORAGE_BACKEND=s3); use tus")
    return store
