"""The uploads' SQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.core.db import any_of
from vuga.media.uploads.models import MediaUpload, UploadState

HELD = (UploadState.RECEIVING.value, UploadState.COMPLETE.value)
ADVISORY_LOCK_SPACE = 22  # pg_advisory_xact_lock(space, account): the uploads' own lock space


class UploadsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def lock_account(self, account_id: int) -> None:
        """Serialise one account's upload creations until the transaction ends, so that two at once cannot
        both fit a quota only one of them fits. (SQLite has one writer at a time already.)"""
        if self.session.get_bind().dialect.name == "postgresql":
            await self.session.execute(
                text("SELECT pg_advisory_xact_lock(:space, :account)"),
                {"space": ADVISORY_LOCK_SPACE, "account": account_id},
            )

    async def bytes_held(self, account_id: int) -> int:
        """What the account's unfinished and unconsumed uploads declare (their full lengths)."""
        total = await self.session.scalar(
            select(func.coalesce(func.sum(MediaUpload.length), 0)).where(
                MediaUpload.account_id == account_id, MediaUpload.state.in_(HELD)
            )
        )
        return int(total or 0)

    async def add(self, upload: MediaUpload) -> MediaUpload:
        self.session.add(upload)
        await self.session.flush()
        return upload

    async def owned(self, account_id: int, upload_id: int, *, for_update: bool = False) -> MediaUpload | None:
        statement = select(MediaUpload).where(
            MediaUpload.id == upload_id, MediaUpload.account_id == account_id
        )
        if for_update:
            statement = statement.with_for_update()
        return (await self.session.execute(statement)).scalar_one_or_none()

    async def get(self, upload_id: int) -> MediaUpload | None:
        return await self.session.get(MediaUpload, upload_id)

    async def record_offset(
        self, upload_id: int, old: int, new: int, *, now: datetime, expires_at: datetime
    ) -> bool:
        """Move the offset from ``old`` to ``new``; False if it was not ``old`` any more."""
        result = await self.session.execute(
            update(MediaUpload)
            .where(
                MediaUpload.id == upload_id,
                MediaUpload.offset == old,
                MediaUpload.state == UploadState.RECEIVING.value,
            )
            .values(offset=new, updated_at=now, expires_at=expires_at)
            .execution_options(synchronize_session=False)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def mark_complete(self, upload_id: int, *, now: datetime, expires_at: datetime) -> None:
        await self.session.execute(
            update(MediaUpload)
            .where(MediaUpload.id == upload_id, MediaUpload.offset == MediaUpload.length)
            .values(state=UploadState.COMPLETE.value, completed_at=now, updated_at=now, expires_at=expires_at)
            .execution_options(synchronize_session=False)
        )

    async def remove(self, upload_id: int) -> None:
        await self.session.execute(delete(MediaUpload).where(MediaUpload.id == upload_id))

    async def expired(self, now: datetime, limit: int) -> Sequence[MediaUpload]:
        statement = (
            select(MediaUpload)
            .where(MediaUpload.expires_at < now)
            .order_by(MediaUpload.expires_at)
            .limit(limit)
        )
        return (await self.session.execute(statement)).scalars().all()

    async def existing_ids(self, ids: Sequence[int]) -> set[int]:
        if not ids:
            return set()
        found = await self.session.execute(
            select(MediaUpload.id).where(any_of(self.session, MediaUpload.id, ids))
        )
        return set(found.scalars())
