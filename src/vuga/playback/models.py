"""Where viewers are in what they watch.

- ``watch_state``: the latest position per (profile, title, episode) — resume points and "watched" marks.
- ``title_progress``: one row per (profile, title): what to resume or play next, the continue-watching source.
- ``watch_history``: an append-only log of viewing sessions. On PostgreSQL it is partitioned by month (the
  migration creates the partitioned table; ``playback.partitions`` creates months ahead and drops old ones).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, Float, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from vuga.core.db import Base, UTCDateTime

MOVIE = 0  # the episode key of a movie's own row: primary keys cannot hold NULL


class WatchState(Base):
    __tablename__ = "watch_state"

    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"), primary_key=True)
    episode_key: Mapped[int] = mapped_column(Integer, primary_key=True)  # the episode id, or MOVIE
    episode_id: Mapped[int | None] = mapped_column(ForeignKey("episodes.id", ondelete="CASCADE"))
    position_s: Mapped[float] = mapped_column(Float)
    duration_s: Mapped[float] = mapped_column(Float)
    completed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    client_time: Mapped[datetime] = mapped_column(UTCDateTime)  # orders heartbeats: older never overwrites
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class TitleProgress(Base):
    """Per title: the item to resume (or the next episode to start) and whether the title is finished."""

    __tablename__ = "title_progress"

    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"), primary_key=True)
    episode_id: Mapped[int | None] = mapped_column(ForeignKey("episodes.id", ondelete="CASCADE"))
    position_s: Mapped[float] = mapped_column(Float)
    duration_s: Mapped[float | None] = mapped_column(Float)
    completed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    client_time: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    # The plan's continue-watching index: one range scan answers "what is this profile in the middle of".
    __table_args__ = (
        Index("ix_title_progress_continue", "profile_id", "completed", text("updated_at DESC")),
    )


class WatchHistory(Base):
    """One row per viewing session and item, per month (a session crossing a month's end is two rows)."""

    __tablename__ = "watch_history"

    # Made by the application (see ``playback.ids``): a partitioned table has no single sequence-backed key,
    # and SQLite numbers rows only for a lone integer primary key.
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    month: Mapped[date] = mapped_column(Date, primary_key=True)  # the partition key on PostgreSQL
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"))
    episode_key: Mapped[int] = mapped_column(Integer)
    episode_id: Mapped[int | None] = mapped_column(ForeignKey("episodes.id", ondelete="CASCADE"))
    session_id: Mapped[str] = mapped_column(String(64))
    device: Mapped[str] = mapped_column(String(20), default="", server_default="")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_client_time: Mapped[datetime] = mapped_column(UTCDateTime)
    seconds_watched: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    view_counted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))

    __table_args__ = (
        Index(
            "uq_watch_history_session",
            "profile_id",
            "session_id",
            "episode_key",
            "title_id",
            "month",
            unique=True,
        ),
        Index("ix_watch_history_profile_last_seen", "profile_id", text("last_seen_at DESC"), "id"),
    )
