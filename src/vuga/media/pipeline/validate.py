"""Read a written ladder back and check it, before it is published (and in the tests).

- the master parses (the ``m3u8`` package), every variant has ``BANDWIDTH``, ``RESOLUTION`` and ``CODECS``,
  every group it names exists, every URI is relative and names a file that is there;
- every media playlist is a finished VOD playlist whose segments exist, none longer than the target
  duration, none but the last shorter than half the segment length, and together as long as the video;
- keyframe alignment: each video segment starts with a keyframe, and segment *n* starts at the same instant
  in every rendition (within half a frame) — read from the segments themselves with PyAV (decrypted first
  when a key is given), not from the playlists, which only say what ffmpeg meant to do.
"""

from __future__ import annotations

import io
import math
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import m3u8
import msgspec

from vuga.media.pipeline.encryption import decrypt_bytes
from vuga.media.pipeline.errors import LadderInvalid
from vuga.media.pipeline.manifest import MANIFEST_NAME, decode_manifest
from vuga.media.pipeline.playlists import sequence_iv

_DURATION_TOLERANCE_S = 0.5


class SegmentStart(msgspec.Struct, frozen=True):
    uri: str
    start_s: float  # relative to the rendition's first segment
    keyframe: bool


class RenditionCheck(msgspec.Struct, frozen=True, kw_only=True):
    playlist: str
    segments: int
    duration_s: float
    starts: list[SegmentStart]  # video renditions only


class LadderCheck(msgspec.Struct, frozen=True, kw_only=True):
    video: list[RenditionCheck]
    audio: list[RenditionCheck]
    subtitles: list[str]


def validate_ladder(directory: Path, *, key: bytes | None = None) -> LadderCheck:
    """Check the ladder at ``directory`` and its ``manifest.json``; :class:`LadderInvalid` lists problems."""
    problems: list[str] = []
    manifest = decode_manifest((directory / MANIFEST_NAME).read_bytes())
    master = m3u8.loads((directory / manifest.master).read_text(encoding="utf-8"))
    if not master.is_variant or not master.playlists:
        raise LadderInvalid(["the master playlist lists no variant"])
    groups = {(media.type, media.group_id) for media in master.media}
    video_checks = []
    for variant in master.playlists:
        info = variant.stream_info
        name = variant.uri or "?"
        if not info.bandwidth or not info.resolution or not info.codecs:
            problems.append(f"{name}: BANDWIDTH, RESOLUTION and CODECS are required")
        if info.average_bandwidth and info.bandwidth and info.average_bandwidth > info.bandwidth:
            problems.append(f"{name}: AVERAGE-BANDWIDTH above BANDWIDTH")
        if info.audio and ("AUDIO", info.audio) not in groups:
            problems.append(f"{name}: no audio group {info.audio}")
        if info.subtitles and ("SUBTITLES", info.subtitles) not in groups:
            problems.append(f"{name}: no subtitles group {info.subtitles}")
        check = _check_media(
            directory, name, manifest.duration_s, manifest.segment_s, key, problems, video=True
        )
        if check:
            video_checks.append(check)
    audio_checks, subtitle_uris = [], []
    for media in master.media:
        if media.type == "AUDIO" and media.uri:
            check = _check_media(
                directory, media.uri, manifest.duration_s, manifest.segment_s, key, problems, video=False
            )
            if check:
                audio_checks.append(check)
        elif media.type == "SUBTITLES" and media.uri:
            _check_subtitles(directory, media.uri, problems)
            subtitle_uris.append(media.uri)
    _check_alignment(video_checks, problems)
    if problems:
        raise LadderInvalid(problems)
    return LadderCheck(video=video_checks, audio=audio_checks, subtitles=subtitle_uris)


def avc1_codecs_of_init(init: Path) -> str:
    """The RFC 6381 string of the H.264 stream in an init section, from its avcC box (profile, constraint
    flags, level: the three bytes after its version byte)."""
    data = init.read_bytes()
    at = data.find(b"avcC")
    if at < 0 or len(data) < at + 8:
        raise LadderInvalid([f"{init.parent.name}: no H.264 configuration in {init.name}"])
    profile, constraints, level = data[at + 5], data[at + 6], data[at + 7]
    return f"avc1.{profile:02x}{constraints:02x}{level:02x}"


def _relative_file(directory: Path, base: PurePosixPath, uri: str | None, problems: list[str]) -> Path | None:
    if not uri:
        problems.append(f"an entry of {base} has no URI")
        return None
    parts = urlsplit(uri)
    if parts.scheme or parts.netloc or uri.startswith("/"):
        problems.append(f"{uri}: URIs in playlists are relative")
        return None
    resolved = PurePosixPath(*(base / parts.path).parts)
    normal: list[str] = []
    for part in resolved.parts:
        if part == "..":
            if not normal:
                problems.append(f"{uri}: leaves the asset")
                return None
            normal.pop()
        elif part != ".":
            normal.append(part)
    path = directory.joinpath(*normal)
    if not path.is_file():
        problems.append(f"{uri}: missing")
        return None
    return path


