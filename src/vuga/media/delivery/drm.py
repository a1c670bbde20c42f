"""DRM: which key systems a viewer's player may use for an asset, and where it gets its licence.

    DrmProvider.systems(asset, viewer) -> [DrmSystem(key_system, licence_url, ...)]

A ladder encrypted with Common Encryption (CENC ``cenc`` or ``cbcs``, ISO/IEC 23001-7) uses one content key
per asset — the same derived key as AES-128 HLS (``keys.content_key``), with ``keys.content_key_id`` as its
KID — so the transcoder needs no key server. Each provider answers, for the playback endpoint, the key
systems it licenses; the player (hls.js / Shaka ``drmSystems``, AVPlayer) asks the licence URL for keys.

``ClearKeyProvider`` (implemented, W3C Encrypted Media Extensions' ``org.w3.clearkey``, which Chromium and
Firefox play without any licence server): its licence URL is ``…/s/<token>/assets/<asset_key>/clearkey``,
below the same signed prefix as the segments, so the key goes only to a viewer holding a valid token.
ClearKey protects nothing from the viewer's own browser (the key is plain JSON): it is the test vehicle of
the interface and a deterrent against hot-linking, not studio-grade protection.

Widevine and FairPlay (the shape of their adapters; not implemented here: their licence servers are
external services, a licence-as-a-service vendor or the studio's own):

- ``WidevineProvider(licence_proxy_url, signer)``: ``systems`` returns ``DrmSystem("com.widevine.alpha",
  licence_url=<vendor URL>, headers={"Authorization": <a short-lived per-viewer token>})`` — the vendor
  checks the token (an entitlement message naming the session, the KID and the plan's output rules: HDCP,
  maximum resolution) before it wraps the key, which it fetches from (or is given by) our key derivation.
- ``FairPlayProvider(key_server_url, certificate_url)``: ``DrmSystem("com.apple.fps", licence_url=<KSM URL>,
  certificate_url=<the FPS application certificate>)``; the KSM answers the SPC with a CKC holding the
  asset's content key; FairPlay needs ``cbcs`` (and ``skd://<kid>`` key URIs in the media playlists).
- PlayReady the same way (``com.microsoft.playready``, a licence acquisition URL).
Each is one class implementing ``DrmProvider``; the playback endpoint lists every configured provider's
systems and the player picks the first its platform supports.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

import msgspec

from vuga.media.delivery.keys import content_key, content_key_id

MAX_LICENCE_REQUEST_BYTES = 4096
MAX_KIDS = 16
SESSION_TYPES = frozenset({"temporary", "persistent-license"})


class KeySystem(StrEnum):
    CLEARKEY = "org.w3.clearkey"
    WIDEVINE = "com.widevine.alpha"
    FAIRPLAY = "com.apple.fps"
    PLAYREADY = "com.microsoft.playready"


@dataclass(frozen=True, slots=True)
class DrmSystem:
    """One key system a player may use: where it asks for a licence, with what."""

    key_system: str
    licence_url: str
    certificate_url: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ProtectedAsset:
    """An asset as DRM sees it: its key, its key id (the CENC KID), and its encryption scheme."""

    asset_key: str
    key_id: bytes
    scheme: str = "cenc"  # or "cbcs" (FairPlay, and CMAF shared between HLS and DASH)


@dataclass(frozen=True, slots=True)
class DrmViewer:
    """The viewer asking: its session and the signed media path prefix its token opens
    (``<media base>/s/<token>/assets/<asset_key>/``)."""

    session: str
    signed_prefix: str


class DrmProvider(Protocol):
    name: str

    def systems(self, asset: ProtectedAsset, viewer: DrmViewer) -> list[DrmSystem]: ...


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _from_b64url(text: str) -> bytes | None:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except ValueError:
        return None


class ClearKeyRequest(msgspec.Struct, forbid_unknown_fields=False):
    """The W3C ClearKey licence request (EME, "Clear Key" §9.1.3): the key ids the player needs."""

    kids: list[str]
    type: str = "temporary"


class ClearKeyKey(msgspec.Struct):
    kty: str
    kid: str
    k: str


class ClearKeyLicence(msgspec.Struct):
    keys: list[ClearKeyKey]
    type: str = "temporary"


class LicenceRefused(ValueError):
    """A licence request that is not one, or that asks for keys this asset does not have."""


class ClearKeyProvider:
    name = "clearkey"

    def __init__(self, content_key_secret: bytes) -> None:
        self._secret = content_key_secret

    def asset(self, asset_key: str) -> ProtectedAsset:
        return ProtectedAsset(asset_key, content_key_id(self._secret, asset_key))

    def systems(self, asset: ProtectedAsset, viewer: DrmViewer) -> list[DrmSystem]:
        return [DrmSystem(KeySystem.CLEARKEY.value, f"{viewer.signed_prefix}clearkey")]

    def licence(self, asset_key: str, request_body: bytes) -> bytes:
        """The JSON licence answering ``request_body`` for the asset (the caller checked the token).

        Raises ``LicenceRefused`` for a body that is not a licence request, or one naming no key of it."""
        if len(request_body) > MAX_LICENCE_REQUEST_BYTES:
            raise LicenceRefused("the licence request is too large")
        try:
            request = msgspec.json.decode(request_body, type=ClearKeyRequest)
        except msgspec.DecodeError as exc:
            raise LicenceRefused(f"not a ClearKey licence request: {exc}") from exc
        if not request.kids or len(request.kids) > MAX_KIDS:
            raise LicenceRefused(f"a licence request names 1 to {MAX_KIDS} key ids")
        kid = content_key_id(self._secret, asset_key)
        if not any(_from_b64url(requested) == kid for requested in request.kids):
            raise LicenceRefused("no key of this asset was asked for")
        key = ClearKeyKey(kty="oct", kid=b64url(kid), k=b64url(content_key(self._secret, asset_key)))
        session_type = request.type if request.type in SESSION_TYPES else "temporary"
        return msgspec.json.encode(ClearKeyLicence(keys=[key], type=session_type))
