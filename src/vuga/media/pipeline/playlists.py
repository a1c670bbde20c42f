"""Write the HLS playlists (RFC 8216, version 7 for fMP4): the media playlists (re-written from ffmpeg's, with
the init section named ``init.mp4`` and the key tag when encrypted), the subtitle playlists and the master.

Every URI is relative, so a signed path prefix in front of ``master.m3u8`` is inherited by every request.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import msgspec

HLS_VERSION = 7  # EXT-X-MAP in a playlist without I-frames only (fMP4 segments)
_SAFE_ATTRIBUTE = re.compile(r'[^"\r\n]*')


class Segment(msgspec.Struct, frozen=True):
    uri: str
    duration_s: float
    size_bytes: int


class KeyTag(msgspec.Struct, frozen=True):
    uri: str  # relative: ../key


class VariantLine(msgspec.Struct, frozen=True, kw_only=True):
    uri: str
    bandwidth: int
    average_bandwidth: int
    width: int
    height: int
    frame_rate: float
    codecs: str
    audio_group: str | None
    subtitles_group: str | None


class AudioLine(msgspec.Struct, frozen=True, kw_only=True):
    uri: str
    name: str
    language: str | None
    channels: int
    default: bool


class SubtitleLine(msgspec.Struct, frozen=True, kw_only=True):
    uri: str
    name: str
    language: str
    default: bool


AUDIO_GROUP = "audio"
SUBTITLES_GROUP = "subs"


def sequence_iv(sequence_number: int) -> bytes:
    """RFC 8216 §5.2: without an IV attribute, a segment's IV is its media sequence number, big-endian."""
    return sequence_number.to_bytes(16, "big")


def media_playlist(
    segments: Sequence[Segment], *, init_uri: str, first_sequence: int = 1, key: KeyTag | None = None
) -> str:
    target = max(1, math.ceil(max((s.duration_s for s in segments), default=1) - 1e-3))
    lines = [
        "#EXTM3U",
        f"#EXT-X-VERSION:{HLS_VERSION}",
        f"#EXT-X-TARGETDURATION:{target}",
        f"#EXT-X-MEDIA-SEQUENCE:{first_sequence}",
        "#EXT-X-PLAYLIST-TYPE:VOD",
        "#EXT-X-INDEPENDENT-SEGMENTS",
        # The init section comes before the key: it holds no media samples and stays in the clear.
        f'#EXT-X-MAP:URI="{_attribute(init_uri)}"',
    ]
    if key is not None:
        # No IV attribute: each segment's IV is its media sequence number (sequence_iv).
        lines.append(f'#EXT-X-KEY:METHOD=AES-128,URI="{_attribute(key.uri)}"')
    for segment in segments:
        lines += [f"#EXTINF:{segment.duration_s:.6f},", segment.uri]
    lines.append("#EXT-X-ENDLIST")
    return "\n".join(lines) + "\n"


def subtitle_playlist(vtt_uri: str, duration_s: float) -> str:
    """One segment: the whole WebVTT file (small, and fetched once)."""
    return "\n".join(
        [
            "#EXTM3U",
            "#EXT-X-VERSION:3",
            f"#EXT-X-TARGETDURATION:{max(1, math.ceil(duration_s))}",
            "#EXT-X-MEDIA-SEQUENCE:1",
            "#EXT-X-PLAYLIST-TYPE:VOD",
            f"#EXTINF:{duration_s:.6f},",
            vtt_uri,
            "#EXT-X-ENDLIST",
            "",
        ]
    )


def master_playlist(
    variants: Sequence[VariantLine], audio: Sequence[AudioLine], subtitles: Sequence[SubtitleLine]
) -> str:
    lines = ["#EXTM3U", f"#EXT-X-VERSION:{HLS_VERSION}", "#EXT-X-INDEPENDENT-SEGMENTS"]
    for track in audio:
        attributes = [
            "TYPE=AUDIO",
            f'GROUP-ID="{AUDIO_GROUP}"',
            f'NAME="{_attribute(track.name)}"',
            *([f'LANGUAGE="{_attribute(track.language)}"'] if track.language else []),
            f"DEFAULT={'YES' if track.default else 'NO'}",
            "AUTOSELECT=YES",
            f'CHANNELS="{track.channels}"',
            f'URI="{_attribute(track.uri)}"',
        ]
        lines.append("#EXT-X-MEDIA:" + ",".join(attributes))
    for subtitle in subtitles:
        attributes = [
            "TYPE=SUBTITLES",
            f'GROUP-ID="{SUBTITLES_GROUP}"',
            f'NAME="{_attribute(subtitle.name)}"',
            f'LANGUAGE="{_attribute(subtitle.language)}"',
            f"DEFAULT={'YES' if subtitle.default else 'NO'}",
            "AUTOSELECT=YES",
            "FORCED=NO",
            f'URI="{_attribute(subtitle.uri)}"',
        ]
        lines.append("#EXT-X-MEDIA:" + ",".join(attributes))
    for variant in variants:
        attributes = [
            f"BANDWIDTH={variant.bandwidth}",
            f"AVERAGE-BANDWIDTH={variant.average_bandwidth}",
            f"RESOLUTION={variant.width}x{variant.height}",
            f"FRAME-RATE={variant.frame_rate:.3f}",
            f'CODECS="{_attribute(variant.codecs)}"',
            *([f'AUDIO="{variant.audio_group}"'] if variant.audio_group else []),
            *([f'SUBTITLES="{variant.subtitles_group}"'] if variant.subtitles_group else []),
        ]
        lines += ["#EXT-X-STREAM-INF:" + ",".join(attributes), variant.uri]
    return "\n".join(lines) + "\n"


def segment_bitrates(segments: Sequence[Segment], segment_s: float) -> tuple[int, int]:
    """(peak, average) bit/s over the segments. A final segment shorter than half the segment length is left
    out of the peak: its size over a fraction of a second would overstate the rate a player must sustain."""
    total_bytes = sum(s.size_bytes for s in segments)
    total_s = sum(s.duration_s for s in segments)
    average = round(total_bytes * 8 / total_s) if total_s > 0 else 0
    counted = [
        s
        for position, s in enumerate(segments)
        if s.duration_s > 0
        and (position < len(segments) - 1 or s.duration_s >= segment_s / 2 or position == 0)
    ]
    peak = max((round(s.size_bytes * 8 / s.duration_s) for s in counted), default=average)
    return max(peak, average), average


def _attribute(value: str) -> str:
    """A quoted-string attribute may not hold a double quote or a line break (RFC 8216 §4.2)."""
    if not _SAFE_ATTRIBUTE.fullmatch(value):
        raise ValueError(f"not a playlist attribute value: {value!r}")
    return value
