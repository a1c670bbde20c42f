"""Media API: editors attach uploads and follow the media jobs; a profile's player asks where to play from."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Request, Router, get, post
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody, QueryParameter
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer, authenticated, provide_viewer, require_editor
from vuga.accounts.dependencies import profile_service
from vuga.billing.dependencies import entitlement_checks, viewer_country
from vuga.core.cache import PERSONAL
from vuga.core.clock import utcnow
from vuga.core.http import PathId, provide_writer
from vuga.core.jobs.queue import Jobs
from vuga.core.openapi import problems
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page
from vuga.core.ratelimit import EXPENSIVE_WRITE, rate_cost
from vuga.devices.dependencies import UNDER_A_LEASE, LeaseParam, playback_sessions
from vuga.media.models import MediaJobState
from vuga.media.playing import PlaybackAnswers
from vuga.media.schemas import AttachMedia, MediaJobView, PlaybackAnswer
from vuga.media.service import TRANSCODE_TASK, MediaJobs
from vuga.media.uploads.handoff import UploadHandoff
from vuga.playback.service import PlaybackService

CurrentViewer = NamedDependency[Viewer]
Jobs_ = NamedDependency[MediaJobs]
Answers = NamedDependency[PlaybackAnswers]

ATTACHES = problems(
    {
        404: "The title, the episode or the upload (of yours) does not exist.",
        409: "The upload is unfinished or feeds another job already.",
        422: "A series plays its episodes: attach media to an episode.",
    }
)
FINISHED = problems({404: "No such media job.", 409: "The job has finished already."})


def provide_media_jobs(writer: NamedDependency[AsyncSession], state: State) -> MediaJobs:
    jobs: Jobs = state.jobs

    async def enqueue(job_id: int) -> None:
        await jobs.enqueue(TRANSCODE_TASK, job_id=job_id)

    return MediaJobs(writer, UploadHandoff(writer, state.store, state.settings), enqueue)


def provide_answers(writer: NamedDependency[AsyncSession], state: State) -> PlaybackAnswers:
    profiles = profile_service(writer, state)
    playback = PlaybackService(writer, profiles, state.media_urls)
    streams = playback_sessions(writer, state)
    return PlaybackAnswers(
        writer,
        profiles,
        playback,
        state.media_urls,
        state.media_delivery,
        streams,
        entitlement_checks(writer, state),
    )


# --- editors ---------------------------------------------------------------------------------------------


@post("/titles/{title_id:int}/media", status_code=202, summary="Make an upload a movie's video", opt=ATTACHES)
async def attach_to_title(
    media_jobs: Jobs_, viewer: CurrentViewer, title_id: PathId, data: JSONBody[AttachMedia]
) -> MediaJobView:
    """Queues the job that probes the upload, transcodes it to an adaptive HLS ladder and publishes it as the
    movie's video (replacing any earlier one once done). Follow it at `/admin/media-jobs/{job_id}`. Editor
    or admin role; the upload must be yours and complete.
    """
    return await media_jobs.attach(viewer, title_id, None, data.upload_id)


@post(
    "/episodes/{episode_id:int}/media",
    status_code=202,
    summary="Make an upload an episode's video",
    opt=ATTACHES,
)
async def attach_to_episode(
    media_jobs: Jobs_, viewer: CurrentViewer, episode_id: PathId, data: JSONBody[AttachMedia]
) -> MediaJobView:
    """As for a movie, for one episode of a series. Editor or admin role."""
    return await media_jobs.attach(viewer, None, episode_id, data.upload_id)


@get("/media-jobs", summary="Media jobs, newest first")
async def list_media_jobs(
    media_jobs: Jobs_,
    job_state: Annotated[
        MediaJobState | None, QueryParameter(name="state", description="Only the jobs in this state.")
    ] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Page[MediaJobView]:
    """Every media job, newest first, a page at a time; with `state`, only those (e.g. `running`). Editor or
    admin role."""
    return await media_jobs.jobs(job_state, cursor, limit)


@get("/media-jobs/{job_id:int}", summary="A media job: its state, percent done and time left")
async def get_media_job(media_jobs: Jobs_, job_id: PathId) -> MediaJobView:
    """The job's state, `percent` done and `eta_s` (seconds left, while it runs), and its error once failed.
    Editor or admin role."""
    return await media_jobs.job(job_id)


@post("/media-jobs/{job_id:int}/cancel", status_code=200, summary="Stop a media job", opt=FINISHED)
async def cancel_media_job(media_jobs: Jobs_, job_id: PathId) -> MediaJobView:
    """Stops a queued or running job; nothing of it is published. Editor or admin role."""
    return await media_jobs.cancel(job_id, utcnow())


media_admin_router = Router(
    path="/admin",
    route_handlers=[attach_to_title, attach_to_episode, list_media_jobs, get_media_job, cancel_media_job],
    cache_control=PERSONAL,
    guards=[require_editor],
    dependencies={
        "writer": Provide(provide_writer),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
        "media_jobs": Provide(provide_media_jobs, sync_to_thread=False),
    },
    opt=rate_cost(EXPENSIVE_WRITE),
    tags=["admin", "media"],
)


# --- viewers ---------------------------------------------------------------------------------------------

PROFILE = "/profiles/{profile_id:int}"


@get(
    f"{PROFILE}/titles/{{title_id:int}}/playback",
    summary="Where a movie plays from: signed sources, tracks",
    opt=UNDER_A_LEASE,
)
async def movie_playback(
    request: Request[Any, Any, Any],
    answers: Answers,
    viewer: CurrentViewer,
    profile_id: PathId,
    title_id: PathId,
    lease: LeaseParam = None,
) -> PlaybackAnswer:
    """The movie's sources best first — its HLS ladder as a signed URL that expires at `expires_at` (ask again
    after), then sources by URL — its subtitle and thumbnail tracks, and the position to resume at. A series
    is played by episode (`/episodes/{episode_id}/playback`). Given under one of the account's concurrent
    streams: `playback_session_id` is its lease (send it back to keep it, and as the heartbeats'
    `session_id`); past the account's limit (its plan's), a 409 naming the devices playing. The plan's
    tallest rendition limits the ladder; a title the account may not play is a 403 whose `type` says why.
    `private, no-store`.
    """
    return await answers.of_movie(viewer, profile_id, title_id, lease, viewer_country(request))


@get(
    f"{PROFILE}/episodes/{{episode_id:int}}/playback",
    summary="Where an episode plays from",
    opt=UNDER_A_LEASE,
)
async def episode_playback(
    request: Request[Any, Any, Any],
    answers: Answers,
    viewer: CurrentViewer,
    profile_id: PathId,
    episode_id: PathId,
    lease: LeaseParam = None,
) -> PlaybackAnswer:
    """As for a movie, for one episode, under a stream lease and the entitlements likewise (the episode's
    own availability rule, else its series'). `private, no-store`."""
    return await answers.of_episode(viewer, profile_id, episode_id, lease, viewer_country(request))


media_router = Router(
    path="/",
    route_handlers=[movie_playback, episode_playback],
    cache_control=PERSONAL,
    guards=[authenticated],
    dependencies={
        "writer": Provide(provide_writer),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
        "answers": Provide(provide_answers, sync_to_thread=False),
    },
    tags=["playback"],
)
