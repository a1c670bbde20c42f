"""Probe an uploaded file and refuse anything that is not a playable video within the limits.

The file is hostile until proven otherwise, so libavformat reads it in a child process (PyAV: the ffmpeg wheel
has no ffprobe) under an address-space limit (RLIMIT_AS) and a wall-clock timeout; the parent only reads the
child's JSON answer. Before spawning anything the parent refuses what needs no demuxer to refuse: not a
regular file, empty, too large, or text (subtitles, playlists, ffconcat scripts — formats that would make
libavformat open other files or URLs).

The child accepts only the containers a video upload comes in (MP4/MOV, Matroska/WebM, AVI, MPEG-TS/PS, FLV,
MXF, ASF, Ogg), opened with the ``file`` protocol only; it decodes the first video frame (a header alone
proves nothing) and reads packets near the stated end, so a truncated file is refused rather than transcoded
into a short ladder.
"""

from __future__ import annotations

import asyncio
import os
import re
import resource
import stat
import subprocess
import sys
import tempfile
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import msgspec

from vuga.media.pipeline.errors import MediaRefused
from vuga.media.pipeline.ffmpeg import die_with_parent

if TYPE_CHECKING:  # the child process imports this module: it stays light
    from vuga.settings import TranscodeSettings

# libavformat demuxer names (``container.format.name``) of the containers a video upload comes in.
ACCEPTED_CONTAINERS = frozenset(
    {
        "mov,mp4,m4a,3gp,3g2,mj2",
        "matroska,webm",
        "avi",
        "mpegts",
        "mpeg",
        "flv",
        "mxf",
        "asf",
        "ogg",
    }
)
IMAGE_CONTAINERS = frozenset({"image2", "gif", "apng", "webp", "ico", "svg", "jpegxl_anim"})
_SNIFF_BYTES = 4096


class VideoStream(msgspec.Struct, frozen=True, kw_only=True):
    index: int  # the stream's index in the file (ffmpeg's -map 0:<index>)
    codec: str
    width: int  # as displayed: rotation and non-square pixels applied
    height: int
    coded_width: int
    coded_height: int
    frame_rate: float
    frame_rate_ratio: str  # exact, as a fraction: 30000/1001
    rotation: int = 0
    pixel_format: str | None = None
    bit_rate: int | None = None


class AudioStream(msgspec.Struct, frozen=True, kw_only=True):
    index: int
    codec: str
    channels: int
    sample_rate: int
    language: str | None = None
    title: str | None = None
    bit_rate: int | None = None
    default: bool = False


class Probe(msgspec.Struct, frozen=True, kw_only=True):
    container: str  # the demuxer's names, as libavformat lists them
    demuxer: str  # the one name ffmpeg's -f takes: the transcode reads the file as what was probed
    duration_s: float
    size_bytes: int
    bit_rate: int | None
    video: VideoStream
    audio: tuple[AudioStream, ...] = ()
    subtitle_streams: int = 0


class ProbeLimits(msgspec.Struct, frozen=True, kw_only=True):
    max_size_bytes: int = 64 * 1024**3
    max_duration_s: float = 5 * 3600
    min_duration_s: float = 0.5
    max_width: int = 4096
    max_height: int = 4096
    max_pixels: int = 4096 * 2304
    max_streams: int = 16
    max_audio_tracks: int = 8
    max_frame_rate: float = 240
    timeout_s: float = 30
    memory_bytes: int = 1024 * 1024**2

    @classmethod
    def from_settings(cls, settings: TranscodeSettings) -> ProbeLimits:
        return cls(
            max_size_bytes=settings.max_size_bytes,
            max_duration_s=settings.max_duration_s,
            min_duration_s=settings.min_duration_s,
            max_width=settings.max_width,
            max_height=settings.max_height,
            max_pixels=settings.max_pixels,
            max_streams=settings.max_streams,
            max_audio_tracks=settings.max_audio_tracks,
            max_frame_rate=settings.max_frame_rate,
            timeout_s=settings.probe_timeout_s,
            memory_bytes=settings.probe_memory_mb * 1024**2,
        )


class _Answer(msgspec.Struct, frozen=True):
    probe: Probe | None = None
    refused: str | None = None


