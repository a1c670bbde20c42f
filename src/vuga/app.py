"""The ASGI application. ``create_app(settings)`` wires routers, middleware and lifespan; nothing connects to
a database or cache at import time, so importing the package is free and tests build apps at will."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from litestar import Litestar, MediaType, Request, Router, get
from litestar.config.compression import CompressionConfig
from litestar.datastructures import CacheControlHeader, State
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Components, SecurityScheme
from litestar.static_files import create_static_files_router

from vuga import __version__
from vuga.accounts.admin_routes import accounts_admin_router
from vuga.accounts.auth import Authenticator
from vuga.accounts.avatars import ensure_default_avatars
from vuga.accounts.routes import accounts_router
from vuga.admin.audit import audit_router
from vuga.admin.jobs import admin_jobs_router
from vuga.admin.routes import admin_router
from vuga.billing.admin_routes import billing_admin_router
from vuga.billing.routes import billing_router
from vuga.catalog.counting import CounterFlusher
from vuga.catalog.routes import catalog_router
from vuga.catalog.service import CatalogPages
from vuga.compat_v2.routes import v2_router
from vuga.core.apidocs import OfflineSwaggerPlugin
from vuga.core.bounds import MAX_JSON_BYTES, BoundedJsonRequest
from vuga.core.cache import (
    Cache,
    CompressionUnlessEncoded,
    HttpCaching,
    NearCache,
    ResponseCache,
    create_cache,
)
from vuga.core.clock import utcnow
from vuga.core.db import Database
from vuga.core.errors import EXCEPTION_HANDLERS
from vuga.core.front import FrontedLitestar, observed
from vuga.core.front_paths import FrontPaths
from vuga.core.headers import SecurityHeaders, cors_config
from vuga.core.health import healthz, readyz
from vuga.core.images import IMAGES_PREFIX
from vuga.core.jobs.queue import WorkerResources
from vuga.core.logs import configure_logging
from vuga.core.media import MediaUrls, media_origin
from vuga.core.memory import return_large_blocks_to_the_system
from vuga.core.metrics import metrics_endpoint
from vuga.core.nodes import NodeLease
from vuga.core.openapi import OperationDocs
from vuga.core.proxies import forwarded_client
from vuga.core.ratelimit import RateLimiter, RateLimitMiddleware
from vuga.core.security import AccessTokens, Passwords, load_or_create_secret
from vuga.core.telemetry import configure_tracing, flush_traces, http_tracing_plugins
from vuga.counting import close_counting, open_counting, write_counts_of_this_process
from vuga.devices.codes import CodeDigests
from vuga.devices.routes import devices_router
from vuga.environment import load_settings
from vuga.home.routes import home_router
from vuga.home.service import SharedHome
from vuga.library.routes import library_router
from vuga.lifespans import DeliveryParts, billing_lifespan, devices_lifespan, media_lifespan
from vuga.livetv.admin_routes import live_admin_router
from vuga.livetv.routes import live_playback_router, live_router
from vuga.livetv.service import LivePages
from vuga.media.artwork.routes import artwork_admin_router
from vuga.media.delivery.routes import not_published_media, signed_media
from vuga.media.routes import media_admin_router, media_router
from vuga.media.uploads.routes import media_uploads_router
from vuga.notifications.admin_routes import notifications_admin_router
from vuga.notifications.routes import notifications_router, push_key_router
from vuga.playback.batching import HeartbeatBatcher
from vuga.playback.ids import HistoryIds
from vuga.playback.maintenance import PartitionMaintenance
from vuga.playback.routes import counters_router, heartbeat_intake, playback_router
from vuga.search.routes import search_router
from vuga.search.service import SearchPages
from vuga.settings import Settings
from vuga.web.routes import admin_web_router, web_router
from vuga.worker import JobRuntime


@get("/api/openapi.json", include_in_schema=False, media_type=MediaType.JSON, sync_to_thread=False)
def openapi_document(request: Request[Any, Any, Any]) -> dict[str, Any]:
    """The OpenAPI document at the conventional path (the docs UI also serves it under /api/docs)."""
    return request.app.openapi_schema.to_schema()


async def open_response_cache(store: Cache, settings: Settings) -> ResponseCache:
    """The response cache on ``store``, with this process's near cache watching it unless turned off."""
    near = None
    if settings.cache.near_max_mb:
        near = NearCache(store, settings.cache.near_check_interval_s, settings.cache.near_max_mb << 20)
        await near.check()
        near.start()
    return ResponseCache(
        store,
        stale_s=settings.cache.stale_s,
        lock_ms=settings.cache.lock_ms,
        wait_s=settings.cache.wait_s,
        repeat_invalidation_after_s=settings.cache.replica_lag_s if settings.database.read_url else None,
        near=near,
    )


