"""A failed, killed, timed-out or cancelled transcode publishes nothing: no ``out_dir``, no hidden directory,
no ffmpeg left running."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import msgspec
import pytest

from tests.media.pipeline.conftest import tiny_settings
from vuga.media.pipeline.errors import FfmpegFailed, FfmpegTimedOut, LadderInvalid, SubtitleRefused
from vuga.media.pipeline.ffmpeg import Progress
from vuga.media.pipeline.ladder import plan_ladder
from vuga.media.pipeline.probe import Probe, probe_async
from vuga.media.pipeline.subtitles import SubtitleInput
from vuga.media.pipeline.transcode import transcode

# Slow enough (the slowest x264 preset, one thread) that a 30 s clip is still encoding when the test acts.
SLOW = tiny_settings(preset="veryslow", threads=1)


def ffmpeg_working_in(parent: Path) -> list[int]:
    """Processes whose working directory is under ``parent`` (a transcode's ffmpeg runs in its directory)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.readlink(entry / "cwd").startswith(str(parent)):
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def assert_nothing_left(parent: Path) -> None:
    assert list(parent.iterdir()) == []
    assert ffmpeg_working_in(parent) == []


@pytest.fixture
async def long_probe(long_clip: Path) -> Probe:
    return await probe_async(long_clip)


async def start(
    long_clip: Path, long_probe: Probe, out_dir: Path
) -> tuple[asyncio.Task[object], asyncio.Event]:
    running = asyncio.Event()

    def on_progress(progress: Progress) -> None:
        if progress.percent > 0:
            running.set()

    task = asyncio.create_task(
        transcode(
            long_clip,
            out_dir,
            long_probe,
            plan_ladder(long_probe, SLOW),
            settings=SLOW,
            on_progress=on_progress,
        )
    )
    await asyncio.wait_for(running.wait(), timeout=60)
    return task, running


async def test_a_cancelled_transcode_kills_ffmpeg_and_leaves_nothing(
    long_clip: Path, long_probe: Probe, tmp_path: Path
) -> None:
    parent = tmp_path / "assets"
    task, _ = await start(long_clip, long_probe, parent / "asset-cancelled")
    assert len(ffmpeg_working_in(parent)) == 1
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert_nothing_left(parent)


async def test_a_killed_ffmpeg_fails_the_transcode_and_leaves_nothing(
    long_clip: Path, long_probe: Probe, tmp_path: Path
) -> None:
    parent = tmp_path / "assets"
    task, _ = await start(long_clip, long_probe, parent / "asset-killed")
    (pid,) = ffmpeg_working_in(parent)
    os.kill(pid, signal.SIGKILL)  # the out-of-memory killer, an operator, a crash
    with pytest.raises(FfmpegFailed, match="ffmpeg was killed by signal 9"):
        await task
    assert_nothing_left(parent)


async def test_a_transcode_over_its_time_limit_is_stopped_and_leaves_nothing(
    long_clip: Path, long_probe: Probe, tmp_path: Path
) -> None:
    parent = tmp_path / "assets"
    limited = SLOW.model_copy(update={"ffmpeg_min_timeout_s": 1.0, "ffmpeg_timeout_factor": 0.01})
    with pytest.raises(FfmpegTimedOut, match="ffmpeg ran longer than 1 s and was stopped"):
        await transcode(
            long_clip, parent / "asset-slow", long_probe, plan_ladder(long_probe, limited), settings=limited
        )
    assert_nothing_left(parent)


async def test_ffmpeg_runs_under_its_memory_limit(long_clip: Path, long_probe: Probe, tmp_path: Path) -> None:
    parent = tmp_path / "assets"
    starved = SLOW.model_copy(update={"ffmpeg_memory_mb": 256, "preset": "veryfast"})
    renditions = plan_ladder(long_probe, starved)
    with pytest.raises(FfmpegFailed):
        await transcode(long_clip, parent / "asset-starved", long_probe, renditions, settings=starved)
    assert_nothing_left(parent)


async def test_a_ladder_that_fails_validation_is_not_published(clip: Path, tmp_path: Path) -> None:
    parent = tmp_path / "assets"
    settings = tiny_settings()
    probed = await probe_async(clip)
    renditions = plan_ladder(probed, settings)
    # A plan the encoder cannot have met: Level 1.0 (x264 writes the level the stream needs).
    wrong = [msgspec.structs.replace(r, codecs="avc1.4d400a") for r in renditions]
    with pytest.raises(LadderInvalid, match=r"v90: encoded as avc1\.4d401e, planned avc1\.4d400a"):
        await transcode(clip, parent / "asset-invalid", probed, wrong, settings=settings)
    assert_nothing_left(parent)


async def test_an_existing_out_dir_is_never_written_into(clip: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "assets" / "taken"
    out_dir.mkdir(parents=True)
    (out_dir / "master.m3u8").write_text("#EXTM3U\n")
    probed = await probe_async(clip)
    with pytest.raises(FileExistsError):
        await transcode(clip, out_dir, probed, plan_ladder(probed, tiny_settings()), settings=tiny_settings())
    assert [p.name for p in out_dir.iterdir()] == ["master.m3u8"]


@pytest.mark.parametrize(
    ("content", "language", "reason"),
    [
        (
            b"1\n00:00:01,000 --> 00:00:02,000\nSRT\n",
            "en",
            "the en subtitles are not WebVTT (no WEBVTT header)",
        ),
        (b"WEBVTT\n\n\xff\xfe", "en", "the en subtitles are not UTF-8 text"),
        (b"WEBVTT\n", "../../etc", "'../../etc' is not a language tag (en, pt-BR)"),
        (b"WEBVTT\n" + b"x" * 3_000_000, "en", "the en subtitles are 3000007 bytes; the limit is 2097152"),
    ],
)
async def test_subtitles_that_are_not_webvtt_are_refused_before_transcoding(
    clip: Path, tmp_path: Path, content: bytes, language: str, reason: str
) -> None:
    vtt = tmp_path / "subs.vtt"
    vtt.write_bytes(content)
    parent = tmp_path / "assets"
    probed = await probe_async(clip)
    with pytest.raises(SubtitleRefused) as refused:
        await transcode(
            clip,
            parent / "asset",
            probed,
            plan_ladder(probed, tiny_settings()),
            settings=tiny_settings(),
            subtitles=[SubtitleInput(language=language, path=vtt)],
        )
    assert refused.value.reason == reason
    assert not parent.exists()


async def test_ffmpeg_dies_with_a_worker_killed_outright(long_clip: Path, tmp_path: Path) -> None:
    """SIGKILL runs no clean-up: ffmpeg, in its own process group, must not go on without its parent (it gets
    SIGKILL with its parent's death, and its progress pipe breaks)."""
    parent = tmp_path / "assets"
    script = (
        "import asyncio, sys\n"
        "from pathlib import Path\n"
        "from tests.media.pipeline.conftest import tiny_settings\n"
        "from vuga.media.pipeline.ladder import plan_ladder\n"
        "from vuga.media.pipeline.probe import probe\n"
        "from vuga.media.pipeline.transcode import transcode\n"
        "settings = tiny_settings(preset='veryslow', threads=1)\n"
        "source = Path(sys.argv[1])\n"
        "probed = probe(source)\n"
        "renditions = plan_ladder(probed, settings)\n"
        "asyncio.run(transcode(source, Path(sys.argv[2]), probed, renditions, settings=settings))\n"
    )
    worker = await asyncio.create_subprocess_exec(
        sys.executable, "-c", script, str(long_clip), str(parent / "asset"), cwd=Path(__file__).parents[3]
    )
    for _ in range(300):
        if ffmpeg_working_in(parent):
            break
        await asyncio.sleep(0.05)
    assert len(ffmpeg_working_in(parent)) == 1
    worker.kill()
    await worker.wait()
    for _ in range(100):
        if not ffmpeg_working_in(parent):
            break
        await asyncio.sleep(0.05)
    assert ffmpeg_working_in(parent) == []
    assert not (parent / "asset").exists()  # a hidden .partial stays for the next clean-up; nothing published
