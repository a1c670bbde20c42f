"""Playback API: heartbeats, continue watching, resume, history, watched marks; share and download counts."""

from __future__ import annotations

from typing import Any

import msgspec
from litestar import Router, delete, get, post, put
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer, authenticated, live_session_caller, provide_viewer
from vuga.accounts.dependencies import profile_service
from vuga.catalog.service import CatalogReader
from vuga.core.cache import PERSONAL
from vuga.core.counters import Counters
from vuga.core.front_paths import FrontPath, front_path
from vuga.core.http import BigPathId, PathId, provide_reader, provide_writer
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page
from vuga.core.ratelimit import Cost, rate_cost
from vuga.playback.quality import QualityReports
from vuga.playback.schemas import Heartbeat, HistoryEntry, ProgressItem, QoeReport, Resume
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
        state.database,
        state.heartbeats,
        RecentAccessChecks(),
        lambda session: _service(session, state),
        renew_lease=state.streams.renew,  # vuga.devices: a heartbeat keeps its stream's lease
        live=state.live_audience,  # vuga.livetv: a channel's heartbeats count its viewers
    )


# A heartbeat is about 200 bytes; a larger body is the route's to refuse.
HEARTBEAT_MAX_BODY = 4096
_decode_heartbeat = msgspec.json.Decoder(Heartbeat).decode


async def accept_heartbeat(state: State, viewer: Any, profile_id: int | None, body: bytes) -> None:
    """A heartbeat taken in front of the router: decoded and handed to the same intake as the route's, with
    the same checks (a refusal raises, and the route answers it)."""
    intake: HeartbeatIntake = state.heartbeat_intake
    assert profile_id is not None  # the route's path has its id
    await intake.accept(viewer, profile_id, _decode_heartbeat(body))


# Every viewer's player beats every ten seconds (10,000 requests a second at 100,000 viewers), a few bytes in
# and an empty 204 out; profiled, half of a heartbeat's CPU was the framework's per-request work. So most
# are taken in front of the router (vuga.core.front_paths); this handler answers the rest, and every refusal.
HEARTBEAT_FRONT_PATH = FrontPath.accepting(
    "heartbeat", accept_heartbeat, caller=live_session_caller, max_body=HEARTBEAT_MAX_BODY
)


@put(
    f"{PROFILE}/progress",
    status_code=204,
    summary="Report the playback position (every few seconds while playing); answered once it is stored",
    opt={**front_path(HEARTBEAT_FRONT_PATH), **rate_cost(HEARTBEAT_COST)},
)
async def heartbeat(
    viewer: CurrentViewer, state: State, profile_id: PathId, data: JSONBody[Heartbeat]
) -> None:
    """The player's position, sent every 10 s or so while playing and on pause and stop. Answered 204 once
    stored: an acknowledged position is never lost, and a report arriving late never moves a newer
    position back. An account's first 60 a minute are free against the rate limit.
    """
    intake: HeartbeatIntake = state.heartbeat_intake
    await intake.accept(viewer, profile_id, data)


@get(
    f"{PROFILE}/continue-watching", summary="What the profile is in the middle of (20 at most), latest first"
)
async def continue_watching(
    playback: Playback, viewer: CurrentViewer, profile_id: PathId
) -> Page[ProgressItem]:
    """Titles the profile started and has not finished, latest first (20 at most), each with the episode and
    position to resume at. `private, no-store`.
    """
    return await playback.continue_watching(viewer, profile_id)


@get(f"{PROFILE}/titles/{{title_id:int}}/resume", summary="Where to start a title: the episode and position")
async def resume(playback: Playback, viewer: CurrentViewer, profile_id: PathId, title_id: PathId) -> Resume:
    """Where to start the title: for a series, the episode in progress (or the next one), and the position in
    seconds.
    """
    return await playback.resume(viewer, profile_id, title_id)


