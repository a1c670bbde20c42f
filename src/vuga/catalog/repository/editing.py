"""The editors' reads and writes: rows by id, which referenced ids exist, a title's genres, the top 10 and
most viewed lists replaced whole, and the session's add, delete and flush."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import Language, MostViewedTitle, Title, TitleGenre, Top10Entry
from vuga.core.db import Base

ModelT = TypeVar("ModelT", bound=Base)


class EditingQueries:
    session: AsyncSession

    async def get(self, model: type[ModelT], row_id: int) -> ModelT | None:
        return await self.session.get(model, row_id)

    async def existing_ids(self, model: type[Base], ids: Iterable[int]) -> set[int]:
        wanted = set(ids)
        if not wanted:
            return set()
        id_column = model.__table__.c.id
        query = select(id_column).where(id_column.in_(wanted))
        return set((await self.session.execute(query)).scalars())

    async def publication_states(self, title_ids: Iterable[int]) -> dict[int, bool]:
        """Whether each of ``title_ids`` that exists is published."""
        query = select(Title.id, Title.is_published).where(Title.id.in_(set(title_ids)))
        return {row[0]: row[1] for row in (await self.session.execute(query)).all()}

    async def language_id(self, code: str) -> int | None:
        query = select(Language.id).where(func.lower(Language.code) == code.lower())
        return (await self.session.execute(query)).scalar_one_or_none()

    async def genre_ids_of(self, title_id: int) -> list[int]:
        query = (
            select(TitleGenre.genre_id).where(TitleGenre.title_id == title_id).order_by(TitleGenre.genre_id)
        )
        return list((await self.session.execute(query)).scalars())

    async def replace_genres(self, title_id: int, genre_ids: Sequence[int]) -> None:
        await self.session.execute(delete(TitleGenre).where(TitleGenre.title_id == title_id))
        self.session.add_all(TitleGenre(title_id=title_id, genre_id=genre_id) for genre_id in set(genre_ids))

    async def replace_top10(self, title_ids: Sequence[int]) -> None:
        await self.session.execute(delete(Top10Entry))
        await self.session.flush()
        self.session.add_all(
            Top10Entry(position=position, title_id=title_id) for position, title_id in enumerate(title_ids, 1)
        )

    async def top10_title_ids(self) -> list[int]:
        query = select(Top10Entry.title_id).order_by(Top10Entry.position)
        return list((await self.session.execute(query)).scalars())

    async def replace_most_viewed(self, ranked: Sequence[tuple[int, int]], computed_at: datetime) -> None:
        await self.session.execute(delete(MostViewedTitle))
        await self.session.flush()
        self.session.add_all(
            MostViewedTitle(position=position, title_id=title_id, views=views, computed_at=computed_at)
            for position, (title_id, views) in enumerate(ranked, 1)
        )

    async def most_viewed_title_ids(self) -> list[int]:
        query = select(MostViewedTitle.title_id).order_by(MostViewedTitle.position)
        return list((await self.session.execute(query)).scalars())

    def add(self, row: Base) -> None:
        self.session.add(row)

    async def delete(self, row: Base) -> None:
        await self.session.delete(row)

    async def flush(self) -> None:
        await self.session.flush()

    async def is_empty(self) -> bool:
        return (await self.session.execute(select(Title.id).limit(1))).first() is None
