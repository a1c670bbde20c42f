"""The JSON depth check read without decoding: brackets inside strings do not count, escapes are followed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from vuga.core.bounds import MAX_JSON_DEPTH, holds_nul, in_utc, nests_deeper_than


@pytest.mark.parametrize(
    ("document", "deeper"),
    [
        (b"[" * 33 + b"]" * 33, True),
        (b"[" * 32 + b"]" * 32, False),
        (b'{"a":' * 33 + b"1" + b"}" * 33, True),
        (b'["' + b"[" * 100 + b'"]', False),  # brackets in a string
        (b'["\\"' + b"[" * 100 + b'"]', False),  # after an escaped quote, still in the string
        (b'["\\\\"' + b",[" * 40 + b"]" * 40 + b"]", True),  # an escaped backslash ends the string
        (b"[" + b"[]," * 100 + b"[]]", False),  # wide, not deep
        (b"[" * 5000, True),  # malformed: the decoder would recurse as deep before it fails
        (b'"just a string"', False),
    ],
)
def test_nesting_depth(document: bytes, deeper: bool) -> None:
    assert nests_deeper_than(document, MAX_JSON_DEPTH) is deeper


def test_nul_anywhere_in_a_document() -> None:
    assert holds_nul({"a": ["b", {"c\x00": 1}]})
    assert holds_nul(["x\x00"])
    assert not holds_nul({"a": ["b", {"c": 1, "d": None, "e": 1.5}]})


def test_a_moment_without_a_utc_instant() -> None:
    assert in_utc(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14)))) is None
    assert in_utc(datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-14)))) is None
    moment = datetime(2026, 1, 1, 12, tzinfo=timezone(timedelta(hours=2)))
    assert in_utc(moment) == datetime(2026, 1, 1, 10, tzinfo=UTC)
