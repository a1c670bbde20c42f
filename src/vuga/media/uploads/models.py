"""Uploads of source media: one row per upload, whose ``offset`` is what the server holds durably."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, Integer, String, func
from sqlalchemy.orm import Mapped, mapped_column

from vuga.core.db import Base, UTCDateTime


class UploadMode(StrEnum):
    TUS = "tus"  # bytes PATCHed through the API onto a staging file
    S3_MULTIPART = "s3_multipart"  # bytes PUT by the client straight to the bucket, to presigned part URLs


class UploadState(StrEnum):
    RECEIVING = "receiving"
    COMPLETE = "complete"  # every byte is held; waiting for a media job to take it
    CONSUMED = "consumed"  # handed to a media job; its bytes are kept a while for the job, then removed


class MediaUpload(Base):
    __tablename__ = "media_uploads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    mode: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20), default=UploadState.RECEIVING.value)
    length: Mapped[int] = mapped_column(BigInteger)
    # Bytes on disk and fsynced (tus), never more: a crash between the write and this update loses only
    # bytes the client was never told about, and the next PATCH cuts the file back to this offset.
    offset: Mapped[int] = mapped_column(BigInteger, default=0)
    filename: Mapped[str] = mapped_column(String(255))
    filetype: Mapped[str] = mapped_column(String(100))
    store_key: Mapped[str | None] = mapped_column(String(512))  # S3 multipart: the object's key
    multipart_id: Mapped[str | None] = mapped_column(String(1024))  # S3 multipart: the store's upload id
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the cleanup job removes it after this
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    consumed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint("mode IN ('tus', 's3_multipart')", name="mode_valid"),
        CheckConstraint("state IN ('receiving', 'complete', 'consumed')", name="state_valid"),
        CheckConstraint('length >= 0 AND "offset" >= 0 AND "offset" <= length', name="offset_in_length"),
        Index("ix_media_uploads_account_id_state", "account_id", "state"),
        Index("ix_media_uploads_expires_at", "expires_at"),
        {"sqlite_autoincrement": True},  # ids are in clients' upload URLs: never handed out again
    )
