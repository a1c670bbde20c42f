"""The ``vuga`` command: run the server, migrate the database, load demo data."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from vuga import __version__
from vuga.cli.accounts import accounts_app
from vuga.cli.check import check
from vuga.cli.console import console, current_settings, require_database
from vuga.cli.jobs import jobs_app
from vuga.cli.media import demo_clips
from vuga.cli.schema import alembic_config
from vuga.cli.vuga_import import import_vuga
from vuga.settings import Settings


def _settings_summary() -> str:
    """The settings as ``vuga --help`` tells them, from the model itself so that it cannot drift."""
    groups = [
        name for name, field in Settings.model_fields.items() if hasattr(field.annotation, "model_fields")
    ]
    top = [f"VUGA_{name.upper()}" for name in Settings.model_fields if name not in groups]
    return (
        "Settings are environment variables (or lines of a .env file) named VUGA_<GROUP>_<FIELD>, in the "
        f"groups {', '.join(groups)}; and {' and '.join(top)}. None is required: without any, the server "
        "runs embedded (SQLite and files under ./var, an in-process cache). In production set "
        "VUGA_DATABASE_URL (postgresql+asyncpg://...), VUGA_REDIS_URL, VUGA_AUTH_SECRET_KEY and "
        "VUGA_MEDIA_BASE_URL. A name that is not a setting is refused with the nearest real one. Every "
        "setting with its default: README.md (Configuration) and src/vuga/settings/; `vuga check` says "
        "whether they work."
    )


app = typer.Typer(
    name="vuga",
    help=(
        "VUGA TV platform server.\n\n"
        f"{_settings_summary()}\n\n"
        "Start with `vuga migrate`, then `vuga create-admin EMAIL` for the first administrator."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        print(f"vuga {__version__}")
        raise typer.Exit


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", help="Print the version and exit.", callback=_print_version, is_eager=True),
    ] = False,
) -> None:
    """The group's options (the help text is the Typer's)."""


@app.command()
def migrate(
    revision: Annotated[str, typer.Argument(help="Target revision; 'head' is the newest.")] = "head",
) -> None:
    """Bring the database schema up to date (safe to run on every deploy: it only applies what is missing)."""
    from alembic import command

    settings = current_settings()
    command.upgrade(alembic_config(settings.database.url), revision)  # type: ignore[arg-type]
    console.print(f"[green]database at {revision}[/green]")


@app.command("demo-data")
def demo_data(
    if_empty: Annotated[
        bool,
        typer.Option("--if-empty", help="Do nothing (successfully) when the catalog already has titles."),
    ] = False,
    seed: Annotated[int, typer.Option(help="Random seed: the same seed gives the same catalog.")] = 42,
) -> None:
    """Load a demo catalog: movies, series with seasons and episodes, people, genres and generated artwork."""
    asyncio.run(_load_demo_data(current_settings(), if_empty=if_empty, seed=seed))


class StageProgress:
    """One progress bar per stage of a long job, fed by ``(stage, done, total)`` callbacks."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, TaskID] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)


