"""Probing: what a playable video is, and every kind of file that is not one refused with its reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.media.pipeline.conftest import CLIP_SECONDS
from vuga.media.pipeline.demo import make_test_source
from vuga.media.pipeline.errors import MediaRefused
from vuga.media.pipeline.ffmpeg import RunLimits, base_argv, find_ffmpeg, run_ffmpeg
from vuga.media.pipeline.probe import ProbeLimits, probe, probe_async
from vuga.settings import TranscodeSettings


async def test_a_video_is_described(clip: Path) -> None:
    probed = await probe_async(clip)
    assert probed.demuxer == "mov"
    assert probed.duration_s == pytest.approx(CLIP_SECONDS, abs=0.1)
    assert probed.size_bytes == clip.stat().st_size  # noqa: ASYNC240 - a stat
    video = probed.video
    assert (video.codec, video.width, video.height, video.frame_rate) == ("h264", 320, 180, 25.0)
    assert video.frame_rate_ratio == "25"
    assert [(a.codec, a.channels, a.sample_rate, a.language) for a in probed.audio] == [
        ("aac", 2, 48_000, "eng"),
        ("aac", 2, 48_000, "fra"),
    ]


def refusal(path: Path, limits: ProbeLimits | None = None) -> str:
    with pytest.raises(MediaRefused) as refused:
        probe(path, limits)
    return refused.value.reason


def test_an_image_is_refused(image_png: Path) -> None:
    assert refusal(image_png) == "an image, not a video"


def test_a_zip_is_refused(zip_file: Path) -> None:
    assert refusal(zip_file) == "not a video file: no known container format"


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Not a movie.\n" * 50 + "Café\n", encoding="utf-8")
    assert refusal(text) == "a text file, not a video"


def test_a_playlist_naming_other_files_is_refused_before_any_demuxer_reads_it(tmp_path: Path) -> None:
    """An HLS playlist or an ffconcat script would make libavformat open the files or URLs it names."""
    playlist = tmp_path / "upload.mp4"
    playlist.write_text("#EXTM3U\n#EXTINF:10,\nhttp://127.0.0.1:9/secret.ts\n#EXT-X-ENDLIST\n")
    concat = tmp_path / "upload.mkv"
    concat.write_text("ffconcat version 1.0\nfile /etc/passwd\n")
    assert refusal(playlist) == "a text file, not a video"
    assert refusal(concat) == "a text file, not a video"


def test_a_truncated_video_is_refused(truncated_clip: Path) -> None:
    reason = refusal(truncated_clip)
    assert reason.startswith("the file is cut short: its video stops at ")
    assert reason.endswith(f"of the {CLIP_SECONDS:.1f} s its header states")


async def test_a_video_cut_before_its_index_is_refused(clip: Path, tmp_path: Path) -> None:
    """Without +faststart the index is at the end; cut, the file has no index at all."""
    index_last = tmp_path / "index-last.mp4"
    argv = [*base_argv(find_ffmpeg()), "-i", str(clip), "-map", "0", "-c", "copy", str(index_last)]
    await run_ffmpeg(argv, duration_s=CLIP_SECONDS, limits=RunLimits.for_duration(4, TranscodeSettings()))
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(index_last.read_bytes()[: index_last.stat().st_size * 9 // 10])
    assert refusal(cut) == "not a video file: no known container format"


def test_a_header_claiming_ten_hours_is_refused_over_the_limit(ten_hour_header: Path) -> None:
    assert refusal(ten_hour_header) == "the video is 10 h 00 min long; the limit is 5 h 00 min"
    # Under a limit that allows it, the same file is refused for its missing end instead: nothing is
    # believed from a header alone.
    reason = refusal(ten_hour_header, ProbeLimits(max_duration_s=11 * 3600))
    assert reason.startswith("the file is cut short")


def test_limits_on_size_resolution_streams_and_duration(clip: Path) -> None:
    size_kib = clip.stat().st_size / 1024
    assert refusal(clip, ProbeLimits(max_size_bytes=1000)) == (
        f"the file is {size_kib:.1f} KiB; the limit is 1000 bytes"
    )
    assert refusal(clip, ProbeLimits(max_width=256)) == (
        "the picture is 320x180; the limit is 256x4096 and 9437184 pixels"
    )
    assert refusal(clip, ProbeLimits(max_pixels=320 * 100)).startswith("the picture is 320x180")
    assert refusal(clip, ProbeLimits(max_streams=2)) == "the file has 3 streams; the limit is 2"
    assert refusal(clip, ProbeLimits(max_audio_tracks=1)) == "the file has 2 audio tracks; the limit is 1"
    assert refusal(clip, ProbeLimits(min_duration_s=5)) == "the video is 4.00 s long; it must be at least 5 s"
    assert (
        refusal(clip, ProbeLimits(max_frame_rate=24)) == "the video's frame rate (25) is not one we can play"
    )


def test_the_prober_runs_under_its_memory_limit(clip: Path) -> None:
    """32 MiB of address space is too little for Python and libavformat: the child dies, the file refused."""
    reason = refusal(clip, ProbeLimits(memory_bytes=32 * 1024**2))
    assert reason.startswith("the file could not be read within the prober's limits")


def test_the_prober_runs_under_its_time_limit(clip: Path) -> None:
    assert refusal(clip, ProbeLimits(timeout_s=0.001)) == "probing the file took longer than 0.001 s"


def test_what_is_not_a_regular_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.mp4"
    os.mkfifo(fifo)  # opened, it would block forever
    empty = tmp_path / "empty.mp4"
    empty.touch()
    assert refusal(fifo) == "not a regular file"
    assert refusal(tmp_path) == "not a regular file"
    assert refusal(empty) == "the file is empty"
    assert refusal(tmp_path / "missing.mp4") == "the file does not exist"


async def test_a_file_without_video_is_refused(tmp_path: Path) -> None:
    audio_only = tmp_path / "tone.mp4"
    argv = [*base_argv(find_ffmpeg()), "-f", "lavfi", "-i", "sine=duration=2", "-c:a", "aac", str(audio_only)]
    await run_ffmpeg(argv, duration_s=2, limits=RunLimits.for_duration(2, TranscodeSettings()))
    assert refusal(audio_only) == "the file has no video stream"


async def test_hostile_tags_do_not_reach_directory_names_or_playlists(tmp_path: Path) -> None:
    source = tmp_path / "tags.mp4"
    await make_test_source(source, duration_s=1, width=64, height=36, frame_rate=10, audio_tracks=("../x",))
    (track,) = (await probe_async(source)).audio
    assert track.language is None


async def test_the_childs_answer_is_checked_again_where_nothing_hostile_was_parsed(clip: Path) -> None:
    """Were the prober subverted by what it read, what it answers would not reach ffmpeg's argv unchecked."""
    import msgspec

    from vuga.media.pipeline.probe import _believable

    honest = await probe_async(clip)
    limits = ProbeLimits()
    assert _believable(honest, limits) == honest
    lies = [
        msgspec.structs.replace(honest, container="concat", demuxer="concat"),
        msgspec.structs.replace(honest, demuxer="hls"),
        msgspec.structs.replace(honest, duration_s=36_000),
        msgspec.structs.replace(honest, video=msgspec.structs.replace(honest.video, frame_rate_ratio="1/0")),
        msgspec.structs.replace(honest, video=msgspec.structs.replace(honest.video, index=99)),
        msgspec.structs.replace(
            honest, audio=(msgspec.structs.replace(honest.audio[0], language="../../x"),)
        ),
        msgspec.structs.replace(honest, audio=(msgspec.structs.replace(honest.audio[0], title='a"b'),)),
    ]
    for lie in lies:
        with pytest.raises(MediaRefused, match="the prober's answer was not believable"):
            _believable(lie, limits)
