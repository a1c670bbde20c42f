"""Playback's background jobs: the watch history's partitions and the most viewed titles."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from taskiq import Context, TaskiqDepends, async_shared_broker

from vuga.catalog.service.cache_tags import invalidating_everywhere
from vuga.core.cdn.requests import CdnPurges
from vuga.core.jobs.queue import jobs_of, resources_of
from vuga.playback.maintenance import PartitionMaintenance
from vuga.playback.service import ViewingStats


@async_shared_broker.task(task_name="playback.maintain_partitions")
async def maintain_partitions(context: Annotated[Context, TaskiqDepends()]) -> dict[str, list[str]]:
    """Create the watch history's partitions for the months ahead; drop those past retention."""
    resources = resources_of(context)
    created, dropped = await PartitionMaintenance(resources.database, resources.settings.playback).run_once()
    return {"created": created, "dropped": dropped}


@async_shared_broker.task(task_name="playback.recompute_most_viewed")
async def recompute_most_viewed(context: Annotated[Context, TaskiqDepends()]) -> list[int]:
    """Rank the titles by views over the last days (``VUGA_JOBS_TOP10_WINDOW_DAYS``) and keep the top 10."""
    resources = resources_of(context)
    async with resources.database.writer() as session, session.begin():
        window = timedelta(days=resources.settings.jobs.top10_window_days)
        stats = ViewingStats(session)
        most_viewed = await stats.recompute_most_viewed(window)
    if stats.stale:  # committed: the cached home pages, here and at the CDN, show the new top 10 from now on
        purges = CdnPurges.of(resources.settings.cdn, jobs_of(context))
        await invalidating_everywhere(resources.cache.invalidate, purges)(sorted(stats.stale))
    return most_viewed
