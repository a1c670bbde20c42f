"""A real transcode of a 4 s clip (the session's ``ladder`` fixture, made once) and what it published."""

from __future__ import annotations

import io
from pathlib import Path

import av
import m3u8
import pytest
from PIL import Image

from tests.media.pipeline.conftest import CLIP_SECONDS, SEGMENT_S, Ladder
from vuga.media.pipeline.manifest import decode_manifest
from vuga.media.pipeline.playlists import Segment, segment_bitrates
from vuga.media.pipeline.validate import avc1_codecs_of_init, validate_ladder

SEGMENTS = round(CLIP_SECONDS / SEGMENT_S)


def files(directory: Path) -> set[str]:
    return {str(path.relative_to(directory)) for path in directory.rglob("*") if path.is_file()}


def test_the_ladder_has_the_contracts_layout(ladder: Ladder) -> None:
    segments = {f"seg_{n:05d}.m4s" for n in range(1, SEGMENTS + 1)}
    expected = {"master.m3u8", "manifest.json", "poster.jpg"}
    expected |= {
        "subs/en.m3u8",
        "subs/en.vtt",
        "thumbs/thumbs.vtt",
        "thumbs/sprite_1.jpg",
        "thumbs/sprite_2.jpg",
    }
    for rendition in ("v90", "v144"):  # not v360: a 180-line source is never upscaled
        expected |= {f"{rendition}/index.m3u8", f"{rendition}/init.mp4"} | {
            f"{rendition}/{s}" for s in segments
        }
    written = files(ladder.out_dir)
    audio = {name for name in written if name.startswith("audio_")}
    assert {name.split("/")[0] for name in audio} == {"audio_eng", "audio_fra"}
    assert written - audio == expected
    # Nothing else beside it: the hidden directory it was written in is gone.
    assert [p.name for p in ladder.out_dir.parent.iterdir()] == [ladder.out_dir.name]


def test_the_master_playlist_names_every_rendition_with_bandwidth_resolution_and_codecs(
    ladder: Ladder,
) -> None:
    master = m3u8.loads((ladder.out_dir / "master.m3u8").read_text())
    variants = [(p.uri, p.stream_info.resolution, p.stream_info.codecs) for p in master.playlists]
    assert variants == [
        ("v90/index.m3u8", (160, 90), "avc1.4d401e,mp4a.40.2"),
        ("v144/index.m3u8", (256, 144), "avc1.4d401e,mp4a.40.2"),
    ]
    for playlist, entry in zip(master.playlists, ladder.manifest.renditions, strict=True):
        info = playlist.stream_info
        assert (info.bandwidth, info.average_bandwidth) == (entry.bandwidth, entry.average_bandwidth)
        assert info.average_bandwidth <= info.bandwidth
        assert (info.audio, info.subtitles, info.frame_rate) == ("audio", "subs", 25.0)
    media = [(m.type, m.group_id, m.language, m.default, m.uri) for m in master.media]
    assert media == [
        ("AUDIO", "audio", "eng", "YES", "audio_eng/index.m3u8"),
        ("AUDIO", "audio", "fra", "NO", "audio_fra/index.m3u8"),
        ("SUBTITLES", "subs", "en", "NO", "subs/en.m3u8"),
    ]


def test_bandwidth_is_measured_from_the_segments_audio_included(ladder: Ladder) -> None:
    def measured(name: str) -> tuple[int, int]:
        playlist = m3u8.loads((ladder.out_dir / name / "index.m3u8").read_text())
        segments = [
            Segment(s.uri, s.duration, (ladder.out_dir / name / s.uri).stat().st_size)
            for s in playlist.segments
        ]
        return segment_bitrates(segments, SEGMENT_S)

    audio_peak = max(measured("audio_eng")[0], measured("audio_fra")[0])
    for entry in ladder.manifest.renditions:
        assert entry.bandwidth == measured(entry.name)[0] + audio_peak
    # The higher rendition costs more, and both are near their planned rates (50 kbit/s floor, x1.5 peak).
    low, high = ladder.manifest.renditions
    assert low.average_bandwidth < high.average_bandwidth


def test_segments_are_of_the_segment_length_and_keyframes_are_aligned(ladder: Ladder) -> None:
    check = validate_ladder(ladder.out_dir)
    assert [c.playlist for c in check.video] == ["v90/index.m3u8", "v144/index.m3u8"]
    for rendition in check.video:
        assert rendition.segments == SEGMENTS
        assert [s.start_s for s in rendition.starts] == pytest.approx(
            [n * SEGMENT_S for n in range(SEGMENTS)]
        )
        assert all(s.keyframe for s in rendition.starts)
    for name in ("v90", "v144"):
        playlist = m3u8.loads((ladder.out_dir / name / "index.m3u8").read_text())
        assert [s.duration for s in playlist.segments] == [SEGMENT_S] * SEGMENTS
        assert (playlist.target_duration, playlist.version, playlist.is_endlist) == (1, 7, True)
        assert playlist.segment_map[0].uri == "init.mp4"
        assert not playlist.keys or playlist.keys == [None]
    assert [round(c.duration_s) for c in check.audio] == [CLIP_SECONDS, CLIP_SECONDS]
    assert check.subtitles == ["subs/en.m3u8"]