def open_cached_pages(state: State, response_cache: ResponseCache, settings: Settings) -> None:
    """The public answers served from the response cache: the catalog's, search's and live TV's."""
    state.catalog_pages = CatalogPages(state.database, state.media_urls, response_cache, settings.cache)
    state.search_pages = SearchPages(
        state.database, state.media_urls, response_cache, settings.cache.search_ttl_s
    )
    state.live_pages = LivePages(
        state.database, response_cache, settings.cache, settings.livetv, state.media_urls
    )


def create_app(settings: Settings | None = None) -> Litestar:
    settings = settings or Settings()
    settings.media.dir.mkdir(parents=True, exist_ok=True)

    ensure_default_avatars(settings.media.dir)
    access_tokens = AccessTokens(
        load_or_create_secret(settings.auth, settings.var_dir),
        [key.get_secret_value().encode() for key in settings.auth.previous_secret_keys],
        settings.auth.access_token_ttl_s,
    )
    rate_limiter = RateLimiter(settings.rate_limit, settings.redis)

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        return_large_blocks_to_the_system()  # in each server process: password hashes' 19 MiB blocks
        app.state.database = Database.from_settings(settings.database)
        app.state.cache = create_cache(settings.redis)
        app.state.response_cache = response_cache = await open_response_cache(app.state.cache, settings)
        open_cached_pages(app.state, response_cache, settings)
        app.state.shared_home = SharedHome(
            app.state.database,
            app.state.media_urls,
            response_cache,
            settings.home,
            settings.cache,
        )
        app.state.authenticator = Authenticator(
            access_tokens, app.state.cache, app.state.database, settings.auth.session_cache_ttl_s
        )
        open_counting(app.state, settings)
        app.state.node_lease = node_lease = NodeLease(app.state.database)
        await node_lease.start()
        app.state.heartbeats = HeartbeatBatcher(
            app.state.database,
            app.state.counters,
            settings.playback,
            utcnow,
            HistoryIds(lambda: node_lease.node),
        )
        app.state.heartbeat_intake = heartbeat_intake(app.state)
        app.state.counter_flusher = CounterFlusher(app.state.database, app.state.counters)
        await PartitionMaintenance(app.state.database, settings.playback).run_safely()
        configure_tracing(settings.observability, app.state.database.engines)
        resources = WorkerResources(
            settings, app.state.database, app.state.cache, app.state.counters, app.state.presence
        )
        embedded_jobs = not settings.redis.url  # no Redis: this process runs the jobs and their schedule
        app.state.job_runtime = runtime = JobRuntime.create(
            resources, run_scheduler=embedded_jobs and settings.jobs.scheduler
        )
        app.state.jobs = runtime.jobs
        await runtime.start(tolerate_unreachable_redis=True)
        app.state.cdn_purges, app.state.media_delivery = await app.state.delivery.start(
            settings, runtime.jobs
        )
        app.state.heartbeats.start()
        # What startup built lives as long as the process: frozen, it is left out of the garbage collector's
        # full passes, each of which otherwise stopped the event loop, and every request in flight, for
        # 70-90 ms (bench/gc_pause.py; BENCHMARKS.md, "Garbage collection").
        gc.freeze()
        try:
            yield
        finally:
            gc.unfreeze()  # an app built again in this process (tests) must not pile up on this one
            # Pending heartbeats are written and counters flushed before the connections close.
            await app.state.heartbeats.stop()
            await runtime.stop()
            await node_lease.stop()
            if embedded_jobs:  # the counts are in this process's memory: write them now
                await write_counts_of_this_process(app.state, settings)
            await close_counting(app.state)
            await response_cache.close()
            await app.state.cache.close()
            await app.state.database.dispose()
            flush_traces()

    api_v1 = Router(
        path="/api/v1",
        route_handlers=[
            catalog_router,
            home_router,
            search_router,
            counters_router,
            accounts_router,
            devices_router,
            library_router,
            playback_router,
            admin_router,
            admin_jobs_router,
            accounts_admin_router,
            audit_router,
            media_uploads_router,
            media_admin_router,
            artwork_admin_router,
            media_router,
            live_router,
            live_playback_router,
            live_admin_router,
            notifications_router,
            push_key_router,
            notifications_admin_router,
            billing_router,
            billing_admin_router,
        ],
    )
    images, media = media_file_routers(settings)
    return FrontedLitestar(
        # Plain ASGI layers in front of the router, outermost first (vuga.core.front explains why).
        front=[
            *filter(None, [forwarded_client(settings.server.trusted_proxies)]),
            observed(
                settings.observability.access_log,
                SecurityHeaders(settings.http, media_origin(settings.media.base_url)),
            ),
            FrontPaths,  # every route declaring a FrontPath: near-cache hits, heartbeats
        ],
        # After routing, so that each route's own metadata states what it costs (vuga.core.ratelimit).
        middleware=[RateLimitMiddleware] if settings.rate_limit.enabled else [],
        route_handlers=[
            healthz,
            readyz,
            metrics_endpoint,
            openapi_document,
            api_v1,
            *([v2_router] if settings.v2.served else []),  # the VUGA apps' API (vuga.compat_v2)
            signed_media,
            images,
            media,
            admin_web_router(settings.web),
            web_router(settings.web),
        ],
        lifespan=[devices_lifespan, billing_lifespan, lifespan, media_lifespan],
        exception_handlers=EXCEPTION_HANDLERS,
        cors_config=cors_config(settings.http),
        # Bodies bounded in size and depth (a route taking more says so: the avatar upload).
        request_class=BoundedJsonRequest,
        request_max_body_size=MAX_JSON_BYTES,
        plugins=[*http_tracing_plugins(settings.observability), OperationDocs()],  # vuga.core.openapi
        # Logging is configured by the process (vuga.core.logs, JSON lines); Litestar's own configuration
        # would replace the root handler at start-up.
        logging_config=None,
        compression_config=CompressionConfig(
            backend="brotli",
            brotli_gzip_fallback=True,
            minimum_size=500,
            gzip_compress_level=6,
            middleware_class=CompressionUnlessEncoded,  # cached bodies arrive compressed already
        ),
        openapi_config=OpenAPIConfig(
            title="VUGA TV API",
            version=__version__,
            use_handler_docstrings=True,  # a handler's docstring is its operation's description
            description="Movies and series streaming platform: catalog, accounts, playback, search, home.",
            path="/api/docs",
            # Served with its assets by the app, pinned: no CDN. /swagger keeps its old links working.
            render_plugins=[OfflineSwaggerPlugin(path=["/", "/swagger"])],
            components=Components(
                security_schemes={
                    "BearerToken": SecurityScheme(
                        type="http",
                        scheme="bearer",
                        bearer_format="JWT",
                        description="The access_token from POST /api/v1/auth/login.",
                    )
                }
            ),
        ),
        state=State(
            {
                "settings": settings,
                "media_urls": MediaUrls(settings.media.base_url),
                "delivery": DeliveryParts.of(settings),
                "passwords": Passwords(settings.auth),
                "access_tokens": access_tokens,
                "device_code_digests": CodeDigests(load_or_create_secret(settings.auth, settings.var_dir)),
                "rate_limiter": rate_limiter,
                "http_caching": HttpCaching(
                    max_age_s=settings.cache.http_max_age_s,
                    shared_max_age_s=settings.cache.http_shared_max_age_s,
                    stale_while_revalidate_s=settings.cache.http_stale_while_revalidate_s,
                ),
            }
        ),
        debug=settings.debug,
    )


