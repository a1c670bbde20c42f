"""Editing people and their credits on titles: a change shows on the person's page, the title's page and in
search."""

from __future__ import annotations

import msgspec

from vuga.catalog.models import Credit, Person, Title
from vuga.catalog.schemas import CreditCreate, CreditUpdate, PersonCreate, PersonUpdate
from vuga.catalog.service import cache_tags
from vuga.catalog.service.editing.steps import EditorSteps, sent_fields


class PeopleEditor(EditorSteps):
    async def create_person(self, data: PersonCreate) -> int:
        person = Person(**msgspec.structs.asdict(data))
        await self._save(person)
        return person.id

    async def update_person(self, person_id: int, data: PersonUpdate) -> None:
        person = await self._require(Person, person_id, "person")
        self._apply(person, sent_fields(data))
        await self._save()
        self.stale.update((cache_tags.person(person_id), cache_tags.SEARCH))

    async def create_credit(self, data: CreditCreate) -> int:
        await self._require(Title, data.title_id, "title")
        await self._require(Person, data.person_id, "person")
        credit = Credit(
            title_id=data.title_id,
            person_id=data.person_id,
            role=data.role.value,
            character=data.character,
            billing_order=data.billing_order,
        )
        await self._save(credit, f"person {data.person_id} is already credited as {data.role} on this title")
        self._changed_title_parts(data.title_id)
        self.stale.update((cache_tags.person(data.person_id), cache_tags.SEARCH))
        return credit.id

    async def update_credit(self, credit_id: int, data: CreditUpdate) -> None:
        credit = await self._require(Credit, credit_id, "credit")
        self._apply(credit, sent_fields(data))
        await self._save(clash="the person already holds that role on this title")
        self._changed_title_parts(credit.title_id)
        self.stale.update((cache_tags.person(credit.person_id), cache_tags.SEARCH))
