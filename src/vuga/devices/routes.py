"""Devices API: TV sign-in by device code (RFC 8628), the account's devices, playback sessions (streams)."""

from __future__ import annotations

from typing import Any

from limits import RateLimitItemPerMinute
from litestar import Request, Response, Router, delete, get, post
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer, authenticated, provide_viewer
from vuga.accounts.dependencies import profile_service
from vuga.accounts.schemas import DeviceOut
from vuga.accounts.service import AccountDevices, AuthService, Client
from vuga.core.cache import PERSONAL
from vuga.core.errors import PROBLEM_MEDIA_TYPE, Problem
from vuga.core.http import BigPathId, PathId, client_address, provide_writer
from vuga.core.openapi import problems
from vuga.core.pagination import Page
from vuga.core.ratelimit import RateLimiter
from vuga.devices.dependencies import playback_sessions
from vuga.devices.schemas import (
    DEVICE_CODE_GRANT,
    ApprovedDevice,
    ApproveIn,
    DenyIn,
    DeviceAuthorization,
    DeviceAuthorizationIn,
    DeviceTokenError,
    DeviceTokenIn,
    PlaybackSession,
)
from vuga.devices.service import DeviceSignIn, PlaybackSessions, PollRefused, UserCodeGuessing
from vuga.settings import Settings

SignIn = NamedDependency[DeviceSignIn]
Sessions = NamedDependency[PlaybackSessions]
Devices = NamedDependency[AccountDevices]
CurrentViewer = NamedDependency[Viewer]


def provide_sign_in(writer: NamedDependency[AsyncSession], state: State) -> DeviceSignIn:
    settings: Settings = state.settings
    auth = AuthService(
        writer, state.passwords, state.access_tokens, state.authenticator, settings.auth.refresh_token_ttl_s
    )
    guessing = UserCodeGuessing(state.rate_limiter, settings.devices, settings.rate_limit.enabled)
    return DeviceSignIn(
        writer, auth, profile_service(writer, state), state.device_code_digests, guessing, settings.devices
    )


def provide_devices(writer: NamedDependency[AsyncSession], state: State) -> AccountDevices:
    return AccountDevices(writer, state.authenticator)


def provide_sessions(writer: NamedDependency[AsyncSession], state: State) -> PlaybackSessions:
    return playback_sessions(writer, state)


def client_of(request: Request[Any, Any, Any]) -> Client:
    return Client(user_agent=request.headers.get("user-agent", ""), address=client_address(request))


def verification_uri(request: Request[Any, Any, Any]) -> str:
    """The configured page, made absolute with the request's origin when it is a path."""
    settings: Settings = request.app.state.settings
    page = settings.devices.verification_uri
    return page if "://" in page else str(request.base_url).rstrip("/") + page


async def limit_per_address(request: Request[Any, Any, Any], what: str) -> None:
    limiter: RateLimiter = request.app.state.rate_limiter
    per_minute = RateLimitItemPerMinute(limiter.settings.auth_per_minute_per_ip)
    await limiter.enforce(
        per_minute, what, client_address(request), refusal="too many attempts; wait before trying again"
    )


# --- the TV ----------------------------------------------------------------------------------------------


@post("/auth/device", status_code=200, summary="A TV asks for a code to sign in with (RFC 8628)")
async def start_device_sign_in(
    request: Request[Any, Any, Any], sign_in: SignIn, data: JSONBody[DeviceAuthorizationIn]
) -> DeviceAuthorization:
    """The TV shows `user_code` (and a QR code of `verification_uri_complete`) and polls
    `/auth/device/token` with `device_code` every `interval` seconds until someone signed in approves the
    code at `verification_uri`, or it expires after `expires_in` seconds. Limited per address."""
    await limit_per_address(request, "device-ip")
    return await sign_in.start(data.client_name, client_address(request), verification_uri(request))


@post(
    "/auth/device/token",
    status_code=200,
    summary="The TV polls for its tokens (RFC 8628)",
    opt=problems(
        {
            400: "Not yet, or never: `error` is `authorization_pending` (poll again after `interval`), "
            "`slow_down` (polling too fast: `interval` grew by 5 s), `access_denied` (refused on the phone), "
            "`expired_token` or `invalid_grant` (unknown or used: start again). The body is RFC 8628's error "
            "response and an RFC 9457 problem at once."
        }
    ),
)
async def poll_device_token(
    request: Request[Any, Any, Any], sign_in: SignIn, data: JSONBody[DeviceTokenIn]
) -> Response[Any]:
    """Once the code is approved, the TV's own session: access and refresh tokens as a login's (refresh them
    the same way), and the profile chosen for it. They are issued once; the TV's session is listed among
    the account's devices, and signing any other device out leaves it signed in."""
    if data.grant_type != DEVICE_CODE_GRANT:
        return _refused(PollRefused("unsupported_grant_type", f"grant_type must be {DEVICE_CODE_GRANT}"))
    outcome = await sign_in.poll(data.device_code, client_of(request))
    if isinstance(outcome, PollRefused):
        # Returned, not raised: the request's transaction commits (a slow_down's interval sticks).
        return _refused(outcome)
    return Response(outcome)


