"""The devices' background jobs."""

from __future__ import annotations

import logging
from typing import Annotated

from taskiq import Context, TaskiqDepends, async_shared_broker

from vuga.core.jobs.queue import resources_of
from vuga.devices.service import GrantCleanup

logger = logging.getLogger("vuga.devices")

DELETE_OLD_GRANTS = "devices.delete_old_grants"


@async_shared_broker.task(task_name=DELETE_OLD_GRANTS)
async def delete_old_grants(context: Annotated[Context, TaskiqDepends()]) -> int:
    """Delete TVs' sign-in grants a day after they expired (used, refused or never approved)."""
    async with resources_of(context).database.writer() as session, session.begin():
        deleted = await GrantCleanup(session).delete_old_grants()
    if deleted:
        logger.info("deleted %d old device sign-in grants", deleted)
    return deleted
