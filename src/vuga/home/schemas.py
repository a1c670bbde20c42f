"""The home page as clients receive it."""

from __future__ import annotations

from enum import StrEnum

import msgspec

from vuga.catalog.schemas import GenreOut, TitleSummary
from vuga.library.schemas import LibraryItem
from vuga.playback.schemas import ProgressItem


class RailKind(StrEnum):
    TOP10 = "top10"
    NEW_RELEASES = "new_releases"
    GENRE = "genre"
    BECAUSE_YOU_WATCHED = "because_you_watched"


class Rail(msgspec.Struct):
    id: str  # stable across builds ("top10", "genre-drama"): clients may key their UI state on it
    kind: RailKind
    name: str
    items: list[TitleSummary]
    genre: GenreOut | None = None  # the genre of a genre rail, for a "see all" link to /titles?genre=
    because_of: TitleSummary | None = None  # the title a "because you watched" rail follows from


class Home(msgspec.Struct):
    featured: list[TitleSummary]
    rails: list[Rail]


class PersonalRails(msgspec.Struct):
    """What a profile's home adds to the shared one, as encoded per request."""

    continue_watching: list[ProgressItem]
    my_list: list[LibraryItem]
    because_you_watched: msgspec.Raw  # a cached ``Rail``'s JSON, or ``null`` (see ``PersonalHome`` below)


class PersonalHome(msgspec.Struct):
    """``PersonalRails`` followed by the shared ``Home`` fields, as one object."""

    continue_watching: list[ProgressItem]
    my_list: list[LibraryItem]
    because_you_watched: Rail | None
    featured: list[TitleSummary]
    rails: list[Rail]