def _check_media(
    directory: Path,
    uri: str,
    duration_s: float,
    segment_s: float,
    key: bytes | None,
    problems: list[str],
    *,
    video: bool,
) -> RenditionCheck | None:
    path = _relative_file(directory, PurePosixPath("."), uri, problems)
    if path is None:
        return None
    playlist = m3u8.loads(path.read_text(encoding="utf-8"))
    base = PurePosixPath(uri).parent
    if not playlist.is_endlist or (playlist.playlist_type or "").lower() != "vod":
        problems.append(f"{uri}: not a finished VOD playlist")
    if not playlist.segments or not playlist.segment_map:
        problems.append(f"{uri}: no segments or no init section (EXT-X-MAP)")
        return None
    init = _relative_file(directory, base, playlist.segment_map[0].uri, problems)
    keys = [k for k in playlist.keys if k is not None]
    if key is not None and not (keys and keys[0].method == "AES-128"):
        problems.append(f"{uri}: not encrypted")
    if key is None and keys:
        problems.append(f"{uri}: has a key tag but the ladder is not encrypted")
    durations = [float(s.duration or 0) for s in playlist.segments]
    _check_durations(uri, durations, playlist.target_duration or 0, duration_s, segment_s, problems)
    segment_files = []
    for segment in playlist.segments:
        segment_path = _relative_file(directory, base, segment.uri, problems)
        if segment_path is not None and segment_path.stat().st_size == 0:
            problems.append(f"{uri}: segment {segment.uri} is empty")
        segment_files.append(segment_path)
    starts: list[SegmentStart] = []
    if video and init is not None and all(segment_files):
        starts = _segment_starts(uri, init, segment_files, playlist.media_sequence or 1, key, problems)
    return RenditionCheck(
        playlist=uri, segments=len(durations), duration_s=round(sum(durations), 3), starts=starts
    )


def _check_durations(
    uri: str, durations: list[float], target: float, duration_s: float, segment_s: float, problems: list[str]
) -> None:
    for position, duration in enumerate(durations):
        if round(duration) > target:
            problems.append(f"{uri}: segment {position + 1} ({duration:.3f} s) exceeds the target {target} s")
        if position < len(durations) - 1 and duration < segment_s / 2:
            problems.append(
                f"{uri}: segment {position + 1} is {duration:.3f} s, under half the segment length"
            )
    total = sum(durations)
    if abs(total - duration_s) > max(_DURATION_TOLERANCE_S, segment_s / 2):
        problems.append(f"{uri}: segments add up to {total:.2f} s, the video is {duration_s:.2f} s")


def _segment_starts(
    uri: str,
    init: Path,
    segment_files: list[Path | None],
    first_sequence: int,
    key: bytes | None,
    problems: list[str],
) -> list[SegmentStart]:
    """Each segment's first video packet: its time relative to the first segment's, and its keyframe flag."""
    init_bytes = init.read_bytes()
    found: list[SegmentStart] = []
    for position, segment_path in enumerate(segment_files):
        assert segment_path is not None
        data = segment_path.read_bytes()
        if key is not None:
            try:
                data = decrypt_bytes(data, key, sequence_iv(first_sequence + position))
            except ValueError:
                problems.append(f"{uri}: {segment_path.name} does not decrypt with the key")
                return []
        first_packet = _segment_start(init_bytes, data)
        if first_packet is None:
            problems.append(f"{uri}: {segment_path.name} has no video packet")
            return []
        found.append(SegmentStart(segment_path.name, first_packet[0], first_packet[1]))
    origin = found[0].start_s if found else 0.0
    starts = [SegmentStart(s.uri, round(s.start_s - origin, 6), s.keyframe) for s in found]
    problems += [f"{uri}: {s.uri} does not start with a keyframe" for s in starts if not s.keyframe]
    return starts


def _segment_start(init: bytes, segment: bytes) -> tuple[float, bool] | None:
    """The first video packet's presentation time and keyframe flag, from the init section and the segment."""
    import av

    with av.open(io.BytesIO(init + segment), mode="r", format="mov") as container:
        stream = container.streams.video[0]
        for packet in container.demux(stream):
            if packet.pts is not None and packet.time_base is not None:
                return float(packet.pts * packet.time_base), bool(packet.is_keyframe)
    return None


def _check_alignment(checks: list[RenditionCheck], problems: list[str]) -> None:
    if len(checks) < 2:
        return
    reference = checks[0]
    for other in checks[1:]:
        if len(other.starts) != len(reference.starts):
            problems.append(
                f"{other.playlist} has {len(other.starts)} segments, "
                f"{reference.playlist} {len(reference.starts)}"
            )
            continue
        for ours, theirs in zip(reference.starts, other.starts, strict=True):
            # Half a frame at the lowest frame rate we make (the renditions share one).
            if not math.isclose(ours.start_s, theirs.start_s, abs_tol=0.02):
                problems.append(
                    f"keyframes not aligned: {reference.playlist} {ours.uri} at {ours.start_s:.3f} s, "
                    f"{other.playlist} {theirs.uri} at {theirs.start_s:.3f} s"
                )
                break


def _check_subtitles(directory: Path, uri: str, problems: list[str]) -> None:
    path = _relative_file(directory, PurePosixPath("."), uri, problems)
    if path is None:
        return
    playlist = m3u8.loads(path.read_text(encoding="utf-8"))
    for segment in playlist.segments:
        vtt = _relative_file(directory, PurePosixPath(uri).parent, segment.uri, problems)
        if vtt is not None and not vtt.read_text(encoding="utf-8").lstrip("\ufeff").startswith("WEBVTT"):
            problems.append(f"{segment.uri}: not WebVTT")
