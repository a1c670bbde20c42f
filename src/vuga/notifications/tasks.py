"""The notifications' background jobs: delivering what is due (periodic), pushing a batch of devices, and
retrying one device's push."""

from __future__ import annotations

import logging
from typing import Annotated

from taskiq import Context, TaskiqDepends, async_shared_broker

from vuga.core.jobs.queue import jobs_of, resources_of
from vuga.notifications.push import Pushers, PushFailed, PushGone, PushRefused, push_configured
from vuga.notifications.service import Delivery
from vuga.notifications.service.delivery import Sent, send_all, send_one

logger = logging.getLogger("vuga.notifications")

DELIVER_DUE = "notifications.deliver_due"
PUSH_BATCH = "notifications.push_batch"
PUSH_ONE = "notifications.push_one"


@async_shared_broker.task(task_name=DELIVER_DUE)
async def deliver_due(context: Annotated[Context, TaskiqDepends()]) -> int:
    """Deliver the notifications whose time has come, and queue their pushes."""
    resources = resources_of(context)
    async with resources.database.writer() as session, session.begin():
        to_push = await Delivery(session, resources.settings.notifications).deliver_due()
    if to_push and push_configured(resources.settings.notifications):
        for notification_id in to_push:
            await jobs_of(context).enqueue(PUSH_BATCH, notification_id=notification_id, after_id=0)
    return len(to_push)


@async_shared_broker.task(task_name=PUSH_BATCH)
async def push_batch(
    context: Annotated[Context, TaskiqDepends()], notification_id: int, after_id: int
) -> int:
    """Push to the next batch of the audience's devices; the next batch is queued before this one sends."""
    resources = resources_of(context)
    settings = resources.settings.notifications
    async with resources.database.reader() as session:
        batch = await Delivery(session, settings).push_batch(notification_id, after_id)
    if batch is None:
        return 0
    jobs = jobs_of(context)
    if batch.next_after is not None:
        await jobs.enqueue(PUSH_BATCH, notification_id=notification_id, after_id=batch.next_after)
    pushers = Pushers(settings)
    try:
        sent = await send_all(pushers, batch)
    finally:
        await pushers.close()
    async with resources.database.writer() as session, session.begin():
        await Delivery(session, settings).record(notification_id, sent)
    for subscription_id in sent.retry:
        await jobs.enqueue(PUSH_ONE, notification_id=notification_id, subscription_id=subscription_id)
    if sent.gone:
        logger.info("removed %d push subscriptions their provider says are gone", len(sent.gone))
    return sent.accepted


@async_shared_broker.task(task_name=PUSH_ONE)
async def push_one(
    context: Annotated[Context, TaskiqDepends()], notification_id: int, subscription_id: int
) -> int:
    """One device's push again; failing for now raises, so the queue retries it and then keeps it dead."""
    resources = resources_of(context)
    settings = resources.settings.notifications
    async with resources.database.reader() as session:
        batch = await Delivery(session, settings).push_one(notification_id, subscription_id)
    if batch is None:
        return 0
    [(provider, target)] = batch.targets
    sent = Sent()
    pushers = Pushers(settings)
    try:
        await send_one(pushers, provider, target, batch.message)
        sent.accepted = 1
    except PushGone:
        sent.gone.append(subscription_id)
    except PushFailed:
        raise  # the job queue's retries with backoff, then the dead letter
    except PushRefused as exc:
        logger.warning("push to subscription %d refused: %s", subscription_id, exc)
    finally:
        await pushers.close()
    async with resources.database.writer() as session, session.begin():
        await Delivery(session, settings).record(notification_id, sent)
    return sent.accepted
