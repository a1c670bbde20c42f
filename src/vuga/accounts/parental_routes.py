"""Parental lock API: a profile's PIN, and unlocking a locked profile (``accounts.parental``).

Mounted in the accounts' profiles router (signed-in callers; its dependencies).
"""

from __future__ import annotations

from typing import Any

from limits import RateLimitItemPerMinute
from litestar import Request, Router, delete, post, put
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.accounts.parental import ParentalLock, ParentalService
from vuga.accounts.schemas import PinIn, PinRemoveIn, ProfileToken, UnlockIn
from vuga.core.errors import InvalidInput
from vuga.core.http import PathId, client_address
from vuga.core.openapi import problems
from vuga.core.ratelimit import RateLimiter
from vuga.settings import Settings

Parental = NamedDependency[ParentalService]
CurrentViewer = NamedDependency[Viewer]


def provide_parental(writer: NamedDependency[AsyncSession], state: State) -> ParentalService:
    settings: Settings = state.settings
    lock = ParentalLock(writer, state.passwords, settings.auth)
    return ParentalService(writer, lock, state.access_tokens, settings.auth)


async def limit_guesses(request: Request[Any, Any, Any]) -> None:
    """Per client address, as logins are; each profile's own count of wrong answers is in the database."""
    limiter: RateLimiter = request.app.state.rate_limiter
    per_minute = RateLimitItemPerMinute(limiter.settings.auth_per_minute_per_ip)
    await limiter.enforce(
        per_minute, "pin-ip", client_address(request), refusal="too many attempts; wait before trying again"
    )


@put(
    "/profiles/{profile_id:int}/pin",
    status_code=204,
    summary="Lock the profile with a PIN (4-6 digits), or change it; needs the account password",
)
async def set_pin(
    request: Request[Any, Any, Any],
    parental: Parental,
    viewer: CurrentViewer,
    profile_id: PathId,
    data: JSONBody[PinIn],
) -> None:
    """Sets the profile's PIN (hashed; a new one ends the profile's unlock tokens). From then on the profile's
    routes refuse the account's token (403) until it is unlocked. A wrong account password is a 401."""
    await limit_guesses(request)
    await parental.set_pin(viewer, profile_id, data.pin, data.password)


@delete(
    "/profiles/{profile_id:int}/pin",
    status_code=204,
    summary="Remove the profile's PIN (unlock it for good); needs the account password",
)
async def remove_pin(
    request: Request[Any, Any, Any],
    parental: Parental,
    viewer: CurrentViewer,
    profile_id: PathId,
    data: JSONBody[PinRemoveIn],
) -> None:
    """Removes the profile's PIN: its routes take the account's token again. Needs the account password
    (a wrong one is a 401), not the PIN, so a forgotten PIN can always be removed."""
    await limit_guesses(request)
    await parental.remove_pin(viewer, profile_id, data.password)


@post(
    "/profiles/{profile_id:int}/unlock",
    status_code=200,
    summary="Switch into a locked profile: its PIN (or the account password) for a profile-scoped token",
    opt=problems({409: "The profile has no PIN: the account's token opens it."}),
    description=(
        "The token opens this profile's routes (and does all the account's token does) for "
        "`VUGA_AUTH_PROFILE_TOKEN_TTL_S` (4 h), while the session lives and the PIN stays the same. "
        "5 wrong answers in a row lock the PIN for 15 minutes (429 with Retry-After)."
    ),
)
async def unlock(
    request: Request[Any, Any, Any],
    parental: Parental,
    viewer: CurrentViewer,
    profile_id: PathId,
    data: JSONBody[UnlockIn],
) -> ProfileToken:
    if (data.pin is None) == (data.password is None):
        raise InvalidInput.field("pin", "send the profile's pin, or the account password, not both")
    await limit_guesses(request)
    token, expires_in = await parental.unlock(viewer, profile_id, data.pin, data.password)
    return ProfileToken(access_token=token, expires_in=expires_in, profile_id=profile_id)


parental_router = Router(
    path="/",
    route_handlers=[set_pin, remove_pin, unlock],
    dependencies={"parental": Provide(provide_parental, sync_to_thread=False)},
)
