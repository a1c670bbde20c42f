"""What the live-TV API reads and writes. Viewer structs never carry a stream URL: they are public and
cached; a profile gets a channel's sources from its playback answer (``ChannelPlayback``)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec
from msgspec import UNSET, Meta, UnsetType

from vuga.core.images import Image
from vuga.core.maturity import Maturity
from vuga.core.openapi import body_example
from vuga.livetv.models import ImportState, LogoKind, StreamQuality

Id = Annotated[int, Meta(ge=1, le=2**31 - 1)]
Name = Annotated[str, Meta(min_length=1, max_length=300, pattern="^[^\x00]*$")]
Url = Annotated[str, Meta(min_length=1, max_length=2048, pattern=r"^https?://[^\s\x00]+$")]
Slug = Annotated[str, Meta(min_length=1, max_length=64, pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
XmltvId = Annotated[str, Meta(min_length=1, max_length=200, pattern=r"^[^\s\x00]+$")]
LanguageCode = Annotated[
    str, Meta(min_length=2, max_length=35, pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
]
CountryCode = Annotated[str, Meta(min_length=2, max_length=2, pattern=r"^[A-Z]{2}$")]
ChannelNumber = Annotated[int, Meta(ge=1, le=99_999)]
SortOrder = Annotated[int, Meta(ge=-1_000_000, le=1_000_000)]


# --- viewers ---------------------------------------------------------------------------------------------


class ChannelLogos(msgspec.Struct):
    """A channel's logos with their size variants (uploaded ones) or as their plain URL (given ones)."""

    square: Image | None = None
    wide: Image | None = None


class ChannelSummary(msgspec.Struct):
    id: int
    name: str
    number: int | None
    logo_url: str | None  # the square logo's largest variant (or its given URL)
    logo_wide_url: str | None
    logos: ChannelLogos
    language: str | None
    country: str | None
    maturity_rating: Maturity
    is_premium: bool


class ProgrammeOut(msgspec.Struct):
    id: int
    starts_at: datetime
    ends_at: datetime
    title: str
    subtitle: str | None = None
    description: str | None = None
    category: str | None = None
    rating: str | None = None
    episode: str | None = None
    image_url: str | None = None


class ChannelDetail(msgspec.Struct):
    """A channel with what is on now and what comes next (null in a gap of the guide or past its end)."""

    channel: ChannelSummary
    categories: list[CategoryRef]
    now: ProgrammeOut | None
    next: ProgrammeOut | None


class CategoryRef(msgspec.Struct):
    id: int
    slug: str
    name: str


class CategoryWithChannels(msgspec.Struct):
    id: int
    slug: str
    name: str
    channels: list[ChannelSummary]


class GuideRow(msgspec.Struct):
    channel: ChannelSummary
    programmes: list[ProgrammeOut]


class Guide(msgspec.Struct):
    start: datetime
    end: datetime
    items: list[GuideRow]
    next_cursor: str | None = None


class PlaybackSource(msgspec.Struct):
    kind: str  # "hls"
    url: str
    quality: StreamQuality
    backup_url: str | None = None


class ChannelPlayback(msgspec.Struct):
    """What a player needs to start a channel, the shape of titles' playback answer: sources best first; a
    live stream has no subtitle file, thumbnails or resume position. Given under one of the account's
    concurrent streams, as a title's: ``playback_session_id`` is its lease."""

    playback_session_id: int
    channel_id: int
    sources: list[PlaybackSource]
    subtitles: list[str]
    thumbnails: str | None
    resume_position_s: float
    now: ProgrammeOut | None
    expires_at: datetime | None


# --- admin -----------------------------------------------------------------------------------------------


class SourceIn(msgspec.Struct, forbid_unknown_fields=True):
    url: Url
    backup_url: Url | None = None
    quality: StreamQuality = StreamQuality.HD


Sources = Annotated[list[SourceIn], Meta(min_length=1, max_length=10)]
CategoryIds = Annotated[list[Id], Meta(max_length=50)]

_CHANNEL_EXAMPLE = {
    "name": "Vuga News",
    "number": 101,
    "xmltv_id": "news.vuga.tv",
    "logo_url": "https://cdn.example.com/logos/news.png",
    "language": "en",
    "country": "GB",
    "maturity_rating": "all",
    "is_premium": False,
    "sort_order": 10,
    "sources": [
        {
            "url": "https://live.example.com/news/master.m3u8",
            "backup_url": "https://backup.example.com/news/master.m3u8",
            "quality": "fhd",
        }
    ],
    "category_ids": [1],
}


@body_example(_CHANNEL_EXAMPLE)
class ChannelCreate(msgspec.Struct, forbid_unknown_fields=True):
    name: Name
    sources: Sources
    number: ChannelNumber | None = None
    xmltv_id: XmltvId | None = None
    logo_url: Url | None = None
    logo_wide_url: Url | None = None
    language: LanguageCode | None = None
    country: CountryCode | None = None
    maturity_rating: Maturity = Maturity.ALL
    is_premium: bool = False
    is_enabled: bool = True
    sort_order: SortOrder = 0
    category_ids: CategoryIds = []


@body_example({"is_enabled": False}, {"sort_order": 5, "category_ids": [2, 1]})
class ChannelUpdate(msgspec.Struct, forbid_unknown_fields=True):
    name: Name | UnsetType = UNSET
    sources: Sources | UnsetType = UNSET
    number: ChannelNumber | UnsetType | None = UNSET
    xmltv_id: XmltvId | UnsetType | None = UNSET
    logo_url: Url | UnsetType | None = UNSET
    logo_wide_url: Url | UnsetType | None = UNSET
    language: LanguageCode | UnsetType | None = UNSET
    country: CountryCode | UnsetType | None = UNSET
    maturity_rating: Maturity | UnsetType = UNSET
    is_premium: bool | UnsetType = UNSET
    is_enabled: bool | UnsetType = UNSET
    sort_order: SortOrder | UnsetType = UNSET
    category_ids: CategoryIds | UnsetType = UNSET


