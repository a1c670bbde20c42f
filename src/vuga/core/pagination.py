"""Cursor (keyset) pagination shared by every list.

A cursor is an opaque, URL-safe token holding the sort key of the last item served and a fingerprint of the
query it belongs to (sort and filters). Keyset paging never skips or repeats an item when rows are inserted
between pages, costs the same on page 1 and page 10,000, and needs no ``COUNT(*)``.

The key comes back from the client, so each of its parts is checked against a bounded type
(``vuga.core.bounds``: an id within its column, a finite float, a datetime with a UTC instant, text without
NUL) before it reaches a query: a crafted cursor is a 400, never a driver's overflow.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import cache
from typing import Annotated, Any, Generic, TypeVar, get_args

import msgspec
from litestar.params import QueryParameter

from vuga.core.bounds import in_utc
from vuga.core.errors import BadRequest

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_CURSOR_LENGTH = 512

T = TypeVar("T")

Limit = Annotated[
    int,
    QueryParameter(ge=1, le=MAX_LIMIT, description=f"Items per page, 1-{MAX_LIMIT}."),
]
CursorParam = Annotated[
    str | None,
    QueryParameter(
        max_length=MAX_CURSOR_LENGTH,
        description="The `next_cursor` of the previous page; omit for the first page.",
    ),
]


class Page(msgspec.Struct, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


SortKey = tuple[Any, ...]
_CURSOR_VERSION = 1
_MALFORMED = "cursor is malformed: pass back the next_cursor of a previous page unchanged"


def query_fingerprint(**parts: object) -> str:
    """A short digest of what defines a list (sort, filters): a cursor is only valid for its own list."""
    canonical = msgspec.json.encode(sorted((k, str(v)) for k, v in parts.items() if v is not None))
    return hashlib.blake2s(canonical, digest_size=6).hexdigest()


def encode_cursor(fingerprint: str, key: SortKey) -> str:
    raw = msgspec.json.encode([_CURSOR_VERSION, fingerprint, list(key)])
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


@cache
def _require_bounded(key_type: Any) -> None:
    """A key part typed plain ``int``, ``float`` or ``datetime`` would let any number or offset through."""
    for part in get_args(key_type):
        if part in (int, float, datetime):
            raise TypeError(
                f"{key_type}: type each part of a cursor's key with its bounds (vuga.core.bounds)"
            )


def decode_cursor(cursor: str, fingerprint: str, key_type: Any) -> SortKey:
    """Return the sort key in ``cursor``, checked against ``key_type``: a ``tuple[...]`` of its parts, each
    a bounded type (``vuga.core.bounds.Id``, ``FiniteFloat``, ``AwareDateTime``, ...) or a ``str``."""
    _require_bounded(key_type)
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        version, cursor_fingerprint, key = msgspec.json.decode(raw, type=tuple[int, str, list[Any]])
    except (binascii.Error, ValueError, msgspec.DecodeError) as exc:
        raise BadRequest(_MALFORMED) from exc
    if version != _CURSOR_VERSION or cursor_fingerprint != fingerprint:
        raise BadRequest("cursor belongs to another list (different sort or filters) or an older API")
    try:
        parts = msgspec.convert(key, type=key_type)
    except msgspec.ValidationError as exc:
        raise BadRequest(_MALFORMED) from exc
    return tuple(_in_utc(part) if isinstance(part, datetime) else part for part in parts)


def _in_utc(moment: datetime) -> datetime:
    if (utc := in_utc(moment)) is None:
        raise BadRequest(_MALFORMED)
    return utc


def paginate(
    rows: Sequence[T], limit: int, fingerprint: str, key_of: Callable[[T], SortKey]
) -> tuple[list[T], str | None]:
    """Split the ``limit + 1`` rows a query fetched into a page and the cursor of the next one."""
    if len(rows) <= limit:
        return list(rows), None
    page = list(rows[:limit])
    return page, encode_cursor(fingerprint, key_of(page[-1]))
