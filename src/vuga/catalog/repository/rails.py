"""The home page's rails in two statements whatever the catalog holds: one for every genre's rail, one for
the featured banner, new releases and both kinds of top 10.

The old server ran one ``ORDER BY RAND()`` query per genre; here each genre's rail is an index walk in
popularity order that stops after ``size`` titles.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Integer, Select, cast, func, literal, null, select, true, union_all
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import Genre, MostViewedTitle, Title, TitleGenre, Top10Entry
from vuga.catalog.repository.catalog import SUMMARY_COLUMNS, visible

TOP10_SIZE = 10


class RailsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def genre_rails(self, max_age: int | None, size: int) -> Sequence[RowMapping]:
        """Up to ``size`` most popular titles per genre: rows of ``genre_id`` and a title summary, grouped
        by genre in display order, most popular first within each."""
        if self.session.get_bind().dialect.name == "postgresql":
            query = self._genre_rails_lateral(max_age, size)
        else:
            query = self._genre_rails_windowed(max_age, size)
        return (await self.session.execute(query)).mappings().all()

    @staticmethod
    def _genre_rails_lateral(max_age: int | None, size: int) -> Select[tuple[object, ...]]:
        # Per genre, walk titles in popularity order (ix_titles_browse_popular) and keep the first `size`
        # that carry the genre: a few dozen index probes per genre instead of sorting the whole genre.
        rail = (
            select(*SUMMARY_COLUMNS)
            .join(TitleGenre, TitleGenre.title_id == Title.id)
            .where(TitleGenre.genre_id == Genre.id, visible(max_age))
            .order_by(Title.popularity.desc(), Title.id.desc())
            .limit(size)
            .lateral("rail")
        )
        return (
            select(Genre.id.label("genre_id"), rail)
            .select_from(Genre)
            .join(rail, true())
            .order_by(Genre.position, Genre.name, Genre.id, rail.c.popularity.desc(), rail.c.id.desc())
        )

    @staticmethod
    def _genre_rails_windowed(max_age: int | None, size: int) -> Select[tuple[object, ...]]:
        # SQLite has no LATERAL; a window over the (small, embedded) catalog does the same.
        ranked = (
            select(
                TitleGenre.genre_id,
                *SUMMARY_COLUMNS,
                func.row_number()
                .over(
                    partition_by=TitleGenre.genre_id,
                    order_by=(Title.popularity.desc(), Title.id.desc()),
                )
                .label("rank"),
            )
            .join(Title, Title.id == TitleGenre.title_id)
            .where(visible(max_age))
            .subquery()
        )
        return (
            select(ranked)
            .join(Genre, Genre.id == ranked.c.genre_id)
            .where(ranked.c.rank <= size)
            .order_by(Genre.position, Genre.name, Genre.id, ranked.c.rank)
        )

    async def headline_rails(
        self, max_age: int | None, featured_size: int, size: int
    ) -> Sequence[RowMapping]:
        """The featured, new-release, editorial top 10 and most-viewed rails, each row labelled with its
        ``rail``; top-10 rows carry their ``position`` to order them by. The most viewed list is the one the
        ``playback.recompute_most_viewed`` job keeps."""
        no_position = cast(null(), Integer).label("position")
        featured = (
            select(literal("featured").label("rail"), no_position, *SUMMARY_COLUMNS)
            .where(visible(max_age), Title.is_featured)
            .order_by(Title.popularity.desc(), Title.id.desc())
            .limit(featured_size)
        )
        new_releases = (
            select(literal("new_releases").label("rail"), no_position, *SUMMARY_COLUMNS)
            .where(visible(max_age))
            .order_by(Title.published_at.desc(), Title.id.desc())
            .limit(size)
        )
        editorial = (
            select(literal("top10").label("rail"), Top10Entry.position.label("position"), *SUMMARY_COLUMNS)
            .join(Top10Entry, Top10Entry.title_id == Title.id)
            .where(visible(max_age))
            .order_by(Top10Entry.position)
            .limit(TOP10_SIZE)
        )
        most_viewed = (
            select(
                literal("most_viewed").label("rail"),
                MostViewedTitle.position.label("position"),
                *SUMMARY_COLUMNS,
            )
            .join(MostViewedTitle, MostViewedTitle.title_id == Title.id)
            .where(visible(max_age))
            .order_by(MostViewedTitle.position)
            .limit(TOP10_SIZE)
        )
        # Each branch keeps its own ORDER BY and LIMIT inside a subquery; the caller orders each rail.
        branches = [select(branch.subquery()) for branch in (featured, new_releases, editorial, most_viewed)]
        return (await self.session.execute(union_all(*branches))).mappings().all()
