"""What editors send and get back through the admin API: a title's editorial state, and a create and an update
struct for each entity, validated on the way in."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import msgspec
from msgspec import UNSET, Meta, UnsetType

from vuga.catalog.models import (
    URL_LENGTH,
    Access,
    CreditRole,
    SourceKind,
    SourceQuality,
    SubtitleFormat,
    TitleKind,
    TrailerKind,
)
from vuga.core.maturity import Maturity
from vuga.core.openapi import body_example

# The constrained field types the structs below share.
Id = Annotated[int, Meta(ge=1, le=2**31 - 1)]
Name = Annotated[str, Meta(min_length=1, max_length=300)]
LongText = Annotated[str, Meta(max_length=10_000)]
Url = Annotated[str, Meta(min_length=1, max_length=URL_LENGTH, pattern=r"^(https?://|/)\S+$")]
Year = Annotated[int, Meta(ge=1870, le=2100)]
Seconds = Annotated[int, Meta(ge=1, le=100 * 3600)]
Slug = Annotated[str, Meta(min_length=1, max_length=64, pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
LanguageCode = Annotated[
    str, Meta(min_length=2, max_length=35, pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
]
SmallNumber = Annotated[int, Meta(ge=0, le=1000)]


class AdminTitle(msgspec.Struct):
    """The admin's view of a title: the public detail fields plus the editorial state."""

    id: int
    title: str
    kind: TitleKind
    is_published: bool
    published_at: datetime | None
    is_featured: bool
    release_year: int
    maturity_rating: Maturity
    genre_ids: list[int]
    updated_at: datetime
    # What the edit form shows back (added last: clients reading the fields above are unchanged).
    original_title: str | None = None
    synopsis: str = ""
    duration_s: int | None = None


# --- write side (admin) ---------------------------------------------------------------------------------
# Create structs require what a row cannot live without; update structs leave every field UNSET unless sent,
# so a PATCH changes exactly the fields it names. Unknown fields are refused rather than silently dropped.


@body_example(
    {
        "kind": "movie",
        "title": "The Long Night",
        "release_year": 2024,
        "synopsis": "A lighthouse keeper waits out a storm.",
        "duration_s": 6120,
        "maturity_rating": "13+",
        "language": "en",
        "genre_ids": [1, 4],
    }
)
class TitleCreate(msgspec.Struct, forbid_unknown_fields=True):
    kind: TitleKind
    title: Name
    release_year: Year
    original_title: Name | None = None
    synopsis: LongText = ""
    duration_s: Seconds | None = None
    maturity_rating: Maturity = Maturity.ALL
    language: LanguageCode | None = None
    genre_ids: Annotated[list[Id], Meta(max_length=20)] = []
    is_featured: bool = False
    poster_url: Url | None = None
    poster_wide_url: Url | None = None
    backdrop_url: Url | None = None
    logo_url: Url | None = None


@body_example({"synopsis": "A lighthouse keeper waits out the longest storm.", "is_featured": True})
class TitleUpdate(msgspec.Struct, forbid_unknown_fields=True):
    title: Name | UnsetType = UNSET
    release_year: Year | UnsetType = UNSET
    original_title: Name | UnsetType | None = UNSET
    synopsis: LongText | UnsetType = UNSET
    duration_s: Seconds | UnsetType | None = UNSET
    maturity_rating: Maturity | UnsetType = UNSET
    language: LanguageCode | UnsetType | None = UNSET
    genre_ids: Annotated[list[Id], Meta(max_length=20)] | UnsetType = UNSET
    is_featured: bool | UnsetType = UNSET
    poster_url: Url | UnsetType | None = UNSET
    poster_wide_url: Url | UnsetType | None = UNSET
    backdrop_url: Url | UnsetType | None = UNSET
    logo_url: Url | UnsetType | None = UNSET


@body_example({"title_id": 12, "number": 1, "name": "Season 1", "release_year": 2023})
class SeasonCreate(msgspec.Struct, forbid_unknown_fields=True):
    title_id: Id
    number: SmallNumber
    name: Annotated[str, Meta(max_length=300)] = ""
    synopsis: LongText = ""
    release_year: Year | None = None
    poster_url: Url | None = None


@body_example({"name": "The First Season"})
class SeasonUpdate(msgspec.Struct, forbid_unknown_fields=True):
    number: SmallNumber | UnsetType = UNSET
    name: Annotated[str, Meta(max_length=300)] | UnsetType = UNSET
    synopsis: LongText | UnsetType = UNSET
    release_year: Year | UnsetType | None = UNSET
    poster_url: Url | UnsetType | None = UNSET


@body_example({"season_id": 5, "number": 1, "name": "Pilot", "duration_s": 2640, "air_date": "2023-09-14"})
class EpisodeCreate(msgspec.Struct, forbid_unknown_fields=True):
    season_id: Id
    number: Annotated[int, Meta(ge=0, le=10_000)]
    name: Name
    synopsis: LongText = ""
    duration_s: Seconds | None = None
    air_date: date | None = None
    still_url: Url | None = None


