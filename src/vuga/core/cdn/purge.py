"""Asking a CDN to drop cached responses: one interface, four providers.

    CdnPurger.purge(Purge(keys=..., paths=...))  raises PurgeFailed (the job retries it)

- ``HttpPurger``: ``PURGE <purge_url><path>`` per path, and one ``PURGE <purge_url>/`` naming the keys in a
  header (``Surrogate-Key``; ``xkey-purge`` for Varnish's xkey module). For Varnish, nginx's cache purge
  module, or any cache that takes the method; a 404 (nothing was cached there) is success.
- ``FastlyPurger``: ``POST /service/{id}/purge`` with the surrogate keys, 256 at a time, soft by default
  (marked stale, so the edge serves the old copy while it fetches the new one).
- ``CloudflarePurger``: ``POST /zones/{zone}/purge_cache`` with ``{"tags": [...]}``, 30 at a time.
- ``CloudFrontPurger``: a ``CreateInvalidation`` of the paths (CloudFront has no tags), through botocore,
  which signs the request.

Which keys and paths a write makes stale is the caller's knowledge (the features name their own tags and
public paths): this module knows no feature.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from vuga.settings import CdnSettings

logger = logging.getLogger("vuga.cdn")

FASTLY_API = "https://api.fastly.com"
CLOUDFLARE_API = "https://api.cloudflare.com/client/v4"
FASTLY_BATCH = 256
CLOUDFLARE_BATCH = 30
CLOUDFRONT_BATCH = 1000
HTTP_KEY_HEADER_BATCH = 100


class PurgeFailed(Exception):
    """The CDN did not confirm the purge (unreachable, refused, an error): worth retrying later."""


@dataclass(frozen=True, slots=True)
class Purge:
    """What to drop: responses carrying any of ``keys`` (surrogate keys, cache tags), and those at ``paths``
    (absolute URL paths; a trailing ``*`` covers everything below, where the CDN allows it)."""

    keys: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()

    @classmethod
    def of(cls, keys: Sequence[str] = (), paths: Sequence[str] = ()) -> Purge:
        return cls(tuple(sorted(set(keys))), tuple(sorted(set(paths))))

    def __bool__(self) -> bool:
        return bool(self.keys or self.paths)


class CdnPurger(Protocol):
    name: str

    async def purge(self, purge: Purge) -> None: ...

    async def close(self) -> None: ...


def _batches(items: Sequence[str], size: int) -> list[Sequence[str]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


class _HttpApi:
    """An HTTP client with the purge's time limit, and what counts as its answer going wrong."""

    def __init__(self, timeout_s: float) -> None:
        self.client = httpx.AsyncClient(timeout=timeout_s, follow_redirects=False)

    async def send(self, method: str, url: str, *, ok_404: bool = False, **options: Any) -> httpx.Response:
        try:
            response = await self.client.request(method, url, **options)
        except httpx.HTTPError as exc:
            raise PurgeFailed(f"{method} {url}: {exc!r}") from exc
        if response.is_success or (ok_404 and response.status_code == 404):
            return response
        raise PurgeFailed(f"{method} {url}: HTTP {response.status_code} {response.text[:200]!r}")

    async def close(self) -> None:
        await self.client.aclose()


class HttpPurger(_HttpApi):
    name = "http"

    def __init__(self, purge_url: str, key_header: str, timeout_s: float) -> None:
        super().__init__(timeout_s)
        self.purge_url = purge_url.rstrip("/")
        self.key_header = key_header

    async def purge(self, purge: Purge) -> None:
        for batch in _batches(purge.keys, HTTP_KEY_HEADER_BATCH):
            headers = {self.key_header: " ".join(batch)}
            await self.send("PURGE", f"{self.purge_url}/", headers=headers, ok_404=True)
        for path in purge.paths:
            await self.send("PURGE", f"{self.purge_url}{path}", ok_404=True)


class FastlyPurger(_HttpApi):
    name = "fastly"

    def __init__(self, service_id: str, token: str, api_url: str, soft: bool, timeout_s: float) -> None:
        super().__init__(timeout_s)
        self.url = f"{api_url.rstrip('/')}/service/{service_id}/purge"
        self.headers = {"Fastly-Key": token, "Accept": "application/json"}
        if soft:
            self.headers["Fastly-Soft-Purge"] = "1"

    async def purge(self, purge: Purge) -> None:
        # Every response the platform caches carries its keys: paths need no purge of their own here.
        for batch in _batches(purge.keys, FASTLY_BATCH):
            await self.send("POST", self.url, headers=self.headers, json={"surrogate_keys": list(batch)})


