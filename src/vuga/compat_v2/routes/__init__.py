"""``/api/v2``: the shipped VUGA apps' API, each endpoint a few lines over our services (``endpoints``)."""

from __future__ import annotations

from litestar import Router

from vuga.compat_v2.routes import accounts, catalog, library, livetv, playback

v2_router = Router(
    path="/api/v2",
    route_handlers=[*accounts.ROUTES, *catalog.ROUTES, *library.ROUTES, *playback.ROUTES, *livetv.ROUTES],
    include_in_schema=False,
)