def _refused(refused: PollRefused) -> Response[DeviceTokenError]:
    problem = Problem.of(400, refused.description)
    body = DeviceTokenError(
        error=refused.error,
        error_description=refused.description,
        type=problem.type,
        title=problem.title,
        status=400,
        detail=refused.description,
        interval=refused.interval,
    )
    return Response(
        body, status_code=400, media_type=PROBLEM_MEDIA_TYPE, headers={"Cache-Control": "no-store"}
    )


# --- the phone -------------------------------------------------------------------------------------------

NO_CODE = problems(
    {404: "No TV is waiting for this code (wrong, used or expired), or the profile is not yours."}
)


@post(
    "/auth/device/approve",
    status_code=200,
    guards=[authenticated],
    summary="Sign a TV in to this account, on one of its profiles",
    opt=NO_CODE,
)
async def approve_device(
    request: Request[Any, Any, Any], sign_in: SignIn, viewer: CurrentViewer, data: JSONBody[ApproveIn]
) -> ApprovedDevice:
    """Approves the code a TV shows: the TV's next poll receives a session of its own, of this account,
    starting on `profile_id`. A wrong, used or expired code is a 404; after ten wrong codes a minute from
    one address, or too many from everyone, a 429."""
    return await sign_in.approve(viewer, data.user_code, data.profile_id, client_address(request))


@post(
    "/auth/device/deny",
    status_code=204,
    guards=[authenticated],
    summary="Refuse a TV's sign-in",
    opt=NO_CODE,
)
async def deny_device(
    request: Request[Any, Any, Any], sign_in: SignIn, viewer: CurrentViewer, data: JSONBody[DenyIn]
) -> None:
    """Refuses the code: the TV's next poll gets `access_denied`. Limited as approvals are."""
    await sign_in.deny(viewer, data.user_code, client_address(request))


@get("/me/devices", guards=[authenticated], summary="The devices signed in to the account")
async def list_devices(devices: Devices, viewer: CurrentViewer) -> Page[DeviceOut]:
    """Every live session (the last seen first, at most 100): its name and kind (`web`, `app`, `tv`), when it
    signed in and was last seen (its last token refresh) and from where; `current` marks the caller's."""
    return Page(items=await devices.list(viewer))


@delete(
    "/me/devices/{device_id:int}",
    guards=[authenticated],
    summary="Sign a device out",
    opt=problems({404: "The account has no signed-in device with this id."}),
)
async def sign_out_device(devices: Devices, viewer: CurrentViewer, device_id: PathId) -> None:
    """Ends that device's session: its tokens stop working at once. The caller's own id signs it out too."""
    await devices.sign_out(viewer, device_id)


# --- streams ---------------------------------------------------------------------------------------------

PROFILE = "/profiles/{profile_id:int}"


@post(
    f"{PROFILE}/playback-sessions",
    status_code=201,
    guards=[authenticated],
    summary="Start a stream: take one of the account's concurrent streams",
    opt=problems(
        {
            409: "The account plays on its maximum of devices already; `detail` names them.",
            503: "The stream limits cannot be checked right now; retry after `Retry-After` seconds.",
        }
    ),
)
async def start_playback_session(
    sessions: Sessions, viewer: CurrentViewer, profile_id: PathId
) -> PlaybackSession:
    """Takes a lease on one of the account's streams; send its `id` as the heartbeats' `session_id` (they
    renew it) and as the playback endpoints' `playback_session_id`. It lapses `lease_ttl_s` after the last
    heartbeat. The playback endpoints take one themselves when not given one."""
    return await sessions.start(viewer, profile_id)


@delete(
    f"{PROFILE}/playback-sessions/{{session_id:int}}",
    guards=[authenticated],
    summary="Stop a stream: its lease is free for another device",
    opt=problems({404: "The account holds no such playback session (stopped, or lapsed)."}),
)
async def stop_playback_session(
    sessions: Sessions, viewer: CurrentViewer, profile_id: PathId, session_id: BigPathId
) -> None:
    """Releases the stream's lease at once (a player stopping should say so, rather than let it lapse)."""
    await sessions.stop(viewer, profile_id, session_id)


devices_router = Router(
    path="/",
    route_handlers=[
        start_device_sign_in,
        poll_device_token,
        approve_device,
        deny_device,
        list_devices,
        sign_out_device,
        start_playback_session,
        stop_playback_session,
    ],
    dependencies={
        "writer": Provide(provide_writer),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
        "sign_in": Provide(provide_sign_in, sync_to_thread=False),
        "devices": Provide(provide_devices, sync_to_thread=False),
        "sessions": Provide(provide_sessions, sync_to_thread=False),
    },
    tags=["devices"],
    cache_control=PERSONAL,
)
