"""The workers' part: delivering notifications when they are due, and pushing them to devices.

Delivering writes nothing per profile: it counts the audience (the ``delivered`` figure editors see) and
marks the notification delivered, so the whole fan-out to a million profiles is one count and one update.
Pushing goes through the audience's devices a batch at a time (``push_batch_size``), each batch its own job
queued by the one before, so batches run on as many workers as there are. A send that fails for now is
queued again as a job of its own (retried with backoff, a dead letter after its last attempt); an address
the provider says is gone is deleted.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.core.clock import utcnow
from vuga.notifications.models import Notification, PushSubscription
from vuga.notifications.push import Pushers, PushFailed, PushGone, PushMessage, PushRefused, PushTarget
from vuga.notifications.repository import NotificationsRepository, PushSubscriptionsRepository
from vuga.notifications.service.links import app_path
from vuga.settings import NotificationsSettings

logger = logging.getLogger("vuga.notifications")
DUE_PER_RUN = 50
SENDS_AT_ONCE = 50  # concurrent requests of one batch to the push services


def message_of(notification: Notification) -> PushMessage:
    return PushMessage(
        notification_id=notification.id,
        title=notification.title,
        body=notification.body,
        image_url=notification.image_url,
        link=app_path(notification),
    )


def target_of(subscription: PushSubscription) -> PushTarget:
    return PushTarget(subscription.id, subscription.address, subscription.p256dh, subscription.auth_secret)


@dataclass(slots=True)
class PushBatch:
    message: PushMessage
    targets: list[tuple[str, PushTarget]]  # (provider, target)
    next_after: int | None  # the id to continue after, when there may be more


@dataclass(slots=True)
class Sent:
    accepted: int = 0
    gone: list[int] = field(default_factory=list)
    retry: list[int] = field(default_factory=list)


async def send_one(pushers: Pushers, provider: str, target: PushTarget, message: PushMessage) -> None:
    """One send; ``PushFailed`` escapes (the caller retries), a provider not configured here is a refusal."""
    pusher = pushers.of(provider)
    if pusher is None:
        raise PushRefused(f"no {provider} provider is configured")
    await pusher.send(target, message)


async def send_all(pushers: Pushers, batch: PushBatch) -> Sent:
    sent = Sent()
    limit = asyncio.Semaphore(SENDS_AT_ONCE)

    async def send(provider: str, target: PushTarget) -> None:
        async with limit:
            try:
                await send_one(pushers, provider, target, batch.message)
            except PushGone:
                sent.gone.append(target.subscription_id)
            except PushFailed as exc:
                logger.info("push to subscription %d failed for now: %s", target.subscription_id, exc)
                sent.retry.append(target.subscription_id)
            except PushRefused as exc:
                logger.warning("push to subscription %d refused: %s", target.subscription_id, exc)
            else:
                sent.accepted += 1

    await asyncio.gather(*(send(provider, target) for provider, target in batch.targets))
    return sent


class Delivery:
    def __init__(self, session: AsyncSession, settings: NotificationsSettings) -> None:
        self.notifications = NotificationsRepository(session)
        self.subscriptions = PushSubscriptionsRepository(session)
        self.settings = settings

    async def deliver_due(self) -> list[int]:
        """Deliver the notifications due now; returns the ids of those to push."""
        now = utcnow()
        to_push = []
        for notification in await self.notifications.due(now, DUE_PER_RUN):
            link_age = await self.notifications.link_age(notification)
            audience = await self.notifications.audience_size(notification, link_age)
            claimed = await self.notifications.mark_delivered(notification.id, now, audience)
            if claimed and notification.push and notification.expires_at > now:
                to_push.append(notification.id)
        return to_push

    async def push_batch(self, notification_id: int, after_id: int) -> PushBatch | None:
        """The next batch of devices to push the notification to; None once withdrawn or expired."""
        now = utcnow()
        notification = await self.notifications.get(notification_id)
        if notification is None or notification.expires_at <= now:
            return None
        link_age = await self.notifications.link_age(notification)
        size = self.settings.push_batch_size
        rows = await self.notifications.push_targets(notification, link_age, after_id, size, now)
        return PushBatch(
            message=message_of(notification),
            targets=[(row.provider, target_of(row)) for row in rows],
            next_after=rows[-1].id if len(rows) == size else None,
        )

    async def push_one(self, notification_id: int, subscription_id: int) -> PushBatch | None:
        """One device's push, retried on its own; None when the notification or the address is gone."""
        notification = await self.notifications.get(notification_id)
        subscription = await self.subscriptions.get(subscription_id)
        if notification is None or subscription is None or notification.expires_at <= utcnow():
            return None
        return PushBatch(message_of(notification), [(subscription.provider, target_of(subscription))], None)

    async def record(self, notification_id: int, sent: Sent) -> None:
        await self.subscriptions.remove(sent.gone)
        if sent.accepted:
            await self.notifications.count_pushed(notification_id, sent.accepted)
