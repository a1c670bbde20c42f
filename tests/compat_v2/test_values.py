"""The legacy values the importer converts, one rule each."""

from __future__ import annotations

import pytest

from vuga.catalog.models import SourceKind, SourceQuality
from vuga.compat_v2.importer.source import SourceAddress
from vuga.compat_v2.importer.steps.library import score
from vuga.compat_v2.importer.values import (
    MediaPrefixes,
    csv_ids,
    nearest_default_avatar,
    profile_ceiling,
    size_bytes,
    source_kind,
    source_quality,
    title_maturity,
)
from vuga.compat_v2.units import position_in_seconds
from vuga.core.maturity import Maturity


@pytest.mark.parametrize(
    ("position", "duration", "catalog", "expected"),
    [
        (50, 0, 3600, (1800.0, 3600.0)),  # Android: a percentage, with total_duration = 0
        (100, 0, 3600, (3600.0, 3600.0)),
        (600, 0, 3600, (600.0, 3600.0)),  # no duration but past 100: seconds
        (600, 5400, None, (600.0, 5400.0)),  # iOS: seconds with the duration
        (9000, 5400, 3600, (5400.0, 5400.0)),  # past the end: at the end
        (-5, 5400, None, (0.0, 5400.0)),
        (50, 0, None, None),  # a percentage of nothing known
    ],
)
def test_positions_are_seconds_whatever_the_app_sent(
    position: int, duration: int, catalog: int | None, expected: tuple[float, float] | None
) -> None:
    assert position_in_seconds(position, duration, catalog) == expected


@pytest.mark.parametrize(
    ("rating", "expected"), [(0.0, None), (0.4, 1), (4.5, 5), (7.4, 7), (10.0, 10), (11, None)]
)
def test_scores_round_half_up_onto_one_to_ten(rating: float, expected: int | None) -> None:
    assert score(rating) == expected


@pytest.mark.parametrize(
    ("min_age", "ours"), [(None, 0), (0, 0), (6, 7), (7, 7), (12, 13), (17, 18), (21, 18)]
)
def test_age_limits_round_up_onto_our_scale(min_age: int | None, ours: int) -> None:
    assert title_maturity(min_age) == ours


def test_profile_ceilings() -> None:
    assert profile_ceiling(None, False, Maturity.AGE_7) == 18
    assert profile_ceiling(15, False, Maturity.AGE_7) == 13
    assert profile_ceiling(15, True, Maturity.AGE_7) == 7
    assert profile_ceiling(None, True, Maturity.AGE_7) == 7


def test_media_prefixes_rewrite_the_longest_match_and_keep_the_rest() -> None:
    prefixes = MediaPrefixes.parse(["/storage/=https://a.test/", "/storage/posters/=https://p.test/"])
    assert prefixes.rewrite("/storage/posters/1.jpg") == "https://p.test/1.jpg"
    assert prefixes.rewrite("/storage/x.srt") == "https://a.test/x.srt"
    assert prefixes.rewrite("https://elsewhere.test/x") == "https://elsewhere.test/x"
    assert prefixes.rewrite("  ") is None
    assert prefixes.rewrite("/storage/" + "x" * 3000) is None
    with pytest.raises(ValueError, match="OLD=NEW"):
        MediaPrefixes.parse(["nothing"])


def test_source_types_qualities_and_sizes() -> None:
    assert source_kind(1, "https://youtu.be/x") is SourceKind.YOUTUBE
    assert source_kind(2, "https://x/a.m3u8") is SourceKind.HLS
    assert source_kind(7, "/uploads/a.MP4?sig=1") is SourceKind.MP4
    assert source_kind(7, "/uploads/a.mkv") is SourceKind.EXTERNAL
    assert source_kind(0, "x") is None
    assert source_quality(" 1080P ") is SourceQuality.FHD_1080
    assert source_quality("weird") is SourceQuality.AUTO
    assert size_bytes("1.5 GB") == int(1.5 * 1024**3)
    assert size_bytes("700MB") == 700 * 1024**2
    assert size_bytes("big") is None


def test_csv_genre_ids_and_colour_avatars() -> None:
    assert csv_ids(" 3, 1,,x,3 ,7") == [3, 1, 7]
    assert csv_ids(None) == []
    assert nearest_default_avatar("#e50915") == "/avatars/default-1.png"
    assert nearest_default_avatar("nonsense") == "/avatars/default-1.png"


def test_the_source_url_and_its_printable_form_keep_the_password_out() -> None:
    address = SourceAddress.parse("mysql://vuga:p%40ss@db.example.org:3307/vuga_prod")
    assert (address.user, address.password, address.port, address.database) == (
        "vuga",
        "p@ss",
        3307,
        "vuga_prod",
    )
    assert "p@ss" not in str(address)
