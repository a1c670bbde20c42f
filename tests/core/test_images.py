"""The artwork image pipeline: variants of the right sizes and types, never upscaled, metadata stripped,
content-addressed keys, and hostile or non-image input refused before anything is stored."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

import pytest
from PIL import Image as PILImage

from vuga.core.images import ImageLimits, ImageRefused, process_upload, store_image
from vuga.core.images.processing import TRANSPARENT, decode_image, variant_widths
from vuga.core.storage.local import LocalStore


def encoded(image: PILImage.Image, image_format: str = "JPEG", **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def gradient(width: int, height: int, mode: str = "RGB") -> PILImage.Image:
    return PILImage.linear_gradient("L").resize((width, height)).convert(mode)


def test_a_large_poster_gets_every_standard_width_in_webp_and_jpeg() -> None:
    processed = process_upload(encoded(gradient(2000, 3000)))
    assert (processed.width, processed.height) == (2000, 3000)
    sizes = [(v.width, v.height, v.content_type) for v in processed.variants]
    assert sizes == [
        (width, width * 3 // 2, content_type)
        for width in (160, 320, 640, 1280)
        for content_type in ("image/webp", "image/jpeg")
    ]
    for variant in processed.variants:  # each is what it says, at the size it says
        with PILImage.open(io.BytesIO(variant.data)) as decoded:
            assert decoded.size == (variant.width, variant.height)
            assert decoded.get_format_mimetype() == variant.content_type
    assert len(processed.blurhash) == 28  # 3 x 4 components for a portrait image


@pytest.mark.parametrize(
    ("source_width", "widths"),
    [
        (100, [100]),
        (160, [160]),
        (400, [160, 320, 400]),
        (1280, [160, 320, 640, 1280]),
        (5000, [160, 320, 640, 1280]),
    ],
)
def test_variants_are_never_wider_than_the_source(source_width: int, widths: list[int]) -> None:
    assert variant_widths(source_width) == widths
    processed = process_upload(encoded(gradient(source_width, 90)))
    assert max(variant.width for variant in processed.variants) <= source_width


def test_a_logo_keeps_its_transparency_in_webp_and_png() -> None:
    logo = PILImage.new("RGBA", (600, 200), (0, 0, 0, 0))
    logo.paste((255, 255, 255, 255), (100, 50, 500, 150))
    processed = process_upload(encoded(logo, "PNG"), TRANSPARENT)
    assert {v.content_type for v in processed.variants} == {"image/webp", "image/png"}
    with PILImage.open(io.BytesIO(processed.variants[-1].data)) as decoded:
        assert decoded.mode == "RGBA"
        assert decoded.getpixel((0, 0))[3] == 0


def test_metadata_is_stripped_and_the_orientation_applied() -> None:
    exif = PILImage.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° to show
    exif[0x010F] = "SpyCam"  # the camera's maker
    source = encoded(gradient(300, 200), exif=exif.tobytes())
    processed = process_upload(source)
    assert (processed.width, processed.height) == (200, 300)  # upright
    for variant in processed.variants:
        with PILImage.open(io.BytesIO(variant.data)) as decoded:
            assert not decoded.getexif()
            assert "icc_profile" not in decoded.info
        assert b"SpyCam" not in variant.data


async def test_keys_are_named_by_the_content_and_the_files_stored(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    first = await store_image(store, process_upload(encoded(gradient(400, 600))))
    again = await store_image(store, process_upload(encoded(gradient(400, 600))))
    other = await store_image(store, process_upload(encoded(gradient(400, 601))))
    assert first == again  # the same image: the same keys
    assert {v.key for v in first.variants}.isdisjoint(v.key for v in other.variants)
    for variant in first.variants:
        extension = "webp" if variant.type == "image/webp" else "jpg"
        assert variant.key.startswith("images/")
        assert variant.key.endswith(f"/{variant.width}w.{extension}")
        assert (tmp_path / variant.key).is_file()
    assert (first.fallback().type, first.fallback().width) == ("image/jpeg", 400)


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` pixels of one bit: a decompression bomb (its
    pixel data is cut short: what a bomb holds is never read, the header is refused first)."""
    pixels = zlib.compress(b"\x00" * (1 + (width + 7) // 8) * 64, 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([1, 0, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


HOSTILE = {
    "bomb": (png_claiming(8_000, 8_000), "megapixels"),  # 64 MP in a few bytes
    "huge-bomb": (png_claiming(40_000, 40_000), "too many pixels"),  # past Pillow's own guard too
    "too-wide": (png_claiming(20_000, 20), "px a side"),
    "too-small": (encoded(gradient(8, 8)), "at least"),
    "truncated": (encoded(gradient(800, 800), quality=95)[:4000], "truncated or corrupt"),
    "svg": (
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><!ENTITY x "y"></svg>',
        "not an image",
    ),
    "text": (b"hello, I am a poster", "not an image"),
    "gif": (encoded(gradient(100, 100).convert("P"), "GIF"), "not an image"),
    "tiff": (encoded(gradient(100, 100), "TIFF"), "not an image"),
    "empty": (b"", "empty"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_or_non_image_input_is_refused_with_a_reason(name: str) -> None:
    data, reason = HOSTILE[name]
    with pytest.raises(ImageRefused) as refused:
        process_upload(data)
    assert refused.value.status_code == 422
    assert reason in refused.value.detail
    assert refused.value.errors[0].field == "image"


def test_the_byte_limit_is_checked_before_decoding() -> None:
    with pytest.raises(ImageRefused, match="larger than"):
        decode_image(b"\xff\xd8" + b"\x00" * 2048, ImageLimits(max_bytes=1024))
