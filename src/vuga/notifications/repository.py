"""The notifications' SQL: who an audience reaches, a profile's live notifications, the state rows, the
counts editors see, and the push subscriptions a delivery sends to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, delete, func, not_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from vuga.accounts.models import Account, AuthSession, Profile
from vuga.catalog.models import Title
from vuga.core.db import insert_for
from vuga.livetv.models import Channel
from vuga.notifications.models import Audience, Notification, NotificationState, PushSubscription
from vuga.playback.models import WatchState

LinkedTitle = aliased(Title, name="linked_title")
LinkedChannel = aliased(Channel, name="linked_channel")


@dataclass(frozen=True, slots=True)
class Recipient:
    """The profile a list is read for: what its audiences and its ceiling are decided by."""

    profile_id: int
    account_id: int
    is_kids: bool
    ceiling_age: int


@dataclass(frozen=True, slots=True)
class Counts:
    shown: int
    dismissed: int


def _reaches(recipient: Recipient) -> ColumnElement[bool]:
    """Whether a notification's audience holds the profile, and its link is one the profile may open."""
    n = Notification
    watched = (
        select(WatchState.profile_id)
        .where(WatchState.profile_id == recipient.profile_id, WatchState.title_id == n.audience_title_id)
        .exists()
    )
    kind = Audience.KIDS if recipient.is_kids else Audience.NON_KIDS
    return and_(
        or_(
            n.audience.in_([Audience.EVERYONE.value, kind.value]),
            and_(n.audience == Audience.ACCOUNT.value, n.audience_account_id == recipient.account_id),
            and_(n.audience == Audience.WATCHED.value, watched),
        ),
        # A kids profile (any profile) never gets a link above its ceiling, nor to an unpublished title.
        or_(
            n.link_title_id.is_(None),
            and_(LinkedTitle.is_published, LinkedTitle.maturity_age <= recipient.ceiling_age),
        ),
        or_(
            n.link_channel_id.is_(None),
            and_(LinkedChannel.is_enabled, LinkedChannel.maturity_age <= recipient.ceiling_age),
        ),
    )


def _audience_of_profiles(notification: Notification, link_age: int) -> list[ColumnElement[bool]]:
    """The conditions on ``profiles`` that select the notification's audience (the ceiling included)."""
    conditions: list[ColumnElement[bool]] = []
    match notification.audience:
        case Audience.KIDS.value:
            conditions.append(Profile.is_kids.is_(True))
        case Audience.NON_KIDS.value:
            conditions.append(not_(Profile.is_kids))
        case Audience.ACCOUNT.value:
            conditions.append(Profile.account_id == notification.audience_account_id)
        case Audience.WATCHED.value:
            watchers = select(WatchState.profile_id).where(
                WatchState.title_id == notification.audience_title_id
            )
            conditions.append(Profile.id.in_(watchers))
    if link_age > 0:
        conditions.append(Profile.max_maturity_age >= link_age)
    return conditions


class NotificationsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # --- editors ---------------------------------------------------------------------------------------

    async def add(self, notification: Notification) -> None:
        self.session.add(notification)
        await self.session.flush()

    async def get(self, notification_id: int) -> Notification | None:
        return await self.session.get(Notification, notification_id)

    async def page(self, before_id: int | None, limit: int) -> Sequence[Notification]:
        query = select(Notification).order_by(Notification.id.desc()).limit(limit)
        if before_id is not None:
            query = query.where(Notification.id < before_id)
        return (await self.session.execute(query)).scalars().all()

    async def counts(self, notification_ids: Sequence[int]) -> dict[int, Counts]:
        """Shown and dismissed counts of these notifications, in one grouped read of their state rows."""
        if not notification_ids:
            return {}
        s = NotificationState
        query = (
            select(s.notification_id, func.count(s.shown_at), func.count(s.dismissed_at))
            .where(s.notification_id.in_(notification_ids))
            .group_by(s.notification_id)
        )
        rows = (await self.session.execute(query)).all()
        return {row[0]: Counts(shown=row[1], dismissed=row[2]) for row in rows}

    async def delete(self, notification_id: int) -> bool:
        query = delete(Notification).where(Notification.id == notification_id).returning(Notification.id)
        return (await self.session.execute(query)).scalar_one_or_none() is not None

    async def title_age(self, title_id: int) -> int | None:
        return await self.session.scalar(select(Title.maturity_age).where(Title.id == title_id))

    async def channel_age(self, channel_id: int) -> int | None:
        return await self.session.scalar(select(Channel.maturity_age).where(Channel.id == channel_id))

    async def account_exists(self, account_id: int) -> bool:
        return await self.session.scalar(select(Account.id).where(Account.id == account_id)) is not None

    # --- delivery --------------------------------------------------------------------------------------

    async def due(self, now: datetime, limit: int) -> Sequence[Notification]:
        """Notifications due and not yet delivered, locked so that two workers never deliver one twice."""
        query = (
            select(Notification)
            .where(Notification.delivered_at.is_(None), Notification.send_at <= now)
            .order_by(Notification.send_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return (await self.session.execute(query)).scalars().all()

    async def link_age(self, notification: Notification) -> int:
        if notification.link_title_id is not None:
            return await self.title_age(notification.link_title_id) or 0
        if notification.link_channel_id is not None:
            return await self.channel_age(notification.link_channel_id) or 0
        return 0

    async def audience_size(self, notification: Notification, link_age: int) -> int:
        query = (
            select(func.count()).select_from(Profile).where(*_audience_of_profiles(notification, link_age))
        )
        return int(await self.session.scalar(query) or 0)

    async def push_targets(
        self, notification: Notification, link_age: int, after_id: int, limit: int, now: datetime
    ) -> Sequence[PushSubscription]:
        """The next ``limit`` subscriptions (by id, after ``after_id``) of live sessions of the accounts that
        have a profile in the audience."""
        query = (
            select(PushSubscription)
            .join(AuthSession, AuthSession.id == PushSubscription.session_id)
            .where(
                PushSubscription.id > after_id,
                AuthSession.revoked_at.is_(None),
                AuthSession.expires_at > now,
            )
            .order_by(PushSubscription.id)
            .limit(limit)
        )
        conditions = _audience_of_profiles(notification, link_age)
        if conditions:  # everyone, with no ceiling to respect: every account, whatever its profiles
            in_audience = select(Profile.id).where(
                Profile.account_id == PushSubscription.account_id, *conditions
            )
            query = query.where(in_audience.exists())
        return (await self.session.execute(query)).scalars().all()

    async def mark_delivered(self, notification_id: int, now: datetime, audience_size: int) -> bool:
        """Claim the delivery: of two runs racing (SQLite has no SKIP LOCKED), only one pushes."""
        query = (
            update(Notification)
            .where(Notification.id == notification_id, Notification.delivered_at.is_(None))
            .values(delivered_at=now, delivered_count=audience_size)
            .returning(Notification.id)
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(query)).scalar_one_or_none() is not None

    async def count_pushed(self, notification_id: int, accepted: int) -> None:
        await self.session.execute(
            update(Notification)
            .where(Notification.id == notification_id)
            .values(pushed_count=Notification.pushed_count + accepted)
            .execution_options(synchronize_session=False)
        )

    # --- profiles --------------------------------------------------------------------------------------

    async def live_for(
        self, recipient: Recipient, now: datetime, after: tuple[datetime, int] | None, limit: int
    ) -> Sequence[tuple[Notification, datetime | None, str | None, str | None]]:
        """The profile's notifications to list: sent, not expired, in its audience, not dismissed, and not
        a popup already shown; the newest first, with when it was shown and the link's name."""
        s = NotificationState
        query = (
            self._reachable(recipient, now)
            .where(s.dismissed_at.is_(None), not_(and_(Notification.popup, s.shown_at.is_not(None))))
            .order_by(Notification.send_at.desc(), Notification.id.desc())
            .limit(limit)
        )
        if after is not None:
            send_at, notification_id = after
            query = query.where(
                or_(
                    Notification.send_at < send_at,
                    and_(Notification.send_at == send_at, Notification.id < notification_id),
                )
            )
        rows: Sequence[tuple[Notification, datetime | None, str | None, str | None]]
        rows = (await self.session.execute(query)).all()
        return rows

    async def reachable_id(self, recipient: Recipient, notification_id: int, now: datetime) -> bool:
        """Whether the profile may see this notification now (shown or dismissed already, or not)."""
        query = self._reachable(recipient, now).where(Notification.id == notification_id)
        return (await self.session.execute(query)).first() is not None

    def _reachable(self, recipient: Recipient, now: datetime):  # type: ignore[no-untyped-def]
        s = NotificationState
        return (
            select(Notification, s.shown_at, LinkedTitle.title, LinkedChannel.name)
            .outerjoin(LinkedTitle, LinkedTitle.id == Notification.link_title_id)
            .outerjoin(LinkedChannel, LinkedChannel.id == Notification.link_channel_id)
            .outerjoin(s, and_(s.notification_id == Notification.id, s.profile_id == recipient.profile_id))
            .where(Notification.send_at <= now, Notification.expires_at > now, _reaches(recipient))
        )

    async def mark(self, notification_id: int, profile_id: int, now: datetime, *, dismissed: bool) -> None:
        """Record that the profile showed (or dismissed, which shows too) the notification; the first time
        stays the time, so a repeated call changes nothing."""
        insert = insert_for(self.session, NotificationState)
        values = {"notification_id": notification_id, "profile_id": profile_id, "shown_at": now}
        changes = {"shown_at": func.coalesce(NotificationState.shown_at, insert.excluded.shown_at)}
        if dismissed:
            values["dismissed_at"] = now
            changes["dismissed_at"] = func.coalesce(
                NotificationState.dismissed_at, insert.excluded.dismissed_at
            )
        await self.session.execute(
            insert.values(values).on_conflict_do_update(
                index_elements=[NotificationState.notification_id, NotificationState.profile_id], set_=changes
            )
        )


class PushSubscriptionsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def put(self, subscription: PushSubscription) -> None:
        """The device's subscription, replacing its former one and any row holding the same address (the
        browser subscribed again after a new login)."""
        await self.session.execute(
            delete(PushSubscription).where(
                or_(
                    PushSubscription.session_id == subscription.session_id,
                    PushSubscription.address_digest == subscription.address_digest,
                )
            )
        )
        self.session.add(subscription)
        await self.session.flush()

    async def remove_of_session(self, session_id: int) -> bool:
        query = delete(PushSubscription).where(PushSubscription.session_id == session_id)
        return bool((await self.session.execute(query)).rowcount)  # type: ignore[attr-defined]

    async def of_session(self, session_id: int) -> PushSubscription | None:
        query = select(PushSubscription).where(PushSubscription.session_id == session_id)
        return (await self.session.execute(query)).scalar_one_or_none()

    async def get(self, subscription_id: int) -> PushSubscription | None:
        return await self.session.get(PushSubscription, subscription_id)

    async def remove(self, subscription_ids: Sequence[int]) -> None:
        if subscription_ids:
            await self.session.execute(
                delete(PushSubscription).where(PushSubscription.id.in_(subscription_ids))
            )
