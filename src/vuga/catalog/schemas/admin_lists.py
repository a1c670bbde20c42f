"""What editors read through the admin API's lists: every title, published or not, in a table's shape; a
series' seasons with their episodes; the editorial top 10 as it stands."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

import msgspec
from litestar.params import QueryParameter

from vuga.catalog.models import TitleKind
from vuga.core.maturity import Maturity

ADMIN_QUERY_LENGTH = 100

AdminQueryText = Annotated[
    str | None,
    QueryParameter(
        min_length=1,
        max_length=ADMIN_QUERY_LENGTH,
        pattern="^[^\x00]*$",
        description="Titles whose name contains this text (case-insensitive), at most "
        f"{ADMIN_QUERY_LENGTH} characters.",
    ),
]


class AdminTitleSort(StrEnum):
    """The orders of the admin's titles table; each has an index over every title (published or not)."""

    UPDATED = "updated"  # most recently changed first: what an editor just touched is on top
    TITLE = "title"  # A to Z by sort title ("The Matrix" under M)
    RELEASE_YEAR = "release_year"  # newest release first


class AdminGenre(msgspec.Struct):
    id: int
    name: str


class AdminTitleRow(msgspec.Struct):
    """A row of the admin's titles table."""

    id: int
    title: str
    kind: TitleKind
    is_published: bool
    published_at: datetime | None
    release_year: int
    maturity_rating: Maturity
    genres: list[AdminGenre]
    poster_url: str | None
    updated_at: datetime


class AdminEpisode(msgspec.Struct):
    id: int
    number: int
    name: str
    duration_s: int | None
    air_date: date | None
    has_media: bool  # a playable source is attached (an upload's transcode, or a URL)


class AdminSeason(msgspec.Struct):
    id: int
    number: int
    name: str
    release_year: int | None
    episodes: list[AdminEpisode]


class AdminSeasons(msgspec.Struct):
    title_id: int
    items: list[AdminSeason]


class Top10Item(msgspec.Struct):
    position: int
    id: int
    title: str
    kind: TitleKind
    is_published: bool


class AdminTop10(msgspec.Struct):
    """The editorial top 10 in order; empty when the home page shows the most viewed titles instead."""

    items: list[Top10Item]
