"""``MediaDelivery``: what the rest of the platform calls to deliver an asset — the playback endpoint (signed
URLs, DRM systems) and the transcode job (the content key to encrypt with)."""

from __future__ import annotations

from dataclasses import dataclass

from vuga.media.delivery.drm import DrmProvider, DrmSystem, DrmViewer, ProtectedAsset
from vuga.media.delivery.keys import content_key, content_key_id
from vuga.media.delivery.signing import UrlSigner, asset_prefix


@dataclass(frozen=True, slots=True)
class SignedAsset:
    """One viewer's signed URLs of one asset: ``prefix`` ends with ``/assets/<asset_key>/``; every file of
    the asset is ``prefix + file`` (``master.m3u8``, ``subs/en.vtt``, ``thumbs/thumbs.vtt``,
    ``poster.jpg``)."""

    asset_key: str
    prefix: str
    expires_at: int
    session: str

    def url(self, file: str) -> str:
        return self.prefix + file

    @property
    def master(self) -> str:
        return self.url("master.m3u8")


class MediaDelivery:
    def __init__(
        self,
        signer: UrlSigner,
        content_key_secret: bytes,
        media_base_url: str,
        drm: tuple[DrmProvider, ...] = (),
    ) -> None:
        self.signer = signer
        self._content_key_secret = content_key_secret
        self.media_base_url = media_base_url.rstrip("/")
        self.drm = drm

    def sign(self, asset_key: str, session: str, *, max_height: int = 0) -> SignedAsset:
        """The asset's URLs for ``session``, up to renditions ``max_height`` high (0: all), for the
        configured lifetime (``VUGA_DELIVERY_URL_TTL_S``)."""
        token = self.signer.sign(asset_key, session, max_height=max_height)
        expires_at = int(token.partition(".")[0])
        prefix = f"{self.media_base_url}/s/{token}/{asset_prefix(asset_key)}"
        return SignedAsset(asset_key, prefix, expires_at, session)

    def content_key(self, asset_key: str) -> bytes:
        """The 16-byte AES-128 key the transcoder encrypts the asset's ladder with."""
        return content_key(self._content_key_secret, asset_key)

    def content_key_id(self, asset_key: str) -> bytes:
        return content_key_id(self._content_key_secret, asset_key)

    def drm_systems(self, signed: SignedAsset, scheme: str = "cenc") -> list[DrmSystem]:
        """Every configured provider's key systems for this viewer and asset, in the providers' order."""
        asset = ProtectedAsset(signed.asset_key, self.content_key_id(signed.asset_key), scheme)
        viewer = DrmViewer(signed.session, signed.prefix)
        return [system for provider in self.drm for system in provider.systems(asset, viewer)]
