"""Catalog tables: titles (movies and series), seasons, episodes, genres, languages, people and credits,
playable sources, subtitles, trailers and the editorial top 10.

Indexes follow the scaling plan, expressed for this schema; each names the query it serves.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    Float,
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
TEXT_LENGTH = 10_000


class TitleKind(StrEnum):
    MOVIE = "movie"
    SERIES = "series"


class CreditRole(StrEnum):
    CAST = "cast"
    DIRECTOR = "director"
    WRITER = "writer"
    PRODUCER = "producer"
    CREATOR = "creator"


class SourceKind(StrEnum):
    HLS = "hls"
    DASH = "dash"
    MP4 = "mp4"
    YOUTUBE = "youtube"
    EXTERNAL = "external"


class SourceQuality(StrEnum):
    AUTO = "auto"
    SD_480 = "480p"
    HD_720 = "720p"
    FHD_1080 = "1080p"
    UHD_2160 = "2160p"


class Access(StrEnum):
    FREE = "free"
    PREMIUM = "premium"


class SubtitleFormat(StrEnum):
    VTT = "vtt"
    SRT = "srt"


class TrailerKind(StrEnum):
    YOUTUBE = "youtube"
    HLS = "hls"
    MP4 = "mp4"


# Partial indexes hold only what viewers can see. Each engine gets the predicate in the form its planner
# matches against the queries SQLAlchemy writes: "is_published" on PostgreSQL, "is_published = 1" on SQLite.
ONLY_PUBLISHED: dict[str, Any] = {
    "postgresql_where": text("is_published"),
    "sqlite_where": text("is_published = 1"),
}


def _enum_check(column: str, enum: type[StrEnum]) -> CheckConstraint:
    values = ", ".join(f"'{member.value}'" for member in enum)
    return CheckConstraint(f"{column} IN ({values})", name=f"{column}_valid")


class Genre(Base):
    __tablename__ = "genres"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")


class Language(Base):
    __tablename__ = "languages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(35), unique=True)  # BCP 47: "en", "pt-BR"
    name: Mapped[str] = mapped_column(String(100))


class ArtworkKind(StrEnum):
    """A title's images; each has a ``<kind>_url`` column and may have variants in ``artwork_images``."""

    POSTER = "poster"  # vertical 2:3
    POSTER_WIDE = "poster_wide"  # horizontal 16:9
    BACKDROP = "backdrop"
    LOGO = "logo"  # transparent: its variants are WebP and PNG


ARTWORK_KINDS = tuple(kind.value for kind in ArtworkKind)


class Title(Base):
    __tablename__ = "titles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    # Lower-cased, without a leading article: "The Matrix" sorts under "matrix".
    sort_title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    original_title: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    synopsis: Mapped[str] = mapped_column(Text, default="", server_default="")
    release_year: Mapped[int] = mapped_column(SmallInteger)
    duration_s: Mapped[int | None] = mapped_column(Integer)
    maturity_age: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    language_id: Mapped[int | None] = mapped_column(ForeignKey("languages.id", ondelete="SET NULL"))
    is_published: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    is_featured: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    # Trending score kept by the playback counters; the "popular" order and "more like this" use it.
    popularity: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    view_count: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    share_count: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    download_count: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # The average is kept next to the exact total and count it derives from, so that concurrent ratings
    # adjust integers atomically and the average never drifts.
    rating_total: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    rating_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    rating_avg: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    poster_url: Mapped[str | None] = mapped_column(String(URL_LENGTH))  # vertical 2:3
    poster_wide_url: Mapped[str | None] = mapped_column(String(URL_LENGTH))  # horizontal 16:9
    backdrop_url: Mapped[str | None] = mapped_column(String(URL_LENGTH))
    logo_url: Mapped[str | None] = mapped_column(String(URL_LENGTH))
    # The uploaded images' variants and blurhashes by kind ("poster", "poster_wide", "backdrop", "logo"), as
    # vuga.core.images.StoredImage JSON. In the title's own row so that every list reads them in the query it
    # runs already; a kind missing here is shown from its plain URL above (external, no variants).
    artwork_images: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now(), onupdate=func.now())

    __table_args__ = (
        _enum_check("kind", TitleKind),
        CheckConstraint("release_year BETWEEN 1870 AND 2100", name="release_year_range"),
        CheckConstraint("maturity_age BETWEEN 0 AND 21", name="maturity_age_range"),
        CheckConstraint("published_at IS NOT NULL OR NOT is_published", name="published_has_date"),
        # Browse: one keyset index per sort, holding only what viewers can see. The kind-first ones serve
        # "movies"/"series" tabs; the plan's (is_show, type, release_year, total_view) maps onto them.
        Index(
            "ix_titles_browse_popular",
            text("popularity DESC"),
            text("id DESC"),
            **ONLY_PUBLISHED,
        ),
        Index(
            "ix_titles_browse_kind_popular",
            "kind",
            text("popularity DESC"),
            text("id DESC"),
            **ONLY_PUBLISHED,
        ),
        Index(
            "ix_titles_browse_kind_year",
            "kind",
            text("release_year DESC"),
            text("popularity DESC"),
            **ONLY_PUBLISHED,
        ),
        Index(
            "ix_titles_browse_newest",
            text("published_at DESC"),
            text("id DESC"),
            **ONLY_PUBLISHED,
        ),
        Index(
            "ix_titles_browse_release_year",
            text("release_year DESC"),
            text("id DESC"),
            **ONLY_PUBLISHED,
        ),
        Index(
            "ix_titles_browse_rating",
            text("rating_avg DESC"),
            text("id DESC"),
            **ONLY_PUBLISHED,
        ),
        Index(
            "ix_titles_browse_title",
            "sort_title",
            "id",
            **ONLY_PUBLISHED,
        ),
        Index(
            "ix_titles_featured",
            text("popularity DESC"),
            postgresql_where=text("is_published AND is_featured"),
            sqlite_where=text("is_published = 1 AND is_featured = 1"),
        ),
        Index("ix_titles_language_id", "language_id"),
        # The admin's titles table (published or not), one keyset index per order it offers.
        Index("ix_titles_admin_updated", text("updated_at DESC"), text("id DESC")),
        Index("ix_titles_admin_title", "sort_title", "id"),
        Index("ix_titles_admin_release_year", text("release_year DESC"), text("id DESC")),
    )


