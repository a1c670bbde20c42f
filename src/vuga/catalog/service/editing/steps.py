"""What every edit shares: finding the rows it names (404 when one is missing), saving with unique clashes
turned into 409, applying a PATCH's sent fields, and noting the cached responses it makes stale."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeVar

import msgspec
from sqlalchemy.exc import IntegrityError

from vuga.catalog.models import Title
from vuga.catalog.repository import CatalogRepository
from vuga.catalog.service import cache_tags
from vuga.core.db import Base
from vuga.core.errors import Conflict, InvalidInput, NotFound

RowT = TypeVar("RowT", bound=Base)

_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)


def sort_title(title: str) -> str:
    """The key titles sort by: case-folded, without a leading English article."""
    return _LEADING_ARTICLE.sub("", title.strip()).casefold()


def sent_fields(update: msgspec.Struct) -> dict[str, Any]:
    """The fields a PATCH sent: every field it left UNSET stays as it is."""
    return {
        field: value
        for field in update.__struct_fields__
        if (value := getattr(update, field)) is not msgspec.UNSET
    }


class EditorSteps:
    def __init__(self, repository: CatalogRepository) -> None:
        self.repository = repository
        self.stale: set[str] = set()  # cache tags of what this request's writes changed

    def _changed_title(self, title: Title, *, lists_too: bool = True) -> None:
        """A title's row changed: its page, and unless only page fields changed its summary wherever shown
        and the lists it may move in or out of, are stale if viewers can see it."""
        if title.is_published:
            self.stale.update((cache_tags.title(title.id), cache_tags.SEARCH))  # a synopsis is searched too
            if lists_too:
                self.stale.update((cache_tags.summary(title.id), cache_tags.LISTING))

    def _changed_title_parts(self, title_id: int) -> None:
        """A season, episode, credit or media row of a title changed: its page is stale."""
        self.stale.add(cache_tags.title(title_id))

    async def _require(self, model: type[RowT], row_id: int, name: str) -> RowT:
        row = await self.repository.get(model, row_id)
        if row is None:
            raise NotFound(f"{name} {row_id} does not exist")
        return row

    async def _require_all(self, model: type[Base], ids: Iterable[int], name: str) -> None:
        wanted = set(ids)
        missing = sorted(wanted - await self.repository.existing_ids(model, wanted))
        if missing:
            raise NotFound(f"{name} {', '.join(map(str, missing))} do(es) not exist")

    async def _save(self, row: Base | None = None, clash: str = "a conflicting row exists") -> None:
        if row is not None:
            self.repository.add(row)
        try:
            await self.repository.flush()
        except IntegrityError as exc:
            raise Conflict(clash) from exc

    async def _language_id(self, code: str | None) -> int | None:
        if code is None:
            return None
        language_id = await self.repository.language_id(code)
        if language_id is None:
            raise InvalidInput.field("language", f"unknown language code {code!r}; see GET /api/v1/languages")
        return language_id

    @staticmethod
    def _apply(row: Base, fields: dict[str, Any]) -> None:
        for field, value in fields.items():
            setattr(row, field, value)
