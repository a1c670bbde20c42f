"""``vuga check``: whether this machine's settings work — the settings themselves, the database (and its
replica), Redis when configured, and migrations not yet applied — one ✓ or ✗ line each, exit 1 on any ✗.
Run it before ``vuga serve``, in a deploy script, or when something does not start."""

from __future__ import annotations

import asyncio

import typer
from sqlalchemy.engine import make_url

from vuga.environment import SettingsProblem, database_problem, load_settings, redis_problem
from vuga.settings import Settings

OK, FAILED, NOTE = "✓", "✗", "!"


def _line(ok: bool, text: str) -> bool:
    print(f"{OK if ok else FAILED} {text}", flush=True)
    return ok


def _shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


async def _check_services(settings: Settings) -> bool:
    ok = True
    databases = [("database", "VUGA_DATABASE_URL", settings.database.url)]
    if settings.database.read_url:
        databases.append(("read replica", "VUGA_DATABASE_READ_URL", settings.database.read_url))
    reachable = True
    for what, variable, url in databases:
        problem = await database_problem(url, variable)
        reachable = reachable and problem is None
        ok &= _line(problem is None, problem or f"{what} answers: {_shown(url)}")
    if settings.redis.url:
        problem = await redis_problem(settings.redis.url)
        ok &= _line(problem is None, problem or f"redis answers: {_shown(settings.redis.url)}")
    else:
        _line(True, "redis not configured: in-process cache (one server process; VUGA_REDIS_URL for more)")
    if not reachable:
        return _line(False, "migrations not checked: the database does not answer")
    from vuga.cli.schema import pending_migrations

    current, missing = await pending_migrations(settings.database)
    if missing:
        return _line(
            False,
            f"migrations pending: {', '.join(missing)} (database at {current or 'no revision'}); "
            "run `vuga migrate`",
        )
    return ok & _line(True, f"migrations applied: the database is at {current}")


def check() -> None:
    """Check the settings, the database, Redis (when configured) and pending migrations; exit 1 on any ✗."""
    try:
        settings = load_settings()
    except SettingsProblem as problem:
        for line in problem.lines:
            _line(False, line)
        raise typer.Exit(1) from None
    _line(True, "settings read")
    ok = asyncio.run(_check_services(settings))
    _web_line(settings)
    if not ok:
        raise typer.Exit(1)


def _web_line(settings: Settings) -> None:
    """Whether the front ends are built: a note, not a failure, since the API serves without them."""
    for name, directory, mount, variable in (
        ("admin UI", settings.web.admin_dir, "/admin/", "VUGA_WEB_ADMIN_DIR"),
        ("web app", settings.web.dir, "/", "VUGA_WEB_DIR"),
    ):
        if (directory / "index.html").is_file():
            print(f"{OK} {name} built: {directory}", flush=True)
        else:
            print(
                f"{NOTE} {name} not built ({directory} has no index.html): {mount} says so; `make web` "
                f"builds it ({variable} names another build)",
                flush=True,
            )