class SourceOut(msgspec.Struct):
    url: str
    backup_url: str | None
    quality: StreamQuality


class AdminChannel(msgspec.Struct):
    id: int
    name: str
    number: int | None
    xmltv_id: str | None
    logo_url: str | None
    logo_wide_url: str | None
    language: str | None
    country: str | None
    maturity_rating: Maturity
    is_premium: bool
    is_enabled: bool
    sort_order: int
    sources: list[SourceOut]
    category_ids: list[int]
    updated_at: datetime


@body_example({"name": "News", "slug": "news", "sort_order": 1})
class CategoryCreate(msgspec.Struct, forbid_unknown_fields=True):
    name: Name
    slug: Slug
    sort_order: SortOrder = 0


@body_example({"name": "World news", "sort_order": 2})
class CategoryUpdate(msgspec.Struct, forbid_unknown_fields=True):
    name: Name | UnsetType = UNSET
    slug: Slug | UnsetType = UNSET
    sort_order: SortOrder | UnsetType = UNSET


@body_example({"channel_ids": [3, 1, 2]})
class CategoryOrder(msgspec.Struct, forbid_unknown_fields=True):
    """The category's channels, in the order viewers see them (channels left out leave the category)."""

    channel_ids: Annotated[list[Id], Meta(max_length=5000)]


class AdminCategory(msgspec.Struct):
    id: int
    name: str
    slug: str
    sort_order: int
    channel_ids: list[int]


_PROGRAMME_EXAMPLE = {
    "channel_id": 1,
    "starts_at": "2026-12-04T18:00:00Z",
    "ends_at": "2026-12-04T18:30:00Z",
    "title": "Evening News",
    "category": "News",
}


@body_example(_PROGRAMME_EXAMPLE)
class ProgrammeCreate(msgspec.Struct, forbid_unknown_fields=True):
    channel_id: Id
    starts_at: Annotated[datetime, Meta(tz=True)]
    ends_at: Annotated[datetime, Meta(tz=True)]
    title: Name
    subtitle: Name | None = None
    description: Annotated[str, Meta(max_length=10_000, pattern="^[^\x00]*$")] | None = None
    category: Annotated[str, Meta(max_length=100, pattern="^[^\x00]*$")] | None = None
    rating: Annotated[str, Meta(max_length=32, pattern="^[^\x00]*$")] | None = None
    episode: Annotated[str, Meta(max_length=64, pattern="^[^\x00]*$")] | None = None
    image_url: Url | None = None


@body_example(
    {"title": "Evening News", "subtitle": "Late edition"},
    {"starts_at": "2026-03-01T21:00:00Z", "ends_at": "2026-03-01T21:45:00Z"},
)
class ProgrammeUpdate(msgspec.Struct, forbid_unknown_fields=True):
    """The fields sent change; a null clears an optional one. New times may not overlap another programme
    of the channel (a 409 names it)."""

    starts_at: Annotated[datetime, Meta(tz=True)] | UnsetType = UNSET
    ends_at: Annotated[datetime, Meta(tz=True)] | UnsetType = UNSET
    title: Name | UnsetType = UNSET
    subtitle: Name | UnsetType | None = UNSET
    description: Annotated[str, Meta(max_length=10_000, pattern="^[^\x00]*$")] | UnsetType | None = UNSET
    category: Annotated[str, Meta(max_length=100, pattern="^[^\x00]*$")] | UnsetType | None = UNSET
    rating: Annotated[str, Meta(max_length=32, pattern="^[^\x00]*$")] | UnsetType | None = UNSET
    episode: Annotated[str, Meta(max_length=64, pattern="^[^\x00]*$")] | UnsetType | None = UNSET
    image_url: Url | UnsetType | None = UNSET


@body_example({"url": "https://epg.example.com/guide.xml"})
class EpgImportUrl(msgspec.Struct, forbid_unknown_fields=True):
    url: Url


class ImportReport(msgspec.Struct):
    """What an import did: programmes added, updated (same channel and start) and removed (replaced by the
    document's guide for their time), those corrected (stopped where the next starts) and those skipped, by
    reason, with a few examples."""

    in_document: int
    added: int
    updated: int
    removed: int
    corrected: int
    skipped: dict[str, int]
    examples: list[dict[str, str]]
    unknown_channels: list[str]


class EpgImportOut(msgspec.Struct):
    id: int
    source: str
    state: ImportState
    created_at: datetime
    finished_at: datetime | None
    report: ImportReport | None
    error: str | None


# --- audience ----------------------------------------------------------------------------------------------


class AudienceHour(msgspec.Struct):
    hour: datetime  # its start, UTC
    views: int
    peak_watching: int  # the most viewers watching at once, sampled about every minute


class ChannelAudience(msgspec.Struct):
    """A channel's audience: views since it was added, viewers now, and the last hours, oldest first (hours
    without a viewer are left out)."""

    channel_id: int
    view_count: int
    watching_now: int
    hours: list[AudienceHour]


class ChannelWatching(msgspec.Struct):
    channel_id: int
    watching_now: int


class LogoOut(msgspec.Struct):
    channel_id: int
    kind: LogoKind
    image: Image
