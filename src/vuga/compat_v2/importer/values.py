"""Legacy values turned into ours: media URLs, source types and qualities, sizes, dates, age ratings, avatars.

Each function takes a raw value as VUGA stored it — often free text an admin typed — and returns ours or None
when it cannot be understood; the steps decide whether None skips the row or leaves a field empty.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from vuga.accounts.avatars import DEFAULT_COLOURS, default_avatar_path
from vuga.catalog.models import URL_LENGTH, SourceKind, SourceQuality, SubtitleFormat, TrailerKind
from vuga.core.maturity import Maturity


class MediaPrefixes:
    """``--media-prefix OLD=NEW``: a URL starting with OLD is rewritten to start with NEW (the longest OLD
    wins); any other URL is kept as it is."""

    def __init__(self, pairs: Sequence[tuple[str, str]] = ()) -> None:
        self.pairs = sorted(pairs, key=lambda pair: -len(pair[0]))

    @classmethod
    def parse(cls, specs: Sequence[str]) -> MediaPrefixes:
        pairs = []
        for spec in specs:
            old, separator, new = spec.partition("=")
            if not separator or not old:
                raise ValueError(f"--media-prefix {spec!r}: write it as OLD=NEW")
            pairs.append((old, new))
        return cls(pairs)

    def rewrite(self, url: str | None) -> str | None:
        """The URL as we store it, or None for an empty one or one too long for our columns."""
        url = (url or "").strip()
        if not url:
            return None
        for old, new in self.pairs:
            if url.startswith(old):
                url = new + url[len(old) :]
                break
        return url if len(url) <= URL_LENGTH else None


def aware(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return None


def birth_date(text: str | None) -> date | None:
    """``actor.dob`` is free text (varchar 11): ISO dates are kept, anything else is dropped."""
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        return None


def slug(text: str, fallback: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    made = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:64]
    return made or fallback


def csv_ids(text: str | None) -> list[int]:
    """``content.genre_ids`` is a comma-separated list, sometimes with spaces, empty items or junk."""
    ids = []
    for part in (text or "").split(","):
        cleaned = part.strip()
        if cleaned.isdigit():
            ids.append(int(cleaned))
    return list(dict.fromkeys(ids))


def title_maturity(min_age: int | None) -> int:
    """VUGA's age limits (0-6, 7-12, 13-16, 17-18, 18+ or any an admin made) onto our scale, rounding *up*: a
    title for 17-year-olds becomes 18+, never 16+ — a kids profile must not see more than it did."""
    if not min_age or min_age <= 0:
        return Maturity.ALL.min_age
    for rating in Maturity:
        if rating.min_age >= min_age:
            return rating.min_age
    return Maturity.AGE_18.min_age


def profile_ceiling(age: int | None, is_kids: bool, kids_ceiling: Maturity) -> int:
    """A profile's ceiling: a kids profile at most ``kids_ceiling``, an age the strictest it may see."""
    ceiling = Maturity.AGE_18.min_age if age is None or age < 0 else Maturity.from_min_age(age).min_age
    return min(ceiling, kids_ceiling.min_age) if is_kids else ceiling


def nearest_default_avatar(colour: str | None) -> str:
    """A colour avatar (iOS writes ``avatar_type='color'``, which VUGA's enum stores as ``''``) becomes the
    default picture of the nearest colour: we have pictures, not colours."""
    match = re.fullmatch(r"#?([0-9a-fA-F]{6})", (colour or "").strip())
    if match is None:
        return default_avatar_path("default-1")
    wanted = [int(match.group(1)[i : i + 2], 16) for i in (0, 2, 4)]

    def distance(candidate: str) -> int:
        return sum((int(candidate[1 + i * 2 : 3 + i * 2], 16) - w) ** 2 for i, w in enumerate(wanted))

    best = min(range(len(DEFAULT_COLOURS)), key=lambda i: distance(DEFAULT_COLOURS[i]))
    return default_avatar_path(f"default-{best + 1}")


_EXTENSION_KINDS = {".m3u8": SourceKind.HLS, ".mpd": SourceKind.DASH, ".mp4": SourceKind.MP4}


def _extension(url: str) -> str:
    path = url.split("?", 1)[0].split("#", 1)[0].lower()
    dot = path.rfind(".")
    return path[dot:] if dot > path.rfind("/") else ""


def source_kind(legacy_type: int, url: str) -> SourceKind | None:
    """VUGA's source types: 1 YouTube, 2 m3u8, 3 mov, 4 mp4, 5 mkv, 6 webm, 7 uploaded file, 8 embed."""
    if legacy_type == 1:
        return SourceKind.YOUTUBE
    if legacy_type == 2:
        return SourceKind.HLS
    if legacy_type == 4:
        return SourceKind.MP4
    if legacy_type == 7:  # an upload: its extension says what it is
        return _EXTENSION_KINDS.get(_extension(url), SourceKind.EXTERNAL)
    if legacy_type in (3, 5, 6, 8):
        return SourceKind.EXTERNAL
    return None


def source_quality(text: str | None) -> SourceQuality:
    cleaned = (text or "").strip().lower()
    if cleaned in ("4k", "uhd", "2160", "2160p"):
        return SourceQuality.UHD_2160
    if cleaned in ("fhd", "full hd", "1080", "1080p"):
        return SourceQuality.FHD_1080
    if cleaned in ("hd", "720", "720p"):
        return SourceQuality.HD_720
    if cleaned in ("sd", "480", "480p", "360", "360p"):
        return SourceQuality.SD_480
    return SourceQuality.AUTO


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)?\s*$", re.IGNORECASE)
_UNITS = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3, "tb": 1024**4}


def size_bytes(text: str | None) -> int | None:
    """``"1.2 GB"``, ``"700MB"``, ``"734003200"`` → bytes; anything else → None."""
    match = _SIZE.match(text or "")
    if match is None:
        return None
    return int(float(match.group(1)) * _UNITS[(match.group(2) or "b").lower()])


def subtitle_format(url: str) -> SubtitleFormat | None:
    extension = _extension(url)
    if extension == ".vtt":
        return SubtitleFormat.VTT
    if extension == ".srt":
        return SubtitleFormat.SRT
    return None


_YOUTUBE = re.compile(r"^https?://(www\.|m\.)?(youtube\.com|youtu\.be)/", re.IGNORECASE)


def trailer(url: str, youtube_id: str | None) -> tuple[TrailerKind, str] | None:
    if _YOUTUBE.match(url):
        return TrailerKind.YOUTUBE, url
    kind = {".m3u8": TrailerKind.HLS, ".mp4": TrailerKind.MP4}.get(_extension(url))
    if kind is not None:
        return kind, url
    if youtube_id and re.fullmatch(r"[A-Za-z0-9_-]{6,20}", youtube_id):
        return TrailerKind.YOUTUBE, f"https://www.youtube.com/watch?v={youtube_id}"
    return None


def season_number(title: str) -> int | None:
    """``"Season 2"``, ``"S02"``, ``"2"`` → 2."""
    match = re.search(r"(\d{1,4})", title or "")
    return int(match.group(1)) if match else None
