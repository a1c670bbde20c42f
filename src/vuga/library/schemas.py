"""What the library API reads and writes."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

import msgspec
from msgspec import Meta

from vuga.catalog.schemas import EpisodeRef, TitleSummary
from vuga.core.openapi import body_example


class Shelf(StrEnum):
    WATCHLIST = "watchlist"
    FAVORITES = "favorites"


class ItemKind(StrEnum):
    TITLE = "title"
    EPISODE = "episode"


class LibraryItem(msgspec.Struct):
    kind: ItemKind
    added_at: datetime
    title: TitleSummary  # for an episode, its series
    episode: EpisodeRef | None = None


@body_example({"score": 8})
class RatingIn(msgspec.Struct, forbid_unknown_fields=True):
    score: Annotated[int, Meta(ge=1, le=10, description="1 (worst) to 10 (best).")]


class RatingOut(msgspec.Struct):
    title_id: int
    score: int | None
    rating_avg: float
    rating_count: int
