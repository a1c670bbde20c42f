"""``vuga jobs``: the background jobs that failed every attempt (dead letters) — list, replay, drop."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer

from vuga.cli.console import console, current_settings
from vuga.settings import Settings

jobs_app = typer.Typer(help="Inspect and replay background jobs that failed every attempt (dead letters).")


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
    from vuga.worker import JobRuntime, build_resources, close_resources

    resources = build_resources(settings)
    runtime = JobRuntime.create(resources, run_scheduler=False)
    await runtime.start()
    try:
        try:
            letter, job_id = await runtime.jobs.replay(letter_id)
        except LookupError as exc:
            console.print(f"[red]{exc}[/red]")
            raise typer.Exit(1) from exc
        console.print(f"[green]{letter.task_name} queued again as {job_id}[/green]")
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
