"""A poster frame and trickplay: scrubbing previews as sprites (tiles of small frames) and a WebVTT track
whose cues point into them with ``#xywh=`` media fragments (the format players such as Video.js, JW Player and
Vidstack read).

Both come out of the transcode's own ffmpeg run (branches of its filter graph: the source is decoded once);
this module plans their sizes, says the filters, and writes the WebVTT track from what ffmpeg wrote.
"""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from vuga.media.pipeline.ladder import even
from vuga.media.pipeline.probe import Probe

if TYPE_CHECKING:
    from vuga.settings import TranscodeSettings

POSTER_NAME = "poster.jpg"
THUMBS_DIR = "thumbs"
THUMBS_VTT = "thumbs.vtt"
SPRITE_PATTERN = "sprite_%d.jpg"  # ffmpeg's image2 numbering, from 1
_POSTER_AT_FRACTION = 0.25  # a quarter in: past titles and fades
_POSTER_AT_MOST_S = 60.0


class TrickplayLayout(msgspec.Struct, frozen=True, kw_only=True):
    interval_s: float
    width: int  # of one thumbnail
    height: int
    columns: int
    rows: int
    count: int  # thumbnails in all

    @property
    def per_sprite(self) -> int:
        return self.columns * self.rows

    @property
    def sprites(self) -> int:
        return math.ceil(self.count / self.per_sprite)


class PosterPlan(msgspec.Struct, frozen=True, kw_only=True):
    at_s: float
    width: int
    height: int


def plan_trickplay(probe: Probe, settings: TranscodeSettings) -> TrickplayLayout:
    interval = settings.trickplay_interval_s
    count = max(1, math.ceil(probe.duration_s / interval))
    width = even(min(settings.trickplay_width, probe.video.width))
    height = even(width * probe.video.height / probe.video.width)
    columns = min(settings.trickplay_columns, count)
    rows = min(settings.trickplay_rows, math.ceil(count / columns))
    return TrickplayLayout(
        interval_s=interval, width=width, height=height, columns=columns, rows=rows, count=count
    )


def plan_poster(probe: Probe, settings: TranscodeSettings) -> PosterPlan:
    height = even(min(settings.poster_max_height, probe.video.height))
    width = even(height * probe.video.width / probe.video.height)
    at_s = min(probe.duration_s * _POSTER_AT_FRACTION, _POSTER_AT_MOST_S)
    return PosterPlan(at_s=round(at_s, 3), width=width, height=height)


def trickplay_filter(layout: TrickplayLayout) -> str:
    """One frame per interval (the first at 0 s), scaled, in tiles; the last sprite may be partial."""
    rate = Fraction(1) / Fraction(layout.interval_s).limit_denominator(1000)
    return (
        f"fps=fps={rate.numerator}/{rate.denominator}:round=down:eof_action=pass,"
        f"scale={layout.width}:{layout.height},setsar=1,"
        f"tile={layout.columns}x{layout.rows}"
    )


def poster_filter(poster: PosterPlan) -> str:
    return f"trim=start={poster.at_s},setpts=PTS-STARTPTS,scale={poster.width}:{poster.height},setsar=1"


def write_thumbnails_vtt(thumbs_dir: Path, layout: TrickplayLayout, duration_s: float) -> list[str]:
    """Write ``thumbs.vtt`` for the sprites ffmpeg wrote; the sprites' names, in order.

    A cue covers one interval and names its tile; the last cue ends at the video's end. Cues whose sprite is
    missing (ffmpeg made one thumbnail fewer than planned: the last frame fell short of an interval) are left
    out rather than pointing at nothing.
    """
    sprites = []
    for number in range(1, layout.sprites + 1):
        name = SPRITE_PATTERN % number
        if (thumbs_dir / name).is_file():
            sprites.append(name)
    for extra in thumbs_dir.glob("sprite_*.jpg"):  # a frame past the last planned tile: no cue points at it
        if extra.name not in sprites:
            extra.unlink()
    lines = ["WEBVTT", ""]
    for position in range(layout.count):
        sprite_number, tile = divmod(position, layout.per_sprite)
        if sprite_number >= len(sprites):
            break
        start = position * layout.interval_s
        end = min((position + 1) * layout.interval_s, duration_s)
        if end <= start:
            break
        row, column = divmod(tile, layout.columns)
        x, y = column * layout.width, row * layout.height
        lines += [
            f"{_timestamp(start)} --> {_timestamp(end)}",
            f"{sprites[sprite_number]}#xywh={x},{y},{layout.width},{layout.height}",
            "",
        ]
    (thumbs_dir / THUMBS_VTT).write_text("\n".join(lines), encoding="utf-8")
    return sprites


def _timestamp(seconds: float) -> str:
    milliseconds = round(seconds * 1000)
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    whole, fraction = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{whole:02d}.{fraction:03d}"
