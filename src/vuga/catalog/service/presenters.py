"""Rows to API structs. One place decides how a title looks in every list, so lists never disagree."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import msgspec

from vuga.catalog.models import ARTWORK_KINDS
from vuga.catalog.schemas import (
    Artwork,
    ArtworkImages,
    GenreOut,
    SourceOut,
    SubtitleOut,
    TitleSummary,
)
from vuga.core.images import StoredImage, present_image
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls

Row = Mapping[Any, Any]  # a database row (RowMapping) or a mapping built from one


def genre(row: Row) -> GenreOut:
    return GenreOut(id=row["id"], slug=row["slug"], name=row["name"])


def genres(rows: Sequence[Row]) -> list[GenreOut]:
    return [genre(row) for row in rows]


def artwork(row: Row, media: MediaUrls) -> Artwork:
    stored = stored_artwork(row["artwork_images"])
    poster, wide, backdrop, logo = (
        present_image(stored.get(kind), row[f"{kind}_url"], media) for kind in ARTWORK_KINDS
    )
    return Artwork(
        poster=poster.url if poster else None,
        poster_wide=wide.url if wide else None,
        backdrop=backdrop.url if backdrop else None,
        logo=logo.url if logo else None,
        images=ArtworkImages(poster=poster, poster_wide=wide, backdrop=backdrop, logo=logo),
    )


def stored_artwork(raw: Any) -> dict[str, StoredImage]:
    """A title's ``artwork_images`` JSON as structs (none when it has no uploaded image)."""
    return {} if not raw else msgspec.convert(raw, dict[str, StoredImage])


def genre_lists(genres_by_title: Mapping[int, Sequence[Row]]) -> dict[int, list[GenreOut]]:
    """Each title's genres as API structs: one struct per genre, shared by every title that has it (a home
    page has hundreds of titles in a few dozen genres)."""
    made: dict[int, GenreOut] = {}
    lists: dict[int, list[GenreOut]] = {}
    for title_id, rows in genres_by_title.items():
        lists[title_id] = [made.get(row["id"]) or made.setdefault(row["id"], genre(row)) for row in rows]
    return lists


def title_summary(row: Row, title_genres: list[GenreOut], media: MediaUrls) -> TitleSummary:
    return TitleSummary(
        id=row["id"],
        title=row["title"],
        kind=row["kind"],
        release_year=row["release_year"],
        maturity_rating=Maturity.from_min_age(row["maturity_age"]),
        genres=title_genres,
        duration_s=row["duration_s"],
        rating_avg=round(row["rating_avg"], 2),
        rating_count=row["rating_count"],
        artwork=artwork(row, media),
    )


def title_summaries(
    rows: Sequence[Row], genres_of: Mapping[int, list[GenreOut]], media: MediaUrls
) -> list[TitleSummary]:
    """``genres_of``: from ``genre_lists``."""
    return [title_summary(row, genres_of.get(row["id"], []), media) for row in rows]


def source(row: Row, media: MediaUrls) -> SourceOut:
    return SourceOut(
        id=row["id"],
        kind=row["kind"],
        url=media.absolute(row["url"]) or "",
        quality=row["quality"],
        access=row["access"],
        is_downloadable=row["is_downloadable"],
        size_bytes=row["size_bytes"],
    )


def subtitle(row: Row, media: MediaUrls) -> SubtitleOut:
    return SubtitleOut(
        id=row["id"],
        language_code=row["language_code"],
        label=row["label"],
        format=row["format"],
        url=media.absolute(row["url"]) or "",
    )