def probe(path: Path, limits: ProbeLimits | None = None) -> Probe:
    """The file's container, streams and duration, or :class:`MediaRefused` with the reason."""
    limits = limits or ProbeLimits()
    path = Path(path).resolve()
    _check_file(path, limits)
    with tempfile.TemporaryDirectory(prefix="vuga-probe-") as empty_dir:
        try:
            completed = subprocess.run(  # noqa: S603 - our own module, the path as one argument
                [sys.executable, "-I", "-m", "vuga.media.pipeline.probe", str(path), _encode_limits(limits)],
                capture_output=True,
                timeout=limits.timeout_s,
                cwd=empty_dir,  # nothing relative to resolve against but an empty directory
                env={"PATH": os.defpath, "LC_ALL": "C"},
                preexec_fn=_child_limits(limits.memory_bytes),
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise MediaRefused(f"probing the file took longer than {limits.timeout_s:g} s") from None
    if completed.returncode != 0:
        raise MediaRefused(
            "the file could not be read within the prober's limits (memory or a crash in the demuxer)"
        )
    try:
        answer = msgspec.json.decode(completed.stdout, type=_Answer)
    except msgspec.DecodeError:
        raise MediaRefused("the file could not be read: the prober gave no answer") from None
    if answer.probe is None:
        raise MediaRefused(answer.refused or "the file is not a playable video")
    return _believable(answer.probe, limits)


def _believable(probed: Probe, limits: ProbeLimits) -> Probe:
    """The child read hostile bytes; were it subverted, its answer could be too. What the transcode builds
    ffmpeg's argv and file names from is checked again here, where no hostile byte was parsed."""
    video = probed.video
    sound = (
        probed.container in ACCEPTED_CONTAINERS
        and probed.demuxer == probed.container.split(",")[0]
        and limits.min_duration_s <= probed.duration_s <= limits.max_duration_s
        and 0 < video.width <= max(limits.max_width, limits.max_height)
        and 0 < video.height <= max(limits.max_width, limits.max_height)
        and 0 < video.frame_rate <= limits.max_frame_rate
        and 0 <= video.index < limits.max_streams
        and len(probed.audio) <= limits.max_audio_tracks
        and all(0 <= track.index < limits.max_streams for track in probed.audio)
        and all(track.language == _language_tag(track.language) for track in probed.audio)
        and all(track.title == _display_text(track.title) for track in probed.audio)
    )
    try:
        sound = sound and 0 < Fraction(video.frame_rate_ratio) <= limits.max_frame_rate
    except (ValueError, ZeroDivisionError):
        sound = False
    if not sound:
        raise MediaRefused("the file could not be read: the prober's answer was not believable")
    return probed


async def probe_async(path: Path, limits: ProbeLimits | None = None) -> Probe:
    """:func:`probe` without blocking the event loop (it waits on a child process)."""
    return await asyncio.to_thread(probe, path, limits)


def _check_file(path: Path, limits: ProbeLimits) -> None:
    try:
        info = path.stat()
    except OSError:
        raise MediaRefused("the file does not exist") from None
    if not stat.S_ISREG(info.st_mode):
        raise MediaRefused("not a regular file")
    if info.st_size == 0:
        raise MediaRefused("the file is empty")
    if info.st_size > limits.max_size_bytes:
        raise MediaRefused(f"the file is {_size(info.st_size)}; the limit is {_size(limits.max_size_bytes)}")
    with path.open("rb") as file:
        head = file.read(_SNIFF_BYTES)
    if _looks_like_text(head):
        raise MediaRefused("a text file, not a video")


def _size(size_bytes: int) -> str:
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size_bytes >= scale:
            return f"{size_bytes / scale:.1f} {unit}"
    return f"{size_bytes} bytes"


def _looks_like_text(head: bytes) -> bool:
    """Every container we accept has binary headers (box sizes, EBML ids, sync bytes) in its first bytes."""
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sample is still text.
        return error.start >= len(head) - 3
    return True


def _encode_limits(limits: ProbeLimits) -> str:
    return msgspec.json.encode(limits).decode()


def _child_limits(memory_bytes: int) -> Any:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))  # the prober writes no file
        die_with_parent()

    return apply


# ---- the child: runs as ``python -m vuga.media.pipeline.probe PATH LIMITS`` --------------------------------


