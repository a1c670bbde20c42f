"""Artwork images: checked decoding, size variants, blurhash placeholders, and the stored shape clients read.

An image an editor (or the demo) gives is decoded by Pillow under limits (bytes, pixels, JPEG/PNG/WebP only),
stripped of its metadata, resized to a few widths (never upscaled), encoded twice (WebP, and JPEG or PNG for
browsers without WebP), and summarised by a blurhash that a client paints while the image loads. The variants
are written to the object store under keys derived from the source's content, so their URLs never change
meaning and may be cached for a year.

- ``processing``: bytes or a Pillow image → ``ProcessedImage`` (CPU only, no I/O; run it in a thread).
- ``stored``: ``StoredImage`` (what a row keeps, as JSON) and ``Image`` (what the API shows), and ``present``.
- ``storing``: writes a ``ProcessedImage``'s variants to an ``ObjectStore`` and answers its ``StoredImage``
  (``process_and_store``: an upload's bytes processed in a worker thread, then written).
"""

from vuga.core.images.processing import (
    ImageLimits,
    ImageProfile,
    ImageRefused,
    ProcessedImage,
    decode_image,
    process_image,
    process_upload,
)
from vuga.core.images.stored import Image, ImageVariant, StoredImage, StoredVariant, present_image
from vuga.core.images.storing import IMAGES_PREFIX, process_and_store, store_image

__all__ = [
    "IMAGES_PREFIX",
    "Image",
    "ImageLimits",
    "ImageProfile",
    "ImageRefused",
    "ImageVariant",
    "ProcessedImage",
    "StoredImage",
    "StoredVariant",
    "decode_image",
    "present_image",
    "process_and_store",
    "process_image",
    "process_upload",
    "store_image",
]
