"""Views, shares and downloads reach the catalog in batches.

Requests bump counters in Redis (or memory); this flusher drains them every few seconds and adds them to
their titles and episodes in one statement per counter. What a crash can lose is bounded: with Redis, the
counts of one drain that failed between draining and committing (they are put back when the commit fails);
in the embedded mode, at most one flush interval of counts. A clean shutdown flushes once more.

Title views are also added to their day's count (``title_daily_views``), which the home page's "most viewed"
top 10 sums over the last days; days older than the longest such window are deleted as they age out.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta

from vuga.catalog.repository import COUNTED_COLUMNS, CatalogRepository
from vuga.core.clock import utcnow
from vuga.core.counters import Counters
from vuga.core.db import Database

logger = logging.getLogger("vuga.counters")
DAILY_VIEWS_KEPT = timedelta(days=90)  # the longest top-10 window the settings allow


class CounterFlusher:
    def __init__(self, database: Database, counters: Counters, interval_s: float) -> None:
        self.database = database
        self.counters = counters
        self.interval_s = interval_s
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="counter-flusher")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        try:
            await self.flush()
        except Exception:
            logger.exception("the last counter flush failed; counts still in Redis wait for the next process")

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval_s)
            try:
                await self.flush()
            except Exception:
                logger.exception("flushing counters failed; they are kept for the next attempt")

    async def flush(self) -> int:
        """Write every pending count; return how many rows changed."""
        changed = 0
        for counter in COUNTED_COLUMNS:
            counts = await self.counters.drain(counter)
            if not counts:
                continue
            try:
                async with self.database.writer() as session, session.begin():
                    repository = CatalogRepository(session)
                    await repository.add_counts(counter, counts)
                    if counter == "title_views":
                        today = utcnow().date()
                        await repository.add_daily_views(today, counts)
                        await repository.forget_daily_views_before(today - DAILY_VIEWS_KEPT)
            except Exception:
                for key, amount in counts.items():  # put them back for the next flush
                    await self.counters.add(counter, key, amount)
                raise
            changed += len(counts)
        return changed