class _Refused(Exception):
    pass


def _refuse(reason: str) -> NoReturn:
    raise _Refused(reason)


def _probe_in_child(path: str, limits: ProbeLimits) -> Probe:
    import av
    import av.error
    from av.stream import Disposition

    try:
        container = av.open(
            path,
            options={"protocol_whitelist": "file", "probesize": "20000000", "analyzeduration": "20000000"},
            timeout=limits.timeout_s,
        )
    except av.error.InvalidDataError:
        _refuse("not a video file: no known container format")
    except av.error.FFmpegError as error:
        _refuse(f"not a readable video file ({error.strerror})")
    with container:
        names = container.format.name
        if names in IMAGE_CONTAINERS or names.endswith("_pipe"):
            _refuse("an image, not a video")
        if names not in ACCEPTED_CONTAINERS:
            _refuse(f"the container ({names}) is not one a video upload comes in")
        streams = list(container.streams)
        if len(streams) > limits.max_streams:
            _refuse(f"the file has {len(streams)} streams; the limit is {limits.max_streams}")
        videos = [
            s for s in container.streams.video if not (s.disposition & Disposition.attached_pic)
        ]  # cover art is a one-picture "video" stream
        if not videos:
            _refuse("the file has no video stream")
        video = videos[0]
        duration_s = _duration(container, streams)
        if duration_s is None:
            _refuse("the file does not say how long it is")
        if duration_s > limits.max_duration_s:
            _refuse(f"the video is {_hours(duration_s)} long; the limit is {_hours(limits.max_duration_s)}")
        if duration_s < limits.min_duration_s:
            _refuse(f"the video is {duration_s:.2f} s long; it must be at least {limits.min_duration_s:g} s")
        context = video.codec_context
        coded_width, coded_height = int(context.width or 0), int(context.height or 0)
        if coded_width <= 0 or coded_height <= 0:
            _refuse("the video stream has no picture size")
        if (
            coded_width > limits.max_width
            or coded_height > limits.max_height
            or (coded_width * coded_height > limits.max_pixels)
        ):
            _refuse(
                f"the picture is {coded_width}x{coded_height}; the limit is {limits.max_width}x"
                f"{limits.max_height} and {limits.max_pixels} pixels"
            )
        rate = video.average_rate or video.guessed_rate or video.base_rate
        frame_rate = float(rate) if rate else 0.0
        if rate is None or not 0 < frame_rate <= limits.max_frame_rate:
            _refuse(f"the video's frame rate ({frame_rate:g}) is not one we can play")
        audio = _audio_streams(container, limits)
        rotation = _first_frame_rotation(container, video)
        _check_not_truncated(container, video, duration_s, frame_rate)
        width, height = _display_size(coded_width, coded_height, video.sample_aspect_ratio, rotation)
        return Probe(
            container=names,
            demuxer=names.split(",")[0],
            duration_s=round(duration_s, 3),
            size_bytes=os.path.getsize(path),
            bit_rate=int(container.bit_rate) if container.bit_rate else None,
            video=VideoStream(
                index=video.index,
                codec=context.name,
                width=width,
                height=height,
                coded_width=coded_width,
                coded_height=coded_height,
                frame_rate=round(frame_rate, 3),
                frame_rate_ratio=str(Fraction(rate).limit_denominator(1_000_000)),
                rotation=rotation,
                pixel_format=context.pix_fmt,
                bit_rate=int(context.bit_rate) if context.bit_rate else None,
            ),
            audio=audio,
            subtitle_streams=len(container.streams.subtitles),
        )


def _duration(container: Any, streams: list[Any]) -> float | None:
    if container.duration:
        return float(container.duration) / 1_000_000
    durations = [float(s.duration * s.time_base) for s in streams if s.duration and s.time_base]
    return max(durations) if durations else None


def _hours(seconds: float) -> str:
    hours, rest = divmod(int(seconds), 3600)
    return f"{hours} h {rest // 60:02d} min"


