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
from vuga.accounts.parental_routes import parental_router
from vuga.accounts.recovery import Recovery
from vuga.accounts.recovery_routes import provide_recovery, recovery_router
from vuga.accounts.schemas import (
    Accepted,
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
from vuga.accounts.service import AuthService, Client, ProfileService, Refused
from vuga.core.cache import PERSONAL
from vuga.core.errors import Problem, problem_response
from vuga.core.http import PathId, client_address, provide_writer
from vuga.core.openapi import problems
from vuga.core.pagination import Page
from vuga.core.ratelimit import EXPENSIVE_WRITE, UPLOAD, RateLimiter, rate_cost
from vuga.settings import Settings

Auth = NamedDependency[AuthService]
Profiles = NamedDependency[ProfileService]
CurrentViewer = NamedDependency[Viewer]


def provide_auth_service(writer: NamedDependency[AsyncSession], state: State) -> AuthService:
    settings: Settings = state.settings
    return AuthService(
        writer,
        state.passwords,
        state.access_tokens,
        state.authenticator,
        settings.auth.refresh_token_ttl_s,
        settings.auth.require_verified_email,
    )


def provide_profile_service(writer: NamedDependency[AsyncSession], state: State) -> ProfileService:
    return profile_service(writer, state)


async def limit_auth_attempts(request: Request[Any, Any, Any]) -> None:
    """Credential endpoints get a tighter limit per address than the API at large (login also counts its
    failures, ``accounts.guessing``)."""
    limiter: RateLimiter = request.app.state.rate_limiter
    per_minute = RateLimitItemPerMinute(limiter.settings.auth_per_minute_per_ip)
    await limiter.enforce(
        per_minute, "auth-ip", client_address(request), refusal="too many attempts; wait before trying again"
    )


VERIFY_FIRST = "the account is created; follow the link mailed to its address, then log in"


def client_of(request: Request[Any, Any, Any]) -> Client:
    """Who is signing in, as the devices list shows the session."""
    return Client(user_agent=request.headers.get("user-agent", ""), address=client_address(request))


# --- authentication -------------------------------------------------------------------------------------


@post(
    "/auth/register",
    summary="Create an account (and its first profile), and log in",
    opt={**rate_cost(EXPENSIVE_WRITE), **problems({409: "An account with this email exists."})},
)
async def register(
    request: Request[Any, Any, Any],
    auth: Auth,
    recovery: NamedDependency[Recovery],
    data: JSONBody[RegisterIn],
) -> Response[TokenPair | Accepted]:
    """Creates an account with a first profile and returns tokens, as a login would (201), and mails a link
    that confirms the address. With `VUGA_AUTH_REQUIRE_VERIFIED_EMAIL` on, answers 202 without tokens: the
    first login follows the link. The password needs 10 characters, 5 different ones, must not be a common
    password or contain the email's name (a 422 names each rule broken); an email with an account is a 409.
    Limited per address.
    """
    await limit_auth_attempts(request)
    tokens = await auth.register(data, client_of(request))
    recovery.send_verification_once_committed(data.email)
    if tokens is None:
        return Response(Accepted(detail=VERIFY_FIRST), status_code=202)
    return Response(tokens, status_code=201)


@post(
    "/auth/login",
    status_code=200,
    summary="Exchange email and password for tokens",
    opt={
        **rate_cost(EXPENSIVE_WRITE),
        **problems(
            {
                401: "The email or the password is wrong.",
                403: "The right password, for an account that may not sign in yet (its address is not "
                "confirmed, where that is required) or any more (disabled by an operator).",
            }
        ),
    },
)
async def login(request: Request[Any, Any, Any], auth: Auth, data: JSONBody[LoginIn]) -> TokenPair:
    """Returns a short-lived access token (send it as `Authorization: Bearer`) and a refresh token. A wrong
    email or password is the same 401; repeated failures are limited (429) by where they come from, so
    that guessing cannot lock the account's owner out.
    """
    await limit_auth_attempts(request)
    settings: Settings = request.app.state.settings
    if not settings.rate_limit.enabled:
        return await auth.login(data, client_of(request))
    state = request.app.state
    throttle = LoginThrottle(state.rate_limiter, state.cache, settings.rate_limit)
    return await throttle.attempt(
        data.email, client_address(request), lambda: auth.login(data, client_of(request))
    )


@post(
    "/auth/refresh",
    status_code=200,
    summary="Exchange a refresh token for new tokens (the old refresh token stops working)",
    opt={**rate_cost(EXPENSIVE_WRITE), **problems({401: "The refresh token is unknown, used or expired."})},
)
async def refresh(request: Request[Any, Any, Any], auth: Auth, data: JSONBody[RefreshIn]) -> Response[Any]:
    """Exchanges a refresh token for a new pair; the one sent stops working. A refresh token sent again after
    its use is a 401 and ends its session, so a stolen copy cannot be used unnoticed.
    """
    await limit_auth_attempts(request)
    outcome = await auth.refresh(data.refresh_token, client_of(request))
    if isinstance(outcome, Refused):
        # Returned, not raised: the request's transaction commits, so a replay's revocation sticks.
        return problem_response(Problem.of(401, outcome.detail))
    return Response(outcome)


@post("/auth/logout", status_code=204, guards=[authenticated], summary="End this session")
async def logout(auth: Auth, viewer: CurrentViewer) -> None:
    """Ends the session of this access token: it and its refresh token stop working at once."""
    await auth.logout(viewer)


@post(
    "/auth/logout-all",
    status_code=204,
    guards=[authenticated],
    summary="End every session of the account, this one included",
)
async def logout_all(auth: Auth, viewer: CurrentViewer) -> None:
    """Ends every session of the account, on every device, this one included."""
    await auth.logout_everywhere(viewer)


@post(
    "/auth/password",
    status_code=204,
    guards=[authenticated],
    summary="Change the password; ends every other session",
)
async def change_password(auth: Auth, viewer: CurrentViewer, data: JSONBody[PasswordChangeIn]) -> None:
    """Changes the password: the current one is required and the new one follows the sign-up rules (a 422
    names each rule broken). Every other session ends; this one stays.
    """
    await auth.change_password(viewer, data)


# --- the account ----------------------------------------------------------------------------------------


@get("/me", guards=[authenticated], summary="The caller's account")
async def get_me(auth: Auth, viewer: CurrentViewer) -> AccountOut:
    """The caller's account: id, email, display name, role, creation time. `private, no-store`."""
    return await auth.me(viewer)


@patch("/me", guards=[authenticated], summary="Change the account's display name")
async def update_me(auth: Auth, viewer: CurrentViewer, data: JSONBody[AccountUpdate]) -> AccountOut:
    """Changes the display name; the email and the role cannot be changed here (unknown fields are a 422)."""
    return await auth.update_me(viewer, data)


@delete("/me", guards=[authenticated], summary="Delete the account and all its personal data")
async def delete_me(auth: Auth, viewer: CurrentViewer) -> None:
    """Deletes the account with its profiles and all they saved (library, ratings, history), and ends its
    sessions. It cannot be undone.
    """
    await auth.delete_me(viewer)


# --- profiles -------------------------------------------------------------------------------------------


@get("/profiles", summary="The account's profiles")
async def list_profiles(profiles: Profiles, viewer: CurrentViewer) -> Page[ProfileOut]:
    """The account's profiles, in the order they were created."""
    return Page(items=await profiles.list(viewer))


@post(
    "/profiles",
    summary="Add a profile (up to the account's limit)",
    opt=problems({409: "The account has its maximum of profiles."}),
)
async def create_profile(
    profiles: Profiles, viewer: CurrentViewer, data: JSONBody[ProfileCreate]
) -> ProfileOut:
    """Adds a profile; a kids profile's ceiling is 7+ unless given, an adult's 18+. Past the account's limit
    of profiles it is a 409.
    """
    return await profiles.create(viewer, data)


@get("/profiles/{profile_id:int}", summary="One of the account's profiles")
async def get_profile(profiles: Profiles, viewer: CurrentViewer, profile_id: PathId) -> ProfileOut:
    """One of the account's profiles; another account's is a 404."""
    return await profiles.get(viewer, profile_id)


@patch(
    "/profiles/{profile_id:int}",
    summary="Rename, change the avatar, the kids flag or the maturity ceiling",
    opt=problems(
        {
            403: "The profile is locked (send its token, or `pin` or `password` in the body), or the change "
            "loosens a kids profile, which needs the account password (`password`)."
        }
    ),
)
async def update_profile(
    profiles: Profiles, viewer: CurrentViewer, profile_id: PathId, data: JSONBody[ProfileUpdate]
) -> ProfileOut:
    """Changes the fields sent and leaves the others: name, default avatar, kids flag, maturity ceiling."""
    return await profiles.update(viewer, profile_id, data)


@delete(
    "/profiles/{profile_id:int}",
    summary="Delete a profile with its library (not the last one)",
    opt=problems({409: "It is the account's last profile."}),
)
async def delete_profile(profiles: Profiles, viewer: CurrentViewer, profile_id: PathId) -> None:
    """Deletes the profile with its library, ratings and history; the account's last profile stays (409)."""
    await profiles.delete(viewer, profile_id)


@dataclass
class AvatarUpload:
    file: UploadFile


@put(
    "/profiles/{profile_id:int}/avatar",
    summary="Upload a profile picture (JPEG, PNG or WebP, 64-4096 px, at most 2 MiB)",
    request_max_body_size=MAX_UPLOAD_BYTES + 64 * 1024,
    opt={
        **rate_cost(UPLOAD),  # metered by its bytes
        **problems({400: "The body is not a multipart form (its parts cannot be read)."}),
    },
)
async def upload_avatar(
    profiles: Profiles, viewer: CurrentViewer, profile_id: PathId, data: MultipartBody[AvatarUpload]
) -> ProfileOut:
    """A multipart form with one `file`: a JPEG, PNG or WebP image, 64 to 4096 px a side, at most 2 MiB. It
    becomes the profile's `avatar_url`; metered against the rate limit by its size.
    """
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
        parental_router,
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
        recovery_router,
    ],
    dependencies={
        "writer": Provide(provide_writer),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
        "auth": Provide(provide_auth_service, sync_to_thread=False),
        "profiles": Provide(provide_profile_service, sync_to_thread=False),
        "recovery": Provide(provide_recovery, sync_to_thread=False),
    },
    tags=["accounts"],
    cache_control=PERSONAL,  # tokens and personal data: never stored on the way
)
