"""Find ffmpeg and run it: argv lists only (never a shell), resource limits, progress, cancellation.

Which binary runs (docs/media-pipeline.md, "Which ffmpeg"): ``TranscodeSettings.ffmpeg_path`` when set; else
the system's ``ffmpeg`` when it has libx264, the native AAC encoder and the HLS muxer (a distribution's build,
security-patched with the system); else the static build the ``imageio-ffmpeg`` wheel carries, so that a
machine with nothing but Python transcodes too.

A run gets its own process group, an address-space limit (RLIMIT_AS), a largest-file limit (RLIMIT_FSIZE), no
core dumps and a wall-clock timeout; ``-progress pipe:1`` is read as it comes and turned into (percent, ETA)
callbacks. Cancelling the awaiting task kills the whole group and waits for it, so nothing keeps writing.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import functools
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from vuga.media.pipeline.errors import FfmpegFailed, FfmpegTimedOut, FfmpegUnavailable

if TYPE_CHECKING:
    from vuga.settings import TranscodeSettings

_STDERR_TAIL_BYTES = 16 * 1024
_REQUIRED_ENCODERS = ("libx264", "aac", "mjpeg")
_REQUIRED_MUXERS = ("hls", "image2")


class Progress(msgspec.Struct, frozen=True):
    percent: float  # 0 … 100
    eta_s: float | None  # None until there is a rate to extrapolate from
    speed: float | None = None  # media seconds per wall second


ProgressCallback = Callable[[Progress], None]


class FfmpegBinary(msgspec.Struct, frozen=True):
    path: str
    origin: str  # "configured" | "system" | "imageio-ffmpeg"


class RunLimits(msgspec.Struct, frozen=True, kw_only=True):
    timeout_s: float
    memory_bytes: int
    max_file_bytes: int

    @classmethod
    def for_duration(cls, duration_s: float, settings: TranscodeSettings) -> RunLimits:
        return cls(
            timeout_s=max(settings.ffmpeg_min_timeout_s, duration_s * settings.ffmpeg_timeout_factor),
            memory_bytes=settings.ffmpeg_memory_mb * 1024**2,
            max_file_bytes=settings.ffmpeg_max_file_mb * 1024**2,
        )


def find_ffmpeg(configured: Path | None = None) -> FfmpegBinary:
    if configured is not None:
        if not _is_capable(str(configured)):
            raise FfmpegUnavailable(f"{configured} is not an ffmpeg with libx264, AAC and the HLS muxer")
        return FfmpegBinary(str(configured), "configured")
    return _default_ffmpeg()


@functools.cache
def _default_ffmpeg() -> FfmpegBinary:
    system = shutil.which("ffmpeg")
    if system and _is_capable(system):
        return FfmpegBinary(system, "system")
    try:
        import imageio_ffmpeg

        bundled = imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError) as error:
        raise FfmpegUnavailable(f"no ffmpeg on PATH and none from imageio-ffmpeg ({error})") from None
    return FfmpegBinary(bundled, "imageio-ffmpeg")


@functools.cache
def _is_capable(binary: str) -> bool:
    """The binary has what the ladder needs (a distribution's ffmpeg may lack libx264)."""
    try:
        encoders = subprocess.run(  # noqa: S603 - a fixed argv, the binary found or configured
            [binary, "-hide_banner", "-encoders"], capture_output=True, timeout=20, check=False, text=True
        ).stdout
        muxers = subprocess.run(  # noqa: S603 - as above
            [binary, "-hide_banner", "-muxers"], capture_output=True, timeout=20, check=False, text=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    encoder_names = {line.split()[1] for line in encoders.splitlines() if len(line.split()) > 1}
    muxer_names = {line.split()[1] for line in muxers.splitlines() if len(line.split()) > 1}
    return all(e in encoder_names for e in _REQUIRED_ENCODERS) and all(
        m in muxer_names for m in _REQUIRED_MUXERS
    )


_PR_SET_PDEATHSIG = 1
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform == "linux" else None


def die_with_parent() -> None:
    """In a child before exec: SIGKILL when the process that started it dies (a worker killed outright never
    runs its clean-up, and ffmpeg, in a process group of its own, would go on writing for hours)."""
    if _LIBC is not None:
        _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _limits_in_child(limits: RunLimits) -> Callable[[], None]:
    def apply() -> None:
        # Its own process group, so that a cancel kills ffmpeg and whatever it started: set here rather than
        # with create_subprocess_exec's process_group, which uvloop's loop (the server's) refuses.
        os.setpgid(0, 0)
        resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limits.max_file_bytes, limits.max_file_bytes))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        die_with_parent()

    return apply


