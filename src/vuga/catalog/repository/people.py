"""A person's page: the person and the visible titles they are credited on."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import Credit, Person, Title
from vuga.catalog.repository.title_rows import SUMMARY_COLUMNS, columns_of, visible

PERSON_CREDITS_LIMIT = 100


class PeopleQueries:
    session: AsyncSession

    async def person(self, person_id: int) -> RowMapping | None:
        query = select(*columns_of(Person)).where(Person.id == person_id)
        return (await self.session.execute(query)).mappings().one_or_none()

    async def credits_of_person(self, person_id: int, max_age: int | None) -> Sequence[RowMapping]:
        query = (
            select(*SUMMARY_COLUMNS, Credit.role, Credit.character)
            .join(Credit, Credit.title_id == Title.id)
            .where(Credit.person_id == person_id, visible(max_age))
            .order_by(Title.popularity.desc(), Title.id.desc(), Credit.role)
            .limit(PERSON_CREDITS_LIMIT)
        )
        return (await self.session.execute(query)).mappings().all()