def create_app_from_environment() -> Litestar:
    """Entry point for ASGI servers (``granian --factory vuga.app:create_app_from_environment``); a mistyped
    or bad setting stops it with :class:`vuga.environment.SettingsProblem`, which names the variable."""
    settings = load_settings()
    configure_logging(settings.observability)
    return create_app(settings)


def media_file_routers(settings: Settings) -> tuple[Router, Router]:
    """The routers serving media files in the embedded mode: artwork variants, and the media directory."""
    # Artwork variants are written once under keys named by their content (vuga.core.images): a URL never
    # changes meaning, so browsers and CDNs may keep them a year without asking again.
    images = create_static_files_router(
        path=f"/media/{IMAGES_PREFIX.rstrip('/')}",
        directories=[(settings.storage.local_dir or settings.media.dir) / IMAGES_PREFIX],
        include_in_schema=False,
        cache_control=CacheControlHeader(public=True, max_age=365 * 24 * 3600, immutable=True),
    )
    media = create_static_files_router(
        path="/media",
        directories=[settings.media.dir],
        include_in_schema=False,
        # Older artwork files rarely change; a week in browser and CDN caches spares the origin nearly all
        # of their traffic.
        cache_control=CacheControlHeader(public=True, max_age=7 * 24 * 3600),
        # Published video is in the same directory, and only for signed URLs (/media/s/…, signed_media).
        guards=[not_published_media],
    )
    return images, media
