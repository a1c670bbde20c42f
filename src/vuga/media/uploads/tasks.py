"""The uploads' background job: abandoned, unused and long-used uploads are removed with their bytes."""

from __future__ import annotations

import logging
from typing import Annotated

from taskiq import Context, TaskiqDepends, async_shared_broker

from vuga.core.jobs.queue import resources_of
from vuga.core.storage import close_store, create_store
from vuga.media.uploads.service import Uploads

logger = logging.getLogger("vuga.media.uploads")
REMOVE_EXPIRED = "media.remove_expired_uploads"


@async_shared_broker.task(task_name=REMOVE_EXPIRED)
async def remove_expired_uploads(context: Annotated[Context, TaskiqDepends()]) -> int:
    """Remove uploads past their expiry (``VUGA_UPLOADS_EXPIRE_AFTER_S`` untouched, unused past
    ``..._COMPLETED_RETENTION_S``, used past ``..._CONSUMED_RETENTION_S``) and orphaned staging files."""
    resources = resources_of(context)
    store = create_store(resources.settings)
    try:
        removed = await Uploads(resources.database, store, resources.settings).remove_expired()
    finally:
        await close_store(store)
    if removed:
        logger.info("removed %d expired uploads", removed)
    return removed
