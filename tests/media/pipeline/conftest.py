"""Real media for the pipeline's tests, made once per run with ffmpeg's test sources (tiny: the suite shares
two cores), and one real transcode that the ladder's assertions share."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path

import msgspec
import pytest
import pytest_asyncio

from vuga.media.pipeline.demo import make_test_source
from vuga.media.pipeline.ffmpeg import Progress, RunLimits, base_argv, find_ffmpeg, run_ffmpeg
from vuga.media.pipeline.ladder import Rendition, plan_ladder
from vuga.media.pipeline.manifest import Manifest
from vuga.media.pipeline.probe import Probe, ProbeLimits, probe_async
from vuga.media.pipeline.subtitles import SubtitleInput
from vuga.media.pipeline.transcode import transcode
from vuga.settings import TranscodeSettings

CLIP_SECONDS = 4
SEGMENT_S = 1.0


def tiny_settings(**changes: object) -> TranscodeSettings:
    """Renditions of 90 and 144 lines (and 360, which a 180-line source must not get), 1 s segments."""
    values: dict[str, object] = {
        "ladder_heights": [90, 144, 360],
        "segment_s": SEGMENT_S,
        "trickplay_interval_s": 1,
        "trickplay_width": 64,
        "trickplay_columns": 2,
        "trickplay_rows": 1,
        "min_video_bitrate": 50_000,
        "preset": "veryfast",
        "threads": 1,
    }
    values.update(changes)
    return TranscodeSettings.model_validate(values)


class Ladder(msgspec.Struct):
    source: Path
    probe: Probe
    renditions: list[Rendition]
    out_dir: Path
    manifest: Manifest
    progress: list[Progress]


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("media")


@pytest_asyncio.fixture(scope="session")
async def clip(media_dir: Path) -> Path:
    """4 s, 320x180 at 25 fps, H.264 with two AAC tracks (English, French)."""
    path = media_dir / "clip.mp4"
    await make_test_source(
        path, duration_s=CLIP_SECONDS, width=320, height=180, frame_rate=25, audio_tracks=("eng", "fra")
    )
    return path


@pytest_asyncio.fixture(scope="session")
async def long_clip(media_dir: Path) -> Path:
    """30 s at 160x90: long enough to still be transcoding when a test kills or cancels it."""
    path = media_dir / "long.mp4"
    await make_test_source(path, duration_s=30, width=160, height=90, frame_rate=25)
    return path


@pytest.fixture(scope="session")
def subtitles_en(media_dir: Path) -> Path:
    path = media_dir / "en.vtt"
    path.write_text("WEBVTT\n\n00:00:00.500 --> 00:00:02.000\nHello, <i>world</i>\n", encoding="utf-8")
    return path


@pytest_asyncio.fixture(scope="session")
async def ladder(clip: Path, media_dir: Path, subtitles_en: Path) -> AsyncIterator[Ladder]:
    """One real transcode of ``clip`` (with subtitles and thumbnails), shared by the assertions on it."""
    settings = tiny_settings()
    probed = await probe_async(clip, ProbeLimits.from_settings(settings))
    renditions = plan_ladder(probed, settings)
    events: list[Progress] = []
    out_dir = media_dir / "published" / "asset-1"
    manifest = await transcode(
        clip,
        out_dir,
        probed,
        renditions,
        settings=settings,
        subtitles=[SubtitleInput(language="en", path=subtitles_en, name="English")],
        on_progress=events.append,
    )
    yield Ladder(clip, probed, renditions, out_dir, manifest, events)


# ---- files that are not playable videos ----------------------------------------------------------------


@pytest_asyncio.fixture(scope="session")
async def image_png(media_dir: Path) -> Path:
    path = media_dir / "image.png"
    argv = base_argv(find_ffmpeg())
    argv += ["-f", "lavfi", "-i", "testsrc2=size=64x64:rate=1", "-frames:v", "1", "-y", str(path)]
    await run_ffmpeg(argv, duration_s=1, limits=RunLimits.for_duration(1, TranscodeSettings()))
    return path


@pytest.fixture(scope="session")
def zip_file(media_dir: Path) -> Path:
    path = media_dir / "archive.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("movie.mp4", b"\x00" * 4096)
    return path


@pytest.fixture(scope="session")
def truncated_clip(clip: Path, media_dir: Path) -> Path:
    """The clip cut at 60 %: its header (at the front, +faststart) still claims all 4 s."""
    data = clip.read_bytes()
    path = media_dir / "truncated.mp4"
    path.write_bytes(data[: len(data) * 6 // 10])
    return path


@pytest_asyncio.fixture(scope="session")
async def ten_hour_header(clip: Path, media_dir: Path) -> Path:
    """A Matroska file whose Segment Info says it lasts 10 hours (its Duration element, rewritten)."""
    mkv = media_dir / "short.mkv"
    argv = [*base_argv(find_ffmpeg()), "-i", str(clip), "-map", "0", "-c", "copy", "-y", str(mkv)]
    await run_ffmpeg(argv, duration_s=CLIP_SECONDS, limits=RunLimits.for_duration(4, TranscodeSettings()))
    data = bytearray(mkv.read_bytes())
    at = data.find(b"\x44\x89\x88")  # Duration, an 8-byte float, in TimecodeScale units (ms)
    assert at > 0
    data[at + 3 : at + 11] = struct.pack(">d", 10 * 3600 * 1000.0)
    path = media_dir / "ten-hours.mkv"
    path.write_bytes(bytes(data))
    return path
