"""What the catalog API reads and writes: msgspec structs, validated on the way in and fast on the way out.

What viewers read is defined here; ``queries`` holds the query parameters and sort orders of title lists and
``editing`` what editors send and get back, both importable from here too. The read side stays in this
module on purpose: the OpenAPI component of a generic page is named after its item's module path
(``Page_vuga.catalog.schemas.GenreOut_``), so moving these structs would rename them in the published spec.
"""

from __future__ import annotations

from datetime import date, datetime

import msgspec

from vuga.catalog.models import (
    Access,
    CreditRole,
    SourceKind,
    SourceQuality,
    SubtitleFormat,
    TitleKind,
    TrailerKind,
)
from vuga.catalog.schemas.editing import (
    AdminTitle,
    Created,
    CreditCreate,
    CreditUpdate,
    EpisodeCreate,
    EpisodeUpdate,
    GenreCreate,
    GenreUpdate,
    Id,
    LanguageCode,
    LanguageCreate,
    LongText,
    Name,
    PersonCreate,
    PersonUpdate,
    SeasonCreate,
    SeasonUpdate,
    Seconds,
    Slug,
    SmallNumber,
    SourceCreate,
    SourceUpdate,
    SubtitleCreate,
    SubtitleUpdate,
    TitleCreate,
    TitleUpdate,
    Top10Update,
    TrailerCreate,
    Url,
    Year,
)
from vuga.catalog.schemas.queries import (
    GenreParam,
    LanguageParam,
    MaxMaturityParam,
    TitleSort,
    YearParam,
)
from vuga.core.images import Image
from vuga.core.maturity import Maturity

__all__ = [
    "AdminTitle",
    "Artwork",
    "ArtworkImages",
    "Created",
    "CreditCreate",
    "CreditOut",
    "CreditUpdate",
    "EpisodeCreate",
    "EpisodeOut",
    "EpisodeRef",
    "EpisodeUpdate",
    "GenreCreate",
    "GenreOut",
    "GenreParam",
    "GenreUpdate",
    "Id",
    "LanguageCode",
    "LanguageCreate",
    "LanguageOut",
    "LanguageParam",
    "LongText",
    "MaxMaturityParam",
    "Name",
    "PersonCreate",
    "PersonCredit",
    "PersonOut",
    "PersonRef",
    "PersonUpdate",
    "SeasonCreate",
    "SeasonOut",
    "SeasonUpdate",
    "Seconds",
    "Slug",
    "SmallNumber",
    "SourceCreate",
    "SourceOut",
    "SourceUpdate",
    "SubtitleCreate",
    "SubtitleOut",
    "SubtitleUpdate",
    "TitleCreate",
    "TitleDetail",
    "TitleSort",
    "TitleSummary",
    "TitleUpdate",
    "Top10Update",
    "TrailerCreate",
    "TrailerOut",
    "Url",
    "Year",
    "YearParam",
]

# --- read side ------------------------------------------------------------------------------------------


class GenreOut(msgspec.Struct):
    id: int
    slug: str
    name: str


class LanguageOut(msgspec.Struct):
    id: int
    code: str
    name: str


class ArtworkImages(msgspec.Struct):
    """Each image with its size variants and blurhash (an image given as a URL only: that URL alone)."""

    poster: Image | None
    poster_wide: Image | None
    backdrop: Image | None
    logo: Image | None


class Artwork(msgspec.Struct):
    """The plain URL of each image (its largest JPEG, or PNG for the logo), as before variants existed, and
    in ``images`` the same images with their variants, for ``srcset`` and a blurhash placeholder."""

    poster: str | None
    poster_wide: str | None
    backdrop: str | None
    logo: str | None
    images: ArtworkImages


class TitleSummary(msgspec.Struct):
    id: int
    title: str
    kind: TitleKind
    release_year: int
    maturity_rating: Maturity
    genres: list[GenreOut]
    duration_s: int | None
    rating_avg: float
    rating_count: int
    artwork: Artwork


class PersonRef(msgspec.Struct):
    id: int
    name: str
    photo_url: str | None


class CreditOut(msgspec.Struct):
    id: int
    person: PersonRef
    role: CreditRole
    character: str | None
    billing_order: int


class SeasonOut(msgspec.Struct):
    id: int
    number: int
    name: str
    synopsis: str
    release_year: int | None
    poster_url: str | None
    episode_count: int


class SourceOut(msgspec.Struct):
    id: int
    kind: SourceKind
    url: str
    quality: SourceQuality
    access: Access
    is_downloadable: bool
    size_bytes: int | None


class SubtitleOut(msgspec.Struct):
    id: int
    language_code: str
    label: str
    format: SubtitleFormat
    url: str


class TrailerOut(msgspec.Struct):
    id: int
    name: str
    kind: TrailerKind
    url: str


class TitleDetail(msgspec.Struct):
    id: int
    title: str
    kind: TitleKind
    original_title: str | None
    synopsis: str
    release_year: int
    maturity_rating: Maturity
    duration_s: int | None
    language: LanguageOut | None
    genres: list[GenreOut]
    rating_avg: float
    rating_count: int
    view_count: int
    is_featured: bool
    published_at: datetime | None
    artwork: Artwork
    credits: list[CreditOut]
    seasons: list[SeasonOut]
    sources: list[SourceOut]
    subtitles: list[SubtitleOut]
    trailers: list[TrailerOut]
    more_like_this: list[TitleSummary]


class EpisodeOut(msgspec.Struct):
    id: int
    season_number: int
    number: int
    name: str
    synopsis: str
    duration_s: int | None
    air_date: date | None
    still_url: str | None
    sources: list[SourceOut]
    subtitles: list[SubtitleOut]


class EpisodeRef(msgspec.Struct):
    """An episode as lists elsewhere show it (a watchlist, continue watching)."""

    id: int
    title_id: int
    season_number: int
    number: int
    name: str
    duration_s: int | None
    still_url: str | None


class PersonCredit(msgspec.Struct):
    role: CreditRole
    character: str | None
    title: TitleSummary


class PersonOut(msgspec.Struct):
    id: int
    name: str
    biography: str
    birth_date: date | None
    photo_url: str | None
    credits: list[PersonCredit]