def test_every_rendition_decodes_to_the_whole_clip(ladder: Ladder) -> None:
    for entry in ladder.manifest.renditions:
        directory = ladder.out_dir / entry.name
        data = (directory / "init.mp4").read_bytes()
        for n in range(1, entry.segments + 1):
            data += (directory / f"seg_{n:05d}.m4s").read_bytes()
        with av.open(io.BytesIO(data), format="mov") as container:
            frames = list(container.decode(video=0))
        assert len(frames) == CLIP_SECONDS * 25
        assert (frames[0].width, frames[0].height) == (entry.width, entry.height)
        assert (
            avc1_codecs_of_init(directory / "init.mp4")
            == entry.video_codecs
            == ladder.renditions[ladder.manifest.renditions.index(entry)].codecs
        )
    audio = ladder.out_dir / "audio_fra"
    data = (audio / "init.mp4").read_bytes() + b"".join(
        (audio / s.uri).read_bytes() for s in m3u8.loads((audio / "index.m3u8").read_text()).segments
    )
    with av.open(io.BytesIO(data), format="mov") as container:
        samples = sum(frame.samples for frame in container.decode(audio=0))
        assert container.streams.audio[0].codec_context.name == "aac"
    assert samples / 48_000 == pytest.approx(CLIP_SECONDS, abs=0.1)


def test_the_manifest_says_what_was_published(ladder: Ladder) -> None:
    manifest = decode_manifest((ladder.out_dir / "manifest.json").read_bytes())
    assert manifest == ladder.manifest
    assert manifest.duration_s == pytest.approx(CLIP_SECONDS, abs=0.1)
    assert (manifest.encrypted, manifest.segment_s, manifest.master) == (False, SEGMENT_S, "master.m3u8")
    assert [(r.name, r.height, r.width, r.playlist) for r in manifest.renditions] == [
        ("v90", 90, 160, "v90/index.m3u8"),
        ("v144", 144, 256, "v144/index.m3u8"),
    ]
    assert [(a.name, a.language, a.channels, a.default) for a in manifest.audio] == [
        ("audio_eng", "eng", 2, True),
        ("audio_fra", "fra", 2, False),
    ]
    assert [(s.language, s.name, s.vtt) for s in manifest.subtitles] == [("en", "English", "subs/en.vtt")]
    assert (manifest.source.width, manifest.source.height, manifest.source.audio_tracks) == (320, 180, 2)


def test_progress_rises_to_100_only_when_published(ladder: Ladder) -> None:
    percents = [event.percent for event in ladder.progress]
    assert percents == sorted(percents)
    assert percents[-1] == 100.0
    assert percents[-2] <= 99.0
    assert ladder.progress[-1].eta_s == 0.0


def test_poster_and_trickplay_sprites_with_their_webvtt_track(ladder: Ladder) -> None:
    with Image.open(ladder.out_dir / "poster.jpg") as poster:
        assert (poster.format, poster.size) == ("JPEG", (320, 180))
    thumbs = ladder.manifest.thumbnails
    assert thumbs is not None
    assert (thumbs.width, thumbs.height, thumbs.columns, thumbs.rows) == (64, 36, 2, 1)
    for sprite in thumbs.sprites:
        with Image.open(ladder.out_dir / sprite) as image:
            assert image.size == (128, 36)
    vtt = (ladder.out_dir / "thumbs" / "thumbs.vtt").read_text()
    assert vtt.split("\n\n") == [
        "WEBVTT",
        "00:00:00.000 --> 00:00:01.000\nsprite_1.jpg#xywh=0,0,64,36",
        "00:00:01.000 --> 00:00:02.000\nsprite_1.jpg#xywh=64,0,64,36",
        "00:00:02.000 --> 00:00:03.000\nsprite_2.jpg#xywh=0,0,64,36",
        "00:00:03.000 --> 00:00:04.000\nsprite_2.jpg#xywh=64,0,64,36\n",
    ]


def test_subtitles_are_published_with_their_playlist(ladder: Ladder, subtitles_en: Path) -> None:
    assert (ladder.out_dir / "subs" / "en.vtt").read_text() == subtitles_en.read_text()
    playlist = m3u8.loads((ladder.out_dir / "subs" / "en.m3u8").read_text())
    assert [s.uri for s in playlist.segments] == ["en.vtt"]
    assert playlist.segments[0].duration == pytest.approx(CLIP_SECONDS, abs=0.1)
    assert playlist.is_endlist
