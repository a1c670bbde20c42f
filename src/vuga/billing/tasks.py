"""Billing's background jobs."""

from __future__ import annotations

import logging
from typing import Annotated

from taskiq import Context, TaskiqDepends, async_shared_broker

from vuga.billing.service import PeriodExpiry
from vuga.core.jobs.queue import resources_of

logger = logging.getLogger("vuga.billing")

EXPIRE_ENDED_PERIODS = "billing.expire_ended_periods"


@async_shared_broker.task(task_name=EXPIRE_ENDED_PERIODS)
async def expire_ended_periods(context: Annotated[Context, TaskiqDepends()]) -> int:
    """Expire subscriptions whose period ended (a provider's after its grace), a ledger entry each."""
    resources = resources_of(context)
    async with resources.database.writer() as session, session.begin():
        expired = await PeriodExpiry(session, resources.settings.billing.past_due_grace_s).expire_ended()
    if expired:
        logger.info("expired %d subscriptions whose period ended", expired)
    return expired
