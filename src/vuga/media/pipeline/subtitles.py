"""WebVTT subtitle files given with a source: checked (size, encoding, signature), then published as they are,
each with a one-segment playlist the master references."""

from __future__ import annotations

import re
from pathlib import Path

import msgspec

from vuga.media.pipeline.errors import SubtitleRefused

# A BCP 47 tag's common shape (en, pt-BR, zh-Hant): it becomes a file name, so nothing else is let through.
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}")
_SIGNATURE = re.compile(r"WEBVTT([ \t].*)?")
_MAX_NAME = 100


class SubtitleInput(msgspec.Struct, frozen=True, kw_only=True):
    language: str
    path: Path
    name: str | None = None  # shown in the player's menu; the language tag when unset
    default: bool = False


def checked_vtt(track: SubtitleInput, max_bytes: int) -> str:
    """The file's text, if it is a WebVTT file within the limit; :class:`SubtitleRefused` otherwise."""
    if not _LANGUAGE.fullmatch(track.language):
        raise SubtitleRefused(f"{track.language[:20]!r} is not a language tag (en, pt-BR)")
    if track.name is not None and (len(track.name) > _MAX_NAME or any(c in track.name for c in '"\r\n')):
        raise SubtitleRefused("a subtitle name is one line of at most 100 characters, without quotes")
    try:
        size = track.path.stat().st_size
        if size > max_bytes:
            raise SubtitleRefused(
                f"the {track.language} subtitles are {size} bytes; the limit is {max_bytes}"
            )
        data = track.path.read_bytes()
    except OSError:
        raise SubtitleRefused(f"the {track.language} subtitle file cannot be read") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SubtitleRefused(f"the {track.language} subtitles are not UTF-8 text") from None
    text = text.removeprefix("\ufeff")
    first_line = text.split("\n", 1)[0].rstrip("\r")
    if not _SIGNATURE.fullmatch(first_line) or "\x00" in text:
        raise SubtitleRefused(f"the {track.language} subtitles are not WebVTT (no WEBVTT header)")
    return text