@body_example({"name": "Pilot (extended)", "duration_s": 2900})
class EpisodeUpdate(msgspec.Struct, forbid_unknown_fields=True):
    number: Annotated[int, Meta(ge=0, le=10_000)] | UnsetType = UNSET
    name: Name | UnsetType = UNSET
    synopsis: LongText | UnsetType = UNSET
    duration_s: Seconds | UnsetType | None = UNSET
    air_date: date | UnsetType | None = UNSET
    still_url: Url | UnsetType | None = UNSET


@body_example({"slug": "sci-fi", "name": "Science fiction", "position": 3})
class GenreCreate(msgspec.Struct, forbid_unknown_fields=True):
    slug: Slug
    name: Annotated[str, Meta(min_length=1, max_length=100)]
    position: SmallNumber = 0


@body_example({"name": "Science fiction & fantasy"})
class GenreUpdate(msgspec.Struct, forbid_unknown_fields=True):
    slug: Slug | UnsetType = UNSET
    name: Annotated[str, Meta(min_length=1, max_length=100)] | UnsetType = UNSET
    position: SmallNumber | UnsetType = UNSET


@body_example({"code": "pt-BR", "name": "Portuguese (Brazil)"})
class LanguageCreate(msgspec.Struct, forbid_unknown_fields=True):
    code: LanguageCode
    name: Annotated[str, Meta(min_length=1, max_length=100)]


@body_example({"name": "Mira Santos", "biography": "Actor and director.", "birth_date": "1984-05-02"})
class PersonCreate(msgspec.Struct, forbid_unknown_fields=True):
    name: Name
    biography: LongText = ""
    birth_date: date | None = None
    photo_url: Url | None = None


@body_example({"photo_url": "https://cdn.example.com/people/mira.jpg"})
class PersonUpdate(msgspec.Struct, forbid_unknown_fields=True):
    name: Name | UnsetType = UNSET
    biography: LongText | UnsetType = UNSET
    birth_date: date | UnsetType | None = UNSET
    photo_url: Url | UnsetType | None = UNSET


@body_example({"title_id": 12, "person_id": 3, "role": "cast", "character": "Keeper", "billing_order": 1})
class CreditCreate(msgspec.Struct, forbid_unknown_fields=True):
    title_id: Id
    person_id: Id
    role: CreditRole
    character: Name | None = None
    billing_order: SmallNumber = 0


@body_example({"character": "The Keeper", "billing_order": 0})
class CreditUpdate(msgspec.Struct, forbid_unknown_fields=True):
    role: CreditRole | UnsetType = UNSET
    character: Name | UnsetType | None = UNSET
    billing_order: SmallNumber | UnsetType = UNSET


@body_example(
    {
        "kind": "hls",
        "url": "https://cdn.example.com/titles/12/master.m3u8",
        "title_id": 12,
        "quality": "1080p",
    }
)
class SourceCreate(msgspec.Struct, forbid_unknown_fields=True):
    """A playable source of a movie (``title_id``) or of one episode (``episode_id``): exactly one."""

    kind: SourceKind
    url: Url
    title_id: Id | None = None
    episode_id: Id | None = None
    quality: SourceQuality = SourceQuality.AUTO
    access: Access = Access.FREE
    is_downloadable: bool = False
    size_bytes: Annotated[int, Meta(ge=0, le=2**53)] | None = None


@body_example({"access": "premium", "is_downloadable": True})
class SourceUpdate(msgspec.Struct, forbid_unknown_fields=True):
    kind: SourceKind | UnsetType = UNSET
    url: Url | UnsetType = UNSET
    quality: SourceQuality | UnsetType = UNSET
    access: Access | UnsetType = UNSET
    is_downloadable: bool | UnsetType = UNSET
    size_bytes: Annotated[int, Meta(ge=0, le=2**53)] | UnsetType | None = UNSET


@body_example(
    {
        "language_code": "en",
        "format": "vtt",
        "url": "https://cdn.example.com/titles/12/en.vtt",
        "title_id": 12,
        "label": "English",
    }
)
class SubtitleCreate(msgspec.Struct, forbid_unknown_fields=True):
    """Subtitles of a movie (``title_id``) or of one episode (``episode_id``) — exactly one of them."""

    language_code: LanguageCode
    format: SubtitleFormat
    url: Url
    title_id: Id | None = None
    episode_id: Id | None = None
    label: Annotated[str, Meta(max_length=100)] = ""


@body_example({"label": "English (CC)"})
class SubtitleUpdate(msgspec.Struct, forbid_unknown_fields=True):
    language_code: LanguageCode | UnsetType = UNSET
    format: SubtitleFormat | UnsetType = UNSET
    url: Url | UnsetType = UNSET
    label: Annotated[str, Meta(max_length=100)] | UnsetType = UNSET


@body_example(
    {
        "title_id": 12,
        "kind": "youtube",
        "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "name": "Official trailer",
    }
)
class TrailerCreate(msgspec.Struct, forbid_unknown_fields=True):
    title_id: Id
    kind: TrailerKind
    url: Url
    name: Annotated[str, Meta(max_length=300)] = ""
    position: SmallNumber = 0


@body_example({"title_ids": [12, 7, 31, 4]})
class Top10Update(msgspec.Struct, forbid_unknown_fields=True):
    title_ids: Annotated[list[Id], Meta(max_length=10)]


class Created(msgspec.Struct):
    id: int
