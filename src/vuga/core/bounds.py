"""Input bounds: what a client sends is checked against what the server can hold before it is used.

A number past its column's range does not fail where it arrives but deep below, as the driver binds it (an
``OverflowError`` from SQLite, a ``DataError`` from asyncpg), and a JSON document nested a thousand levels
deep exhausts the decoder's recursion (``RecursionError``): both were 500s. So every value is bounded where
it enters, as a 4xx problem that changes nothing:

- an integer to its column: ids are 32-bit (``Id``, ``MAX_ID``) unless the table's key is 64-bit
  (``BigId``), counts and years that are ``SMALLINT`` to ``SmallInt``; a float to a finite value;
- a string to its schema's length, and without NUL, which PostgreSQL cannot store (``Text``; a JSON body's
  strings are checked by ``BoundedJsonRequest``);
- a datetime to one that has a UTC instant (``in_utc``): ``0001-01-01T00:00:00+14:00`` is a valid ISO 8601
  string, yet a year before 1 in UTC;
- a JSON body to ``MAX_JSON_BYTES`` and to ``MAX_JSON_DEPTH`` levels of arrays and objects
  (``BoundedJsonRequest``), checked before it is decoded.

Paths and query parameters use the same numbers (``vuga.core.http.PathId``); cursors check their keys with
these types (``vuga.core.pagination.decode_cursor``).
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from itertools import accumulate
from typing import Annotated, Any

from litestar import Request
from litestar.exceptions import ClientException
from msgspec import Meta

MAX_ID = 2**31 - 1  # an INTEGER key: every table's but the watch history's
MAX_BIG_ID = 2**63 - 1  # a BIGINT key
MIN_SMALL_INT, MAX_SMALL_INT = -(2**15), 2**15 - 1
MAX_JSON_BYTES = 1 << 20  # the largest body the API takes is an admin's title, a few kilobytes
MAX_JSON_DEPTH = 32  # the deepest body the API takes is 3 levels; msgspec's recursion runs out near 1,000

Id = Annotated[int, Meta(ge=1, le=MAX_ID)]
BigId = Annotated[int, Meta(ge=1, le=MAX_BIG_ID)]
SmallInt = Annotated[int, Meta(ge=MIN_SMALL_INT, le=MAX_SMALL_INT)]
FiniteFloat = Annotated[float, Meta(ge=-sys.float_info.max, le=sys.float_info.max)]
AwareDateTime = Annotated[datetime, Meta(tz=True)]  # and ``in_utc`` once decoded
Text = Annotated[str, Meta(pattern="^[^\x00]*$")]  # PostgreSQL's text holds no NUL; length: the schema's


def in_utc(moment: datetime) -> datetime | None:
    """``moment`` in UTC, or None if UTC has no such instant (the offset moves it past year 1 or 9999)."""
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return None


_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(rb"[\[\]{}]")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


def nests_deeper_than(document: bytes, levels: int) -> bool:
    """Whether arrays and objects nest more than ``levels`` deep in ``document``, counting no bracket inside
    a string (for malformed JSON: whether the decoder could meet that depth before it gives up)."""
    if document.count(b"[") + document.count(b"{") <= levels:
        return False  # too few brackets to nest deeper: every body the API takes, at the cost of two scans
    brackets = _BRACKET.findall(_STRING.sub(b"", document))
    return max(accumulate(_STEP[bracket[0]] for bracket in brackets), default=0) > levels


def holds_nul(value: Any) -> bool:
    """Whether a decoded JSON document holds a NUL character in any string, key or value."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(holds_nul(key) or holds_nul(item) for key, item in value.items())
    if isinstance(value, list):
        return any(holds_nul(item) for item in value)
    return False


class BoundedJsonRequest(Request[Any, Any, Any]):
    """Litestar's request, whose JSON body is refused past ``MAX_JSON_DEPTH`` before it is decoded, and with
    a NUL in a string once decoded (its size is bounded by the app's ``request_max_body_size``, which the
    app sets to ``MAX_JSON_BYTES``). Litestar decodes a body once for every handler, here."""

    async def json(self) -> Any:
        body = await self.body()
        if nests_deeper_than(body, MAX_JSON_DEPTH):
            raise ClientException(f"The JSON body nests deeper than {MAX_JSON_DEPTH} levels.")
        try:
            document = await super().json()
        except RecursionError as exc:  # not expected below the depth limit; still the body's fault
            raise ClientException("The JSON body nests too deeply.") from exc
        if holds_nul(document):  # cheap after the depth check: the document is small and shallow
            raise ClientException("A string in the JSON body holds a NUL character.")
        return document
