"""Profile pictures: a default set drawn once into the media directory, and checked uploads.

An upload is decoded by Pillow (never trusted by its file name or content type), bounded in bytes and in
pixels before decoding the pixels (a small file can expand into gigabytes), cropped to a square and
re-encoded as size variants (WebP and JPEG) with a blurhash, so that what is served is only what the server
made.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps, UnidentifiedImageError

from vuga.core.errors import InvalidInput

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MIN_SIDE, MAX_SIDE = 64, 4096
SIZE = 256
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP"}
DEFAULT_COLOURS = ["#e50914", "#f5a623", "#2ecc71", "#3498db", "#9b59b6", "#1abc9c", "#e67e22", "#ec407a"]


def default_avatar_path(choice: str) -> str:
    """``default-3`` → the stored URL path of that picture."""
    return f"/avatars/{choice}.png"


def ensure_default_avatars(media_dir: Path) -> None:
    directory = media_dir / "avatars"
    directory.mkdir(parents=True, exist_ok=True)
    for number, colour in enumerate(DEFAULT_COLOURS, 1):
        path = directory / f"default-{number}.png"
        if path.exists():
            continue
        image = Image.new("RGB", (SIZE, SIZE), colour)
        draw = ImageDraw.Draw(image)
        # A simple face: two eyes and a smile, enough to tell the defaults apart at a glance.
        for x in (88, 168):
            draw.ellipse((x - 14, 90, x + 14, 118), fill="white")
        draw.arc((70, 110, 186, 200), start=20, end=160, fill="white", width=10)
        image.save(path, "PNG", optimize=True)


def checked_avatar(data: bytes) -> Image.Image:
    """An uploaded picture checked, upright and cropped to a ``SIZE`` square, without its metadata (the
    variants are made from it: ``vuga.core.images``). Raises InvalidInput."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise InvalidInput.field("file", f"the picture is larger than {MAX_UPLOAD_BYTES // 1024} KiB")
    try:
        with Image.open(io.BytesIO(data), formats=sorted(ACCEPTED_FORMATS)) as probe:
            image_format = probe.format
            width, height = probe.size
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise InvalidInput.field("file", "not a picture: send a JPEG, PNG or WebP image") from exc
    if image_format not in ACCEPTED_FORMATS:
        raise InvalidInput.field("file", f"{image_format} pictures are not accepted: send JPEG, PNG or WebP")
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise InvalidInput.field("file", f"the picture must be {MIN_SIDE} to {MAX_SIDE} pixels on each side")
    try:
        with Image.open(io.BytesIO(data)) as image:
            square = ImageOps.fit(ImageOps.exif_transpose(image).convert("RGB"), (SIZE, SIZE))
    except (OSError, ValueError) as exc:  # truncated or corrupt pixel data
        raise InvalidInput.field("file", "the picture could not be decoded") from exc
    square.info.clear()
    return square
