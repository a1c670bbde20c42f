"""The catalog's part of the home page: featured, top 10, new releases and a rail per genre, in four
statements however many genres there are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.repository import CatalogRepository, RailsRepository
from vuga.catalog.schemas import GenreOut, TitleSummary
from vuga.catalog.service import presenters
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls


@dataclass(frozen=True, slots=True)
class RailSizes:
    rail: int  # titles per rail
    featured: int
    genre_rail_min_titles: int  # a shorter genre rail looks broken and is left out
    genre_rail_pool: int  # genre rails are drawn from this many of the most popular visible titles


@dataclass(frozen=True, slots=True)
class CatalogRails:
    featured: list[TitleSummary]
    top10: list[TitleSummary]  # the editorial top 10, else the most viewed of the last days
    new_releases: list[TitleSummary]
    genres: list[tuple[GenreOut, list[TitleSummary]]]


class RailsReader:
    def __init__(self, session: AsyncSession, media: MediaUrls) -> None:
        self.rails = RailsRepository(session)
        self.catalog = CatalogRepository(session)
        self.media = media

    async def rails_for(self, max_maturity: Maturity | None, sizes: RailSizes) -> CatalogRails:
        max_age = max_maturity.min_age if max_maturity else None
        headline = await self.rails.headline_rails(max_age, sizes.featured, sizes.rail)
        by_genre = await self.rails.genre_rails(max_age, sizes.rail, sizes.genre_rail_pool)
        genres = await self.catalog.list_genres()
        genres_of = presenters.genre_lists(
            await self.catalog.genres_by_title({row["id"] for row in (*headline, *by_genre)})
        )

        def summaries(rows: Sequence[RowMapping]) -> list[TitleSummary]:
            return presenters.title_summaries(rows, genres_of, self.media)

        def rail(name: str) -> list[RowMapping]:
            return [row for row in headline if row["rail"] == name]

        # A UNION keeps no order across its branches: each rail is put in its own order here.
        top10 = sorted(rail("top10"), key=lambda row: row["position"]) or sorted(
            rail("most_viewed"), key=lambda row: row["position"]
        )
        genre_rows: dict[int, list[RowMapping]] = {}
        for row in by_genre:
            genre_rows.setdefault(row["genre_id"], []).append(row)
        return CatalogRails(
            featured=summaries(
                sorted(rail("featured"), key=lambda row: (row["popularity"], row["id"]), reverse=True)
            ),
            top10=summaries(top10),
            new_releases=summaries(
                sorted(rail("new_releases"), key=lambda row: (row["published_at"], row["id"]), reverse=True)
            ),
            genres=[
                (presenters.genre(genre), summaries(genre_rows[genre["id"]]))
                for genre in genres
                if len(genre_rows.get(genre["id"], ())) >= sizes.genre_rail_min_titles
            ],
        )
