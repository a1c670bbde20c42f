"""The ``vuga`` command: run the server, migrate the database, load demo data."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from vuga.environment import SettingsProblem, database_problem, load_settings
from vuga.settings import Settings

console = Console(stderr=True)
app = typer.Typer(
    name="vuga",
    help=(
        "VUGA TV platform server.\n\n"
        "Settings come from VUGA_* environment variables (or a .env file): VUGA_DATABASE_URL selects the "
        "database (SQLite under ./var by default, postgresql+asyncpg://... in production), "
        "VUGA_REDIS_URL the cache, VUGA_AUTH_SECRET_KEY signs access tokens. Start with `vuga migrate`, "
        "then `vuga create-admin EMAIL` for the first administrator."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"


def current_settings(*, database: bool = True) -> Settings:
    """This process's settings, or exit 2 with one line per problem (a mistyped name, a bad value); with
    ``database``, also exit 1 in one line when the database does not answer, before the command starts."""
    try:
        settings = load_settings()
    except SettingsProblem as problem:
        for line in problem.lines:
            say_problem(line)
        raise typer.Exit(2) from None
    if database and (problem_line := asyncio.run(database_problem(settings.database.url))):
        say_problem(problem_line)
        raise typer.Exit(1)
    return settings


def say_problem(line: str) -> None:
    """One line, as it is: never wrapped (it is greppable in a log) nor read as markup."""
    console.print(line, style="red", markup=False, highlight=False, soft_wrap=True)


def alembic_config(database_url: str) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["database_url"] = database_url
    return config


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
    from vuga.core.db import Database

    database = Database.from_settings(settings.database)
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
                    session, settings.media.dir, seed=seed, on_progress=StageProgress(progress)
                )
        console.print(
            f"[green]demo catalog loaded:[/green] {summary.titles} titles, {summary.seasons} seasons, "
            f"{summary.episodes} episodes, {summary.people} people, {summary.genres} genres"
        )
    finally:
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
    from vuga.accounts.auth import Authenticator
    from vuga.accounts.models import Role
    from vuga.accounts.service import AuthService
    from vuga.core.cache import create_cache
    from vuga.core.db import Database
    from vuga.core.errors import VugaError
    from vuga.core.security import AccessTokens, Passwords, load_or_create_secret

    if role_name not in (Role.ADMIN, Role.EDITOR):
        raise typer.BadParameter("choose admin or editor", param_hint="--role")
    database = Database.from_settings(settings.database)
    cache = create_cache(settings.redis)  # the API's cache: promoting an account ends its cached sessions
    tokens = AccessTokens(
        load_or_create_secret(settings.auth, settings.var_dir), [], settings.auth.access_token_ttl_s
    )
    authenticator = Authenticator(tokens, cache, database, settings.auth.session_cache_ttl_s)
    try:
        async with database.writer() as session, session.begin():
            auth = AuthService(session, Passwords(settings.auth), tokens, authenticator, 0)
            created = await auth.grant_role(email, Role(role_name), _ask_password)
    except VugaError as exc:
        console.print(f"[red]{exc.detail}[/red]")
        raise typer.Exit(1) from exc
    finally:
        await cache.close()
        await database.dispose()
    console.print(f"[green]{'created' if created else 'updated'} {email} with the {role_name} role[/green]")


def _ask_password() -> str:
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
    host: Annotated[
        str | None, typer.Option(help="Address to listen on [default: VUGA_SERVER_HOST].")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port [default: VUGA_SERVER_PORT, 8000].")] = None,
    workers: Annotated[
        int | None,
        typer.Option(help="Worker processes, one per core is usual [default: VUGA_SERVER_WORKERS]."),
    ] = None,
) -> None:
    """Serve the HTTP API with Granian."""
    from granian import Granian
    from granian.constants import Interfaces, Loops

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
    if processes > 1:
        _share_metrics_between_processes(all_settings.var_dir / "prometheus")
    console.print(
        f"VUGA TV on http://{host}:{port} — API docs at http://{host}:{port}/api/docs "
        "(editors and admins: `vuga create-admin EMAIL`)"
    )
    Granian(
        "vuga.app:create_app_from_environment",
        factory=True,
        address=host,
        port=port,
        interface=Interfaces.ASGI,
        loop=Loops.uvloop,  # libuv's loop (a dependency), named so that a missing install fails loudly
        workers=processes,
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

    settings = current_settings()
    if not settings.redis.url:
        console.print("[red]set VUGA_REDIS_URL: without Redis the API process runs the jobs itself[/red]")
        raise typer.Exit(1)
    asyncio.run(run_worker(settings, run_scheduler=scheduler and settings.jobs.scheduler))


jobs_app = typer.Typer(help="Inspect and replay background jobs that failed every attempt (dead letters).")
app.add_typer(jobs_app, name="jobs")


@jobs_app.command("list-dead")
def list_dead() -> None:
    """List the dead jobs: id, task, attempts, when it last failed and why."""
    asyncio.run(_list_dead(current_settings(database=False)))


async def _list_dead(settings: Settings) -> None:
    from vuga.core.jobs.dead_letters import create_dead_letters

    dead_letters = create_dead_letters(settings)
    try:
        letters = await dead_letters.all()
    finally:
        await dead_letters.close()
    if not letters:
        console.print("no dead jobs")
        return
    for letter in letters:
        print(
            f"{letter.id}\t{letter.task_name}\t{letter.attempts} attempts\t{letter.failed_at}\t{letter.error}"
        )


@jobs_app.command()
def replay(letter_id: Annotated[str, typer.Argument(help="The dead job's id, from list-dead.")]) -> None:
    """Queue a dead job again with its arguments (and a fresh set of attempts), and remove its letter.

    With Redis the job goes to the workers; in the embedded mode it runs here, in this command.
    """
    asyncio.run(_replay(current_settings(), letter_id))


async def _replay(settings: Settings, letter_id: str) -> None:
    from taskiq.kicker import AsyncKicker

    from vuga.worker import JobRuntime, build_resources, close_resources

    resources = build_resources(settings)
    runtime = JobRuntime.create(resources, run_scheduler=False)
    await runtime.start()
    try:
        letter = await runtime.dead_letters.get(letter_id)
        if letter is None:
            console.print(f"[red]no dead job {letter_id}[/red]")
            raise typer.Exit(1)
        if not runtime.jobs.has_task(letter.task_name):
            console.print(f"[red]the task {letter.task_name} no longer exists; drop the letter instead[/red]")
            raise typer.Exit(1)
        kicker: AsyncKicker[Any, Any] = AsyncKicker(letter.task_name, runtime.jobs.broker, letter.labels)
        sent = await kicker.kiq(*letter.args, **letter.kwargs)
        await runtime.dead_letters.remove(letter_id)
        console.print(f"[green]{letter.task_name} queued again as {sent.task_id}[/green]")
    finally:
        await runtime.stop()  # in the embedded mode this waits for the replayed job to finish
        await close_resources(resources)


@jobs_app.command()
def drop(letter_id: Annotated[str, typer.Argument(help="The dead job's id, from list-dead.")]) -> None:
    """Delete a dead job's letter without running it."""
    asyncio.run(_drop(current_settings(database=False), letter_id))


async def _drop(settings: Settings, letter_id: str) -> None:
    from vuga.core.jobs.dead_letters import create_dead_letters

    dead_letters = create_dead_letters(settings)
    try:
        removed = await dead_letters.remove(letter_id)
    finally:
        await dead_letters.close()
    if not removed:
        console.print(f"[red]no dead job {letter_id}[/red]")
        raise typer.Exit(1)
    console.print(f"dropped {letter_id}")


def main() -> None:
    app()
