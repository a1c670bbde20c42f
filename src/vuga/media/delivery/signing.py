"""Signed playback URLs: a token in the URL's path that opens one asset's files to one viewer for a while.

``/media/s/<token>/assets/<asset_key>/master.m3u8`` — every URI inside the playlists is relative, so each
playlist, segment, subtitle and key request made from it carries the same token without any rewriting. The
token signs, with HMAC-SHA256, the path prefix ``assets/<asset_key>/``, an expiry, the viewer's session and
the highest rendition the viewer may play; it is five dot-separated fields, all URL-safe::

    <expires>.<max_height>.<session>.<key_id>.<signature>
    1767225600.720.s42.3f9a0c1d.Zr8...(43 characters: the digest in unpadded base64url)

``signature = base64url(HMAC-SHA256(secret, message))`` over the message
``assets/<asset_key>/|<expires>|<max_height>|<session>|<key_id>``, which an edge server builds from the URL
alone (``docs/media-delivery.md`` has the nginx and CDN recipes). ``max_height`` 0 means no ceiling.
``key_id`` names the secret, so that secrets can rotate: previous ones still verify the URLs they signed
until those expire.

Verification tells a forged or altered URL (``TamperedUrl``, 403) from an honest one that has expired
(``ExpiredUrl``, 410): the signature is checked first, so an edited expiry is a forgery, not an expiry.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from vuga.settings import DeliverySettings

# Domain separation: the delivery secrets derived from the signing key cannot sign anything else, and
# knowing one of them reveals neither the signing key nor the other.
SIGNING_LABEL = b"vuga.media.delivery.url-signing.v1"
CONTENT_KEY_LABEL = b"vuga.media.delivery.content-keys.v1"
KEY_ID_LABEL = b"vuga.media.delivery.key-id"

ASSET_KEY = re.compile(r"[A-Za-z0-9_-]{1,64}")
SESSION = re.compile(r"[A-Za-z0-9_-]{1,64}")
_TOKEN = re.compile(r"([0-9]{1,12})\.([0-9]{1,5})\.([A-Za-z0-9_-]{1,64})\.([0-9a-f]{8})\.([A-Za-z0-9_-]{43})")
MAX_TOKEN_LENGTH = 160
MAX_HEIGHT = 99_999


class InvalidUrl(Exception):
    """A signed URL that does not open what it names."""


class TamperedUrl(InvalidUrl):
    """Malformed, signed with an unknown secret, or altered: answered 403."""


class ExpiredUrl(InvalidUrl):
    """Honestly signed, but past its expiry: answered 410 (the player asks the API for a new one)."""


@dataclass(frozen=True, slots=True)
class SignedPath:
    """What a verified token opens: the files under ``prefix`` (``assets/<asset_key>/``), until
    ``expires_at`` (Unix seconds), for ``session``, up to renditions ``max_height`` high (0: any)."""

    asset_key: str
    expires_at: int
    session: str
    max_height: int

    @property
    def prefix(self) -> str:
        return asset_prefix(self.asset_key)

    def allows_height(self, height: int) -> bool:
        return self.max_height == 0 or height <= self.max_height


def asset_prefix(asset_key: str) -> str:
    return f"assets/{asset_key}/"


def derive(base: bytes, label: bytes) -> bytes:
    """A secret of its own for one use, from ``base`` (HMAC-SHA256 with the use's label as the key's
    context, the extract-free form of HKDF's expand step for a key that is already uniformly random)."""
    return hmac.new(base, label, hashlib.sha256).digest()


def key_id(secret: bytes) -> str:
    return hmac.new(secret, KEY_ID_LABEL, hashlib.sha256).hexdigest()[:8]


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


class UrlSigner:
    """Mints and verifies path tokens with ``secret``; tokens of ``previous`` secrets still verify."""

    def __init__(
        self,
        secret: bytes,
        previous: Sequence[bytes] = (),
        *,
        ttl_s: int = 6 * 3600,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._secret = secret
        self._key_id = key_id(secret)
        self._secrets = {key_id(old): old for old in previous} | {self._key_id: secret}
        self.ttl_s = ttl_s
        self._clock = clock

    @classmethod
    def from_settings(
        cls, settings: DeliverySettings, signing_key: bytes, previous_signing_keys: Sequence[bytes] = ()
    ) -> UrlSigner:
        """The signer of the configured delivery secret, or of one derived from the app's signing key (and
        the previous signing keys, whose derived secrets keep verifying during their rotation)."""
        if settings.secret is not None:
            secret = settings.secret.get_secret_value().encode()
            previous = [old.get_secret_value().encode() for old in settings.previous_secrets]
        else:
            secret = derive(signing_key, SIGNING_LABEL)
            previous = [derive(old, SIGNING_LABEL) for old in previous_signing_keys]
            previous += [old.get_secret_value().encode() for old in settings.previous_secrets]
        return cls(secret, previous, ttl_s=settings.url_ttl_s)

    def sign(
        self, asset_key: str, session: str, *, max_height: int = 0, expires_at: int | None = None
    ) -> str:
        """The token opening ``assets/<asset_key>/`` to ``session``, for ``ttl_s`` unless ``expires_at``."""
        if not ASSET_KEY.fullmatch(asset_key):
            raise ValueError(f"not an asset key: {asset_key[:80]!r}")
        if not SESSION.fullmatch(session):
            raise ValueError("a session id is 1-64 characters of A-Z, a-z, 0-9, _ and -")
        if not 0 <= max_height <= MAX_HEIGHT:
            raise ValueError(f"max_height out of range: {max_height}")
        expires = int(self._clock()) + self.ttl_s if expires_at is None else expires_at
        fields = f"{expires}|{max_height}|{session}|{self._key_id}"
        signature = _signature(self._secret, asset_prefix(asset_key), fields)
        return f"{expires}.{max_height}.{session}.{self._key_id}.{signature}"

    def path(self, token: str, asset_key: str, file: str = "master.m3u8") -> str:
        """The URL path (below the media base URL) of ``file`` of the asset, opened by ``token``."""
        return f"s/{token}/{asset_prefix(asset_key)}{file}"

    def verify(self, token: str, asset_key: str) -> SignedPath:
        """What ``token`` opens, if it signs ``assets/<asset_key>/`` and has not expired.

        Raises ``TamperedUrl`` (403) or ``ExpiredUrl`` (410)."""
        match = _TOKEN.fullmatch(token) if len(token) <= MAX_TOKEN_LENGTH else None
        if match is None or not ASSET_KEY.fullmatch(asset_key):
            raise TamperedUrl("not a playback token")
        expires_text, height_text, session, kid, signature = match.groups()
        secret = self._secrets.get(kid)
        if secret is None:
            raise TamperedUrl("signed with a secret this server does not know")
        # The fields as the URL spells them: an edge server builds the same message from the same text.
        fields = f"{expires_text}|{height_text}|{session}|{kid}"
        if not hmac.compare_digest(_signature(secret, asset_prefix(asset_key), fields), signature):
            raise TamperedUrl("the signature does not match")
        expires = int(expires_text)
        if expires <= self._clock():
            raise ExpiredUrl("the playback URL has expired")
        return SignedPath(asset_key, expires, session, int(height_text))


def _signature(secret: bytes, prefix: str, fields: str) -> str:
    return _b64(hmac.new(secret, f"{prefix}|{fields}".encode(), hashlib.sha256).digest())
