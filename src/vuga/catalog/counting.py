"""Views, shares and downloads reach the catalog in batches.

Requests bump counters in Redis (or memory); the ``catalog.flush_counters`` job takes what gathered as a
batch and adds it to the titles and episodes, one statement per counter. Each batch is applied in one
transaction together with its receipt, and only then removed from Redis:

- a flush that dies before its commit leaves the batch in Redis, and the next flush applies it;
- a flush that dies after its commit but before removing the batch finds the receipt next time and only
  removes it.

So with Redis no count is lost or added twice, whatever dies when. In the embedded mode the counts live in
the API process until flushed: a killed process loses at most one flush interval of counts (a clean
shutdown flushes once more).
"""

from __future__ import annotations

import logging

from vuga.catalog.repository import COUNTED_COLUMNS, CatalogRepository
from vuga.core.counters import Counters
from vuga.core.db import Database
from vuga.core.jobs.receipts import first_time

logger = logging.getLogger("vuga.counters")


class CounterFlusher:
    def __init__(self, database: Database, counters: Counters) -> None:
        self.database = database
        self.counters = counters

    async def flush(self) -> int:
        """Write every pending count; return how many rows changed."""
        changed = 0
        for counter in COUNTED_COLUMNS:
            for batch in await self.counters.take_batches(counter):
                async with self.database.writer() as session, session.begin():
                    if await first_time(session, f"counters:{batch.id}"):
                        await CatalogRepository(session).add_counts(counter, batch.counts)
                        changed += len(batch.counts)
                    else:
                        logger.info("counter batch %s was applied before; removing it", batch.id)
                await self.counters.finish(batch)
        return changed
