"""The demo catalog's clips: real HLS ladders made from ffmpeg's test sources, by the real pipeline.

Each clip is an H.264/AAC source made from ``testsrc2`` (a moving test pattern with a running clock) and a
sine tone, then probed, planned and transcoded like an upload. One clip is over a minute long with three
renditions (144p, 240p, 360p, about 0.1, 0.3 and 0.6 Mbit/s), so a player's adaptive switching can be seen;
the others are short, with two. Resolutions are kept small so that ``make run`` stays quick: about 20 s on
two shared cores the first time (docs/media-pipeline.md, "Demo clips"), nothing on later runs — a clip whose
``manifest.json`` exists is kept.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from vuga.media.pipeline.ffmpeg import FfmpegBinary, RunLimits, base_argv, find_ffmpeg, run_ffmpeg
from vuga.media.pipeline.ladder import plan_ladder
from vuga.media.pipeline.manifest import MANIFEST_NAME, Manifest, decode_manifest
from vuga.media.pipeline.probe import ProbeLimits, probe_async
from vuga.media.pipeline.transcode import transcode

if TYPE_CHECKING:
    from vuga.settings import TranscodeSettings


class DemoClip(msgspec.Struct, frozen=True, kw_only=True):
    name: str  # its directory, and the asset key it is published under
    title: str
    duration_s: float
    width: int
    height: int
    frame_rate: int
    heights: tuple[int, ...]  # its renditions
    tone_hz: int


DEMO_CLIPS: tuple[DemoClip, ...] = (
    DemoClip(
        name="demo-adaptive",
        title="Adaptive test pattern (three renditions)",
        duration_s=64,
        width=640,
        height=360,
        frame_rate=24,
        heights=(144, 240, 360),
        tone_hz=440,
    ),
    DemoClip(
        name="demo-short-a",
        title="Test pattern A",
        duration_s=12,
        width=426,
        height=240,
        frame_rate=24,
        heights=(144, 240),
        tone_hz=330,
    ),
    DemoClip(
        name="demo-short-b",
        title="Test pattern B",
        duration_s=12,
        width=426,
        height=240,
        frame_rate=24,
        heights=(144, 240),
        tone_hz=550,
    ),
    DemoClip(
        name="demo-short-c",
        title="Test pattern C",
        duration_s=12,
        width=426,
        height=240,
        frame_rate=24,
        heights=(144, 240),
        tone_hz=660,
    ),
)


class DemoResult(msgspec.Struct, frozen=True):
    clip: DemoClip
    directory: Path
    manifest: Manifest
    made: bool  # False: it was there already
    seconds: float


def demo_settings(clip: DemoClip) -> TranscodeSettings:
    from vuga.settings import TranscodeSettings

    return TranscodeSettings(
        ladder_heights=list(clip.heights),
        min_video_bitrate=50_000,
        segment_s=4,
        trickplay_interval_s=5,
        preset="veryfast",
        audio_bitrate_per_channel=32_000,
    )


async def make_test_source(
    path: Path,
    *,
    duration_s: float,
    width: int,
    height: int,
    frame_rate: int,
    tone_hz: int = 440,
    audio_tracks: Sequence[str | None] = (None,),
    ffmpeg: FfmpegBinary | None = None,
) -> None:
    """An MP4 (H.264 + one AAC track per language given) from ``testsrc2`` and sine tones, encoded fast."""
    binary = ffmpeg or find_ffmpeg()
    argv = base_argv(binary)
    argv += ["-f", "lavfi", "-i", f"testsrc2=size={width}x{height}:rate={frame_rate}:duration={duration_s:g}"]
    for position, _language in enumerate(audio_tracks):
        frequency = tone_hz * (position + 1)
        argv += ["-f", "lavfi", "-i", f"sine=frequency={frequency}:sample_rate=48000:duration={duration_s:g}"]
    argv += ["-map", "0:v"]
    for position, _language in enumerate(audio_tracks):
        argv += ["-map", f"{position + 1}:a"]
    argv += ["-c:v", "libx264", "-preset", "ultrafast", "-crf", "20", "-pix_fmt", "yuv420p"]
    argv += ["-c:a", "aac", "-b:a", "96k", "-ac", "2"]
    for position, language in enumerate(audio_tracks):
        if language:
            argv += [f"-metadata:s:a:{position}", f"language={language}"]
    argv += ["-movflags", "+faststart", "-y", str(path)]
    from vuga.settings import TranscodeSettings

    await run_ffmpeg(
        argv, duration_s=duration_s, limits=RunLimits.for_duration(duration_s, TranscodeSettings())
    )


async def generate_demo_clips(
    directory: Path,
    clips: Sequence[DemoClip] = DEMO_CLIPS,
    *,
    report: Callable[[DemoResult], None] | None = None,
) -> list[DemoResult]:
    """Make each clip's ladder at ``directory/<clip.name>/`` unless it is there; what there is, in order."""
    await asyncio.to_thread(directory.mkdir, parents=True, exist_ok=True)
    results = []
    for clip in clips:
        started = time.monotonic()
        out_dir = directory / clip.name
        manifest_path = out_dir / MANIFEST_NAME
        if manifest_path.is_file():
            result = DemoResult(clip, out_dir, decode_manifest(manifest_path.read_bytes()), False, 0.0)
        else:
            settings = demo_settings(clip)
            with tempfile.TemporaryDirectory(prefix="vuga-demo-") as scratch:
                source = Path(scratch) / "source.mp4"
                await make_test_source(
                    source,
                    duration_s=clip.duration_s,
                    width=clip.width,
                    height=clip.height,
                    frame_rate=clip.frame_rate,
                    tone_hz=clip.tone_hz,
                )
                probed = await probe_async(source, ProbeLimits.from_settings(settings))
                manifest = await transcode(
                    source, out_dir, probed, plan_ladder(probed, settings), settings=settings
                )
            result = DemoResult(clip, out_dir, manifest, True, round(time.monotonic() - started, 2))
        if report is not None:
            report(result)
        results.append(result)
    return results
