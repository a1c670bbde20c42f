"""A signed-in device's push address: one per device (its session), replaced when it subscribes again."""

from __future__ import annotations

import hashlib

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.core.clock import utcnow
from vuga.core.errors import InvalidInput, NotFound
from vuga.notifications.models import PushProvider, PushSubscription
from vuga.notifications.repository import PushSubscriptionsRepository
from vuga.notifications.schemas import PushSubscriptionIn, PushSubscriptionOut


def address_digest(address: str) -> str:
    return hashlib.sha256(address.encode()).hexdigest()


class PushSubscriptions:
    def __init__(self, session: AsyncSession) -> None:
        self.repository = PushSubscriptionsRepository(session)

    async def put(self, viewer: Viewer, data: PushSubscriptionIn) -> PushSubscriptionOut:
        if data.provider == PushProvider.WEB_PUSH.value:
            if data.endpoint is None or data.keys is None or data.token is not None:
                raise InvalidInput.field("endpoint", "a Web Push subscription has its endpoint and keys")
            address, p256dh, auth_secret = data.endpoint, data.keys.p256dh, data.keys.auth
        else:
            if data.token is None or data.endpoint is not None or data.keys is not None:
                raise InvalidInput.field("token", "an FCM subscription is its registration token alone")
            address, p256dh, auth_secret = data.token, None, None
        subscription = PushSubscription(
            account_id=viewer.account_id,
            session_id=viewer.session_id,
            provider=data.provider,
            address=address,
            address_digest=address_digest(address),
            p256dh=p256dh,
            auth_secret=auth_secret,
            created_at=utcnow(),
        )
        await self.repository.put(subscription)
        return PushSubscriptionOut(provider=subscription.provider, created_at=subscription.created_at)

    async def get(self, viewer: Viewer) -> PushSubscriptionOut:
        subscription = await self.repository.of_session(viewer.session_id)
        if subscription is None:
            raise NotFound("this device has no push subscription")
        return PushSubscriptionOut(provider=subscription.provider, created_at=subscription.created_at)

    async def delete(self, viewer: Viewer) -> None:
        if not await self.repository.remove_of_session(viewer.session_id):
            raise NotFound("this device has no push subscription")