class TitleGenre(Base):
    __tablename__ = "title_genres"

    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"), primary_key=True)
    genre_id: Mapped[int] = mapped_column(ForeignKey("genres.id", ondelete="CASCADE"), primary_key=True)

    # The plan's genre lookup: titles of a genre without touching the titles' pages.
    __table_args__ = (Index("ix_title_genres_genre_id_title_id", "genre_id", "title_id"),)


class Season(Base):
    __tablename__ = "seasons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(SmallInteger)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), default="", server_default="")
    synopsis: Mapped[str] = mapped_column(Text, default="", server_default="")
    release_year: Mapped[int | None] = mapped_column(SmallInteger)
    poster_url: Mapped[str | None] = mapped_column(String(URL_LENGTH))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now(), onupdate=func.now())

    __table_args__ = (
        UniqueConstraint("title_id", "number"),
        CheckConstraint("number BETWEEN 0 AND 1000", name="number_range"),
    )


class Episode(Base):
    __tablename__ = "episodes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    season_id: Mapped[int] = mapped_column(ForeignKey("seasons.id", ondelete="CASCADE"))
    # Denormalised from the season so that per-title lookups (sources, progress) need no join.
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(SmallInteger)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    synopsis: Mapped[str] = mapped_column(Text, default="", server_default="")
    duration_s: Mapped[int | None] = mapped_column(Integer)
    air_date: Mapped[date | None] = mapped_column(Date)
    still_url: Mapped[str | None] = mapped_column(String(URL_LENGTH))
    view_count: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    download_count: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now(), onupdate=func.now())

    __table_args__ = (
        UniqueConstraint("season_id", "number"),
        CheckConstraint("number BETWEEN 0 AND 10000", name="number_range"),
        Index("ix_episodes_title_id", "title_id"),
    )


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    biography: Mapped[str] = mapped_column(Text, default="", server_default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    photo_url: Mapped[str | None] = mapped_column(String(URL_LENGTH))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now(), onupdate=func.now())


class Credit(Base):
    __tablename__ = "credits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20))
    character: Mapped[str | None] = mapped_column(String(NAME_LENGTH))
    billing_order: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")

    __table_args__ = (
        _enum_check("role", CreditRole),
        UniqueConstraint("title_id", "person_id", "role"),
        # A person's page: their titles.
        Index("ix_credits_person_id_title_id", "person_id", "title_id"),
    )


class MediaSource(Base):
    """Where a title (movie) or an episode plays from: one row per format and quality."""

    __tablename__ = "media_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"))
    episode_id: Mapped[int | None] = mapped_column(ForeignKey("episodes.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    url: Mapped[str] = mapped_column(String(URL_LENGTH))
    quality: Mapped[str] = mapped_column(String(10), default=SourceQuality.AUTO.value)
    access: Mapped[str] = mapped_column(String(10), default=Access.FREE.value)
    is_downloadable: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    size_bytes: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (
        _enum_check("kind", SourceKind),
        _enum_check("quality", SourceQuality),
        _enum_check("access", Access),
        Index("ix_media_sources_title_id_episode_id", "title_id", "episode_id"),
        Index("ix_media_sources_episode_id", "episode_id"),
    )


class Subtitle(Base):
    __tablename__ = "subtitles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"))
    episode_id: Mapped[int | None] = mapped_column(ForeignKey("episodes.id", ondelete="CASCADE"))
    language_code: Mapped[str] = mapped_column(String(35))
    label: Mapped[str] = mapped_column(String(100), default="", server_default="")
    format: Mapped[str] = mapped_column(String(10))
    url: Mapped[str] = mapped_column(String(URL_LENGTH))

    __table_args__ = (
        _enum_check("format", SubtitleFormat),
        Index("ix_subtitles_title_id_episode_id", "title_id", "episode_id"),
        Index("ix_subtitles_episode_id", "episode_id"),
    )


class Trailer(Base):
    __tablename__ = "trailers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH), default="", server_default="")
    kind: Mapped[str] = mapped_column(String(20))
    url: Mapped[str] = mapped_column(String(URL_LENGTH))
    position: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")

    __table_args__ = (_enum_check("kind", TrailerKind), Index("ix_trailers_title_id", "title_id"))


class Top10Entry(Base):
    """The editorial top 10, in order; when empty the home page falls back to the most viewed."""

    __tablename__ = "top10_entries"

    position: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"), unique=True)

    __table_args__ = (CheckConstraint("position BETWEEN 1 AND 10", name="position_range"),)


class MostViewedTitle(Base):
    """The most viewed published titles of the last days, in order; recomputed by a background job.

    The home page's top 10 falls back to this list while the editorial one (``Top10Entry``) is empty.
    """

    __tablename__ = "most_viewed_titles"

    position: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"), unique=True)
    views: Mapped[int] = mapped_column(Integer)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (CheckConstraint("position BETWEEN 1 AND 10", name="position_range"),)
