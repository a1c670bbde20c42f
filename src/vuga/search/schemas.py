"""Search's API structs. Search results are the catalog's own ``TitleSummary``, so a title looks the same in
search as in every other list."""

from __future__ import annotations

from enum import StrEnum

import msgspec


class SuggestionKind(StrEnum):
    TITLE = "title"
    PERSON = "person"


class SuggestionOut(msgspec.Struct):
    """One type-ahead entry: open ``/api/v1/titles/{id}`` or ``/api/v1/people/{id}`` according to ``kind``."""

    kind: SuggestionKind
    id: int
    name: str
