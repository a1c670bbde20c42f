"""Live TV's tables: channels and their stream sources, categories (an ordered many-to-many), the programme
guide, and the record of each XMLTV import.

A programme is found two ways, each by an index that exactly fits it: "what is on now and next" walks
``(channel_id, ends_at)`` from now (with no overlaps per channel, the first two rows ending after now are
the current and the next programme); a guide window walks ``(channel_id, starts_at)``, which is also the
key an import updates by. Programmes last at most ``MAX_PROGRAMME_S``, which bounds how far before a
window a programme still showing in it can start.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from vuga.core.db import Base, UTCDateTime

URL_LENGTH = 2048
NAME_LENGTH = 300
MAX_PROGRAMME_S = 24 * 3600


class StreamQuality(StrEnum):
    SD = "sd"
    HD = "hd"
    FHD = "fhd"
    UHD = "uhd"


class LogoKind(StrEnum):
    SQUARE = "square"  # logo_url
    WIDE = "wide"  # logo_wide_url

    @property
    def url_column(self) -> str:
        return "logo_url" if self is LogoKind.SQUARE else "logo_wide_url"


class ImportState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class Channel(Base):
    __tablename__ = "live_channels"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    number: Mapped[int | None] = mapped_column(Integer)  # the number a remote control dials
    # The channel's id in XMLTV documents (<channel id="bbc1.uk">): how an import finds it.
    xmltv_id: Mapped[str | None] = mapped_column(String(200))
    logo_url: Mapped[str | None] = mapped_column(String(URL_LENGTH))
    logo_wide_url: Mapped[str | None] = mapped_column(String(URL_LENGTH))
    # Uploaded logos' size variants by kind ("square", "wide"), as vuga.core.images stores them; the URL
    # columns then hold each one's largest variant.
    logo_images: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    language: Mapped[str | None] = mapped_column(String(35))
    country: Mapped[str | None] = mapped_column(String(2))
    maturity_age: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    is_premium: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    is_enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Views since the channel was added, from heartbeats (``service.audience``): added in batches.
    view_count: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now(), onupdate=func.now())

    __table_args__ = (
        CheckConstraint("maturity_age BETWEEN 0 AND 21", name="maturity_age_range"),
        UniqueConstraint("number"),
        UniqueConstraint("xmltv_id"),
        # The viewer's channel list: enabled channels in display order (the keyset of its cursor).
        Index(
            "ix_live_channels_display",
            "sort_order",
            "id",
            postgresql_where=text("is_enabled"),
            sqlite_where=text("is_enabled = 1"),
        ),
    )


class ChannelSource(Base):
    """One way to play a channel; a channel's sources are offered best first (``position``)."""

    __tablename__ = "live_channel_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("live_channels.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(SmallInteger)
    url: Mapped[str] = mapped_column(String(URL_LENGTH))
    backup_url: Mapped[str | None] = mapped_column(String(URL_LENGTH))
    quality: Mapped[str] = mapped_column(String(8), default=StreamQuality.HD, server_default="hd")

    __table_args__ = (
        UniqueConstraint("channel_id", "position"),
        CheckConstraint(
            "quality IN (" + ", ".join(f"'{quality.value}'" for quality in StreamQuality) + ")",
            name="quality_valid",
        ),
    )


class ChannelCategory(Base):
    __tablename__ = "live_categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class CategoryChannel(Base):
    """A channel in a category, at its place there (categories order their channels each their own way)."""

    __tablename__ = "live_category_channels"

    category_id: Mapped[int] = mapped_column(
        ForeignKey("live_categories.id", ondelete="CASCADE"), primary_key=True
    )
    channel_id: Mapped[int] = mapped_column(
        ForeignKey("live_channels.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_live_category_channels_category_id_position", "category_id", "position"),
        Index("ix_live_category_channels_channel_id", "channel_id"),
    )


class Programme(Base):
    __tablename__ = "live_programmes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("live_channels.id", ondelete="CASCADE"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    subtitle: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(100))
    rating: Mapped[str | None] = mapped_column(String(32))
    episode: Mapped[str | None] = mapped_column(String(64))  # as the guide wrote it ("S2 E5", "1.4.")
    image_url: Mapped[str | None] = mapped_column(String(URL_LENGTH))

    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        UniqueConstraint("channel_id", "starts_at"),
        Index("ix_live_programmes_channel_id_ends_at", "channel_id", "ends_at"),
        Index("ix_live_programmes_ends_at", "ends_at"),  # the prune job's range
    )


class ChannelHour(Base):
    """A channel's audience in one hour (UTC): the views that started in it and the most viewers watching at
    once, sampled every ``VUGA_LIVETV_AUDIENCE_EVERY_S``."""

    __tablename__ = "live_channel_hours"

    channel_id: Mapped[int] = mapped_column(
        ForeignKey("live_channels.id", ondelete="CASCADE"), primary_key=True
    )
    hour: Mapped[datetime] = mapped_column(UTCDateTime, primary_key=True)
    views: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    peak_watching: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class EpgImport(Base):
    """One XMLTV import: where it came from, how far it got, and its report (added, updated, skipped)."""

    __tablename__ = "live_epg_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(URL_LENGTH))  # "upload:<file name>" or the URL
    state: Mapped[str] = mapped_column(String(10))
    report: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
