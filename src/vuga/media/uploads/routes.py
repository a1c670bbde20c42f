"""Upload routes: tus 1.0 at ``/api/v1/admin/uploads`` (any tus client: tus-js-client, tuspy, Uppy), and
direct S3 multipart uploads beside it. Editors and admins only; another account's upload is a 404.

A PATCH streams its body to the staging file with its own bound (what the upload still lacks), not the
app's 1 MiB JSON bound: Litestar's own limit is switched off for it (``request_max_body_size=None``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from litestar import Request, Response, Router, delete, get, head, patch, post, route
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.exceptions import InternalServerException
from litestar.params import JSONBody

from vuga.accounts.auth import Viewer, provide_viewer, require_editor
from vuga.core.cache import PERSONAL
from vuga.core.http import PathId
from vuga.core.openapi import problems
from vuga.core.ratelimit import WRITE, Cost, rate_cost
from vuga.media.uploads import protocol
from vuga.media.uploads.errors import TUS_VERSION
from vuga.media.uploads.schemas import MultipartCreate, MultipartStarted, PartUrls, PartUrlsRequest, UploadOut
from vuga.media.uploads.service import Uploads, upload_headers, upload_out
from vuga.media.uploads.staging import ClientGone

# A source video is gigabytes: metered at one expensive request per GiB (60 GiB a minute at the default
# budget), not per MiB as an avatar is, or an editor could not upload one film an hour.
VIDEO_UPLOAD = Cost(write=WRITE, per_mib=1 / 1024)
EDITORS: list[Any] = [require_editor]
CurrentViewer = NamedDependency[Viewer]

TUS_PROBLEMS = problems(
    {
        400: "A tus header is missing or malformed (Upload-Length, Upload-Offset, Upload-Metadata, ...).",
        404: "No such upload of yours.",
        409: "Upload-Offset is not the upload's offset (HEAD it, then resume), or the upload is complete.",
        412: "Tus-Resumable is missing or not 1.0.0.",
        413: "Past the size limit, your quota, or the length the upload declared.",
        415: "A PATCH body must be application/offset+octet-stream.",
        423: "Another request is writing to this upload; retry in a moment.",
        460: "The bytes do not match Upload-Checksum; none were kept.",
    }
)


def uploads_of(state: State) -> Uploads:
    uploads: Uploads = state.uploads
    return uploads


def request_headers(request: Request[Any, Any, Any]) -> dict[str, str]:
    return {name.lower(): value for name, value in request.headers.items()}


async def body_chunks(request: Request[Any, Any, Any]) -> AsyncIterator[bytes]:
    try:
        async for chunk in request.stream():
            yield chunk
    except InternalServerException as exc:  # Litestar's word for an http.disconnect before the body ended
        raise ClientGone from exc


@route(
    "/uploads",
    http_method="OPTIONS",
    status_code=204,
    summary="tus discovery: the protocol version, extensions and size limit",
    include_in_schema=True,
)
async def tus_discovery(state: State) -> Response[None]:
    """Answers with `Tus-Version`, `Tus-Extension`, `Tus-Max-Size` and `Tus-Checksum-Algorithm`."""
    return Response(None, status_code=204, headers=uploads_of(state).discovery_headers())


@post(
    "/uploads",
    guards=EDITORS,
    summary="Create a tus upload (Upload-Length, Upload-Metadata: filename, filetype)",
    request_max_body_size=None,
    opt={**TUS_PROBLEMS, **rate_cost(VIDEO_UPLOAD)},
)
async def create_upload(
    request: Request[Any, Any, Any], state: State, viewer: CurrentViewer
) -> Response[None]:
    """tus creation: `Upload-Length` (bytes) and `Upload-Metadata` with `filename` (and `filetype`) in base64.
    Answers 201 with the upload's `Location`. A body of type `application/offset+octet-stream` is its first
    bytes (creation-with-upload). Editor or admin role; editors within their quota."""
    headers = request_headers(request)
    protocol.require_tus(headers)
    uploads = uploads_of(state)
    upload = await uploads.create_tus(viewer, headers)
    if protocol.has_body(headers):
        upload = await uploads.append(
            viewer, upload.id, headers | {"upload-offset": "0"}, body_chunks(request)
        )
    location = f"{request.url.path.rstrip('/')}/{upload.id}"
    return Response(None, status_code=201, headers={**upload_headers(upload), "Location": location})


@head(
    "/uploads/{upload_id:int}",
    guards=EDITORS,
    summary="Where a tus upload is (Upload-Offset)",
    opt=TUS_PROBLEMS,
)
async def upload_offset(
    request: Request[Any, Any, Any], state: State, viewer: CurrentViewer, upload_id: PathId
) -> Response[None]:
    """The upload's `Upload-Offset`, `Upload-Length`, `Upload-Metadata` and `Upload-Expires`: resume from
    the offset. Editor or admin role."""
    protocol.require_tus(request_headers(request))
    upload = await uploads_of(state).find(viewer, upload_id)
    return Response(None, status_code=200, headers=upload_headers(upload))


@patch(
    "/uploads/{upload_id:int}",
    guards=EDITORS,
    summary="Append bytes to a tus upload at Upload-Offset",
    request_max_body_size=None,
    status_code=204,
    opt={**TUS_PROBLEMS, **rate_cost(VIDEO_UPLOAD)},
)
async def append_to_upload(
    request: Request[Any, Any, Any], state: State, viewer: CurrentViewer, upload_id: PathId
) -> Response[None]:
    """Appends the body (`application/offset+octet-stream`) at `Upload-Offset`, which must be the upload's
    offset; an optional `Upload-Checksum: sha256 <base64>` covers it. Answers 204 with the new
    `Upload-Offset`, which is on disk. A dropped connection keeps what arrived. Editor or admin role."""
    headers = request_headers(request)
    protocol.require_tus(headers)
    upload = await uploads_of(state).append(viewer, upload_id, headers, body_chunks(request))
    return Response(None, status_code=204, headers=upload_headers(upload))


@delete(
    "/uploads/{upload_id:int}",
    guards=EDITORS,
    summary="Delete an upload and its bytes (tus termination)",
    opt=TUS_PROBLEMS,
)
async def terminate_upload(
    request: Request[Any, Any, Any], state: State, viewer: CurrentViewer, upload_id: PathId
) -> Response[None]:
    """Deletes the upload and its bytes, finished or not, unless a media job is using it (409). Works for
    direct multipart uploads too (the store's parts are dropped); there `Tus-Resumable` is optional.
    Editor or admin role."""
    headers = request_headers(request)
    if "tus-resumable" in headers:
        protocol.require_tus(headers)
    await uploads_of(state).terminate(viewer, upload_id)
    return Response(None, status_code=204, headers={"Tus-Resumable": TUS_VERSION})


@get(
    "/uploads/{upload_id:int}",
    guards=EDITORS,
    summary="An upload's state as JSON",
    opt=problems({404: "No such upload of yours."}),
)
async def get_upload(state: State, viewer: CurrentViewer, upload_id: PathId) -> UploadOut:
    """The upload's mode, state, length, offset (bytes held), file name and type, and expiry. Editor or
    admin role."""
    return upload_out(await uploads_of(state).find(viewer, upload_id))


@post(
    "/uploads/multipart",
    guards=EDITORS,
    summary="Start a direct S3 multipart upload (the bytes go to the store, not through the API)",
    opt={
        **problems({404: "The storage backend is not S3.", 413: "Past the size limit or your quota."}),
        **rate_cost(Cost(write=1.0)),
    },
)
async def start_multipart(
    state: State, viewer: CurrentViewer, data: JSONBody[MultipartCreate]
) -> MultipartStarted:
    """Starts a multipart upload in the bucket: ask for part URLs, PUT each part (`part_size` bytes, the
    last one the rest) to its URL, then complete. Editor or admin role; editors within their quota."""
    return await uploads_of(state).start_multipart(viewer, data)


@post(
    "/uploads/{upload_id:int}/part-urls",
    guards=EDITORS,
    status_code=200,
    summary="Presigned URLs for parts of a direct multipart upload",
    opt=problems(
        {404: "No such upload of yours, or no S3 backend.", 409: "Not a direct upload, or complete."}
    ),
)
async def part_urls(
    state: State, viewer: CurrentViewer, upload_id: PathId, data: JSONBody[PartUrlsRequest]
) -> PartUrls:
    """A URL for each part number asked (at most 100 at a time), valid `VUGA_STORAGE_PRESIGN_TTL_S`: PUT the
    part's bytes there. Asking again for a part gives a new URL (a retried part replaces the first).
    Editor or admin role."""
    return await uploads_of(state).part_urls(viewer, upload_id, data)


@post(
    "/uploads/{upload_id:int}/complete",
    guards=EDITORS,
    status_code=200,
    summary="Finish a direct multipart upload once every part is in the store",
    opt=problems(
        {404: "No such upload of yours, or no S3 backend.", 409: "A part is missing or has the wrong size."}
    ),
)
async def complete_multipart(state: State, viewer: CurrentViewer, upload_id: PathId) -> UploadOut:
    """Checks with the store that every part is there with its size, and assembles the object; the upload
    is then complete, ready for a media job. Editor or admin role."""
    return await uploads_of(state).complete_multipart(viewer, upload_id)


media_uploads_router = Router(
    path="/admin",
    route_handlers=[
        tus_discovery,
        create_upload,
        upload_offset,
        append_to_upload,
        terminate_upload,
        get_upload,
        start_multipart,
        part_urls,
        complete_multipart,
    ],
    cache_control=PERSONAL,
    dependencies={"viewer": Provide(provide_viewer, sync_to_thread=False)},
    tags=["admin", "uploads"],
)
