"""The media jobs' background work: a transcode per attached upload, the sweeper that requeues jobs whose
worker died or whose queueing was lost (the queue's own redelivery covers most, not a lost enqueue), and the
removal of replaced ladders. What a job makes stale is purged at the CDN too (queued ``cdn.purge`` jobs)."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Annotated, Any

from taskiq import Context, TaskiqDepends, async_shared_broker
from taskiq.kicker import AsyncKicker

from vuga.catalog.service.cache_tags import invalidating_everywhere
from vuga.core.cdn.requests import CdnPurges
from vuga.core.clock import utcnow
from vuga.core.jobs.middleware import attempt_of
from vuga.core.jobs.queue import jobs_of, resources_of
from vuga.core.security import load_or_create_secret
from vuga.core.storage import close_store, create_store
from vuga.media.delivery.keys import content_key_secret
from vuga.media.flows import TranscodeFlow
from vuga.media.maintenance import MARGIN, RetiredMedia
from vuga.media.repository import MediaRepository
from vuga.media.service import TRANSCODE_TASK

logger = logging.getLogger("vuga.media")
RESUME_STALLED = "media.resume_stalled"
REMOVE_RETIRED = "media.remove_retired"
# A job still queued after this long was never delivered (its enqueue failed after the commit).
LOST_AFTER = timedelta(minutes=5)


@async_shared_broker.task(task_name=TRANSCODE_TASK)
async def transcode_media(job_id: int, context: Annotated[Context, TaskiqDepends()]) -> str:
    """Probe, transcode and publish media job ``job_id``; the state it ended in."""
    resources = resources_of(context)
    last_attempt = attempt_of(context.message) >= resources.settings.jobs.max_attempts
    store = create_store(resources.settings)
    try:
        settings = resources.settings
        media_keys = content_key_secret(
            settings.delivery, load_or_create_secret(settings.auth, settings.var_dir)
        )
        invalidate = invalidating_everywhere(
            resources.cache.invalidate, CdnPurges.of(settings.cdn, jobs_of(context))
        )
        flow = TranscodeFlow(resources.database, settings, store, media_keys, invalidate)
        return (await flow.run(job_id, last_attempt=last_attempt)).value
    finally:
        await close_store(store)


@async_shared_broker.task(task_name=RESUME_STALLED)
async def resume_stalled(context: Annotated[Context, TaskiqDepends()]) -> int:
    """Queue again the media jobs nobody is running: lost before delivery, or their worker's lease lapsed."""
    resources = resources_of(context)
    now = utcnow()
    async with resources.database.reader() as session:
        stalled = await MediaRepository(session).stalled(now - LOST_AFTER, now, limit=100)
    kicker: AsyncKicker[Any, Any] = AsyncKicker(TRANSCODE_TASK, context.broker, {})
    for job_id in stalled:
        await kicker.kiq(job_id=job_id)
    if stalled:
        logger.info("requeued %d stalled media jobs", len(stalled))
    return len(stalled)


@async_shared_broker.task(task_name=REMOVE_RETIRED)
async def remove_retired_media(context: Annotated[Context, TaskiqDepends()]) -> int:
    """Remove the files and rows of ladders replaced long enough ago that no signed URL names them."""
    resources = resources_of(context)
    cutoff = utcnow() - timedelta(seconds=resources.settings.delivery.url_ttl_s) - MARGIN
    store = create_store(resources.settings)
    try:
        purges = CdnPurges.of(resources.settings.cdn, jobs_of(context))
        removed = await RetiredMedia(
            resources.database, store, purges, resources.settings.media.base_url
        ).remove(cutoff)
    finally:
        await close_store(store)
    if removed:
        logger.info("removed %d retired media assets", removed)
    return removed
