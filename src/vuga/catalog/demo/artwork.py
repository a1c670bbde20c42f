"""The demo's artwork, drawn with Pillow: a title's posters (and backdrop when featured) as a gradient in
the title's palette with its name and first genre, made into size variants and a blurhash as an editor's
upload would be (``vuga.core.images``), at the encoder effort that keeps a first ``make run`` short."""

from __future__ import annotations

import colorsys
import functools
from dataclasses import dataclass, replace

from PIL import Image, ImageDraw, ImageFont

from vuga.catalog.demo.rows import TitlePlan
from vuga.catalog.demo.world import GENRES
from vuga.catalog.models import ArtworkKind
from vuga.core.images import ProcessedImage, process_image
from vuga.core.images.processing import PHOTO, pixels_digest


def _hsv(hue: float, saturation: float, value: float) -> tuple[int, int, int]:
    red, green, blue = colorsys.hsv_to_rgb(hue, saturation, value)
    return round(red * 255), round(green * 255), round(blue * 255)


DEMO_PROFILE = replace(PHOTO, webp_method=0, jpeg_optimize=False, resample=Image.Resampling.BILINEAR)


@dataclass(frozen=True, slots=True)
class DemoCard:
    """What a title's artwork is drawn from: small, to send to another process."""

    title: str
    hue: float
    label: str  # the first genre's name
    featured: bool  # featured titles have a backdrop

    @classmethod
    def of(cls, plan: TitlePlan) -> DemoCard:
        label = dict(GENRES)[plan.genres[0]].upper()
        return cls(plan.row.title, plan.hue, label, bool(plan.row.is_featured))


def render_artwork(card: DemoCard) -> dict[ArtworkKind, ProcessedImage]:
    """The title's posters (and backdrop when featured), drawn and processed: CPU only, for a worker."""
    sizes = {ArtworkKind.POSTER: (400, 600), ArtworkKind.POSTER_WIDE: (640, 360)}
    if card.featured:
        sizes[ArtworkKind.BACKDROP] = (1280, 720)
    processed = {}
    for kind, size in sizes.items():
        image = _card(size, card.hue, card.title, card.label)
        processed[kind] = process_image(image, pixels_digest(image), DEMO_PROFILE)
    return processed


def _card(size: tuple[int, int], hue: float, title: str, label: str) -> Image.Image:
    """A light-to-dark vertical gradient with the title in white near the bottom, where contrast is best."""
    top, bottom = _hsv(hue, 0.55, 0.8), _hsv((hue + 0.12) % 1, 0.75, 0.18)
    # linear_gradient runs black to white downwards: as the mask it blends the top colour into the bottom one.
    mask = Image.linear_gradient("L").resize(size)
    image = Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)
    width, height = size
    margin, font_size = width // 12, min(size) // 10
    font, label_font = _font(font_size), _font(font_size * 2 // 5)
    lines = _wrap(title, font, width - 2 * margin)
    line_height = font_size * 6 // 5
    y = height - margin - line_height * len(lines)
    draw = ImageDraw.Draw(image)
    draw.text((margin, y - font_size * 4 // 5), label, font=label_font, fill=_hsv(hue, 0.15, 1.0))
    for line in lines:
        draw.text((margin, y), line, font=font, fill=(255, 255, 255))
        y += line_height
    return image


@functools.cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    # Parsing the bundled font is the slow part of drawing text; a few sizes serve every image.
    return ImageFont.load_default(size=size)


def _wrap(text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: int) -> list[str]:
    """Greedy word wrap to a pixel width; a single word wider than that keeps its own line."""
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines
