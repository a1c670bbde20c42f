"""What the artwork routes read and answer."""

from __future__ import annotations

import msgspec

from vuga.catalog.models import ArtworkKind
from vuga.catalog.schemas import Id
from vuga.core.images import Image
from vuga.core.openapi import body_example


@body_example({"upload_id": 12})
class ArtworkFromUpload(msgspec.Struct, forbid_unknown_fields=True):
    """Which completed upload (tus or direct) holds the image."""

    upload_id: Id


class ArtworkOut(msgspec.Struct):
    title_id: int
    kind: ArtworkKind
    image: Image
