"""The CDN purge as a background job: retried with backoff by the job middleware when the CDN refuses or
cannot be reached (``PurgeFailed``), a dead letter after its last attempt (``vuga jobs list-dead``)."""

from __future__ import annotations

from typing import Annotated

from taskiq import Context, TaskiqDepends, async_shared_broker

from vuga.core.cdn.purge import Purge, create_purger
from vuga.core.cdn.requests import PURGE_TASK
from vuga.core.jobs.queue import resources_of


@async_shared_broker.task(task_name=PURGE_TASK)
async def purge_cdn(
    context: Annotated[Context, TaskiqDepends()], keys: list[str], paths: list[str]
) -> dict[str, int]:
    """Ask the configured CDN to drop the responses carrying ``keys`` and those at ``paths``."""
    purger = create_purger(resources_of(context).settings.cdn)
    if purger is None:  # the CDN was turned off since the job was queued
        return {}
    try:
        await purger.purge(Purge.of(keys, paths))
    finally:
        await purger.close()
    return {"keys": len(keys), "paths": len(paths)}
