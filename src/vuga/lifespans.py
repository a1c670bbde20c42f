"""What opens and closes with the app besides the main lifespan, one part each: media delivery's signer,
key secret and file server (``DeliveryParts``, built with the app), the object store and uploads, the stream
limit's leases, and billing's payment provider and country database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from litestar import Litestar

from vuga.billing.geo import CountryLookup
from vuga.billing.providers import create_provider
from vuga.core.cdn.purge import create_purger
from vuga.core.cdn.requests import CdnPurges
from vuga.core.jobs.queue import Jobs
from vuga.core.security import load_or_create_secret
from vuga.core.storage import ObjectStore, close_store, create_store
from vuga.devices.leases import create_lease_store
from vuga.devices.service import StreamLimits
from vuga.media.delivery.drm import ClearKeyProvider, DrmProvider
from vuga.media.delivery.keys import content_key_secret
from vuga.media.delivery.service import MediaDelivery
from vuga.media.delivery.serving import MediaServer
from vuga.media.delivery.signing import UrlSigner
from vuga.media.uploads.service import Uploads
from vuga.settings import Settings


@dataclass(frozen=True, slots=True)
class DeliveryParts:
    """Media delivery's parts (``vuga.media.delivery``): the URL signer, the content-key secret and the
    server of signed media files, built with the app; its CDN purges and ``MediaDelivery`` at start-up."""

    signer: UrlSigner
    media_keys: bytes
    server: MediaServer
    store: ObjectStore

    @classmethod
    def of(cls, settings: Settings) -> DeliveryParts:
        signing_key = load_or_create_secret(settings.auth, settings.var_dir)
        previous = [key.get_secret_value().encode() for key in settings.auth.previous_secret_keys]
        signer = UrlSigner.from_settings(settings.delivery, signing_key, previous)
        media_keys = content_key_secret(settings.delivery, signing_key)
        # The embedded mode serves published media from the store; production lets the edge do it. The
        # store opens lazily and closes with the app (media_lifespan).
        store = create_store(settings)
        server = MediaServer(store, signer, media_keys, master_max_age_s=settings.delivery.master_max_age_s)
        return cls(signer, media_keys, server, store)

    async def start(self, settings: Settings, jobs: Jobs) -> tuple[CdnPurges, MediaDelivery]:
        """The CDN purges (queued as jobs; none without a CDN: a provider missing a setting stops the
        start-up here, naming it) and what the playback endpoint and media jobs deliver assets with."""
        purger = create_purger(settings.cdn)
        if purger is not None:
            await purger.close()
        purges = CdnPurges(jobs if purger is not None else None)
        drm: list[DrmProvider] = []
        for name in settings.delivery.drm_providers:
            if name == "clearkey":
                drm.append(ClearKeyProvider(self.media_keys))
        delivery = MediaDelivery(self.signer, self.media_keys, settings.media.base_url, tuple(drm))
        return purges, delivery


@asynccontextmanager
async def media_lifespan(app: Litestar) -> AsyncIterator[None]:
    """The object store and the uploads on it (after the main lifespan has opened the database)."""
    settings: Settings = app.state.settings
    app.state.store = store = app.state.delivery.store
    app.state.uploads = Uploads(app.state.database, store, settings)
    try:
        yield
    finally:
        await close_store(store)


@asynccontextmanager
async def devices_lifespan(app: Litestar) -> AsyncIterator[None]:
    """The stream limit's leases (before the main lifespan: heartbeats renew them), which also guard the
    content key of the signed media (``vuga.devices.service.streams``)."""
    settings: Settings = app.state.settings
    app.state.streams = streams = StreamLimits(create_lease_store(settings.redis), settings.devices)
    app.state.delivery.server.key_admits = streams.admits_signed
    try:
        yield
    finally:
        await streams.store.close()


@asynccontextmanager
async def billing_lifespan(app: Litestar) -> AsyncIterator[None]:
    """The payment provider (the Stripe client's connections) and the country database, for each run of
    the app."""
    settings: Settings = app.state.settings
    app.state.payment_provider = provider = create_provider(settings.billing)
    app.state.country_lookup = lookup = CountryLookup(settings.billing.geoip_database)
    try:
        yield
    finally:
        await provider.close()
        lookup.close()
