"""The ASGI application. ``create_app(settings)`` wires routers, middleware and lifespan; nothing connects to
a database or cache at import time, so importing the package is free and tests build apps at will."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from litestar import Litestar, MediaType, Request, Router, get
from litestar.config.compression import CompressionConfig
from litestar.datastructures import CacheControlHeader, State
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import ScalarRenderPlugin, SwaggerRenderPlugin
from litestar.openapi.spec import Components, SecurityScheme
from litestar.static_files import create_static_files_router

from vuga import __version__
from vuga.admin.routes import admin_router
from vuga.catalog.routes import catalog_router
from vuga.core.cache import create_cache
from vuga.core.db import Database
from vuga.core.errors import EXCEPTION_HANDLERS
from vuga.core.health import healthz, readyz
from vuga.core.media import MediaUrls
from vuga.settings import Settings


@get("/api/openapi.json", include_in_schema=False, media_type=MediaType.JSON, sync_to_thread=False)
def openapi_document(request: Request[Any, Any, Any]) -> dict[str, Any]:
    """The OpenAPI document at the conventional path (the docs UI also serves it under /api/docs)."""
    return request.app.openapi_schema.to_schema()


def create_app(settings: Settings | None = None) -> Litestar:
    settings = settings or Settings()
    settings.media.dir.mkdir(parents=True, exist_ok=True)

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        app.state.database = Database.from_settings(settings.database)
        app.state.cache = create_cache(settings.redis)
        try:
            yield
        finally:
            await app.state.cache.close()
            await app.state.database.dispose()

    api_v1 = Router(path="/api/v1", route_handlers=[catalog_router, admin_router])
    media = create_static_files_router(
        path="/media",
        directories=[settings.media.dir],
        include_in_schema=False,
        # Artwork rarely changes; a week in browser and CDN caches spares the origin nearly all image traffic.
        cache_control=CacheControlHeader(public=True, max_age=7 * 24 * 3600),
    )
    return Litestar(
        route_handlers=[healthz, readyz, openapi_document, api_v1, media],
        lifespan=[lifespan],
        exception_handlers=EXCEPTION_HANDLERS,
        compression_config=CompressionConfig(
            backend="brotli", brotli_gzip_fallback=True, minimum_size=500, gzip_compress_level=6
        ),
        openapi_config=OpenAPIConfig(
            title="VUGA TV API",
            version=__version__,
            description="Movies and series streaming platform: catalog, accounts, playback, search, home.",
            path="/api/docs",
            render_plugins=[ScalarRenderPlugin(path="/"), SwaggerRenderPlugin(path="/swagger")],
            components=Components(
                security_schemes={
                    "AdminToken": SecurityScheme(type="http", scheme="bearer", description="VUGA_ADMIN_TOKEN")
                }
            ),
        ),
        state=State({"settings": settings, "media_urls": MediaUrls(settings.media.base_url)}),
        debug=settings.debug,
    )


def create_app_from_environment() -> Litestar:
    """Entry point for ASGI servers (``granian --factory vuga.app:create_app_from_environment``)."""
    return create_app(Settings())
