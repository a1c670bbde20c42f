"""Writing a processed image to the object store under content-addressed keys (and processing an upload
off the event loop first)."""

from __future__ import annotations

import asyncio
import weakref
from asyncio import AbstractEventLoop, get_running_loop

import anyio
from anyio import CapacityLimiter

from vuga.core.images.processing import ImageLimits, ImageProfile, ProcessedImage, process_upload
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


CONCURRENT_IMAGES = 2  # per process: images take a core each while they are resized and encoded
_limiters: weakref.WeakKeyDictionary[AbstractEventLoop, CapacityLimiter] = weakref.WeakKeyDictionary()


def _limiter() -> CapacityLimiter:
    """The process's limiter (one per event loop: a limiter belongs to the loop it was made in)."""
    loop = get_running_loop()
    limiter = _limiters.get(loop)
    if limiter is None:
        limiter = _limiters[loop] = CapacityLimiter(CONCURRENT_IMAGES)
    return limiter


async def process_and_store(
    store: ObjectStore, data: bytes, profile: ImageProfile, limits: ImageLimits
) -> StoredImage:
    """An uploaded image's variants, made in a worker thread (``CONCURRENT_IMAGES`` at a time, so uploads do
    not take every core from the requests) and written to the store (``ImageRefused`` for a bad image)."""
    processed = await anyio.to_thread.run_sync(process_upload, data, profile, limits, limiter=_limiter())
    return await store_image(store, processed)
