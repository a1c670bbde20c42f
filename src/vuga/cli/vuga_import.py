"""``vuga import-vuga``: move a VUGA v4 database (MySQL or MariaDB) into ours (``vuga.compat_v2.importer``).

Progress bars go to standard error with the report; ``--report-json FILE`` also writes the report as JSON.
The exit status is 0 when every row read was written or skipped with a reason, 1 when rows are unaccounted
for (a table changed while it was read), 2 for bad arguments and 3 when the run stopped before its end (it
resumes where it stopped when run again).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from vuga.cli.console import console, current_settings, say_problem
from vuga.settings import Settings


def import_vuga(
    url: Annotated[
        str, typer.Argument(help="The VUGA database: mysql://user:password@host[:port]/database.")
    ],
    media_prefix: Annotated[
        list[str] | None,
        typer.Option(
            "--media-prefix",
            help="OLD=NEW: media URLs (posters, sources, subtitles, avatars) starting with OLD start "
            "with NEW "
            "instead. Repeat for several; the longest OLD that matches wins. Others are kept as they are.",
        ),
    ] = None,
    restart: Annotated[
        bool, typer.Option(help="Start afresh even if the last run stopped before its end (else it resumes).")
    ] = False,
    report_json: Annotated[
        Path | None, typer.Option(help="Also write the report to this file, as JSON.", dir_okay=False)
    ] = None,
) -> None:
    """Import a VUGA v4 database: catalog, viewers and profiles, watchlists, favourites, ratings and watch
    history. Safe to run again (it updates what changed and duplicates nothing) and to resume after a kill."""
    from vuga.compat_v2.importer.source import SourceAddress
    from vuga.compat_v2.importer.values import MediaPrefixes
    from vuga.core.errors import InvalidInput

    try:
        address = SourceAddress.parse(url)
        prefixes = MediaPrefixes.parse(media_prefix or [])
    except (InvalidInput, ValueError) as exc:
        say_problem(getattr(exc, "detail", None) or str(exc))
        raise typer.Exit(2) from exc
    settings = current_settings()
    raise typer.Exit(asyncio.run(_import(settings, address, prefixes, restart, report_json)))


async def _import(
    settings: Settings, address: object, prefixes: object, restart: bool, report_json: Path | None
) -> int:
    from vuga.cli import StageProgress
    from vuga.compat_v2.importer.service import ImportOptions, VugaImport
    from vuga.compat_v2.importer.source import LegacyDatabase, SourceAddress
    from vuga.compat_v2.importer.values import MediaPrefixes
    from vuga.core.db import Database

    assert isinstance(address, SourceAddress)
    assert isinstance(prefixes, MediaPrefixes)
    try:
        legacy = await LegacyDatabase.connect(address)
    except Exception as exc:
        say_problem(f"cannot read the VUGA database {address}: {exc}")
        return 1
    database = Database.from_settings(settings.database)
    columns = (TextColumn("{task.description:<30}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    try:
        with Progress(*columns, console=console) as progress:
            job = VugaImport(
                database,
                settings,
                legacy,
                ImportOptions(prefixes, restart),
                on_progress=StageProgress(progress),
            )
            report = await job.run()
    except Exception as exc:
        say_problem(f"the import stopped: {exc!r}; run the same command again to resume where it stopped")
        return 3
    finally:
        await legacy.close()
        await database.dispose()
    for table in report.render():
        console.print(table)
    for note in report.notes:
        console.print(note, markup=False)
    if report_json is not None:
        await asyncio.to_thread(report_json.write_bytes, report.as_json())
    if report.unaccounted:
        say_problem(
            f"{report.unaccounted} rows unaccounted for: a table changed while it was read; run again"
        )
        return 1
    console.print(
        f"[green]imported: every row read was written or skipped with its reason ({report.changed} "
        "rows of ours inserted or updated)[/green]"
    )
    return 0
