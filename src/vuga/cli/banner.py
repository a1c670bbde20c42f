"""What ``vuga serve`` says before it starts: where the app, its docs and its metrics are, how to sign in
as an administrator (or how to make one), what it runs on, and whether migrations are missing.

In a terminal it is a few readable lines; elsewhere (systemd, a container's log collector) it is one
structured log line, so that a JSON log stream stays JSON (the same rule as the logs, ``vuga.core.logs``).
"""

from __future__ import annotations

import asyncio
import ipaddress
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor

import structlog
from sqlalchemy.engine import make_url

from vuga import __version__
from vuga.cli.console import console
from vuga.cli.schema import pending_migrations
from vuga.settings import Settings

WILDCARDS = {"0.0.0.0", "::", ""}  # noqa: S104 (names of the wildcard addresses, not a bind)


def base_url(host: str, port: int) -> str:
    """The address a browser on this machine opens: a wildcard listener is reached on loopback."""
    shown = "127.0.0.1" if host in WILDCARDS else host
    try:
        if ipaddress.ip_address(shown).version == 6:
            shown = f"[{shown}]"
    except ValueError:
        pass  # a host name
    return f"http://{shown}:{port}"


async def _admin_email(settings: Settings) -> str | None:
    from vuga.accounts.administration import AccountAdministration
    from vuga.accounts.models import Role
    from vuga.core.db import Database

    database = Database.from_settings(settings.database)
    try:
        async with database.reader() as session:
            admins = await AccountAdministration(session, None).with_role(Role.ADMIN, limit=1)
    finally:
        await database.dispose()
    return admins[0].email if admins else None


async def banner_lines(settings: Settings, host: str, port: int, processes: int) -> list[tuple[str, str]]:
    """(what, where) pairs: the first is the app itself."""
    url = base_url(host, port)
    _, missing = await pending_migrations(settings.database)
    admin = None if missing else await _admin_email(settings)  # an old schema may lack its columns
    listening = " (listening on every address)" if host in WILDCARDS else ""
    cache = f"Redis at {_hidden(settings.redis.url)}" if settings.redis.url else "in-process"
    lines = [
        ("app", f"VUGA TV {__version__} on {url}{listening}"),
        ("docs", f"{url}/api/docs (the spec: {url}/api/openapi.json)"),
        ("metrics", f"{url}/metrics; health {url}/healthz, readiness {url}/readyz"),
        (
            "sign in",
            f"as {admin}: POST {url}/api/v1/auth/login {{email, password}}"
            if admin
            else "no administrator yet: `vuga create-admin EMAIL` makes one (it asks for a password)"
            if not missing
            else "after `vuga migrate`",
        ),
        ("database", _hidden(settings.database.url)),
        ("cache", f"{cache}; {processes} server process(es)"),
    ]
    if missing:
        lines.append(("migrations", f"✗ pending ({', '.join(missing)}): stop and run `vuga migrate`"))
    return lines


def read_banner(settings: Settings, host: str, port: int, processes: int) -> list[tuple[str, str]]:
    """:func:`banner_lines`. For several server processes, read in a short-lived process of its own
    (spawned: it starts clean, about two seconds): reading them here would load prometheus-client into the
    process that starts the servers — before ``vuga serve`` sets up its multiprocess mode the forked servers
    would inherit the wrong mode, after it this process would count as one more server. One server process
    keeps its metrics in memory, so there it is read here (and the imports are the server's anyway)."""
    if processes == 1:
        return _read_banner(settings, host, port, processes)
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_read_banner, settings, host, port, processes).result()


def _read_banner(settings: Settings, host: str, port: int, processes: int) -> list[tuple[str, str]]:
    return asyncio.run(banner_lines(settings, host, port, processes))


def _hidden(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def announce(settings: Settings, lines: list[tuple[str, str]]) -> None:
    from vuga.core.logs import configure_logging, log_format_for  # no metrics there, but no need either

    if log_format_for(settings.observability, sys.stderr) == "console":
        (_, app), *details = lines
        console.print(app, markup=False, highlight=False, soft_wrap=True)
        for what, where in details:
            console.print(f"  {what:<10} {where}", markup=False, highlight=False, soft_wrap=True)
        return
    configure_logging(settings.observability)
    structlog.get_logger("vuga.serve").info(
        "serving", **{what.replace(" ", "_"): where for what, where in lines}
    )