class CloudflarePurger(_HttpApi):
    name = "cloudflare"

    def __init__(self, zone_id: str, token: str, api_url: str, timeout_s: float) -> None:
        super().__init__(timeout_s)
        self.url = f"{api_url.rstrip('/')}/zones/{zone_id}/purge_cache"
        self.headers = {"Authorization": f"Bearer {token}"}

    async def purge(self, purge: Purge) -> None:
        for batch in _batches(purge.keys, CLOUDFLARE_BATCH):
            response = await self.send("POST", self.url, headers=self.headers, json={"tags": list(batch)})
            try:
                confirmed = response.json().get("success") is True
            except ValueError:
                confirmed = False
            if not confirmed:
                raise PurgeFailed(f"Cloudflare did not confirm the purge: {response.text[:200]!r}")


class CloudFrontPurger:
    """CloudFront invalidations, through botocore (AWS signature version 4, the XML API); its client is
    blocking, so each call runs in a thread."""

    name = "cloudfront"

    def __init__(
        self,
        distribution_id: str,
        *,
        endpoint_url: str | None,
        access_key_id: str | None,
        secret_access_key: str | None,
        timeout_s: float,
    ) -> None:
        import botocore.config
        import botocore.session

        self.distribution_id = distribution_id
        # Service clients are generated at run time: botocore types them as a bare BaseClient.
        self._client: Any = botocore.session.get_session().create_client(
            "cloudfront",
            region_name="us-east-1",  # CloudFront's API lives there, whatever the distribution serves
            endpoint_url=endpoint_url,
            aws_access_key_id=access_key_id,
            aws_secret_access_key=secret_access_key,
            config=botocore.config.Config(
                connect_timeout=timeout_s,
                read_timeout=timeout_s,
                retries={"total_max_attempts": 1},  # the job retries, with backoff
            ),
        )

    async def purge(self, purge: Purge) -> None:
        import botocore.exceptions

        for batch in _batches(purge.paths, CLOUDFRONT_BATCH):
            request = {
                "DistributionId": self.distribution_id,
                "InvalidationBatch": {
                    "Paths": {"Quantity": len(batch), "Items": list(batch)},
                    "CallerReference": uuid.uuid4().hex,
                },
            }
            try:
                await asyncio.to_thread(self._client.create_invalidation, **request)
            except (botocore.exceptions.BotoCoreError, botocore.exceptions.ClientError) as exc:
                raise PurgeFailed(f"CloudFront invalidation: {exc}") from exc

    async def close(self) -> None:
        self._client.close()


def _required(value: str | None, setting: str) -> str:
    if not value:
        raise ValueError(f"{setting} is required for this CDN provider")
    return value


def create_purger(settings: CdnSettings) -> CdnPurger | None:
    """The configured provider's purger; None when no CDN is configured (``VUGA_CDN_PROVIDER=none``)."""
    token = settings.api_token.get_secret_value() if settings.api_token else None
    if settings.provider == "none":
        return None
    if settings.provider == "http":
        purge_url = _required(settings.purge_url, "VUGA_CDN_PURGE_URL")
        return HttpPurger(purge_url, settings.purge_key_header, settings.timeout_s)
    if settings.provider == "fastly":
        return FastlyPurger(
            _required(settings.service_id, "VUGA_CDN_SERVICE_ID"),
            _required(token, "VUGA_CDN_API_TOKEN"),
            settings.api_url or FASTLY_API,
            settings.soft_purge,
            settings.timeout_s,
        )
    if settings.provider == "cloudflare":
        return CloudflarePurger(
            _required(settings.service_id, "VUGA_CDN_SERVICE_ID"),
            _required(token, "VUGA_CDN_API_TOKEN"),
            settings.api_url or CLOUDFLARE_API,
            settings.timeout_s,
        )
    secret = settings.aws_secret_access_key
    return CloudFrontPurger(
        _required(settings.service_id, "VUGA_CDN_SERVICE_ID"),
        endpoint_url=settings.api_url,
        access_key_id=settings.aws_access_key_id,
        secret_access_key=secret.get_secret_value() if secret else None,
        timeout_s=settings.timeout_s,
    )
