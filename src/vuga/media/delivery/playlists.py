"""The master playlist a viewer receives: the published one with only the video renditions the viewer's
token allows (a plan's maximum quality); audio and subtitle groups (``EXT-X-MEDIA``) and every other tag
are kept as they are, byte for byte.

A small bounded line filter rather than a parse-and-serialise: the playlist is the transcoder's output,
read here on a hot path, and re-serialising could drop tags a player needs. Bounded: at most
``MAX_MASTER_BYTES`` and ``MAX_LINES`` lines, or it is refused as not a playlist we wrote.
"""

from __future__ import annotations

import re

MAX_MASTER_BYTES = 256 * 1024
MAX_LINES = 4096

# RFC 8216 §4.2 attribute lists: NAME=value, values possibly quoted (and quoted ones may hold commas).
_ATTRIBUTE = re.compile(r'([A-Z0-9-]+)=("[^"\r\n]*"|[^",\r\n]*)')
_RESOLUTION = re.compile(r"([0-9]{1,5})x([0-9]{1,5})")


STREAM_INF = "#EXT-X-STREAM-INF:"
I_FRAME_STREAM_INF = "#EXT-X-I-FRAME-STREAM-INF:"


class NotAPlaylist(ValueError):
    """Too large, not text, or not an HLS playlist."""


def _height(attributes: str) -> int | None:
    for name, value in _ATTRIBUTE.findall(attributes):
        if name == "RESOLUTION":
            found = _RESOLUTION.fullmatch(value)
            return int(found.group(2)) if found else None
    return None


def filter_master(playlist: bytes, max_height: int) -> bytes:
    """``playlist`` with the ``EXT-X-STREAM-INF`` variants (and their URI lines) and the
    ``EXT-X-I-FRAME-STREAM-INF`` ones taller than ``max_height`` left out; 0 keeps every one.

    Should every video variant be taller, the shortest is kept: a viewer is always sent something it can
    play, and ladders start at 360p or below, so this is the exception of a source shot small."""
    if len(playlist) > MAX_MASTER_BYTES:
        raise NotAPlaylist("the master playlist is too large")
    try:
        text = playlist.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotAPlaylist("the master playlist is not UTF-8") from exc
    lines = text.splitlines(keepends=True)
    if len(lines) > MAX_LINES or not lines or not lines[0].startswith("#EXTM3U"):
        raise NotAPlaylist("not an HLS playlist")
    if max_height == 0:
        return playlist
    kept: list[str] = []
    shortest: tuple[int, list[str]] | None = None  # the shortest variant left out, with its lines
    kept_variant = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith(STREAM_INF):
            end = _uri_line(lines, index)
            variant = lines[index : end + 1]
            height = _height(line[len(STREAM_INF) :])
            if height is None or height <= max_height:
                kept.extend(variant)
                kept_variant = True
            elif shortest is None or height < shortest[0]:
                shortest = (height, variant)
            index = end + 1
            continue
        height = _height(line[len(I_FRAME_STREAM_INF) :]) if line.startswith(I_FRAME_STREAM_INF) else None
        if height is None or height <= max_height:
            kept.append(line)
        index += 1
    if not kept_variant and shortest is not None:
        kept.extend(shortest[1])
    return "".join(kept).encode()


def _uri_line(lines: list[str], index: int) -> int:
    """Where the URI of the variant tagged at ``index`` is: the next line that is not blank (RFC 8216
    §4.3.4.2)."""
    end = index + 1
    while end < len(lines) and not lines[end].strip():
        end += 1
    if end == len(lines) or lines[end].startswith("#"):
        raise NotAPlaylist("a variant without its URI")
    return end


def rendition_height(rest: str) -> int | None:
    """The height of the video rendition a path below an asset belongs to (``v720/seg_00001.m4s`` → 720)."""
    head, slash, _ = rest.partition("/")
    if slash and len(head) > 1 and head[0] == "v" and head[1:].isascii() and head[1:].isdigit():
        return int(head[1:])
    return None
