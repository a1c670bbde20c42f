"""``vuga demo-clips``: the demo catalog's video, made once by the real pipeline (``make run`` calls it)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from vuga.cli.console import console, current_settings
from vuga.settings import Settings

if TYPE_CHECKING:
    from vuga.media.pipeline.demo import DemoResult


def demo_clips(
    directory: Annotated[
        Path | None,
        typer.Option(
            "--dir", help="Where the ladders go, one directory per clip. Default: <VUGA_MEDIA_DIR>/assets."
        ),
    ] = None,
) -> None:
    """Make the demo clips' HLS ladders from ffmpeg's test sources (once: clips already made are kept)."""
    from vuga.media.pipeline.demo import generate_demo_clips
    from vuga.media.pipeline.errors import PipelineError

    settings = current_settings()
    target = directory or settings.media.dir / "assets"

    def report(result: DemoResult) -> None:
        renditions = ", ".join(f"{r.height}p" for r in result.manifest.renditions)
        when = f"made in {result.seconds:.1f} s" if result.made else "already there"
        console.print(
            f"demo clip {result.clip.name}: {result.manifest.duration_s:.0f} s, {renditions} ({when})"
        )

    try:
        clips = asyncio.run(generate_demo_clips(target, report=report))
    except PipelineError as error:
        console.print(f"[red]demo clips not made: {error}[/red]")
        raise typer.Exit(1) from error
    for line in asyncio.run(_attach(settings, clips)):
        console.print(f"demo video: {line}")


async def _attach(settings: Settings, clips: list[DemoResult]) -> list[str]:
    """Each clip not yet playing becomes a demo movie's video (``vuga.media.demo_assets``)."""
    from vuga.core.db import Database
    from vuga.core.storage import close_store, create_store
    from vuga.media.demo_assets import attach_demo_clips

    database = Database.from_settings(settings.database)
    store = create_store(settings)
    try:
        return await attach_demo_clips(database, store, clips)
    finally:
        await close_store(store)
        await database.dispose()
