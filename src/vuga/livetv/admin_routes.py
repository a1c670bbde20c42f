"""Live TV's admin API: channels and categories (with their order), channels' audience, single programmes,
and XMLTV imports (an uploaded file, imported in the request; a URL, fetched by a worker). Editor or admin
role; every write is one transaction owned by the request, and what it makes stale is invalidated once it
commits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated

from litestar import Response, Router, delete, get, patch, post, put
from litestar.datastructures import State, UploadFile
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody, MultipartBody, Parameter, PathParameter, RawBody
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import require_editor
from vuga.core.cache import PERSONAL, ResponseCache
from vuga.core.cdn.purge import Purge
from vuga.core.cdn.requests import CdnPurges
from vuga.core.db import after_commit
from vuga.core.errors import InvalidInput
from vuga.core.http import PathId, provide_writer
from vuga.core.images import ImageLimits, present_image, process_and_store
from vuga.core.images.processing import TRANSPARENT
from vuga.core.jobs.queue import Jobs
from vuga.core.openapi import problems, raw_body
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page
from vuga.core.ratelimit import EXPENSIVE_WRITE, UPLOAD, rate_cost
from vuga.livetv.models import LogoKind
from vuga.livetv.schemas import (
    AdminCategory,
    AdminChannel,
    CategoryCreate,
    CategoryOrder,
    CategoryUpdate,
    ChannelAudience,
    ChannelCreate,
    ChannelUpdate,
    EpgImportOut,
    EpgImportUrl,
    LogoOut,
    ProgrammeCreate,
    ProgrammeOut,
    ProgrammeUpdate,
)
from vuga.livetv.service import EpgImports, LiveAudience, LiveEditor, cache_tags, channel_audience
from vuga.livetv.xmltv import XmltvRefused
from vuga.settings import Settings

LOGO_LIMITS = ImageLimits()
# The largest upload the route reads; the document itself is bounded by VUGA_LIVETV_EPG_MAX_BYTES.
MAX_EPG_UPLOAD_BYTES = 256 << 20
SAVES = problems(
    {404: "A row the body names (a category, a channel) does not exist.", 409: "It clashes with another row."}
)
IMPORT_PROBLEMS = problems(
    {
        400: "The body is not a multipart form with a `file`.",
        422: "The document is refused (hostile, malformed or past a limit); nothing was imported.",
    }
)

Editor = NamedDependency[LiveEditor]
AudienceHours = Annotated[
    int, Parameter(ge=1, le=24 * 31, description="How many hours back, this one included.")
]
Imports = NamedDependency[EpgImports]


async def invalidate_everywhere(state: State, tags: Sequence[str]) -> None:
    """In every process's response cache, and at the CDN (a queued purge, which never fails the write)."""
    response_cache: ResponseCache = state.response_cache
    purges: CdnPurges = state.cdn_purges
    await response_cache.invalidate(tags)
    await purges.request(Purge.of(tags, cache_tags.public_paths(tags)))


def provide_editor(writer: NamedDependency[AsyncSession], state: State) -> LiveEditor:
    async def invalidate(tags: Sequence[str]) -> None:
        await invalidate_everywhere(state, tags)

    return LiveEditor(writer, invalidate, state.media_urls)


def provide_imports(writer: NamedDependency[AsyncSession], state: State) -> EpgImports:
    settings: Settings = state.settings
    imports = EpgImports(writer, settings.livetv)

    async def invalidate_stale() -> None:
        if imports.stale:
            await invalidate_everywhere(state, sorted(imports.stale))

    after_commit(writer, invalidate_stale)
    return imports


# --- channels --------------------------------------------------------------------------------------------


@get("/channels", summary="Every channel, enabled or not, by id")
async def list_channels(
    editor: Editor, limit: Limit = DEFAULT_LIMIT, cursor: CursorParam = None
) -> Page[AdminChannel]:
    """Every channel with its sources and categories, a page at a time. Editor or admin role."""
    return await editor.admin_channels(cursor, limit)


@post("/channels", summary="Add a channel with its stream sources", opt=SAVES)
async def create_channel(editor: Editor, data: JSONBody[ChannelCreate]) -> AdminChannel:
    """Adds a channel; a number or XMLTV id another channel has is a 409. Editor or admin role."""
    return await editor.create_channel(data)


@get("/channels/{channel_id:int}", summary="A channel as editors see it")
async def get_channel(editor: Editor, channel_id: PathId) -> AdminChannel:
    """A channel with its sources (stream URLs) and categories, enabled or not. Editor or admin role."""
    return await editor.admin_channel(channel_id)


