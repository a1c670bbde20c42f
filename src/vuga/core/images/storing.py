"""Writing a processed image to the object store under content-addressed keys."""

from __future__ import annotations

import asyncio

from vuga.core.images.processing import ProcessedImage
from vuga.core.images.stored import StoredImage, StoredVariant
from vuga.core.storage import ObjectStore

IMAGES_PREFIX = "images/"


def variant_key(digest: str, width: int, extension: str) -> str:
    """``images/<digest>/<width>w.<ext>``: one prefix per source image, so its variants go together."""
    return f"{IMAGES_PREFIX}{digest}/{width}w.{extension}"


async def store_image(store: ObjectStore, image: ProcessedImage) -> StoredImage:
    """Write the variants (an existing key holds the same bytes already: writing it again is harmless) and
    answer what a row keeps of them."""
    variants = [
        StoredVariant(
            width=variant.width,
            height=variant.height,
            type=variant.content_type,
            key=variant_key(image.digest, variant.width, variant.extension),
        )
        for variant in image.variants
    ]
    await asyncio.gather(
        *(
            store.put_bytes(stored.key, variant.data, content_type=variant.content_type)
            for stored, variant in zip(variants, image.variants, strict=True)
        )
    )
    return StoredImage(width=image.width, height=image.height, blurhash=image.blurhash, variants=variants)