def _audio_streams(container: Any, limits: ProbeLimits) -> tuple[AudioStream, ...]:
    from av.stream import Disposition

    streams = list(container.streams.audio)
    if len(streams) > limits.max_audio_tracks:
        _refuse(f"the file has {len(streams)} audio tracks; the limit is {limits.max_audio_tracks}")
    tracks: list[AudioStream] = []
    for stream in streams:
        context = stream.codec_context
        channels = int(context.channels or 0)
        if context.codec is None or channels <= 0 or not context.sample_rate:
            _refuse(f"audio track {len(tracks) + 1} cannot be decoded")
        language = _language_tag(stream.language)
        tracks.append(
            AudioStream(
                index=stream.index,
                codec=context.name,
                channels=channels,
                sample_rate=int(context.sample_rate),
                language=language,
                title=_display_text(stream.metadata.get("title")),
                bit_rate=int(context.bit_rate) if context.bit_rate else None,
                default=bool(stream.disposition & Disposition.default),
            )
        )
    return tuple(tracks)


# Tags come from the file: a language becomes a directory name and both reach playlists, so only a plain
# language tag passes, and a title loses what a playlist attribute cannot hold.
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}")
_NOT_DISPLAYABLE = re.compile(r'["\x00-\x1f\x7f]')
_MAX_TITLE = 80


def _language_tag(value: str | None) -> str | None:
    if not value or value.lower() in {"und", "zxx", "mis", "mul"} or not _LANGUAGE_TAG.fullmatch(value):
        return None
    return value.lower()


def _display_text(value: str | None) -> str | None:
    text = _NOT_DISPLAYABLE.sub("", value or "").strip()[:_MAX_TITLE]
    return text or None


_MAX_PACKETS_TO_FIRST_FRAME = 600


def _first_frame_rotation(container: Any, video: Any) -> int:
    """Decode the first picture (proving the stream decodes); its display rotation, in degrees."""
    import av.error

    try:
        for count, packet in enumerate(container.demux(video)):
            if count > _MAX_PACKETS_TO_FIRST_FRAME:
                break
            for frame in packet.decode():
                return int(round(frame.rotation)) % 360  # noqa: RUF046 - PyAV types it Any
    except av.error.FFmpegError:
        pass
    _refuse("the video cannot be decoded")


_MAX_PACKETS_AT_END = 20_000  # a ten-second group of pictures at 240 fps, with room to spare


def _check_not_truncated(container: Any, video: Any, duration_s: float, frame_rate: float) -> None:
    """Packets must reach the stated end: a cut-off upload's header still claims the whole length."""
    import av.error

    end_s = float(video.duration * video.time_base) if video.duration else duration_s
    start = float(video.start_time * video.time_base) if video.start_time else 0.0
    # A tenth of a short clip, at most 1.5 s of a long one, never less than three frames.
    tolerance_s = max(min(1.5, end_s / 10), 3 / frame_rate)
    if end_s <= tolerance_s:
        return
    last_s: float | None = None
    try:
        container.seek(int((start + end_s - tolerance_s) / video.time_base), stream=video, backward=True)
        for count, packet in enumerate(container.demux(video)):
            if count > _MAX_PACKETS_AT_END:
                break
            if packet.pts is not None:  # the latest presentation time (B-frames arrive out of order)
                last_s = max(last_s or 0.0, float(packet.pts * video.time_base) - start)
                if last_s >= end_s - tolerance_s:
                    return
    except av.error.FFmpegError:
        _refuse("the file is damaged: its end cannot be read")
    stops = f"at {last_s:.1f} s" if last_s is not None else "early"
    _refuse(f"the file is cut short: its video stops {stops} of the {end_s:.1f} s its header states")


def _display_size(width: int, height: int, aspect: Any, rotation: int) -> tuple[int, int]:
    if aspect and aspect.numerator > 0 and aspect.denominator > 0 and aspect != 1:
        width = max(2, round(width * aspect.numerator / aspect.denominator))
    if rotation in (90, 270):
        width, height = height, width
    return width, height


def _child_main(argv: list[str]) -> int:
    path, encoded_limits = argv
    limits = msgspec.json.decode(encoded_limits, type=ProbeLimits)
    try:
        answer = _Answer(probe=_probe_in_child(path, limits))
    except _Refused as refused:
        answer = _Answer(refused=str(refused))
    sys.stdout.buffer.write(msgspec.json.encode(answer))
    return 0


if __name__ == "__main__":
    raise SystemExit(_child_main(sys.argv[1:]))
