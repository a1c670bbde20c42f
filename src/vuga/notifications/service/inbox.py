"""A profile's notifications: its list (the notification centre and the popups to show), shown, dismissed.

Nothing is written for a profile until it shows or dismisses a notification: the list is the live
notifications whose audience holds the profile, minus what its state rows rule out (docs/notifications.md).
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.accounts.service import ProfileService
from vuga.core.bounds import AwareDateTime, Id
from vuga.core.clock import utcnow
from vuga.core.errors import NotFound
from vuga.core.pagination import Page, decode_cursor, paginate, query_fingerprint
from vuga.notifications.repository import NotificationsRepository, Recipient
from vuga.notifications.schemas import ProfileNotification
from vuga.notifications.service.links import link_of


class Inbox:
    def __init__(self, session: AsyncSession, profiles: ProfileService) -> None:
        self.repository = NotificationsRepository(session)
        self.profiles = profiles

    async def _recipient(self, viewer: Viewer, profile_id: int) -> Recipient:
        profile = await self.profiles.owned(viewer, profile_id)  # another account's: 404; locked: 403
        return Recipient(profile.id, profile.account_id, profile.is_kids, profile.max_maturity_age)

    async def page(
        self, viewer: Viewer, profile_id: int, cursor: str | None, limit: int
    ) -> Page[ProfileNotification]:
        recipient = await self._recipient(viewer, profile_id)
        fingerprint = query_fingerprint(list="notifications", profile=profile_id)
        after = decode_cursor(cursor, fingerprint, tuple[AwareDateTime, Id]) if cursor else None
        rows = await self.repository.live_for(recipient, utcnow(), after, limit + 1)
        page, next_cursor = paginate(rows, limit, fingerprint, lambda row: (row[0].send_at, row[0].id))
        items = [
            ProfileNotification(
                id=notification.id,
                title=notification.title,
                body=notification.body,
                image_url=notification.image_url,
                link=link_of(notification, title_name or channel_name),
                popup=notification.popup,
                sent_at=notification.send_at,
                shown=shown_at is not None,
            )
            for notification, shown_at, title_name, channel_name in page
        ]
        return Page(items=items, next_cursor=next_cursor)

    async def mark(self, viewer: Viewer, profile_id: int, notification_id: int, *, dismissed: bool) -> None:
        """The profile showed (or dismissed) the notification; again is no change. One it cannot see
        (another audience's, expired, another account's profile) is a 404."""
        recipient = await self._recipient(viewer, profile_id)
        now = utcnow()
        if not await self.repository.reachable_id(recipient, notification_id, now):
            raise NotFound(f"profile {profile_id} has no notification {notification_id}")
        await self.repository.mark(notification_id, recipient.profile_id, now, dismissed=dismissed)
