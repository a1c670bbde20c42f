"""Editing a title's artwork: an uploaded image's variants (made by the media feature) become one of its
images, or an image is removed. A URL a title's PATCH sets replaces the variants of its kind (``titles``)."""

from __future__ import annotations

from typing import Any

import msgspec

from vuga.catalog.models import ArtworkKind, Title
from vuga.catalog.service.editing.steps import EditorSteps
from vuga.core.clock import utcnow
from vuga.core.images import StoredImage


class ArtworkEditor(EditorSteps):
    async def require_title(self, title_id: int) -> None:
        """404 unless the title exists: checked before an upload's pixels are worked on."""
        await self._require(Title, title_id, "title")

    async def set_artwork(self, title_id: int, kind: ArtworkKind, image: StoredImage) -> None:
        """The title's ``kind`` image is now ``image``; its plain URL, the largest JPEG (or PNG) variant."""
        title = await self._require(Title, title_id, "title")
        images = dict(title.artwork_images or {})
        images[kind.value] = msgspec.to_builtins(image)
        self._store(title, kind, images, image.fallback().key)

    async def remove_artwork(self, title_id: int, kind: ArtworkKind) -> None:
        title = await self._require(Title, title_id, "title")
        images = dict(title.artwork_images or {})
        images.pop(kind.value, None)
        self._store(title, kind, images, None)

    def _store(self, title: Title, kind: ArtworkKind, images: dict[str, Any], url: str | None) -> None:
        # A new dict, not the loaded one changed in place: the JSON column sees an assignment as a change.
        title.artwork_images = images or None
        setattr(title, f"{kind.value}_url", url)
        title.updated_at = utcnow()
        self._changed_title(title)


def without_replaced_images(images: dict[str, Any] | None, sent: dict[str, Any]) -> dict[str, Any] | None:
    """The variants a PATCH keeps: those of kinds whose ``<kind>_url`` it did not send (a URL given now wins
    over variants uploaded before; it has none of its own)."""
    if not images:
        return images
    kept = {kind: image for kind, image in images.items() if f"{kind}_url" not in sent}
    return kept or None