@patch("/channels/{channel_id:int}", summary="Change the fields sent (enable, disable, reorder)", opt=SAVES)
async def update_channel(editor: Editor, channel_id: PathId, data: JSONBody[ChannelUpdate]) -> AdminChannel:
    """Changes the fields sent and leaves the rest: `sources` and `category_ids` replace the channel's.
    Editor or admin role."""
    return await editor.update_channel(channel_id, data)


@delete("/channels/{channel_id:int}", summary="Delete a channel with its sources and guide")
async def delete_channel(editor: Editor, channel_id: PathId) -> None:
    """Deletes the channel, its sources and its programmes. Editor or admin role."""
    await editor.delete_channel(channel_id)


@get("/channels/{channel_id:int}/audience", summary="A channel's views and viewers, now and by hour")
async def get_audience(
    state: State,
    writer: NamedDependency[AsyncSession],
    channel_id: PathId,
    hours: Annotated[
        int, Parameter(ge=1, le=24 * 31, description="How many hours back, this one included.")
    ] = 24,
) -> ChannelAudience:
    """Views since the channel was added, viewers watching now, and per hour (UTC) the views that started
    and the most viewers at once, oldest first; hours without a viewer are left out. Views are counted from
    heartbeats carrying the channel's id, once per profile every `VUGA_LIVETV_VIEW_DEDUPE_HOURS`, and added
    up about every minute. Editor or admin role.
    """
    audience: LiveAudience = state.live_audience
    return await channel_audience(writer, audience, channel_id, hours)


LOGO = "/channels/{channel_id:int}/logos/{kind:str}"
LogoKindParam = Annotated[LogoKind, PathParameter(description="Which logo: square (logo_url) or wide.")]


@put(
    LOGO,
    summary="Upload a channel's square or wide logo (JPEG, PNG or WebP)",
    request_max_body_size=LOGO_LIMITS.max_bytes,
    opt={
        **rate_cost(UPLOAD),
        **problems(
            {
                404: "No such channel.",
                413: f"The body is larger than {LOGO_LIMITS.max_bytes >> 20} MiB.",
                422: "Not a JPEG, PNG or WebP image, too many pixels, too small, or corrupt.",
            }
        ),
        **raw_body("image/png", "image/webp", "image/jpeg"),
    },
)
async def upload_logo(
    editor: Editor, state: State, channel_id: PathId, kind: LogoKindParam, body: RawBody
) -> LogoOut:
    """The body is the image (its bytes say what it is; the Content-Type is not trusted), checked and made
    into variants as a title's logo is: 160 to 1280 px wide (never wider than it is), WebP and PNG (which
    keeps its transparency), with a blurhash. They replace the channel's `kind` logo; `logo_url` (or
    `logo_wide_url`) becomes the largest. Editor or admin role.
    """
    await editor.require_channel(channel_id)
    stored = await process_and_store(state.store, body, TRANSPARENT, LOGO_LIMITS)
    await editor.set_logo(channel_id, kind, stored)
    image = present_image(stored, None, state.media_urls)
    assert image is not None  # a stored image always presents
    return LogoOut(channel_id=channel_id, kind=kind, image=image)


@delete(LOGO, summary="Remove a channel's square or wide logo")
async def remove_logo(editor: Editor, channel_id: PathId, kind: LogoKindParam) -> None:
    """The channel has no `kind` logo any more (its variants stay in the store: cached pages may still
    name them). Editor or admin role."""
    await editor.set_logo(channel_id, kind, None)


# --- categories ------------------------------------------------------------------------------------------


@get("/categories", summary="Every category, in order, with its channels' ids in order")
async def list_categories(editor: Editor) -> Page[AdminCategory]:
    """Every category with the ids of its channels (enabled or not), in order. Editor or admin role."""
    return await editor.admin_categories()


@post("/categories", summary="Add a category", opt=SAVES)
async def create_category(editor: Editor, data: JSONBody[CategoryCreate]) -> AdminCategory:
    """Adds a category; a slug in use is a 409. Editor or admin role."""
    return await editor.create_category(data)


@patch("/categories/{category_id:int}", summary="Change a category", status_code=204, opt=SAVES)
async def update_category(editor: Editor, category_id: PathId, data: JSONBody[CategoryUpdate]) -> None:
    """Changes the fields sent of a category. Editor or admin role."""
    await editor.update_category(category_id, data)


