import base64

import msgspec
import pytest

from vuga.core.bounds import FiniteFloat, Id
from vuga.core.errors import BadRequest
from vuga.core.pagination import decode_cursor, encode_cursor, paginate, query_fingerprint

KEY = tuple[FiniteFloat, Id]


def test_cursor_round_trips_its_key() -> None:
    fingerprint = query_fingerprint(sort="popular", kind="movie")
    cursor = encode_cursor(fingerprint, (12.5, 7))
    assert decode_cursor(cursor, fingerprint, KEY) == (12.5, 7)


def test_cursor_of_another_list_is_refused() -> None:
    cursor = encode_cursor(query_fingerprint(sort="popular"), (1.0, 1))
    with pytest.raises(BadRequest, match="another list"):
        decode_cursor(cursor, query_fingerprint(sort="popular", kind="movie"), KEY)


@pytest.mark.parametrize(
    "cursor",
    [
        "not-base64!!",
        base64.urlsafe_b64encode(b"garbage").decode(),
        base64.urlsafe_b64encode(msgspec.json.encode({"a": 1})).decode(),
        "",
    ],
)
def test_malformed_cursor_is_a_bad_request(cursor: str) -> None:
    with pytest.raises(BadRequest, match="malformed"):
        decode_cursor(cursor, query_fingerprint(sort="popular"), KEY)


def test_cursor_with_wrong_key_types_is_refused() -> None:
    fingerprint = query_fingerprint(sort="popular")
    raw = msgspec.json.encode([1, fingerprint, ["x", "y"]])
    cursor = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    with pytest.raises(BadRequest, match="malformed"):
        decode_cursor(cursor, fingerprint, KEY)


def test_fingerprint_ignores_unset_filters_but_not_set_ones() -> None:
    assert query_fingerprint(sort="popular", kind=None) == query_fingerprint(sort="popular")
    assert query_fingerprint(sort="popular", kind="movie") != query_fingerprint(sort="popular", kind="series")


def test_paginate_returns_a_cursor_only_when_more_rows_exist() -> None:
    rows = [(3.0, 3), (2.0, 2), (1.0, 1)]
    page, cursor = paginate(rows, 2, "f", lambda row: row)
    assert page == rows[:2]
    assert cursor is not None
    assert decode_cursor(cursor, "f", KEY) == (2.0, 2)
    assert paginate(rows, 3, "f", lambda row: row) == (rows, None)


def test_a_cursor_key_must_be_typed_with_its_bounds() -> None:
    """A list whose key names a plain int could take any number to its query: refused where it is written."""
    fingerprint = query_fingerprint(sort="popular")
    with pytest.raises(TypeError, match="bounds"):
        decode_cursor(encode_cursor(fingerprint, (1.0, 1)), fingerprint, tuple[float, int])
