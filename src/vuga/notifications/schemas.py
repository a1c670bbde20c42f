"""What the notifications API reads and writes: editors' notifications with their counts, a profile's
notifications, and a device's push subscription."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from vuga.core.bounds import AwareDateTime, FiniteFloat, Id
from vuga.core.openapi import body_example
from vuga.notifications.models import BODY_LENGTH, TITLE_LENGTH, URL_LENGTH

HttpUrl = Annotated[str, Meta(min_length=1, max_length=URL_LENGTH, pattern=r"^https?://[^\s\x00]+$")]
Heading = Annotated[str, Meta(min_length=1, max_length=TITLE_LENGTH, pattern="^[^\x00]*$")]
Body = Annotated[str, Meta(max_length=BODY_LENGTH, pattern="^[^\x00]*$")]
AudienceKind = Literal["everyone", "kids", "non_kids", "watched", "account"]
LinkKind = Literal["title", "channel"]


class Link(msgspec.Struct):
    """Where opening the notification leads: a title's page or a live channel."""

    kind: LinkKind
    id: int
    name: str | None = None  # the title's or channel's name, as the profile sees it


class AudienceOut(msgspec.Struct):
    kind: AudienceKind
    title_id: int | None = None  # watched: the profiles that watched this title
    account_id: int | None = None  # account: this account's profiles


@body_example(
    {"title": "New season", "body": "Season 2 is here.", "link_title_id": 12},
    {
        "title": "Tonight: the final, live",
        "body": "Kick-off at 20:00.",
        "image_url": "https://images.example.com/final.jpg",
        "link_channel_id": 3,
        "audience": "non_kids",
        "popup": True,
        "push": True,
        "send_at": "2026-12-24T18:00:00Z",
        "expires_at": "2026-12-25T00:00:00Z",
    },
    {"title": "You watched Ocean Deep", "link_title_id": 13, "audience": "watched", "audience_title_id": 12},
    {"title": "Your plan renews soon", "audience": "account", "audience_account_id": 42},
)
class NotificationCreate(msgspec.Struct, forbid_unknown_fields=True):
    """A notification to send: now, or at ``send_at``; listed until ``expires_at`` (default: 30 days after
    sending). ``audience`` ``watched`` takes ``audience_title_id``, ``account`` takes
    ``audience_account_id``. A ``popup`` is shown once per profile; ``push`` also sends it to the devices."""

    title: Heading
    body: Body = ""
    image_url: HttpUrl | None = None
    link_title_id: Id | None = None
    link_channel_id: Id | None = None
    audience: AudienceKind = "everyone"
    audience_title_id: Id | None = None
    audience_account_id: Id | None = None
    popup: bool = False
    push: bool = False
    send_at: AwareDateTime | None = None
    expires_at: AwareDateTime | None = None


class AdminNotification(msgspec.Struct):
    """A notification as editors see it. ``state``: ``scheduled`` (not yet sent), ``sent`` (listed by
    profiles; ``delivered`` is how many profiles the audience held when it was delivered), ``expired``.
    ``shown`` and ``dismissed`` count the profiles that did."""

    id: int
    title: str
    body: str
    image_url: str | None
    link: Link | None
    audience: AudienceOut
    popup: bool
    push: bool
    send_at: datetime
    expires_at: datetime
    state: Literal["scheduled", "sent", "expired"]
    delivered: int | None
    pushed: int
    shown: int
    dismissed: int
    created_at: datetime


class ProfileNotification(msgspec.Struct):
    """One of a profile's notifications. A ``popup`` is listed until it is shown once; any notification
    until it is dismissed. ``shown``: the profile has seen it (the centre shows it as read)."""

    id: int
    title: str
    body: str
    image_url: str | None
    link: Link | None
    popup: bool
    sent_at: datetime
    shown: bool


class WebPushKeys(msgspec.Struct, forbid_unknown_fields=True):
    p256dh: Annotated[str, Meta(min_length=80, max_length=100, pattern=r"^[A-Za-z0-9_-]+=*$")]
    auth: Annotated[str, Meta(min_length=16, max_length=30, pattern=r"^[A-Za-z0-9_-]+=*$")]


@body_example(
    {
        "provider": "webpush",
        "endpoint": "https://push.example.net/send/dGhpcyBpcyBhbiBleGFtcGxl",
        "keys": {
            "p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8Q"
            "cYP7DkM",
            "auth": "tBHItJI5svbpez7KI4CCXg",
        },
    },
    {"provider": "fcm", "token": "bk3RNwTe3H0:CI2k_HHwgIpoDKCIZvvDMExUdFQ3P1"},
)
class PushSubscriptionIn(msgspec.Struct, forbid_unknown_fields=True):
    """The calling device's push address: a browser's ``PushSubscription`` (``provider`` ``webpush``,
    its ``endpoint`` and ``keys``, as ``subscription.toJSON()`` gives them) or an app's FCM registration
    ``token`` (``provider`` ``fcm``). It replaces the device's former one."""

    provider: Literal["webpush", "fcm"]
    endpoint: HttpUrl | None = None
    keys: WebPushKeys | None = None
    token: Annotated[str, Meta(min_length=1, max_length=URL_LENGTH, pattern=r"^[^\s\x00]+$")] | None = None
    expirationTime: FiniteFloat | None = None  # noqa: N815 (toJSON()'s own name; not kept)


class PushSubscriptionOut(msgspec.Struct):
    provider: str
    created_at: datetime


class WebPushKey(msgspec.Struct):
    """The server's VAPID public key: ``applicationServerKey`` of ``PushManager.subscribe``; null while
    Web Push is not configured."""

    public_key: str | None