async def _load_demo_data(settings: Settings, *, if_empty: bool, seed: int) -> None:
    from vuga.catalog.demo import load_demo_catalog
    from vuga.catalog.service import CatalogEditor
    from vuga.core.clock import utcnow
    from vuga.core.db import Database
    from vuga.core.storage import close_store, create_store
    from vuga.livetv.demo import load_demo_lineup

    database = Database.from_settings(settings.database)
    store = create_store(settings)
    try:
        async with database.writer() as session, session.begin():
            if not await CatalogEditor.for_session(session).catalog_is_empty():
                if if_empty:
                    console.print("catalog already has titles; demo data not loaded")
                    return
                console.print("[red]the catalog is not empty; demo data loads only into an empty one[/red]")
                raise typer.Exit(1)
            columns = (
                TextColumn("{task.description:<8}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
            )
            with Progress(*columns, console=console) as progress:
                summary = await load_demo_catalog(
                    session, settings.media.dir, seed=seed, on_progress=StageProgress(progress), store=store
                )
            lineup = await load_demo_lineup(session, now=utcnow(), seed=seed)
        console.print(
            f"[green]demo catalog loaded:[/green] {summary.titles} titles, {summary.seasons} seasons, "
            f"{summary.episodes} episodes, {summary.people} people, {summary.genres} genres; "
            f"{lineup.channels} live channels with {lineup.programmes} programmes"
        )
    finally:
        await close_store(store)
        await database.dispose()


@app.command("create-admin")
def create_admin(
    email: Annotated[str, typer.Argument(help="The account's email; an existing account is promoted.")],
    role: Annotated[str, typer.Option(help="admin (everything) or editor (the catalog).")] = "admin",
) -> None:
    """Create the first administrator, or give an existing account the admin or editor role.

    For a new account the password is asked for on the terminal (or read from standard input when piped),
    never taken from the command line, where other users of the machine could see it.
    """
    asyncio.run(_create_admin(current_settings(), email, role))


async def _create_admin(settings: Settings, email: str, role_name: str) -> None:
    from vuga.accounts.administration import AccountAdministration
    from vuga.accounts.auth import Authenticator
    from vuga.accounts.models import Role
    from vuga.accounts.service import AuthService
    from vuga.core.cache import create_cache
    from vuga.core.db import Database
    from vuga.core.errors import NotFound, VugaError
    from vuga.core.security import AccessTokens, Passwords, load_or_create_secret

    if role_name not in (Role.ADMIN, Role.EDITOR):
        raise typer.BadParameter("choose admin or editor", param_hint="--role")
    database = Database.from_settings(settings.database)
    cache = create_cache(settings.redis)  # the API's cache: a promotion ends the account's cached sessions
    tokens = AccessTokens(
        load_or_create_secret(settings.auth, settings.var_dir), [], settings.auth.access_token_ttl_s
    )
    authenticator = Authenticator(tokens, cache, database, settings.auth.session_cache_ttl_s)
    try:
        async with database.writer() as session, session.begin():
            try:  # an existing account: a role change ends its sessions, in the database too
                await AccountAdministration(session, authenticator).set_role(email, Role(role_name))
                created = False
            except NotFound:
                auth = AuthService(session, Passwords(settings.auth), tokens, authenticator, 0)
                await auth.create_account(email, _ask_password(), role=Role(role_name))
                created = True
    except VugaError as exc:
        console.print(f"[red]{exc.detail}[/red]")
        raise typer.Exit(1) from exc
    finally:
        await cache.close()
        await database.dispose()
    console.print(f"[green]{'created' if created else 'updated'} {email} with the {role_name} role[/green]")


def _ask_password() -> str:
    """Asked twice on a terminal (a typo would lock the admin out); piped, the first line is the password
    (``echo "$PASSWORD" | vuga create-admin EMAIL`` in a provisioning script)."""
    if not sys.stdin.isatty():
        line = sys.stdin.readline().removesuffix("\n").removesuffix("\r")
        if not line:
            raise typer.BadParameter("no password on standard input: pipe one line", param_hint="stdin")
        return line
    password: str = typer.prompt("Password for the new account", hide_input=True, confirmation_prompt=True)
    return password


@app.command()
def maintenance() -> None:
    """Create the watch history's partitions for the months ahead and drop those past retention.

    Every API process does this at start-up, and the scheduled job `playback.maintain_partitions` daily.
    """
    asyncio.run(_maintenance(current_settings()))


async def _maintenance(settings: Settings) -> None:
    from vuga.core.db import Database
    from vuga.playback.maintenance import PartitionMaintenance

    database = Database.from_settings(settings.database)
    try:
        created, dropped = await PartitionMaintenance(database, settings.playback).run_once()
    finally:
        await database.dispose()
    console.print(
        f"partitions created: {', '.join(created) or 'none'}; dropped: {', '.join(dropped) or 'none'}"
    )


app.command()(check)
app.command("demo-clips")(demo_clips)
app.command("import-vuga")(import_vuga)
app.add_typer(accounts_app, name="accounts")
app.add_typer(jobs_app, name="jobs")

search_app = typer.Typer(help="The search index.", no_args_is_help=True)
app.add_typer(search_app, name="search")


@search_app.command("reindex")
def search_reindex(
    batch_size: Annotated[int, typer.Option(min=100, max=100_000, help="Titles per transaction.")] = 5000,
) -> None:
    """Rebuild the search index from the catalog.

    Every catalog write keeps the index current by itself (database triggers); run this after loading titles
    in bulk with the triggers off (COPY with session_replication_role = replica, a restore, ...). Each batch
    commits on its own; on PostgreSQL rows are replaced in place, so search keeps answering while it runs.
    """
    asyncio.run(_search_reindex(current_settings(), batch_size))


async def _search_reindex(settings: Settings, batch_size: int) -> None:
    from vuga.core.db import Database
    from vuga.search.service import reindex

    database = Database.from_settings(settings.database)
    columns = (TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    try:
        with Progress(*columns, console=console) as progress:
            stage = StageProgress(progress)
            async with database.writer() as session:
                titles = await reindex(session, batch_size, lambda done, total: stage("titles", done, total))
    finally:
        await database.dispose()
    console.print(f"[green]search index rebuilt:[/green] {titles} titles read")


@app.command()
def serve(
    # show_default, not "[default: ...]" in the help: square brackets are rich's markup and vanish.
    host: Annotated[
        str | None,
        typer.Option(help="Address to listen on.", show_default="VUGA_SERVER_HOST, else 127.0.0.1"),
    ] = None,
    port: Annotated[
        int | None, typer.Option(help="Port.", show_default="VUGA_SERVER_PORT, else 8000")
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            help="Server processes, one per core is usual.", show_default="VUGA_SERVER_WORKERS, else 1"
        ),
    ] = None,
) -> None:
    """Serve the HTTP API with Granian."""
    from granian import Granian
    from granian.constants import Interfaces, Loops
    from granian.log import LogLevels

    all_settings = current_settings()
    settings = all_settings.server
    host, port = host or settings.host, port or settings.port
    processes = workers or settings.workers
    if processes > 1 and not all_settings.redis.url:
        # Each process would keep its own cache, sessions and rate limits: an unpublished title visible on
        # one process for a day, a logout honoured by one process only, limits multiplied. Refused rather
        # than half-working (docs/security.md, "Server processes").
        console.print(
            f"[red]{processes} server processes need a shared cache: set VUGA_REDIS_URL, or serve with one "
            "process (VUGA_SERVER_WORKERS=1)[/red]"
        )
        raise typer.Exit(2)
    from vuga.cli.banner import announce, read_banner

    announce(all_settings, read_banner(all_settings, host, port, processes))
    if processes > 1:
        _share_metrics_between_processes(all_settings.var_dir / "prometheus")

    Granian(
        "vuga.app:create_app_from_environment",
        factory=True,
        address=host,
        port=port,
        interface=Interfaces.ASGI,
        loop=Loops.uvloop,  # libuv's loop (a dependency), named so that a missing install fails loudly
        workers=processes,
        log_level=LogLevels.warning,  # its start-up lines repeat the banner; its warnings still show
    ).serve()


def _share_metrics_between_processes(default_dir: Path) -> None:
    """prometheus-client's multiprocess mode: every process writes its metrics to files in one directory
    and /metrics of any process adds them up. The directory is emptied at start: old files would be
    counted again.

    Set before prometheus-client is imported (it picks its storage on import), in this process and so in
    the server processes it starts; hence no import of vuga.core.metrics here.
    """
    import os
    import shutil

    directory = Path(os.environ.get("PROMETHEUS_MULTIPROC_DIR") or default_dir)
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(directory.resolve())


@app.command()
def worker(
    scheduler: Annotated[
        bool,
        typer.Option(help="Also queue the periodic jobs (safe on every worker: each period fires once)."),
    ] = True,
) -> None:
    """Run a background worker: take jobs from the Redis queue (VUGA_REDIS_URL) until SIGTERM.

    Run as many as the queue needs, on any machines. Without Redis there is no separate worker: the API
    process runs the jobs itself.
    """
    from vuga.worker import run_worker

    settings = current_settings(database=False)
    if not settings.redis.url:  # said first: without Redis, reaching the database would not help
        console.print("[red]set VUGA_REDIS_URL: without Redis the API process runs the jobs itself[/red]")
        raise typer.Exit(1)
    require_database(settings)
    asyncio.run(run_worker(settings, run_scheduler=scheduler and settings.jobs.scheduler))


@app.command()
def openapi(
    output: Annotated[
        Path | None, typer.Argument(help="Write the document to this file; standard output without one.")
    ] = None,
) -> None:
    """Write the API's OpenAPI document (what /api/openapi.json serves), without a server or a database.

    The web front ends generate their API types from it (web/packages/api).
    """
    import json
    import tempfile

    from vuga.app import create_app
    from vuga.settings import DatabaseSettings, RedisSettings

    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(
            database=DatabaseSettings(url="sqlite+aiosqlite://"),
            redis=RedisSettings(url=None),
            auth={"secret_key": "openapi-document-only-" + "0" * 32},  # type: ignore[arg-type]
            media={"dir": Path(scratch) / "media"},  # type: ignore[arg-type]
            var_dir=Path(scratch),
        )
        document = create_app(settings).openapi_schema.to_schema()
    text = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


def main() -> None:
    app()
