"""Account recovery API: password reset and email verification by mailed links (``accounts.recovery``).

Mounted inside the accounts router, whose dependencies (the request's transaction, the viewer) it uses.
"""

from __future__ import annotations

from typing import Any

from limits import RateLimitItemPerHour, RateLimitItemPerMinute
from litestar import Request, Router, post
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.params import JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer, authenticated
from vuga.accounts.recovery import Recovery
from vuga.accounts.schemas import Accepted, PasswordResetConfirmIn, PasswordResetIn, VerifyEmailIn
from vuga.core.http import client_address
from vuga.core.openapi import problems
from vuga.core.ratelimit import RateLimiter
from vuga.settings import Settings

RESET_ASKED = Accepted(
    detail="if an account has this address, a link to choose a new password is on its way; it works once"
)
VERIFICATION_SENT = Accepted(detail="a new confirmation link is on its way to the account's address")


def provide_recovery(writer: NamedDependency[AsyncSession], state: State) -> Recovery:
    return Recovery(writer, state.passwords, state.authenticator, state.jobs)


async def limit_mail_requests(request: Request[Any, Any, Any], email: str | None = None) -> None:
    """Links are asked for per client address like logins, and per mailbox per hour: nobody can flood a
    mailbox (or the mail server's reputation) through us. Counted before any other work, so a refusal
    says nothing about the address either."""
    limiter: RateLimiter = request.app.state.rate_limiter
    settings: Settings = request.app.state.settings
    refusal = "too many requests for links; wait before asking again"
    per_minute = RateLimitItemPerMinute(settings.rate_limit.auth_per_minute_per_ip)
    await limiter.enforce(per_minute, "mail-ip", client_address(request), refusal=refusal)
    if email is not None:
        per_hour = RateLimitItemPerHour(settings.mail.per_address_per_hour)
        await limiter.enforce(per_hour, "mail-address", email.strip().lower(), refusal=refusal)


@post(
    "/auth/password-reset",
    status_code=202,
    summary="Mail a password reset link",
    opt=problems({503: "The mail queue is unreachable; retry after `Retry-After` seconds."}),
    description=(
        "Answers 202 with the same body whether or not an account has the address, so that nobody learns "
        "which addresses have accounts. The link works once, for `VUGA_AUTH_PASSWORD_RESET_TTL_S`."
    ),
)
async def ask_password_reset(
    request: Request[Any, Any, Any], recovery: NamedDependency[Recovery], data: JSONBody[PasswordResetIn]
) -> Accepted:
    await limit_mail_requests(request, email=data.email)
    await recovery.ask_password_reset(data.email)
    return RESET_ASKED


@post(
    "/auth/password-reset/confirm",
    status_code=204,
    summary="Choose a new password with a reset link's token; ends every session of the account",
)
async def confirm_password_reset(
    request: Request[Any, Any, Any],
    recovery: NamedDependency[Recovery],
    data: JSONBody[PasswordResetConfirmIn],
) -> None:
    """Sets the new password (the registration rules apply: a 422 names each one broken, and the link keeps
    working), marks the address confirmed and ends every session of the account. A used, expired or unknown
    token is a 422. Limited per address."""
    await limit_mail_requests(request)
    await recovery.reset_password(data.token, data.new_password)


@post("/auth/verify-email", status_code=204, summary="Confirm the account's address with a mailed token")
async def verify_email(
    request: Request[Any, Any, Any], recovery: NamedDependency[Recovery], data: JSONBody[VerifyEmailIn]
) -> None:
    """Marks the account's address confirmed. The token works once; a used, expired or unknown one is a 422.
    Limited per address."""
    await limit_mail_requests(request)
    await recovery.verify_email(data.token)


@post(
    "/auth/verify-email/resend",
    status_code=202,
    guards=[authenticated],
    summary="Mail a new address confirmation link (409 if the address is confirmed already)",
    opt=problems(
        {
            409: "The account's address is confirmed already.",
            503: "The mail queue is unreachable; retry after `Retry-After` seconds.",
        }
    ),
)
async def resend_verification(
    request: Request[Any, Any, Any], recovery: NamedDependency[Recovery], viewer: NamedDependency[Viewer]
) -> Accepted:
    """Mails the signed-in account a new confirmation link (the older ones keep working until they expire).
    Limited per address and per account."""
    await limit_mail_requests(request, email=f"account:{viewer.account_id}")
    await recovery.resend_verification(viewer)
    return VERIFICATION_SENT


recovery_router = Router(
    path="/",
    route_handlers=[ask_password_reset, confirm_password_reset, verify_email, resend_verification],
)
