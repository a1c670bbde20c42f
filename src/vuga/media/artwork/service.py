"""Processing an editor's image into a title's artwork: check the title, decode and resize in a thread,
write the variants, point the title at them."""

from __future__ import annotations

import anyio

from vuga.accounts.auth import Viewer
from vuga.catalog.models import ArtworkKind
from vuga.catalog.service import CatalogEditor
from vuga.core.images import ImageLimits, ImageProfile, ImageRefused, present_image, process_and_store
from vuga.core.images.processing import PHOTO, TRANSPARENT
from vuga.core.media import MediaUrls
from vuga.core.storage import ObjectStore
from vuga.media.artwork.schemas import ArtworkOut
from vuga.media.uploads.handoff import UploadHandoff
from vuga.media.uploads.schemas import CompletedUpload

LIMITS = ImageLimits()
PROFILES: dict[ArtworkKind, ImageProfile] = {ArtworkKind.LOGO: TRANSPARENT}


class ArtworkUploads:
    def __init__(
        self, editor: CatalogEditor, store: ObjectStore, handoff: UploadHandoff, media: MediaUrls
    ) -> None:
        self.editor = editor
        self.store = store
        self.handoff = handoff
        self.media = media

    async def from_bytes(self, title_id: int, kind: ArtworkKind, data: bytes) -> ArtworkOut:
        """The image in a request's body becomes the title's ``kind`` image (404, 422 if not an image)."""
        await self.editor.require_title(title_id)
        return await self._attach(title_id, kind, data)

    async def from_upload(
        self, viewer: Viewer, title_id: int, kind: ArtworkKind, upload_id: int
    ) -> ArtworkOut:
        """As ``from_bytes``, from a completed upload of the editor's; the upload is used up once attached
        (refused, it stays: the request's transaction is rolled back)."""
        await self.editor.require_title(title_id)
        upload = await self.handoff.consume(viewer.account_id, upload_id)
        answer = await self._attach(title_id, kind, await self._bytes_of(upload))
        await self.handoff.release(upload_id)
        return answer

    async def remove(self, title_id: int, kind: ArtworkKind) -> None:
        """The title has no ``kind`` image any more. Its variants stay in the store: cached pages may name
        them for a while, and another title may use the same image (the keys are its content's)."""
        await self.editor.remove_artwork(title_id, kind)

    async def _attach(self, title_id: int, kind: ArtworkKind, data: bytes) -> ArtworkOut:
        stored = await process_and_store(self.store, data, PROFILES.get(kind, PHOTO), LIMITS)
        await self.editor.set_artwork(title_id, kind, stored)
        image = present_image(stored, None, self.media)
        assert image is not None  # a stored image always presents
        return ArtworkOut(title_id=title_id, kind=kind, image=image)

    async def _bytes_of(self, upload: CompletedUpload) -> bytes:
        if upload.size > LIMITS.max_bytes:
            raise ImageRefused(
                f"the image is larger than {LIMITS.max_bytes // (1024 * 1024)} MiB", "upload_id"
            )
        if upload.local_path is not None:
            return await anyio.Path(upload.local_path).read_bytes()
        assert upload.store_key is not None
        return b"".join([chunk async for chunk in self.store.read(upload.store_key)])
