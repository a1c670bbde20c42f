"""``vuga accounts``: list, find, change a role, disable and enable accounts, mail a reset link (rules in
``vuga.accounts.administration``). What they print goes to standard output, one account a line, tab
separated, for ``grep`` and ``cut``; messages go to standard error."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from vuga.cli.console import console, current_settings
from vuga.settings import Settings

if TYPE_CHECKING:  # imported when a command runs: `vuga --help` stays quick
    from vuga.accounts.administration import AccountAdministration, AccountSummary

T = TypeVar("T")


class RoleName(StrEnum):
    """vuga.accounts.models.Role's values (a test keeps them equal): importing the model here would load
    prometheus-client before `vuga serve` sets up its multiprocess mode."""

    VIEWER = "viewer"
    EDITOR = "editor"
    ADMIN = "admin"


accounts_app = typer.Typer(
    help="Accounts: list, find, change a role, disable and enable, send a password reset link.",
    no_args_is_help=True,
)


@asynccontextmanager
async def _administration(settings: Settings) -> AsyncIterator[AccountAdministration]:
    """One transaction, with the API's cache (Redis when configured), so that ended sessions end at once
    on every server process; without Redis a server's own cache notices within
    VUGA_AUTH_SESSION_CACHE_TTL_S (the database has them ended at once either way)."""
    from vuga.accounts.administration import AccountAdministration
    from vuga.accounts.auth import Authenticator
    from vuga.core.cache import create_cache
    from vuga.core.db import Database
    from vuga.core.security import AccessTokens, load_or_create_secret

    database = Database.from_settings(settings.database)
    cache = create_cache(settings.redis)
    tokens = AccessTokens(
        load_or_create_secret(settings.auth, settings.var_dir), [], settings.auth.access_token_ttl_s
    )
    authenticator = Authenticator(tokens, cache, database, settings.auth.session_cache_ttl_s)
    try:
        async with database.writer() as session, session.begin():
            yield AccountAdministration(session, authenticator)
    finally:
        await cache.close()
        await database.dispose()


def _run(work: Callable[[AccountAdministration], Awaitable[T]]) -> T:
    from vuga.core.errors import VugaError

    settings = current_settings()

    async def run() -> T:
        async with _administration(settings) as administration:
            return await work(administration)

    try:
        return asyncio.run(run())
    except VugaError as exc:
        console.print(exc.detail, style="red", markup=False, highlight=False)
        raise typer.Exit(1) from exc


def _print(accounts: list[AccountSummary]) -> None:
    for account in accounts:
        state = f"disabled {account.disabled_at:%Y-%m-%d}" if account.disabled_at else "active"
        print(f"{account.id}\t{account.email}\t{account.role}\t{account.created_at:%Y-%m-%d}\t{state}")


@accounts_app.command("list")
def list_accounts(
    after: Annotated[int, typer.Option(min=0, help="Start after this account id (the last one shown).")] = 0,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="Accounts to show.")] = 50,
) -> None:
    """List accounts in id order: id, email, role, created, state."""
    accounts = _run(lambda administration: administration.page(after, limit))
    _print(accounts)
    if len(accounts) == limit:
        console.print(f"more: vuga accounts list --after {accounts[-1].id}", markup=False)


@accounts_app.command()
def find(
    email_part: Annotated[str, typer.Argument(help="Any part of the email, e.g. a domain.")],
    limit: Annotated[int, typer.Option(min=1, max=1000, help="Accounts to show.")] = 50,
) -> None:
    """Find accounts whose email contains EMAIL_PART (case-insensitive, taken literally)."""
    accounts = _run(lambda administration: administration.find(email_part, limit))
    _print(accounts)
    if not accounts:
        console.print(f"no account's email contains {email_part!r}", markup=False)


@accounts_app.command("set-role")
def set_role(
    email: Annotated[str, typer.Argument(help="The account's email.")],
    role: Annotated[RoleName, typer.Argument(help="viewer, editor (the catalog) or admin (everything).")],
) -> None:
    """Give an account a role. A change ends all its sessions (in the database, then the cache): a demoted
    admin's tokens stop working and it signs in again as what it now is."""
    from vuga.accounts.models import Role

    account, ended = _run(lambda administration: administration.set_role(email, Role(role)))
    console.print(f"{account.email} is {account.role}; {ended} session(s) ended", markup=False)


@accounts_app.command()
def disable(email: Annotated[str, typer.Argument(help="The account's email.")]) -> None:
    """Disable an account: its sessions end and it cannot log in until enabled again."""
    account, ended = _run(lambda administration: administration.disable(email))
    console.print(f"{account.email} is disabled; {ended} session(s) ended", markup=False)


@accounts_app.command()
def enable(email: Annotated[str, typer.Argument(help="The account's email.")]) -> None:
    """Enable a disabled account again (it signs in anew: its old sessions stay ended)."""
    account = _run(lambda administration: administration.enable(email))
    console.print(f"{account.email} is enabled", markup=False)


@accounts_app.command("send-reset")
def send_reset(email: Annotated[str, typer.Argument(help="The account's email.")]) -> None:
    """Mail the account a password reset link, as `POST /api/v1/auth/password-reset` does (for a viewer who
    cannot ask for it). With Redis the mail goes to the workers; in the embedded mode it is sent here, in
    this command (the console mail backend writes it to var/mail/)."""
    asyncio.run(_send_reset(current_settings(), email))


async def _send_reset(settings: Settings, email: str) -> None:
    from vuga.accounts.recovery import SEND_PASSWORD_RESET
    from vuga.accounts.service import normalise_email
    from vuga.core.errors import VugaError
    from vuga.worker import JobRuntime, build_resources, close_resources

    try:
        address = normalise_email(email)
    except VugaError as exc:
        console.print(exc.detail, style="red", markup=False, highlight=False)
        raise typer.Exit(1) from exc
    resources = build_resources(settings)
    runtime = JobRuntime.create(resources, run_scheduler=False)
    await runtime.start()
    try:
        await runtime.jobs.enqueue(SEND_PASSWORD_RESET, email=address)
    finally:
        await runtime.stop()  # in the embedded mode this waits for the mail to be sent
        await close_resources(resources)
    console.print(f"a reset link is on its way to {address}, if an account has that address", markup=False)
