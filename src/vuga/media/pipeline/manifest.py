"""``manifest.json``: what a transcode published, for the media jobs to record and the playback endpoint to
serve from (renditions to filter the master by, subtitles, thumbnails) without reading playlists back.

Paths are relative to the asset's prefix (``assets/<asset_key>/``), as in the playlists.
"""

from __future__ import annotations

import msgspec

MANIFEST_NAME = "manifest.json"
MANIFEST_VERSION = 1


class SourceSummary(msgspec.Struct, frozen=True, kw_only=True):
    container: str
    duration_s: float
    size_bytes: int
    video_codec: str
    width: int
    height: int
    frame_rate: float
    audio_tracks: int
    subtitle_streams: int


class VideoEntry(msgspec.Struct, frozen=True, kw_only=True):
    name: str
    height: int
    width: int
    bandwidth: int  # peak segment bitrate, audio included (the master's BANDWIDTH)
    average_bandwidth: int
    codecs: str  # video and audio, as in the master
    video_codecs: str  # read back from init.mp4
    frame_rate: float
    playlist: str  # v360/index.m3u8
    segments: int


class AudioEntry(msgspec.Struct, frozen=True, kw_only=True):
    name: str
    language: str | None
    title: str
    channels: int
    codecs: str
    bandwidth: int
    average_bandwidth: int
    playlist: str
    default: bool


class SubtitleEntry(msgspec.Struct, frozen=True, kw_only=True):
    language: str
    name: str
    playlist: str  # subs/en.m3u8
    vtt: str  # subs/en.vtt
    default: bool


class ThumbnailsEntry(msgspec.Struct, frozen=True, kw_only=True):
    poster: str
    vtt: str
    sprites: list[str]
    interval_s: float
    width: int
    height: int
    columns: int
    rows: int


class Manifest(msgspec.Struct, frozen=True, kw_only=True):
    version: int = MANIFEST_VERSION
    master: str = "master.m3u8"
    duration_s: float
    segment_s: float
    source: SourceSummary
    renditions: list[VideoEntry]
    audio: list[AudioEntry]
    subtitles: list[SubtitleEntry]
    thumbnails: ThumbnailsEntry | None
    encrypted: bool


def encode_manifest(manifest: Manifest) -> bytes:
    return msgspec.json.format(msgspec.json.encode(manifest), indent=2) + b"\n"


def decode_manifest(data: bytes) -> Manifest:
    return msgspec.json.decode(data, type=Manifest)
