"""The aggregates kept on catalog rows: view, share and download counters flushed in batches, and a title's
rating totals, each moved by one atomic statement."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, bindparam, case, cast, update
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import Episode, Title

# The counters kept outside the database between flushes, and the column each one adds to.
COUNTED_COLUMNS: dict[str, tuple[Any, str]] = {
    "title_views": (Title, "view_count"),
    "title_shares": (Title, "share_count"),
    "title_downloads": (Title, "download_count"),
    "episode_views": (Episode, "view_count"),
    "episode_downloads": (Episode, "download_count"),
}


class AggregateWrites:
    session: AsyncSession

    async def add_counts(self, counter: str, counts: dict[int, int]) -> None:
        """Add drained counter values to their rows, one statement for the whole batch."""
        model, column = COUNTED_COLUMNS[counter]
        table = model.__table__
        values = {column: table.c[column] + bindparam("amount")}
        if counter == "title_views":  # views feed the "popular" order
            values["popularity"] = table.c.popularity + bindparam("amount")
        statement = update(table).where(table.c.id == bindparam("row_id")).values(values)
        await self.session.execute(
            statement, [{"row_id": row_id, "amount": amount} for row_id, amount in counts.items()]
        )

    async def add_to_rating(self, title_id: int, total_delta: int, count_delta: int) -> tuple[float, int]:
        """Adjust a title's rating aggregates in one atomic statement; returns the new (average, count).

        ``SET x = x + d`` reads the row as it is when the statement takes its lock, so concurrent ratings of
        one title queue up instead of overwriting each other.
        """
        new_total = Title.rating_total + total_delta
        new_count = Title.rating_count + count_delta
        query = (
            update(Title)
            .where(Title.id == title_id)
            .values(
                rating_total=new_total,
                rating_count=new_count,
                rating_avg=case((new_count > 0, cast(new_total, Float) / new_count), else_=0.0),
            )
            .returning(Title.rating_avg, Title.rating_count)
        )
        row = (await self.session.execute(query)).one()
        return float(row[0]), int(row[1])
