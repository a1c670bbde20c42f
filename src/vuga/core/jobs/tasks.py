"""The job system's own upkeep."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from taskiq import Context, TaskiqDepends, async_shared_broker

from vuga.core.clock import utcnow
from vuga.core.jobs.queue import resources_of
from vuga.core.jobs.receipts import prune_receipts as delete_receipts_before


@async_shared_broker.task(task_name="jobs.prune_receipts")
async def prune_receipts(context: Annotated[Context, TaskiqDepends()]) -> int:
    """Delete receipts of jobs too old to be redelivered (``VUGA_JOBS_RECEIPT_RETENTION_DAYS``)."""
    resources = resources_of(context)
    cutoff = utcnow() - timedelta(days=resources.settings.jobs.receipt_retention_days)
    async with resources.database.writer() as session, session.begin():
        return await delete_receipts_before(session, cutoff)
