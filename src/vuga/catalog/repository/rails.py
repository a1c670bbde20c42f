"""The home page's rails in two statements whatever the catalog holds: one for every genre's rail, one for
the featured banner, new releases and both kinds of top 10.

The old server ran one ``ORDER BY RAND()`` query per genre; here every genre's rail comes from one pool of
the most popular titles, ranked per genre in the same statement.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Integer, cast, func, literal, null, select, union_all
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import Genre, MostViewedTitle, Title, TitleGenre, Top10Entry
from vuga.catalog.repository.title_rows import SUMMARY_COLUMNS, visible

TOP10_SIZE = 10


class RailsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def genre_rails(self, max_age: int | None, size: int, pool: int) -> Sequence[RowMapping]:
        """Up to ``size`` titles per genre, the most popular of the genre among the ``pool`` most popular
        titles visible under ``max_age``: rows of ``genre_id`` and a title summary, grouped by genre in
        display order, most popular first within each.

        Drawing every rail from one pool of popular titles bounds the work by ``pool`` (an index walk, a genre
        probe per title, a sort), whatever the catalog's size and the ceiling. Walking each genre's titles in
        popularity order until its rail was full read the whole catalog once per genre that a kids' ceiling
        leaves nearly empty (BENCHMARKS.md, "Home page": a kids' variant took 45-100 ms at 10,000 titles).
        """
        popular = (
            select(Title.id, Title.popularity)
            .where(visible(max_age))
            .order_by(Title.popularity.desc(), Title.id.desc())
            .limit(pool)
            .cte("popular")
        )
        ranked = (
            select(
                TitleGenre.genre_id,
                popular.c.id.label("title_id"),
                func.row_number()
                .over(
                    partition_by=TitleGenre.genre_id,
                    order_by=(popular.c.popularity.desc(), popular.c.id.desc()),
                )
                .label("rank"),
            )
            .join(TitleGenre, TitleGenre.title_id == popular.c.id)
            .subquery("ranked")
        )
        query = (
            select(ranked.c.genre_id, *SUMMARY_COLUMNS)
            .select_from(ranked)
            .join(Title, Title.id == ranked.c.title_id)
            .join(Genre, Genre.id == ranked.c.genre_id)
            .where(ranked.c.rank <= size)
            .order_by(Genre.position, Genre.name, Genre.id, ranked.c.rank)
        )
        return (await self.session.execute(query)).mappings().all()

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
