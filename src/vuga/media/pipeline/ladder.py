"""Plan the HLS ladder: which renditions a source gets, their bitrates, frame rate, H.264 profile and level.

The rules (docs/media-pipeline.md, "The ladder"):
- heights from a fixed ladder (``ladder_heights``, 240 … 1080 by default), kept only up to the source's height
  and ``max_output_height``: nothing is upscaled. A source smaller than the lowest rung gets one rendition at
  its own size;
- width from the source's display aspect ratio, rounded to an even number (4:2:0 needs even sizes);
- frame rate: the source's, divided by the smallest whole number that brings it under the cap (60 → 30,
  50 → 25), so that frames are dropped evenly, never duplicated;
- video bitrate = width * height * frame rate * ``bits_per_pixel``, with a floor; ``maxrate`` 1.5 times, a
  two-second buffer (capped VBR, so segment sizes stay predictable for the players' bandwidth estimates);
- profile Main up to 360 lines (older phones and TVs), High above; the level is the lowest of H.264's Table
  A-1 whose frame size, macroblock rate and bitrate limits hold the rendition, never below 3.0;
- ``CODECS`` per RFC 6381: ``avc1.PPCCLL`` (profile_idc, constraint flags, level_idc in hex) and AAC-LC's
  ``mp4a.40.2``.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING

import msgspec

from vuga.media.pipeline.probe import Probe

if TYPE_CHECKING:
    from vuga.settings import TranscodeSettings

AAC_LC_CODECS = "mp4a.40.2"


class Rendition(msgspec.Struct, frozen=True, kw_only=True):
    name: str  # its directory: v360
    width: int
    height: int
    frame_rate: float
    frame_rate_ratio: str  # exact: 30000/1001, 25
    bitrate: int  # target, bit/s
    maxrate: int
    bufsize: int
    profile: str  # "main" | "high", as x264 names them
    level: str  # "3.1"
    codecs: str  # RFC 6381, avc1.64001f


class AudioRendition(msgspec.Struct, frozen=True, kw_only=True):
    name: str  # audio, or audio_<language> when there are several tracks
    source_index: int  # the stream's index in the source
    language: str | None
    title: str
    channels: int
    sample_rate: int
    bitrate: int
    default: bool
    codecs: str = AAC_LC_CODECS


# H.264 Table A-1: level -> (max frame size in macroblocks, max macroblocks per second, max bitrate for
# Main in kbit/s; High may use 1.25 times that).
_LEVELS: tuple[tuple[str, int, int, int], ...] = (
    ("3.0", 1_620, 40_500, 10_000),
    ("3.1", 3_600, 108_000, 14_000),
    ("3.2", 5_120, 216_000, 20_000),
    ("4.0", 8_192, 245_760, 20_000),
    ("4.1", 8_192, 245_760, 50_000),
    ("4.2", 8_704, 522_240, 50_000),
    ("5.0", 22_080, 589_824, 135_000),
    ("5.1", 36_864, 983_040, 240_000),
    ("5.2", 36_864, 2_073_600, 240_000),
    ("6.0", 139_264, 4_177_920, 240_000),
)
_PROFILE_IDC = {"main": 0x4D, "high": 0x64}
# constraint_set1_flag for Main (a Main stream is also decodable as the "constrained" subset x264 writes);
# none for High: the flags x264 writes, so that the planned string equals the one read back from init.mp4.
_CONSTRAINT_FLAGS = {"main": 0x40, "high": 0x00}
_CONSTRAINED_BASELINE = (0x42, 0x40)  # profile_idc 66 with constraint_set1: decodable by Main and High
_MAIN_PROFILE_MAX_HEIGHT = 360
_BUFFER_S = 2
_MAXRATE_FACTOR = 1.5


def output_frame_rate(source: Fraction, cap: float) -> Fraction:
    divisor = max(1, math.ceil(float(source) / cap - 1e-9))
    return source / divisor


def even(value: float) -> int:
    return max(2, 2 * round(value / 2))


def plan_ladder(probe: Probe, settings: TranscodeSettings) -> list[Rendition]:
    """The video renditions for this source, lowest first."""
    source_height = probe.video.height
    aspect = Fraction(probe.video.width, probe.video.height)
    ceiling = min(source_height, settings.max_output_height)
    heights = [h for h in settings.ladder_heights if h <= ceiling]
    if not heights:
        heights = [max(2, ceiling // 2 * 2)]  # even, rounded down: never a line more than the source
    exact_fps = output_frame_rate(Fraction(probe.video.frame_rate_ratio), settings.max_frame_rate_out)
    fps = float(exact_fps)
    renditions = []
    for height in heights:
        width = even(float(height * aspect))
        bitrate = max(settings.min_video_bitrate, round(width * height * fps * settings.bits_per_pixel))
        maxrate = round(bitrate * _MAXRATE_FACTOR)
        profile = "main" if height <= _MAIN_PROFILE_MAX_HEIGHT else "high"
        level = h264_level(width, height, fps, maxrate, profile)
        renditions.append(
            Rendition(
                name=f"v{height}",
                width=width,
                height=height,
                frame_rate=round(fps, 3),
                frame_rate_ratio=str(exact_fps),
                bitrate=bitrate,
                maxrate=maxrate,
                bufsize=maxrate * _BUFFER_S,
                profile=profile,
                level=level,
                codecs=avc1_codecs(profile, level),
            )
        )
    return renditions


def plan_audio(probe: Probe, settings: TranscodeSettings) -> list[AudioRendition]:
    """One AAC rendition per audio track of the source (stereo at most), the source's default first."""
    tracks = sorted(probe.audio, key=lambda track: not track.default)
    several = len(tracks) > 1
    renditions = []
    used_names: set[str] = set()
    for position, track in enumerate(tracks):
        channels = min(track.channels, settings.audio_channels)
        name = "audio"
        if several:
            name = f"audio_{track.language}" if track.language else f"audio_{position + 1}"
            if name in used_names:  # two tracks in one language (a commentary)
                name = f"{name}_{position + 1}"
        used_names.add(name)
        renditions.append(
            AudioRendition(
                name=name,
                source_index=track.index,
                language=track.language,
                title=track.title or track.language or (f"Track {position + 1}" if several else "Audio"),
                channels=channels,
                sample_rate=track.sample_rate if track.sample_rate in (44_100, 48_000) else 48_000,
                bitrate=channels * settings.audio_bitrate_per_channel,
                default=position == 0,
            )
        )
    return renditions