@get(f"{PROFILE}/history", summary="Viewing sessions, latest first")
async def history(
    playback: Playback,
    viewer: CurrentViewer,
    profile_id: PathId,
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Page[HistoryEntry]:
    """The profile's viewing sessions, latest first, a page at a time. Entry ids are 64-bit and sent as
    strings.
    """
    return await playback.history(viewer, profile_id, cursor, limit)


@delete(f"{PROFILE}/history/{{entry_id:int}}", summary="Remove one viewing session from the history")
async def delete_history_entry(
    playback: Playback, viewer: CurrentViewer, profile_id: PathId, entry_id: BigPathId
) -> None:
    """Removes one viewing session from the profile's history."""
    await playback.delete_history_entry(viewer, profile_id, entry_id)


@delete(f"{PROFILE}/history", summary="Forget everything the profile watched (history and positions)")
async def clear_history(playback: Playback, viewer: CurrentViewer, profile_id: PathId) -> None:
    """Forgets everything the profile watched: its history and positions (continue watching empties)."""
    await playback.clear(viewer, profile_id)


@post(f"{PROFILE}/titles/{{title_id:int}}/completed", status_code=204, summary="Mark a title watched")
async def mark_completed(
    playback: Playback, viewer: CurrentViewer, profile_id: PathId, title_id: PathId
) -> None:
    """Marks the title watched: it leaves continue watching."""
    await playback.mark_completed(viewer, profile_id, title_id)


@delete(
    f"{PROFILE}/titles/{{title_id:int}}/completed", summary="Mark a title unwatched (forget its positions)"
)
async def mark_unwatched(
    playback: Playback, viewer: CurrentViewer, profile_id: PathId, title_id: PathId
) -> None:
    """Marks the title unwatched: its positions are forgotten and it starts from the beginning."""
    await playback.mark_unwatched(viewer, profile_id, title_id)


@post(
    f"{PROFILE}/qoe", status_code=204, summary="Report the player's quality of experience (batched beacons)"
)
async def report_quality(
    reader: NamedDependency[AsyncSession],
    viewer: CurrentViewer,
    state: State,
    profile_id: PathId,
    data: JSONBody[QoeReport],
) -> None:
    """Up to 20 beacons, each what one viewing's player saw since its last one: startup time (first beacon),
    seconds played and the rendition height, rebuffers and their seconds, rendition switches, errors. They
    become the ``vuga_qoe_*`` metrics; nothing per viewer is stored.
    """
    await QualityReports(profile_service(reader, state)).record(viewer, profile_id, data)


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
        report_quality,
    ],
    cache_control=PERSONAL,
    guards=[authenticated],
    dependencies={
        "writer": Provide(provide_writer),
        "reader": Provide(provide_reader),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
        "playback": Provide(provide_playback, sync_to_thread=False),
    },
    tags=["playback"],
)


# --- counters (no account needed: the rate limit per address bounds them) ---------------------------------


async def _count(reader: AsyncSession, state: State, counter: str, title_id: int) -> None:
    await CatalogReader.for_session(reader, state.media_urls).require_visible_title(title_id, None)
    counters: Counters = state.counters
    await counters.add(counter, title_id)


@post("/titles/{title_id:int}/shares", status_code=204, summary="Count a share of a title")
async def count_share(reader: NamedDependency[AsyncSession], state: State, title_id: PathId) -> None:
    """Counts one share of a published title; no account needed. Counts are written in batches, so the title's
    figures show it a little later.
    """
    await _count(reader, state, "title_shares", title_id)


@post("/titles/{title_id:int}/downloads", status_code=204, summary="Count a download of a title")
async def count_download(reader: NamedDependency[AsyncSession], state: State, title_id: PathId) -> None:
    """Counts one download of a published title; no account needed. Counts are written in batches, so the
    title's figures show it a little later.
    """
    await _count(reader, state, "title_downloads", title_id)


counters_router = Router(
    path="/",
    route_handlers=[count_share, count_download],
    dependencies={"reader": Provide(provide_reader)},
    tags=["playback"],
)
