"""Editors compose notifications (a link, an audience, a schedule) and see how they did."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.core.bounds import Id, in_utc
from vuga.core.clock import utcnow
from vuga.core.errors import InvalidInput, NotFound
from vuga.core.pagination import Page, decode_cursor, paginate, query_fingerprint
from vuga.notifications.models import Audience, Notification
from vuga.notifications.repository import Counts, NotificationsRepository
from vuga.notifications.schemas import AdminNotification, NotificationCreate
from vuga.notifications.service.links import audience_of, link_of
from vuga.settings import NotificationsSettings

NO_COUNTS = Counts(shown=0, dismissed=0)


def _moment(field: str, value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if (utc := in_utc(value)) is None:
        raise InvalidInput.field(field, "has no UTC instant")
    return utc


class NotificationEditor:
    def __init__(self, session: AsyncSession, settings: NotificationsSettings) -> None:
        self.repository = NotificationsRepository(session)
        self.settings = settings

    async def _check_targets(self, data: NotificationCreate) -> None:
        if data.link_title_id is not None and data.link_channel_id is not None:
            raise InvalidInput.field(
                "link_channel_id", "a notification links to a title or a channel, not both"
            )
        if data.link_title_id is not None and await self.repository.title_age(data.link_title_id) is None:
            raise InvalidInput.field("link_title_id", f"title {data.link_title_id} does not exist")
        if (
            data.link_channel_id is not None
            and await self.repository.channel_age(data.link_channel_id) is None
        ):
            raise InvalidInput.field("link_channel_id", f"channel {data.link_channel_id} does not exist")
        watched = data.audience == Audience.WATCHED.value
        account = data.audience == Audience.ACCOUNT.value
        if watched != (data.audience_title_id is not None):
            raise InvalidInput.field(
                "audience_title_id", "is given with the audience 'watched', and only then"
            )
        if account != (data.audience_account_id is not None):
            raise InvalidInput.field(
                "audience_account_id", "is given with the audience 'account', and only then"
            )
        if (
            data.audience_title_id is not None
            and await self.repository.title_age(data.audience_title_id) is None
        ):
            raise InvalidInput.field("audience_title_id", f"title {data.audience_title_id} does not exist")
        if data.audience_account_id is not None and not await self.repository.account_exists(
            data.audience_account_id
        ):
            raise InvalidInput.field(
                "audience_account_id", f"account {data.audience_account_id} does not exist"
            )

    async def create(self, editor: Viewer, data: NotificationCreate) -> AdminNotification:
        await self._check_targets(data)
        now = utcnow()
        send_at = max(_moment("send_at", data.send_at) or now, now)
        expires_at = _moment("expires_at", data.expires_at) or send_at + timedelta(
            days=self.settings.lifetime_days
        )
        if expires_at <= send_at:
            raise InvalidInput.field("expires_at", "must be after send_at (and after now)")
        notification = Notification(
            title=data.title,
            body=data.body,
            image_url=data.image_url,
            link_title_id=data.link_title_id,
            link_channel_id=data.link_channel_id,
            audience=data.audience,
            audience_title_id=data.audience_title_id,
            audience_account_id=data.audience_account_id,
            popup=data.popup,
            push=data.push,
            send_at=send_at,
            expires_at=expires_at,
            created_by=editor.account_id,
            created_at=now,
        )
        await self.repository.add(notification)
        return self._out(notification, NO_COUNTS, now)

    async def page(self, cursor: str | None, limit: int) -> Page[AdminNotification]:
        """Every notification, the newest first, with its counts (one grouped read for the page)."""
        fingerprint = query_fingerprint(list="admin-notifications")
        before = decode_cursor(cursor, fingerprint, tuple[Id])[0] if cursor else None
        rows = await self.repository.page(before, limit + 1)
        page, next_cursor = paginate(rows, limit, fingerprint, lambda row: (row.id,))
        counts = await self.repository.counts([row.id for row in page])
        now = utcnow()
        items = [self._out(row, counts.get(row.id, NO_COUNTS), now) for row in page]
        return Page(items=items, next_cursor=next_cursor)

    async def get(self, notification_id: int) -> AdminNotification:
        notification = await self.repository.get(notification_id)
        if notification is None:
            raise NotFound(f"notification {notification_id} does not exist")
        counts = await self.repository.counts([notification_id])
        return self._out(notification, counts.get(notification_id, NO_COUNTS), utcnow())

    async def delete(self, notification_id: int) -> None:
        """Withdraw a notification: scheduled, it is never sent; sent, profiles no longer list it."""
        if not await self.repository.delete(notification_id):
            raise NotFound(f"notification {notification_id} does not exist")

    @staticmethod
    def _out(notification: Notification, counts: Counts, now: datetime) -> AdminNotification:
        state: Literal["scheduled", "sent", "expired"] = (
            "scheduled"
            if notification.send_at > now
            else "expired"
            if notification.expires_at <= now
            else "sent"
        )
        return AdminNotification(
            id=notification.id,
            title=notification.title,
            body=notification.body,
            image_url=notification.image_url,
            link=link_of(notification),
            audience=audience_of(notification),
            popup=notification.popup,
            push=notification.push,
            send_at=notification.send_at,
            expires_at=notification.expires_at,
            state=state,
            delivered=notification.delivered_count,
            pushed=notification.pushed_count,
            shown=counts.shown,
            dismissed=counts.dismissed,
            created_at=notification.created_at,
        )