def base_argv(binary: FfmpegBinary) -> list[str]:
    """What every run starts with: no terminal interaction, errors only on stderr, progress on stdout."""
    return [binary.path, "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error", "-progress", "pipe:1"]


async def run_ffmpeg(
    argv: Sequence[str],
    *,
    duration_s: float,
    limits: RunLimits,
    on_progress: ProgressCallback | None = None,
    cwd: Path | None = None,
) -> None:
    """Run ``argv`` (from :func:`base_argv`) to completion, or raise :class:`FfmpegFailed`.

    ``duration_s`` is the media duration the output covers, for the percentage. Cancelling the caller kills
    ffmpeg's process group before the cancellation propagates.
    """
    started = time.monotonic()
    process = await asyncio.create_subprocess_exec(
        *argv,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=cwd,
        env={"PATH": os.defpath, "LC_ALL": "C"},
        preexec_fn=_limits_in_child(limits),
    )
    assert process.stdout is not None
    assert process.stderr is not None
    stderr_tail = bytearray()

    async def read_stderr() -> None:
        assert process.stderr is not None
        while chunk := await process.stderr.read(4096):
            stderr_tail.extend(chunk)
            del stderr_tail[:-_STDERR_TAIL_BYTES]

    async def read_progress() -> None:
        assert process.stdout is not None
        block: dict[str, str] = {}
        while line := await process.stdout.readline():
            key, _, value = line.decode("ascii", "replace").strip().partition("=")
            block[key] = value
            if key == "progress":
                if on_progress is not None:
                    on_progress(_progress(block, duration_s, time.monotonic() - started))
                block = {}

    readers = asyncio.gather(read_stderr(), read_progress())
    try:
        async with asyncio.timeout(limits.timeout_s):
            await readers
            returncode = await process.wait()
    except TimeoutError:
        await _kill(process)
        raise FfmpegTimedOut(
            f"ffmpeg ran longer than {limits.timeout_s:g} s and was stopped",
            returncode=process.returncode,
            stderr_tail=stderr_tail.decode("utf-8", "replace"),
        ) from None
    except BaseException:  # cancelled: nothing may go on writing after the caller gave up
        readers.cancel()
        await _kill(process)
        raise
    if returncode != 0:
        how = f"was killed by signal {-returncode}" if returncode < 0 else f"exited with {returncode}"
        raise FfmpegFailed(
            f"ffmpeg {how}", returncode=returncode, stderr_tail=stderr_tail.decode("utf-8", "replace")
        )


async def _kill(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError):
        await asyncio.shield(process.wait())


def _progress(block: dict[str, str], duration_s: float, elapsed_s: float) -> Progress:
    if block.get("progress") == "end":
        return Progress(percent=100.0, eta_s=0.0)
    try:
        done_s = int(block.get("out_time_us", "0")) / 1_000_000
    except ValueError:  # "N/A" before the first frame
        done_s = 0.0
    fraction = min(1.0, max(0.0, done_s / duration_s)) if duration_s > 0 else 0.0
    if fraction <= 0 or elapsed_s <= 0:
        return Progress(percent=0.0, eta_s=None)
    return Progress(
        percent=round(fraction * 100, 1),
        eta_s=round(elapsed_s * (1 - fraction) / fraction, 1),
        speed=round(done_s / elapsed_s, 2),
    )
