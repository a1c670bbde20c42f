"""Media tables: the jobs that turn an upload into a published HLS ladder, and the ladders (assets) viewers
play. An asset row is written only after every one of its files is in the store, so a half-done ladder is
never playable; a title or episode plays its newest asset that is not retired."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from vuga.core.db import Base, UTCDateTime

ASSET_KEY_LENGTH = 32


class MediaJobState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


FINISHED_STATES = (MediaJobState.DONE, MediaJobState.FAILED, MediaJobState.CANCELLED)


class MediaJob(Base):
    __tablename__ = "media_jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"))
    episode_id: Mapped[int | None] = mapped_column(ForeignKey("episodes.id", ondelete="CASCADE"))
    # No foreign key: an upload's row goes once its bytes are released, the job's record of it stays.
    upload_id: Mapped[int] = mapped_column(Integer)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    # Chosen when the job is created, so a redelivered job writes the same keys again, never a second ladder.
    asset_key: Mapped[str] = mapped_column(String(ASSET_KEY_LENGTH), unique=True)
    state: Mapped[str] = mapped_column(String(10), default=MediaJobState.QUEUED.value)
    percent: Mapped[float] = mapped_column(Float, default=0.0, server_default=text("0"))
    eta_s: Mapped[int | None] = mapped_column(Integer)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A running job's worker renews this with every progress report. The queue hands a job that stays
    # unacknowledged to another worker, which takes it over only once the lease has lapsed (its worker died);
    # the sweeper (``media.resume_stalled``) requeues jobs whose lease lapsed or whose queueing was lost.
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint(
            "state IN (" + ", ".join(f"'{state.value}'" for state in MediaJobState) + ")",
            name="media_jobs_state",
        ),
        # The editors' list filtered by state, newest first (unfiltered, it walks the primary key).
        Index("media_jobs_by_state", "state", "id"),
    )


class MediaAsset(Base):
    __tablename__ = "media_assets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_key: Mapped[str] = mapped_column(String(ASSET_KEY_LENGTH), unique=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"))
    episode_id: Mapped[int | None] = mapped_column(ForeignKey("episodes.id", ondelete="CASCADE"))
    job_id: Mapped[int | None] = mapped_column(ForeignKey("media_jobs.id", ondelete="SET NULL"))
    duration_s: Mapped[float] = mapped_column(Float)
    max_height: Mapped[int] = mapped_column(Integer)
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    # The pipeline's manifest (renditions, audio, subtitles, thumbnails): what the playback answer lists.
    manifest: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        # The playback answer: a title's (or an episode's) newest live asset.
        Index("media_assets_playing", "title_id", "episode_id", "id"),
    )
