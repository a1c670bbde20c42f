"""Playback API: heartbeats, continue watching, resume, history, watched marks; share and download counts."""

from __future__ import annotations

from litestar import Router, delete, get, post, put
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer, authenticated, provide_viewer
from vuga.accounts.dependencies import profile_service
from vuga.catalog.service import CatalogReader
from vuga.core.cache import PERSONAL
from vuga.core.counters import Counters
from vuga.core.http import BigPathId, PathId, provide_reader, provide_writer
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page
from vuga.core.ratelimit import Cost, rate_cost
from vuga.playback.schemas import Heartbeat, HistoryEntry, ProgressItem, Resume
from vuga.playback.service import HeartbeatIntake, PlaybackService, RecentAccessChecks

Playback = NamedDependency[PlaybackService]
CurrentViewer = NamedDependency[Viewer]


def _service(session: AsyncSession, state: State) -> PlaybackService:
    return PlaybackService(session, profile_service(session, state), state.media_urls)


def provide_playback(writer: NamedDependency[AsyncSession], state: State) -> PlaybackService:
    return _service(writer, state)


PROFILE = "/profiles/{profile_id:int}"
# A player beats every 10 s: six a minute per stream. An account's first 60 a minute (ten streams) are free;
# past that rate each one costs what a write does.
HEARTBEAT_COST = Cost(free_per_minute=60, allowance="heartbeats")


def heartbeat_intake(state: State) -> HeartbeatIntake:
    """The process's heartbeat intake, on the app's batcher (built at start-up)."""
    return HeartbeatIntake(
        state.database, state.heartbeats, RecentAccessChecks(), lambda session: _service(session, state)
    )


@put(
    f"{PROFILE}/progress",
    status_code=204,
    summary="Report the playback position (every few seconds while playing); answered once it is stored",
    opt=rate_cost(HEARTBEAT_COST),
    # Most heartbeats are answered in front of the router (playback.shortcut); this handler answers the
    # rest, and every refusal.
)
async def heartbeat(
    viewer: CurrentViewer, state: State, profile_id: PathId, data: JSONBody[Heartbeat]
) -> None:
    intake: HeartbeatIntake = state.heartbeat_intake
    await intake.accept(viewer, profile_id, data)


@get(
    f"{PROFILE}/continue-watching", summary="What the profile is in the middle of (20 at most), latest first"
)
async def continue_watching(
    playback: Playback, viewer: CurrentViewer, profile_id: PathId
) -> Page[ProgressItem]:
    return await playback.continue_watching(viewer, profile_id)


@get(f"{PROFILE}/titles/{{title_id:int}}/resume", summary="Where to start a title: the episode and position")
async def resume(playback: Playback, viewer: CurrentViewer, profile_id: PathId, title_id: PathId) -> Resume:
    return await playback.resume(viewer, profile_id, title_id)


@get(f"{PROFILE}/history", summary="Viewing sessions, latest first")
async def history(
    playback: Playback,
    viewer: CurrentViewer,
    profile_id: PathId,
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Page[HistoryEntry]:
    return await playback.history(viewer, profile_id, cursor, limit)


@delete(f"{PROFILE}/history/{{entry_id:int}}", summary="Remove one viewing session from the history")
async def delete_history_entry(
    playback: Playback, viewer: CurrentViewer, profile_id: PathId, entry_id: BigPathId
) -> None:
    await playback.delete_history_entry(viewer, profile_id, entry_id)


@delete(f"{PROFILE}/history", summary="Forget everything the profile watched (history and positions)")
async def clear_history(playback: Playback, viewer: CurrentViewer, profile_id: PathId) -> None:
    await playback.clear(viewer, profile_id)


@post(f"{PROFILE}/titles/{{title_id:int}}/completed", status_code=204, summary="Mark a title watched")
async def mark_completed(
    playback: Playback, viewer: CurrentViewer, profile_id: PathId, title_id: PathId
) -> None:
    await playback.mark_completed(viewer, profile_id, title_id)


@delete(
    f"{PROFILE}/titles/{{title_id:int}}/completed", summary="Mark a title unwatched (forget its positions)"
)
async def mark_unwatched(
    playback: Playback, viewer: CurrentViewer, profile_id: PathId, title_id: PathId
) -> None:
    await playback.mark_unwatched(viewer, profile_id, title_id)


playback_router = Router(
    path="/",
    route_handlers=[
        heartbeat,
        continue_watching,
        resume,
        history,
        delete_history_entry,
        clear_history,
        mark_completed,
        mark_unwatched,
    ],
    cache_control=PERSONAL,
    guards=[authenticated],
    dependencies={
        "writer": Provide(provide_writer),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
        "playback": Provide(provide_playback, sync_to_thread=False),
    },
    tags=["playback"],
    security=[{"BearerToken": []}],
)


# --- counters (no account needed: the rate limit per address bounds them) ---------------------------------


async def _count(reader: AsyncSession, state: State, counter: str, title_id: int) -> None:
    await CatalogReader.for_session(reader, state.media_urls).require_visible_title(title_id, None)
    counters: Counters = state.counters
    await counters.add(counter, title_id)


@post("/titles/{title_id:int}/shares", status_code=204, summary="Count a share of a title")
async def count_share(reader: NamedDependency[AsyncSession], state: State, title_id: PathId) -> None:
    await _count(reader, state, "title_shares", title_id)


@post("/titles/{title_id:int}/downloads", status_code=204, summary="Count a download of a title")
async def count_download(reader: NamedDependency[AsyncSession], state: State, title_id: PathId) -> None:
    await _count(reader, state, "title_downloads", title_id)


counters_router = Router(
    path="/",
    route_handlers=[count_share, count_download],
    dependencies={"reader": Provide(provide_reader)},
    tags=["playback"],
)
