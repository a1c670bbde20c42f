"""Admin routes for a title's artwork: upload an image as its poster, wide poster, backdrop or logo (in the
body, or from a completed tus or direct upload), or remove one."""

from __future__ import annotations

from typing import Annotated

from litestar import Router, delete, post, put
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody, PathParameter, RawBody
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer, provide_viewer, require_editor
from vuga.admin.routes import provide_editor
from vuga.catalog.models import ArtworkKind
from vuga.catalog.service import CatalogEditor
from vuga.core.cache import PERSONAL
from vuga.core.http import PathId, provide_writer
from vuga.core.openapi import problems, raw_body
from vuga.core.ratelimit import EXPENSIVE_WRITE, UPLOAD, rate_cost
from vuga.media.artwork.schemas import ArtworkFromUpload, ArtworkOut
from vuga.media.artwork.service import LIMITS, ArtworkUploads
from vuga.media.uploads.handoff import UploadHandoff

CurrentViewer = NamedDependency[Viewer]
Artwork = NamedDependency[ArtworkUploads]
KIND = "/titles/{title_id:int}/artwork/{kind:str}"
Kind = Annotated[
    ArtworkKind, PathParameter(description="Which image: poster, poster_wide, backdrop or logo.")
]
REFUSALS = {
    404: "No such title (or upload of yours).",
    413: f"The body is larger than {LIMITS.max_bytes // (1024 * 1024)} MiB.",
    422: "Not a JPEG, PNG or WebP image, too many pixels, too small, or corrupt (the message says which).",
}


def provide_artwork(
    writer: NamedDependency[AsyncSession], editor: NamedDependency[CatalogEditor], state: State
) -> ArtworkUploads:
    return ArtworkUploads(
        editor, state.store, UploadHandoff(writer, state.store, state.settings), state.media_urls
    )


@put(
    KIND,
    summary="Upload a title's poster, wide poster, backdrop or logo (JPEG, PNG or WebP)",
    request_max_body_size=LIMITS.max_bytes,
    opt={**rate_cost(UPLOAD), **problems(REFUSALS), **raw_body("image/jpeg", "image/png", "image/webp")},
)
async def upload_artwork(
    artwork: Artwork,
    title_id: PathId,
    kind: Kind,
    body: RawBody,
) -> ArtworkOut:
    """The body is the image (its bytes say what it is; the Content-Type is not trusted): at most 20 MiB
    and 40 megapixels, at least 16 px a side. It is stripped of its metadata and made into variants 160,
    320, 640 and 1280 px wide (never wider than it is) in WebP and JPEG (PNG for a logo, which keeps its
    transparency), with a blurhash; they replace the title's `kind` image. The variants' URLs are immutable.
    Editor or admin role.
    """
    return await artwork.from_bytes(title_id, kind, body)


@post(
    f"{KIND}/from-upload",
    status_code=200,
    summary="Make a completed upload a title's poster, wide poster, backdrop or logo",
    opt={**rate_cost(EXPENSIVE_WRITE), **problems({**REFUSALS, 409: "The upload is unfinished or used."})},
)
async def artwork_from_upload(
    artwork: Artwork,
    viewer: CurrentViewer,
    title_id: PathId,
    kind: Kind,
    data: JSONBody[ArtworkFromUpload],
) -> ArtworkOut:
    """As the upload in the body, for an image uploaded by tus or direct upload first (`/admin/uploads`);
    the upload is used up once it is the title's image. Editor or admin role; the upload must be yours."""
    return await artwork.from_upload(viewer, title_id, kind, data.upload_id)


@delete(
    KIND,
    summary="Remove a title's poster, wide poster, backdrop or logo",
    opt=problems({404: "No such title."}),
)
async def remove_artwork(artwork: Artwork, title_id: PathId, kind: Kind) -> None:
    """The title shows no `kind` image any more (its variants' URLs keep working). Editor or admin role."""
    await artwork.remove(title_id, kind)


artwork_admin_router = Router(
    path="/admin",
    route_handlers=[upload_artwork, artwork_from_upload, remove_artwork],
    cache_control=PERSONAL,
    guards=[require_editor],
    dependencies={
        "writer": Provide(provide_writer),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
        "editor": Provide(provide_editor, sync_to_thread=False),
        "artwork": Provide(provide_artwork, sync_to_thread=False),
    },
    tags=["admin", "artwork"],
)
