"""An import run: the steps in order, batch by batch, each batch one transaction with its checkpoint.

A run that stops — killed, a lost connection — leaves its checkpoints: the next run takes it up after the
last committed batch, with the counts so far, so its report is the one a whole run would have made. A run
that finished is not resumed: the next one reads everything again, updating what changed at the source and
leaving the rest as it is (the mappings' fingerprints and the upserts' guards), so a second run of an
unchanged source changes nothing.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from vuga.accounts.service.sessions import KIDS_CEILING
from vuga.compat_v2.importer.context import ImportContext
from vuga.compat_v2.importer.models import ImportCheckpoint
from vuga.compat_v2.importer.report import ImportReport, TableReport
from vuga.compat_v2.importer.repository import ImportRepository
from vuga.compat_v2.importer.source import LegacyDatabase, decode_key, encode_key
from vuga.compat_v2.importer.steps import NOT_IMPORTED, STEPS, Step
from vuga.compat_v2.importer.values import MediaPrefixes
from vuga.core.clock import utcnow
from vuga.core.db import Database
from vuga.core.nodes import NodeLease
from vuga.playback.ids import HistoryIds
from vuga.settings import Settings

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ImportOptions:
    media: MediaPrefixes = field(default_factory=MediaPrefixes)
    restart: bool = False  # start afresh even if the last run did not finish


class ImportInterrupted(RuntimeError):
    """Raised by a progress callback to stop a run between two batches (tests: a kill)."""


class VugaImport:
    def __init__(
        self,
        database: Database,
        settings: Settings,
        legacy: LegacyDatabase,
        options: ImportOptions | None = None,
        on_progress: Progress | None = None,
    ) -> None:
        self.database = database
        self.settings = settings
        self.legacy = legacy
        self.options = options or ImportOptions()
        self.on_progress = on_progress or (lambda source, done, total: None)

    async def run(self) -> ImportReport:
        lease = NodeLease(self.database)
        await lease.start()
        try:
            return await self._run(lease)
        finally:
            await lease.stop()

    async def _run(self, lease: NodeLease) -> ImportReport:
        async with self.database.writer() as session, session.begin():
            repository = ImportRepository(session)
            run = None if self.options.restart else await repository.unfinished_run()
            run = run or await repository.start_run(str(self.legacy.address))
            run_id = run.id
            checkpoints = await repository.checkpoints(run_id)
        counts = await self.legacy.tables()
        context = ImportContext(
            legacy=self.legacy,
            media=self.options.media,
            max_profiles=self.settings.auth.max_profiles,
            kids_ceiling=KIDS_CEILING,
            playback=self.settings.playback,
            history_ids=HistoryIds(lambda: lease.node),
        )
        report = ImportReport(source=str(self.legacy.address), run_id=run_id)
        for step_type in STEPS:
            step = step_type()
            if step.source not in counts:
                report.notes.append(f"{step.source}: not in this VUGA database")
                continue
            table = TableReport(step.source, step.what, counts[step.source])
            report.tables.append(table)
            await self._step(step, run_id, checkpoints.get(step.source), context, table)
        for source in sorted(set(counts) - {step.source for step in STEPS}):
            why = NOT_IMPORTED.get(source, "not imported: a table VUGA v4's schema does not have")
            report.tables.append(TableReport(source, why, counts[source], imported=False))
        if context.prepared.get("unknown_csv_genres"):
            report.notes.append(
                f"content.genre_ids: {context.prepared['unknown_csv_genres']} ids name no imported category "
                "(left out of the titles' genres)"
            )
        async with self.database.writer() as session, session.begin():
            await ImportRepository(session).finish_run(run_id, utcnow())
        return report

    async def _step(
        self,
        step: Step,
        run_id: int,
        checkpoint: ImportCheckpoint | None,
        context: ImportContext,
        table: TableReport,
    ) -> None:
        skipped: Counter[str] = Counter()
        last = None
        if checkpoint is not None:
            table.read, table.written, table.changed = checkpoint.read, checkpoint.written, checkpoint.changed
            skipped.update(json.loads(checkpoint.skipped))
            last = decode_key(checkpoint.last_key)
            if checkpoint.done:
                table.skipped = dict(skipped)
                self.on_progress(step.source, table.read, table.rows)
                return
        async with self.database.writer() as session, session.begin():
            await step.prepare(context, session)
        self.on_progress(step.source, table.read, table.rows)
        while True:
            rows = await self.legacy.batch(step.source, step.keys, step.columns, last, step.batch_size)
            async with self.database.writer() as session, session.begin():
                if rows:
                    outcome = await step.write(context, session, rows)
                    if outcome.written + sum(outcome.skipped.values()) != len(rows):
                        raise AssertionError(f"{step.source}: a row was neither written nor skipped")
                    table.read += len(rows)
                    table.written += outcome.written
                    table.changed += outcome.changed
                    skipped.update(outcome.skipped)
                    last = [rows[-1][key] for key in step.keys]
                done = len(rows) < step.batch_size
                if done:
                    table.changed += await step.finish(context, session)
                await ImportRepository(session).save_checkpoint(
                    run_id,
                    step.source,
                    last_key=None if last is None else encode_key(last),
                    done=done,
                    read=table.read,
                    written=table.written,
                    changed=table.changed,
                    skipped=dict(skipped),
                )
            table.skipped = dict(skipped)
            self.on_progress(step.source, table.read, table.rows)
            if done:
                return
