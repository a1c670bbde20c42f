"""The accounts' background jobs."""

from __future__ import annotations

import logging
from typing import Annotated

from taskiq import Context, TaskiqDepends, async_shared_broker

from vuga.accounts.service import SessionCleanup
from vuga.core.jobs.queue import resources_of

logger = logging.getLogger("vuga.accounts")


@async_shared_broker.task(task_name="accounts.delete_ended_sessions")
async def delete_ended_sessions(context: Annotated[Context, TaskiqDepends()]) -> int:
    """Delete expired and revoked logins (and their refresh tokens) past their grace period."""
    async with resources_of(context).database.writer() as session, session.begin():
        deleted = await SessionCleanup(session).delete_ended_sessions()
    if deleted:  # a scheduled run: quiet when there was nothing to delete (vuga.core.jobs.middleware)
        logger.info("deleted %d ended login sessions", deleted)
    return deleted
