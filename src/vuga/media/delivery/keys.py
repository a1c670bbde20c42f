"""Content keys: each asset's AES-128 key (HLS whole-segment encryption, or CENC/cbcs for DRM) and its key
id, derived from one secret and the asset key — nothing is stored, every API process computes the same key.

The transcoder is handed ``content_key(...)`` when it encrypts a ladder; viewers get it only from the key
endpoint (``…/assets/<asset_key>/key``) or the ClearKey licence, both behind a valid playback token. The
secret (``VUGA_DELIVERY_CONTENT_KEY_SECRET``) must outlive every asset encrypted with it: rotating it makes
published media undecryptable until it is transcoded again.
"""

from __future__ import annotations

import hashlib
import hmac

from vuga.media.delivery.signing import ASSET_KEY, CONTENT_KEY_LABEL, derive
from vuga.settings import DeliverySettings

KEY_BYTES = 16  # AES-128


def content_key_secret(settings: DeliverySettings, signing_key: bytes) -> bytes:
    """The configured content-key secret, or one derived from the app's signing key with its own label."""
    if settings.content_key_secret is not None:
        return settings.content_key_secret.get_secret_value().encode()
    return derive(signing_key, CONTENT_KEY_LABEL)


def _derived(secret: bytes, purpose: bytes, asset_key: str) -> bytes:
    if not ASSET_KEY.fullmatch(asset_key):
        raise ValueError(f"not an asset key: {asset_key[:80]!r}")
    return hmac.new(secret, purpose + b"|" + asset_key.encode(), hashlib.sha256).digest()[:KEY_BYTES]


def content_key(secret: bytes, asset_key: str) -> bytes:
    """The asset's 16-byte AES-128 key."""
    return _derived(secret, b"key", asset_key)


def content_key_id(secret: bytes, asset_key: str) -> bytes:
    """The asset's 16-byte key id (CENC ``KID``; ClearKey's ``kid``): public, but unguessable per asset."""
    return _derived(secret, b"kid", asset_key)
