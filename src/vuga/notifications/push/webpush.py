"""Web Push (RFC 8030): the message encrypted for the browser (RFC 8291, aes128gcm) and signed with the
server's VAPID key (RFC 8292), by pywebpush, over one aiohttp session per delivery job."""

from __future__ import annotations

import aiohttp
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from py_vapid import Vapid
from py_vapid.utils import b64urlencode
from pywebpush import WebPushException, webpush_async

from vuga.notifications.push.messages import PushFailed, PushGone, PushMessage, PushRefused, PushTarget

GONE = {404, 410}  # RFC 8030 §7.3: the subscription expired or was removed


def load_vapid(private_key: str) -> Vapid:
    """The key as ``vapid --gen`` writes it (PEM) or as most guides print it (base64url, raw or DER)."""
    key = private_key.strip()
    if "BEGIN" in key:
        return Vapid.from_pem(key.encode())
    return Vapid.from_string(private_key=key)


def public_key_of(vapid: Vapid) -> str:
    """The application server key a browser subscribes with (``PushManager.subscribe``): the uncompressed
    P-256 point, base64url without padding."""
    point = vapid.public_key.public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    encoded: str = b64urlencode(point)
    return encoded


class WebPush:
    def __init__(self, vapid: Vapid, subject: str, ttl_s: int, timeout_s: float) -> None:
        self.vapid = vapid
        self.subject = subject
        self.ttl_s = ttl_s
        self.timeout_s = timeout_s
        self._http: aiohttp.ClientSession | None = None

    async def send(self, target: PushTarget, message: PushMessage) -> None:
        if target.p256dh is None or target.auth_secret is None:
            raise PushRefused("a Web Push subscription without its keys")
        if self._http is None:
            self._http = aiohttp.ClientSession()
        subscription = {
            "endpoint": target.address,
            "keys": {"p256dh": target.p256dh, "auth": target.auth_secret},
        }
        try:
            await webpush_async(
                subscription_info=subscription,
                data=message.payload().decode(),
                vapid_private_key=self.vapid,
                # A new dict each time: pywebpush writes the endpoint's origin into it as the audience.
                vapid_claims={"sub": self.subject},
                ttl=self.ttl_s,
                timeout=self.timeout_s,
                aiohttp_session=self._http,
            )
        except WebPushException as exc:
            status = exc.status_code
            if status in GONE:
                raise PushGone(f"the push service answered {status}") from exc
            if status is None or status == 429 or status >= 500:
                raise PushFailed(f"the push service answered {status}") from exc
            raise PushRefused(f"the push service refused the message: {status}") from exc
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise PushFailed(f"the push service is unreachable: {exc!r}") from exc

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()
