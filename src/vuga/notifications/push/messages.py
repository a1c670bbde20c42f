"""What a provider sends (``PushMessage``) to where (``PushTarget``), and how a send can fail."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import msgspec


class PushGone(Exception):
    """The provider says the address is no more: delete the subscription."""


class PushFailed(Exception):
    """A failure worth retrying later."""


class PushRefused(Exception):
    """The provider refused the message itself: retrying would fail again."""


@dataclass(frozen=True, slots=True)
class PushTarget:
    subscription_id: int
    address: str  # the Web Push endpoint URL, or the FCM registration token
    p256dh: str | None = None  # Web Push only: the browser's P-256 public key (base64url)
    auth_secret: str | None = None  # Web Push only: its 16-byte authentication secret (base64url)


class PushMessage(msgspec.Struct, frozen=True):
    """The notification as a device shows it; ``link`` is the app's path to open (``/titles/12``)."""

    notification_id: int
    title: str
    body: str
    image_url: str | None = None
    link: str | None = None

    def payload(self) -> bytes:
        return msgspec.json.encode(self)


class Pusher(Protocol):
    async def send(self, target: PushTarget, message: PushMessage) -> None:
        """Deliver ``message`` to ``target``, or raise ``PushGone``, ``PushFailed`` or ``PushRefused``."""
        ...

    async def close(self) -> None: ...
