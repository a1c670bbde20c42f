"""Accounts API: authentication, the caller's account, and its profiles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from limits import RateLimitItemPerMinute
from litestar import Request, Response, Router, delete, get, patch, post, put
from litestar.datastructures import State, UploadFile
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody, MultipartBody
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer, authenticated, provide_viewer
from vuga.accounts.avatars import MAX_UPLOAD_BYTES
from vuga.accounts.dependencies import profile_service
from vuga.accounts.guessing import LoginThrottle
from vuga.accounts.schemas import (
    AccountOut,
    AccountUpdate,
    LoginIn,
    PasswordChangeIn,
    ProfileCreate,
    ProfileOut,
    ProfileUpdate,
    RefreshIn,
    RegisterIn,
    TokenPair,
)
from vuga.accounts.service import AuthService, ProfileService, Refused
from vuga.core.cache import PERSONAL
from vuga.core.errors import Problem, TooManyRequests, problem_response
from vuga.core.http import PathId, provide_writer
from vuga.core.pagination import Page
from vuga.core.ratelimit import EXPENSIVE_WRITE, UPLOAD, RateLimiter, rate_cost
from vuga.settings import Settings

Auth = NamedDependency[AuthService]
Profiles = NamedDependency[ProfileService]
CurrentViewer = NamedDependency[Viewer]


def provide_auth_service(writer: NamedDependency[AsyncSession], state: State) -> AuthService:
    settings: Settings = state.settings
    return AuthService(
        writer, state.passwords, state.access_tokens, state.authenticator, settings.auth.refresh_token_ttl_s
    )


def provide_profile_service(writer: NamedDependency[AsyncSession], state: State) -> ProfileService:
    return profile_service(writer, state)


def client_address(request: Request[Any, Any, Any]) -> str:
    return request.client.host if request.client else "unknown"


async def limit_auth_attempts(request: Request[Any, Any, Any]) -> None:
    """Credential endpoints get a tighter limit per address than the API at large (login also counts its
    failures, ``accounts.guessing``)."""
    limiter: RateLimiter = request.app.state.rate_limiter
    settings: Settings = request.app.state.settings
    if not settings.rate_limit.enabled:
        return
    item = RateLimitItemPerMinute(settings.rate_limit.auth_per_minute_per_ip)
    decision = await limiter.hit(item, "auth-ip", client_address(request))
    if not decision.allowed:
        raise TooManyRequests("too many attempts; wait before trying again", headers=decision.headers())


def user_agent(request: Request[Any, Any, Any]) -> str:
    return request.headers.get("user-agent", "")


# --- authentication -------------------------------------------------------------------------------------


@post(
    "/auth/register",
    summary="Create an account (and its first profile), and log in",
    opt=rate_cost(EXPENSIVE_WRITE),
)
async def register(request: Request[Any, Any, Any], auth: Auth, data: JSONBody[RegisterIn]) -> TokenPair:
    await limit_auth_attempts(request)
    return await auth.register(data, user_agent(request))


@post(
    "/auth/login",
    status_code=200,
    summary="Exchange email and password for tokens",
    opt=rate_cost(EXPENSIVE_WRITE),
)
async def login(request: Request[Any, Any, Any], auth: Auth, data: JSONBody[LoginIn]) -> TokenPair:
    await limit_auth_attempts(request)
    settings: Settings = request.app.state.settings
    if not settings.rate_limit.enabled:
        return await auth.login(data, user_agent(request))
    state = request.app.state
    throttle = LoginThrottle(state.rate_limiter, state.cache, settings.rate_limit)
    return await throttle.attempt(
        data.email, client_address(request), lambda: auth.login(data, user_agent(request))
    )


@post(
    "/auth/refresh",
    status_code=200,
    summary="Exchange a refresh token for new tokens (the old refresh token stops working)",
    opt=rate_cost(EXPENSIVE_WRITE),
)
async def refresh(request: Request[Any, Any, Any], auth: Auth, data: JSONBody[RefreshIn]) -> Response[Any]:
    await limit_auth_attempts(request)
    outcome = await auth.refresh(data.refresh_token)
    if isinstance(outcome, Refused):
        # Returned, not raised: the request's transaction commits, so a replay's revocation sticks.
        return problem_response(Problem.of(401, outcome.detail))
    return Response(outcome)


@post("/auth/logout", status_code=204, guards=[authenticated], summary="End this session")
async def logout(auth: Auth, viewer: CurrentViewer) -> None:
    await auth.logout(viewer)


@post(
    "/auth/logout-all",
    status_code=204,
    guards=[authenticated],
    summary="End every session of the account, this one included",
)
async def logout_all(auth: Auth, viewer: CurrentViewer) -> None:
    await auth.logout_everywhere(viewer)


@post(
    "/auth/password",
    status_code=204,
    guards=[authenticated],
    summary="Change the password; ends every other session",
)
async def change_password(auth: Auth, viewer: CurrentViewer, data: JSONBody[PasswordChangeIn]) -> None:
    await auth.change_password(viewer, data)


# --- the account ----------------------------------------------------------------------------------------


@get("/me", guards=[authenticated], summary="The caller's account")
async def get_me(auth: Auth, viewer: CurrentViewer) -> AccountOut:
    return await auth.me(viewer)


@patch("/me", guards=[authenticated], summary="Change the account's display name")
async def update_me(auth: Auth, viewer: CurrentViewer, data: JSONBody[AccountUpdate]) -> AccountOut:
    return await auth.update_me(viewer, data)


@delete("/me", guards=[authenticated], summary="Delete the account and all its personal data")
async def delete_me(auth: Auth, viewer: CurrentViewer) -> None:
    await auth.delete_me(viewer)


# --- profiles -------------------------------------------------------------------------------------------


@get("/profiles", summary="The account's profiles")
async def list_profiles(profiles: Profiles, viewer: CurrentViewer) -> Page[ProfileOut]:
    return Page(items=await profiles.list(viewer))


@post("/profiles", summary="Add a profile (up to the account's limit)")
async def create_profile(
    profiles: Profiles, viewer: CurrentViewer, data: JSONBody[ProfileCreate]
) -> ProfileOut:
    return await profiles.create(viewer, data)


@get("/profiles/{profile_id:int}")
async def get_profile(profiles: Profiles, viewer: CurrentViewer, profile_id: PathId) -> ProfileOut:
    return await profiles.get(viewer, profile_id)


@patch(
    "/profiles/{profile_id:int}", summary="Rename, change the avatar, the kids flag or the maturity ceiling"
)
async def update_profile(
    profiles: Profiles, viewer: CurrentViewer, profile_id: PathId, data: JSONBody[ProfileUpdate]
) -> ProfileOut:
    return await profiles.update(viewer, profile_id, data)


@delete("/profiles/{profile_id:int}", summary="Delete a profile with its library (not the last one)")
async def delete_profile(profiles: Profiles, viewer: CurrentViewer, profile_id: PathId) -> None:
    await profiles.delete(viewer, profile_id)


@dataclass
class AvatarUpload:
    file: UploadFile


@put(
    "/profiles/{profile_id:int}/avatar",
    summary="Upload a profile picture (JPEG, PNG or WebP, 64-4096 px, at most 2 MiB)",
    request_max_body_size=MAX_UPLOAD_BYTES + 64 * 1024,
    opt=rate_cost(UPLOAD),  # metered by its bytes
)
async def upload_avatar(
    profiles: Profiles, viewer: CurrentViewer, profile_id: PathId, data: MultipartBody[AvatarUpload]
) -> ProfileOut:
    return await profiles.upload_avatar(viewer, profile_id, await data.file.read())


profiles_router = Router(
    path="/",
    route_handlers=[
        list_profiles,
        create_profile,
        get_profile,
        update_profile,
        delete_profile,
        upload_avatar,
    ],
    guards=[authenticated],
)

accounts_router = Router(
    path="/",
    route_handlers=[
        register,
        login,
        refresh,
        logout,
        logout_all,
        change_password,
        get_me,
        update_me,
        delete_me,
        profiles_router,
    ],
    dependencies={
        "writer": Provide(provide_writer),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
        "auth": Provide(provide_auth_service, sync_to_thread=False),
        "profiles": Provide(provide_profile_service, sync_to_thread=False),
    },
    tags=["accounts"],
    cache_control=PERSONAL,  # tokens and personal data: never stored on the way
    security=[{"BearerToken": []}],
)