def h264_level(width: int, height: int, fps: float, maxrate: int, profile: str) -> str:
    macroblocks = math.ceil(width / 16) * math.ceil(height / 16)
    bitrate_factor = 1.25 if profile == "high" else 1.0
    for level, max_frame, max_rate, max_kbps in _LEVELS:
        if (
            macroblocks <= max_frame
            and macroblocks * fps <= max_rate
            and maxrate <= max_kbps * 1000 * bitrate_factor
        ):
            return level
    return _LEVELS[-1][0]


def decodable_as(actual: str, planned: str) -> bool:
    """Whether a stream x264 wrote (``actual``, read from its init section) plays wherever the planned one
    would: x264 writes the smallest profile the stream's tools fit (ultrafast, without CABAC or B-frames, is
    Constrained Baseline even when Main was asked for): a lower profile or level is fine, never a higher."""
    try:
        actual_profile, actual_flags, actual_level = (int(actual[5 + i : 7 + i], 16) for i in (0, 2, 4))
        planned_profile, _, planned_level = (int(planned[5 + i : 7 + i], 16) for i in (0, 2, 4))
    except ValueError:
        return False
    constrained_baseline = (
        actual_profile == _CONSTRAINED_BASELINE[0] and actual_flags & _CONSTRAINED_BASELINE[1]
    )
    order = [_PROFILE_IDC["main"], _PROFILE_IDC["high"]]
    if constrained_baseline:
        profile_fits = planned_profile in order
    else:
        profile_fits = actual_profile in order and planned_profile in order[order.index(actual_profile) :]
    return bool(profile_fits) and actual_level <= planned_level


def avc1_codecs(profile: str, level: str) -> str:
    major, minor = level.split(".")
    level_idc = int(major) * 10 + int(minor)
    return f"avc1.{_PROFILE_IDC[profile]:02x}{_CONSTRAINT_FLAGS[profile]:02x}{level_idc:02x}"
