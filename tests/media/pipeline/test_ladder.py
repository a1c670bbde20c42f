"""The ladder's rules, on probes of every shape (no ffmpeg needed)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from vuga.media.pipeline.ladder import (
    avc1_codecs,
    decodable_as,
    h264_level,
    output_frame_rate,
    plan_audio,
    plan_ladder,
)
from vuga.media.pipeline.probe import AudioStream, Probe, VideoStream
from vuga.settings import TranscodeSettings


def source(width: int, height: int, fps: str = "25", audio: tuple[AudioStream, ...] = ()) -> Probe:
    rate = Fraction(fps)
    return Probe(
        container="mov,mp4,m4a,3gp,3g2,mj2",
        demuxer="mov",
        duration_s=60,
        size_bytes=1000,
        bit_rate=None,
        video=VideoStream(
            index=0,
            codec="h264",
            width=width,
            height=height,
            coded_width=width,
            coded_height=height,
            frame_rate=round(float(rate), 3),
            frame_rate_ratio=str(rate),
        ),
        audio=audio,
    )


def heights(probe: Probe, **settings: object) -> list[int]:
    return [r.height for r in plan_ladder(probe, TranscodeSettings.model_validate(settings))]


def test_renditions_go_up_to_the_source_never_above() -> None:
    assert heights(source(1920, 1080)) == [240, 360, 480, 720, 1080]
    assert heights(source(1280, 720)) == [240, 360, 480, 720]
    assert heights(source(1280, 544)) == [240, 360, 480]  # 2.35:1 at 720p width
    assert heights(source(3840, 2160)) == [240, 360, 480, 720, 1080]  # max_output_height
    assert heights(source(3840, 2160), max_output_height=2160, ladder_heights=[360, 1440, 2160]) == [
        360,
        1440,
        2160,
    ]


def test_a_source_below_the_lowest_rung_gets_one_rendition_at_its_own_size() -> None:
    (only,) = plan_ladder(source(320, 183), TranscodeSettings())
    assert (only.width, only.height) == (318, 182)  # even sizes (4:2:0), never a line more than the source


def test_widths_follow_the_display_aspect_ratio_and_are_even() -> None:
    ladder = plan_ladder(source(1920, 1080), TranscodeSettings())
    assert [(r.width, r.height) for r in ladder] == [
        (426, 240),
        (640, 360),
        (854, 480),
        (1280, 720),
        (1920, 1080),
    ]
    portrait = plan_ladder(source(1080, 1920), TranscodeSettings())
    assert [(r.width, r.height) for r in portrait][:2] == [(136, 240), (202, 360)]


@pytest.mark.parametrize(
    ("fps", "expected"),
    [("24", "24"), ("25", "25"), ("30000/1001", "30000/1001"), ("60", "30"), ("50", "25"), ("120", "30"),
     ("60000/1001", "30000/1001"), ("48", "24")],
)  # fmt: skip
def test_the_frame_rate_is_divided_down_under_the_cap(fps: str, expected: str) -> None:
    assert output_frame_rate(Fraction(fps), 30) == Fraction(expected)
    (rendition, *_) = plan_ladder(source(1280, 720, fps), TranscodeSettings())
    assert rendition.frame_rate_ratio == expected


def test_bitrates_come_from_bits_per_pixel_with_a_floor() -> None:
    ladder = plan_ladder(source(1920, 1080, "25"), TranscodeSettings(bits_per_pixel=0.1))
    top = ladder[-1]
    assert top.bitrate == round(1920 * 1080 * 25 * 0.1)  # 5.18 Mbit/s
    assert top.maxrate == round(top.bitrate * 1.5)
    assert top.bufsize == 2 * top.maxrate
    assert [r.bitrate for r in ladder] == sorted(r.bitrate for r in ladder)
    floored = plan_ladder(source(1920, 1080), TranscodeSettings(min_video_bitrate=400_000))
    assert floored[0].bitrate == 400_000  # 426x240x25x0.1 = 255,600 is under the floor


def test_profiles_levels_and_codecs_strings() -> None:
    ladder = {r.height: r for r in plan_ladder(source(1920, 1080, "30"), TranscodeSettings())}
    assert (ladder[240].profile, ladder[240].level, ladder[240].codecs) == ("main", "3.0", "avc1.4d401e")
    assert (ladder[360].profile, ladder[360].level, ladder[360].codecs) == ("main", "3.0", "avc1.4d401e")
    assert (ladder[480].profile, ladder[480].level, ladder[480].codecs) == ("high", "3.1", "avc1.64001f")
    assert (ladder[720].profile, ladder[720].level, ladder[720].codecs) == ("high", "3.1", "avc1.64001f")
    assert (ladder[1080].profile, ladder[1080].level, ladder[1080].codecs) == ("high", "4.0", "avc1.640028")


def test_levels_follow_table_a1() -> None:
    assert h264_level(1920, 1080, 30, 8_000_000, "high") == "4.0"
    assert h264_level(1920, 1080, 60, 8_000_000, "high") == "4.2"
    assert h264_level(1920, 1080, 30, 30_000_000, "high") == "4.1"  # over Level 4.0's 25 Mbit/s (High)
    assert h264_level(3840, 2160, 30, 20_000_000, "high") == "5.1"
    assert h264_level(160, 90, 25, 100_000, "main") == "3.0"  # never below 3.0
    assert avc1_codecs("high", "5.1") == "avc1.640033"


def track(index: int, language: str | None, channels: int = 2, default: bool = False) -> AudioStream:
    return AudioStream(
        index=index, codec="aac", channels=channels, sample_rate=44_100, language=language, default=default
    )


def test_one_aac_rendition_per_audio_track_stereo_at_most() -> None:
    (only,) = plan_audio(source(640, 360, audio=(track(1, None, channels=6),)), TranscodeSettings())
    assert (only.name, only.channels, only.bitrate, only.sample_rate, only.codecs) == (
        "audio",
        2,
        128_000,
        44_100,
        "mp4a.40.2",
    )
    assert only.title == "Audio"
    several = plan_audio(
        source(
            640, 360, audio=(track(1, "eng"), track(2, "fra", default=True), track(3, "fra"), track(4, None))
        ),
        TranscodeSettings(),
    )
    assert [(a.name, a.source_index, a.default) for a in several] == [
        ("audio_fra", 2, True),  # the source's default first
        ("audio_eng", 1, False),
        ("audio_fra_3", 3, False),
        ("audio_4", 4, False),
    ]


def test_settings_refuse_odd_heights() -> None:
    with pytest.raises(ValueError, match="even numbers"):
        TranscodeSettings(ladder_heights=[241])


def test_a_stream_in_a_lower_profile_or_level_plays_where_the_planned_one_would() -> None:
    assert decodable_as("avc1.4d401e", "avc1.4d401e")
    assert decodable_as("avc1.42c01e", "avc1.4d401e")  # x264's ultrafast: Constrained Baseline
    assert decodable_as("avc1.4d401e", "avc1.640028")
    assert decodable_as("avc1.64001f", "avc1.640028")
    assert not decodable_as("avc1.640028", "avc1.4d4028")  # High where Main was planned
    assert not decodable_as("avc1.640029", "avc1.640028")  # a higher level
    assert not decodable_as("avc1.420028", "avc1.640028")  # Baseline without the constraint: not Main
    assert not decodable_as("hvc1.1.6.L93", "avc1.640028")
