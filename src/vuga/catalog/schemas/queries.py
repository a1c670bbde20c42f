"""How title lists are asked for: the query parameters every title list shares and the orders it sorts in."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from litestar.params import QueryParameter

from vuga.core.maturity import Maturity

# Query parameters of every title list (browsing, search): one definition, so the lists validate alike.
YearParam = Annotated[int | None, QueryParameter(ge=1870, le=2100)]
GenreParam = Annotated[
    str | None,
    QueryParameter(
        max_length=64,
        pattern=r"^([0-9]{1,10}|[a-z0-9]+(-[a-z0-9]+)*)$",
        description="A genre id (`12`) or slug (`sci-fi`).",
    ),
]
LanguageParam = Annotated[
    str | None,
    QueryParameter(
        max_length=35,
        pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
        description="Original language code, e.g. `en`.",
    ),
]
MaxMaturityParam = Annotated[
    Maturity | None, QueryParameter(description="Only titles rated at or below this.")
]


class TitleSort(StrEnum):
    POPULAR = "popular"
    NEWEST = "newest"
    RELEASE_YEAR = "release_year"
    RATING = "rating"
    TITLE = "title"
