"""Bytes (or a drawn Pillow image) to size variants and a blurhash, under limits. CPU only: callers run it in
a worker thread.

Hostile input is refused before its pixels are decoded where that is possible: the byte size first, then the
container's own claim of format and dimensions (``Image.open`` reads only the header), so a small file that
would expand to gigabytes (a decompression bomb) never allocates them. Only the JPEG, PNG and WebP decoders
are tried (``formats=``): an SVG, a TIFF or a text file is "not an image" here, whatever its name says.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field

import blurhash
from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError

from vuga.core.errors import InvalidInput

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
# Common layout widths in CSS pixels at 1x and 2x: a card, a wide card, a hero, a full-width backdrop.
VARIANT_WIDTHS = (160, 320, 640, 1280)
# Bumped when the encoder settings change, so a source processed again lands under new keys (the old URLs
# stay cached by browsers and CDNs with the old bytes: content addressing must cover how bytes were made).
PIPELINE_VERSION = b"images-1"
# The hash keeps a dozen colour waves; a sample of 12 px on its longer side holds them, and more pixels only
# cost time (the encoder is pure Python: ~2 ms at this size).
BLURHASH_SAMPLE_SIDE = 12
WEBP_QUALITY, JPEG_QUALITY = 80, 82


class ImageRefused(InvalidInput):
    """Not an acceptable image: not one at all, a refused format, too large, too small, or corrupt (422)."""

    def __init__(self, message: str, field_name: str = "image") -> None:
        problem = InvalidInput.field(field_name, message)
        super().__init__(problem.detail, problem.errors)


@dataclass(frozen=True, slots=True)
class ImageLimits:
    max_bytes: int = 20 * 1024 * 1024
    # 40 megapixels holds an 8K backdrop; decoding one takes ~120 MB of RGB, the most one request may take.
    max_pixels: int = 40_000_000
    min_side: int = 16
    max_side: int = 12_000


@dataclass(frozen=True, slots=True)
class ImageProfile:
    """How an artwork kind is encoded: a logo keeps its transparency (WebP and PNG), a photo does not
    (WebP and JPEG, flattened on the app's dark background)."""

    keeps_alpha: bool = False
    background: tuple[int, int, int] = (20, 20, 20)
    # How hard the encoders and the resampler try. Editors' uploads: libwebp's default effort (4), optimised
    # progressive JPEGs, Lanczos. The demo's drawn gradients take the fast end of each (a third of the time,
    # files ~10 % larger, no visible difference on flat colour), which keeps a first `make run` short.
    webp_method: int = 4
    jpeg_optimize: bool = True
    resample: PILImage.Resampling = PILImage.Resampling.LANCZOS


PHOTO = ImageProfile()
TRANSPARENT = ImageProfile(keeps_alpha=True)


@dataclass(frozen=True, slots=True)
class EncodedVariant:
    width: int
    height: int
    content_type: str
    extension: str
    data: bytes


@dataclass(frozen=True, slots=True)
class ProcessedImage:
    digest: str  # of the source bytes and the pipeline version: the variants' key prefix
    width: int
    height: int
    blurhash: str
    variants: list[EncodedVariant] = field(default_factory=list)


def variant_widths(source_width: int) -> list[int]:
    """The widths to make: the standard ones below the source's, and the source's own (capped at the
    largest standard one). Never wider than the source: upscaling adds bytes, not detail."""
    widths = {width for width in VARIANT_WIDTHS if width < source_width}
    return sorted(widths | {min(source_width, VARIANT_WIDTHS[-1])})


def decode_image(data: bytes, limits: ImageLimits = ImageLimits()) -> PILImage.Image:
    """The image in ``data``, decoded, upright (EXIF orientation applied) and without metadata."""
    if not data:
        raise ImageRefused("the body is empty: send a JPEG, PNG or WebP image")
    if len(data) > limits.max_bytes:
        raise ImageRefused(f"the image is larger than {limits.max_bytes // (1024 * 1024)} MiB")
    try:
        # Only the header is read here; pixels are decoded by load(), after the size checks.
        image = PILImage.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
    except PILImage.DecompressionBombError as exc:  # Pillow's own guard, far above ours
        raise ImageRefused(
            f"the image has too many pixels: at most {limits.max_pixels // 1_000_000} megapixels"
        ) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ImageRefused("not an image: send a JPEG, PNG or WebP image") from exc
    width, height = image.size
    if width * height > limits.max_pixels or max(width, height) > limits.max_side:
        raise ImageRefused(
            f"the image is {width}x{height}: at most {limits.max_pixels // 1_000_000} megapixels and "
            f"{limits.max_side} px a side"
        )
    if min(width, height) < limits.min_side:
        raise ImageRefused(f"the image is {width}x{height}: at least {limits.min_side} px a side")
    try:
        image.load()  # the first frame of an animated WebP or PNG
        upright = ImageOps.exif_transpose(image)
    except (OSError, SyntaxError, ValueError, EOFError, PILImage.DecompressionBombError) as exc:
        raise ImageRefused("the image could not be decoded (truncated or corrupt)") from exc
    upright.info.clear()  # EXIF (camera, GPS), XMP, ICC and text chunks: nothing of the source is served
    return upright


def process_upload(
    data: bytes, profile: ImageProfile = PHOTO, limits: ImageLimits = ImageLimits()
) -> ProcessedImage:
    """Check, decode and process uploaded bytes (``ImageRefused`` when they are not an acceptable image)."""
    return process_image(decode_image(data, limits), source_digest(data), profile)


def source_digest(data: bytes) -> str:
    return hashlib.sha256(PIPELINE_VERSION + data).hexdigest()[:32]


def pixels_digest(image: PILImage.Image) -> str:
    """The key prefix of an image drawn in memory (no source bytes): its pixels', mode and size included."""
    header = f"{image.mode}:{image.width}x{image.height}:".encode()
    return hashlib.sha256(PIPELINE_VERSION + header + image.tobytes()).hexdigest()[:32]


def process_image(image: PILImage.Image, digest: str, profile: ImageProfile = PHOTO) -> ProcessedImage:
    """Variants (largest first, each resized from the one before: cheaper than from the source, and as sharp)
    and the blurhash of a decoded image."""
    prepared = _prepared(image, profile)
    width, height = prepared.size
    variants: list[EncodedVariant] = []
    current = prepared
    for target in sorted(variant_widths(width), reverse=True):
        if target != current.width:
            target_height = max(1, round(height * target / width))
            # reducing_gap: a box reduction first, then the filter on the rest: as sharp, several times faster
            current = current.resize((target, target_height), profile.resample, reducing_gap=2.0)
        variants += _encoded(current, profile)
    variants.sort(key=lambda variant: (variant.width, variant.content_type != "image/webp"))
    return ProcessedImage(
        digest=digest, width=width, height=height, blurhash=_blurhash(current, profile), variants=variants
    )


def _prepared(image: PILImage.Image, profile: ImageProfile) -> PILImage.Image:
    has_alpha = image.mode in {"RGBA", "LA", "PA"} or "transparency" in image.info
    if profile.keeps_alpha:
        return image.convert("RGBA" if has_alpha or image.mode == "P" else "RGB")
    if has_alpha:
        rgba = image.convert("RGBA")
        flat = PILImage.new("RGB", rgba.size, profile.background)
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")


def _encoded(image: PILImage.Image, profile: ImageProfile) -> list[EncodedVariant]:
    width, height = image.size
    webp = io.BytesIO()
    image.save(webp, "WEBP", quality=WEBP_QUALITY, method=profile.webp_method)
    fallback = io.BytesIO()
    if profile.keeps_alpha:
        image.save(fallback, "PNG", compress_level=6)
        fallback_type, extension = "image/png", "png"
    else:
        tuned = profile.jpeg_optimize
        image.save(fallback, "JPEG", quality=JPEG_QUALITY, optimize=tuned, progressive=tuned)
        fallback_type, extension = "image/jpeg", "jpg"
    return [
        EncodedVariant(width, height, "image/webp", "webp", webp.getvalue()),
        EncodedVariant(width, height, fallback_type, extension, fallback.getvalue()),
    ]


def _blurhash(smallest: PILImage.Image, profile: ImageProfile) -> str:
    """Four by three components for a landscape image, three by four for a portrait one: the hash's detail
    follows the longer side. Transparent pixels are hashed on the background they will be shown on."""
    sample = smallest.copy()
    sample.thumbnail((BLURHASH_SAMPLE_SIDE, BLURHASH_SAMPLE_SIDE), PILImage.Resampling.BILINEAR)
    rgb = _prepared(sample, ImageProfile(background=profile.background)).tobytes()
    width, height = sample.size
    rows = [
        [rgb[at : at + 3] for at in range(row * width * 3, (row + 1) * width * 3, 3)] for row in range(height)
    ]
    x_components, y_components = (4, 3) if width >= height else (3, 4)
    return str(blurhash.encode(rows, components_x=x_components, components_y=y_components))
