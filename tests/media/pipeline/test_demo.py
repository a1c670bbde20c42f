"""The demo catalog's clips: made by the real pipeline, kept once made."""

from __future__ import annotations

from pathlib import Path

from vuga.media.pipeline.demo import DEMO_CLIPS, DemoClip, generate_demo_clips
from vuga.media.pipeline.validate import validate_ladder


def test_one_demo_clip_is_a_minute_long_with_three_renditions() -> None:
    long_ones = [clip for clip in DEMO_CLIPS if clip.duration_s >= 60 and len(clip.heights) >= 3]
    assert long_ones
    assert all(max(clip.heights) <= clip.height for clip in DEMO_CLIPS)
    assert len({clip.name for clip in DEMO_CLIPS}) == len(DEMO_CLIPS)


async def test_demo_clips_are_real_ladders_made_once(tmp_path: Path) -> None:
    clip = DemoClip(
        name="demo-test", title="Test", duration_s=3, width=192, height=108, frame_rate=12, heights=(54, 108),
        tone_hz=440,
    )  # fmt: skip
    (made,) = await generate_demo_clips(tmp_path, [clip])
    assert made.made
    assert [r.height for r in made.manifest.renditions] == [54, 108]
    check = validate_ladder(made.directory)
    assert [len(c.starts) for c in check.video] == [1, 1]  # 3 s, 4 s segments
    assert (made.directory / "thumbs" / "thumbs.vtt").is_file()
    (kept,) = await generate_demo_clips(tmp_path, [clip])
    assert not kept.made
    assert kept.manifest == made.manifest
