"""The shapes of a processed image: ``StoredImage``, what a row keeps (JSON, object-store keys), and
``Image``, what the API shows (absolute URLs); ``present_image`` turns the one, or a plain URL, into the
other.

An image given only as a URL (an external host, or a file from before variants existed) is shown with that
URL, no blurhash, no size and no variants: clients draw it as they always did.
"""

from __future__ import annotations

from typing import Any

import msgspec

from vuga.core.media import MediaUrls


class StoredVariant(msgspec.Struct, frozen=True):
    width: int
    height: int
    type: str  # its media type: image/webp, image/jpeg or image/png
    key: str  # the object store key


class StoredImage(msgspec.Struct, frozen=True):
    width: int
    height: int
    blurhash: str
    variants: list[StoredVariant]

    def fallback(self) -> StoredVariant:
        """The largest variant every browser decodes (JPEG or PNG): the image's plain URL."""
        return max((v for v in self.variants if v.type != "image/webp"), key=lambda variant: variant.width)


class ImageVariant(msgspec.Struct, frozen=True):
    width: int
    height: int
    type: str
    url: str


class Image(msgspec.Struct, frozen=True):
    """An image and its variants: ``url`` is the largest JPEG (PNG for a logo) or the given URL; ``variants``
    smallest first, WebP next to JPEG at each width, for a ``<picture>``'s ``srcset``; ``blurhash`` to paint
    until it loads (with ``width`` and ``height``, the source's size: the aspect ratio to reserve)."""

    url: str
    blurhash: str | None = None
    width: int | None = None
    height: int | None = None
    variants: list[ImageVariant] = msgspec.field(default_factory=list)


_decode_stored = msgspec.convert


def stored_image(raw: Any) -> StoredImage | None:
    """A ``StoredImage`` from the JSON a row holds (a mapping, or None)."""
    return None if raw is None else _decode_stored(raw, StoredImage)


def present_image(stored: StoredImage | None, url: str | None, media: MediaUrls) -> Image | None:
    """The API's image: from its variants when it has them, else from its plain URL, else none."""
    if stored is not None:
        return Image(
            url=media.absolute(stored.fallback().key) or "",
            blurhash=stored.blurhash,
            width=stored.width,
            height=stored.height,
            variants=[
                ImageVariant(variant.width, variant.height, variant.type, media.absolute(variant.key) or "")
                for variant in stored.variants
            ],
        )
    absolute = media.absolute(url)
    return None if absolute is None else Image(url=absolute)
