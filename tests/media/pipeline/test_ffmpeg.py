"""Finding ffmpeg and reading its progress."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vuga.media.pipeline.errors import FfmpegUnavailable
from vuga.media.pipeline.ffmpeg import Progress, _progress, find_ffmpeg


def test_the_system_ffmpeg_runs_when_it_is_capable_else_the_wheels() -> None:
    binary = find_ffmpeg()
    if shutil.which("ffmpeg"):
        assert binary.origin in {"system", "imageio-ffmpeg"}
    else:
        assert binary.origin == "imageio-ffmpeg"
        assert "imageio_ffmpeg" in binary.path


def test_a_configured_binary_must_have_what_the_ladder_needs(tmp_path: Path) -> None:
    assert find_ffmpeg(Path(find_ffmpeg().path)).origin == "configured"
    with pytest.raises(FfmpegUnavailable, match="is not an ffmpeg with libx264"):
        find_ffmpeg(tmp_path / "no-such-ffmpeg")
    with pytest.raises(FfmpegUnavailable):
        find_ffmpeg(Path("/bin/true"))


def test_progress_blocks_become_percent_and_eta() -> None:
    block = {"out_time_us": "15000000", "speed": "3x", "progress": "continue"}
    assert _progress(block, duration_s=60, elapsed_s=5) == Progress(percent=25.0, eta_s=15.0, speed=3.0)
    assert _progress({"out_time_us": "N/A", "progress": "continue"}, 60, 1) == Progress(0.0, None)
    # The thumbnails' stream may run a little past the video's end: never over 100.
    assert _progress({"out_time_us": "61000000", "progress": "continue"}, 60, 30).percent == 100.0
    assert _progress({"progress": "end"}, 60, 30) == Progress(100.0, 0.0)


def test_ffmpeg_runs_in_its_own_process_group_under_the_server_s_loop(tmp_path: Path) -> None:
    """``vuga serve`` runs on uvloop, whose subprocesses take no ``process_group``: a transcode there failed
    before ffmpeg started, and the job stayed at 0 %."""
    import uvloop

    from vuga.media.pipeline.demo import make_test_source

    clip = tmp_path / "clip.mp4"
    uvloop.run(make_test_source(clip, duration_s=0.5, width=64, height=36, frame_rate=10))
    assert clip.stat().st_size > 0