@put(
    "/categories/{category_id:int}/channels",
    summary="Set a category's channels, in order",
    status_code=204,
    opt=SAVES,
)
async def order_category(editor: Editor, category_id: PathId, data: JSONBody[CategoryOrder]) -> None:
    """Makes these channels the category's, in this order. Editor or admin role."""
    await editor.order_category(category_id, data)


@delete("/categories/{category_id:int}", summary="Delete a category; its channels stay")
async def delete_category(editor: Editor, category_id: PathId) -> None:
    """Deletes the category; its channels stay, without it. Editor or admin role."""
    await editor.delete_category(category_id)


# --- programmes ------------------------------------------------------------------------------------------


@post("/programmes", summary="Add a programme to a channel's guide", opt=SAVES)
async def create_programme(editor: Editor, data: JSONBody[ProgrammeCreate]) -> ProgrammeOut:
    """Adds one programme; one overlapping another of the channel is a 409 naming it. Editor or admin role."""
    return await editor.create_programme(data)


@patch("/programmes/{programme_id:int}", summary="Change a programme's fields or times", opt=SAVES)
async def update_programme(
    editor: Editor, programme_id: PathId, data: JSONBody[ProgrammeUpdate]
) -> ProgrammeOut:
    """Changes the fields sent; new times that overlap another programme of the channel are a 409 naming
    it. Editor or admin role."""
    return await editor.update_programme(programme_id, data)


@delete("/programmes/{programme_id:int}", summary="Delete a programme")
async def delete_programme(editor: Editor, programme_id: PathId) -> None:
    """Deletes one programme from its channel's guide. Editor or admin role."""
    await editor.delete_programme(programme_id)


# --- XMLTV imports ---------------------------------------------------------------------------------------


@dataclass
class XmltvUpload:
    file: UploadFile


@post(
    "/epg-imports",
    summary="Import an XMLTV file now; the answer is the import's report",
    request_max_body_size=MAX_EPG_UPLOAD_BYTES,
    opt={**rate_cost(UPLOAD), **IMPORT_PROBLEMS},
)
async def import_file(imports: Imports, data: MultipartBody[XmltvUpload]) -> EpgImportOut:
    """A multipart form with one `file`: an XMLTV document (or gzipped, `.xml.gz`). Its programmes replace
    each known channel's guide over the document's time span; overlaps are corrected, the rest skipped with
    reasons, in the report. A document declaring entities, malformed, or past the limits is a 422 and
    imports nothing. Editor or admin role.
    """
    try:
        return await imports.import_upload(data.file.filename or "guide.xml", await data.file.read())
    except XmltvRefused as exc:
        raise InvalidInput.field("file", str(exc)) from exc


@post(
    "/epg-imports/url",
    summary="Import the XMLTV document at a URL (a worker fetches it)",
    status_code=202,
    opt=problems({422: "The URL may not be fetched (not http(s), or a private address)."}),
)
async def import_url(
    imports: Imports, state: State, writer: NamedDependency[AsyncSession], data: JSONBody[EpgImportUrl]
) -> Response[EpgImportOut]:
    """Queues the import of the document at `url`; poll `GET .../epg-imports/{import_id}` for its report.
    URLs naming private, loopback or link-local addresses are refused unless
    `VUGA_LIVETV_EPG_ALLOW_PRIVATE_URLS` is on. Editor or admin role.
    """
    record = await imports.queue_url(data.url)
    jobs: Jobs = state.jobs
    import_id = record.id

    async def enqueue() -> None:
        await jobs.enqueue("livetv.import_epg_url", import_id=import_id)

    after_commit(writer, enqueue)
    return Response(await imports.get(import_id), status_code=202)


@get("/epg-imports/{import_id:int}", summary="An import's state and report")
async def get_import(imports: Imports, import_id: PathId) -> EpgImportOut:
    """Where an import is (queued, running, done, failed), its report once done, its error once failed.
    Editor or admin role."""
    return await imports.get(import_id)


live_admin_router = Router(
    path="/admin/live",
    route_handlers=[
        list_channels,
        create_channel,
        get_channel,
        update_channel,
        delete_channel,
        get_audience,
        upload_logo,
        remove_logo,
        list_categories,
        create_category,
        update_category,
        order_category,
        delete_category,
        create_programme,
        update_programme,
        delete_programme,
        import_file,
        import_url,
        get_import,
    ],
    cache_control=PERSONAL,
    guards=[require_editor],
    opt=rate_cost(EXPENSIVE_WRITE),
    dependencies={
        "writer": Provide(provide_writer),
        "editor": Provide(provide_editor, sync_to_thread=False),
        "imports": Provide(provide_imports, sync_to_thread=False),
    },
    tags=["admin", "live TV"],
)
