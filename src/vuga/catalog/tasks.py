"""The catalog's background jobs."""

from __future__ import annotations

from typing import Annotated

from taskiq import Context, TaskiqDepends, async_shared_broker

from vuga.catalog.counting import CounterFlusher
from vuga.core.jobs.queue import resources_of


@async_shared_broker.task(task_name="catalog.flush_counters")
async def flush_counters(context: Annotated[Context, TaskiqDepends()]) -> int:
    """Add the views, shares and downloads counted since the last flush to their titles and episodes."""
    resources = resources_of(context)
    return await CounterFlusher(resources.database, resources.counters).flush()
