"""Notifications (one row per notification and audience, never one per profile), the per-profile state rows
written only when a profile shows or dismisses one, and the devices' push subscriptions.

docs/notifications.md explains why the audience is a record rather than a row per profile: sending to a
million profiles writes one row, and each profile's list is one indexed query whatever the audience's size.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, func, text
from sqlalchemy.orm import Mapped, mapped_column

from vuga.core.db import Base, UTCDateTime

TITLE_LENGTH = 100
BODY_LENGTH = 500
URL_LENGTH = 1000


class Audience(StrEnum):
    EVERYONE = "everyone"  # every profile
    KIDS = "kids"  # kids profiles
    NON_KIDS = "non_kids"  # every profile but kids profiles
    WATCHED = "watched"  # the profiles that watched ``audience_title_id`` (any of its episodes)
    ACCOUNT = "account"  # the profiles of ``audience_account_id``


class PushProvider(StrEnum):
    WEB_PUSH = "webpush"  # a browser's subscription (RFC 8030, encrypted per RFC 8291, VAPID RFC 8292)
    FCM = "fcm"  # an Android or iOS app's registration token (Firebase Cloud Messaging HTTP v1)


class Notification(Base):
    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(TITLE_LENGTH))
    body: Mapped[str] = mapped_column(String(BODY_LENGTH), default="", server_default="")
    image_url: Mapped[str | None] = mapped_column(String(URL_LENGTH))
    # What opening it leads to: a title, a live channel, or nothing. Deleting either deletes the notification.
    link_title_id: Mapped[int | None] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"))
    link_channel_id: Mapped[int | None] = mapped_column(ForeignKey("live_channels.id", ondelete="CASCADE"))
    audience: Mapped[str] = mapped_column(String(10))
    audience_title_id: Mapped[int | None] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"))
    audience_account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    popup: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    push: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    send_at: Mapped[datetime] = mapped_column(UTCDateTime)  # profiles list it from then on
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)  # and no longer from then
    # Set by the delivery job: when it ran, how many profiles the audience held then, pushes accepted.
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_count: Mapped[int | None] = mapped_column(Integer)
    pushed_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())

    __table_args__ = (
        CheckConstraint(
            "audience IN ('everyone', 'kids', 'non_kids', 'watched', 'account')", name="audience_valid"
        ),
        CheckConstraint("(audience = 'watched') = (audience_title_id IS NOT NULL)", name="watched_has_title"),
        CheckConstraint(
            "(audience = 'account') = (audience_account_id IS NOT NULL)", name="account_has_account"
        ),
        CheckConstraint("link_title_id IS NULL OR link_channel_id IS NULL", name="one_link"),
        CheckConstraint("expires_at > send_at", name="expires_after_sending"),
        # A profile's list reads the notifications live now: those sent, by their end.
        Index("ix_notifications_expires_at", "expires_at"),
        # The delivery job's pick: due and not yet delivered.
        Index(
            "ix_notifications_undelivered",
            "send_at",
            postgresql_where=text("delivered_at IS NULL"),
            sqlite_where=text("delivered_at IS NULL"),
        ),
        Index("ix_notifications_link_title_id", "link_title_id"),
        Index("ix_notifications_link_channel_id", "link_channel_id"),
        Index("ix_notifications_audience_title_id", "audience_title_id"),
        Index("ix_notifications_audience_account_id", "audience_account_id"),
        {"sqlite_autoincrement": True},
    )


class NotificationState(Base):
    """What one profile did with one notification; no row: not shown yet. A popup shown is not listed again;
    a dismissed notification is never listed again."""

    __tablename__ = "notification_states"

    notification_id: Mapped[int] = mapped_column(
        ForeignKey("notifications.id", ondelete="CASCADE"), primary_key=True
    )
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True)
    shown_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    dismissed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_notification_states_profile_id", "profile_id"),)


class PushSubscription(Base):
    """One signed-in device's push address: a Web Push subscription or an FCM registration token. It belongs
    to the device's session (``auth_sessions``): signing the device out ends it, and its pushes with it."""

    __tablename__ = "push_subscriptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    session_id: Mapped[int] = mapped_column(ForeignKey("auth_sessions.id", ondelete="CASCADE"), unique=True)
    provider: Mapped[str] = mapped_column(String(10))
    # The Web Push endpoint URL or the FCM token; unique through its digest (a URL too long for an index).
    address: Mapped[str] = mapped_column(String(URL_LENGTH))
    address_digest: Mapped[str] = mapped_column(String(64), unique=True)
    p256dh: Mapped[str | None] = mapped_column(String(200))  # Web Push: the browser's public key
    auth_secret: Mapped[str | None] = mapped_column(String(50))  # Web Push: its authentication secret
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())

    __table_args__ = (
        CheckConstraint("provider IN ('webpush', 'fcm')", name="provider_valid"),
        CheckConstraint("provider = 'fcm' OR (p256dh IS NOT NULL AND auth_secret IS NOT NULL)", name="keys"),
        Index("ix_push_subscriptions_account_id", "account_id"),
        {"sqlite_autoincrement": True},
    )
