"""The signed media files' route: ``/media/s/<token>/assets/<asset_key>/<file>``, answered by the
``MediaServer`` the app built at start-up (``serving``), with no framework work per request."""

from __future__ import annotations

from typing import Any

from litestar import asgi
from litestar.connection import ASGIConnection
from litestar.handlers import BaseRouteHandler
from litestar.types import Receive, Scope, Send

from vuga.core.errors import NotFound
from vuga.media.delivery.serving import MediaServer

SIGNED_MEDIA_PATH = "/media/s"
UNSIGNED_ASSETS_PATH = "/media/assets/"


@asgi(SIGNED_MEDIA_PATH, is_mount=True, copy_scope=False, include_in_schema=False)
async def signed_media(scope: Scope, receive: Receive, send: Send) -> None:
    server: MediaServer = scope["app"].state.delivery.server
    await server(scope, receive, send)  # type: ignore[arg-type]  # a mount below an HTTP path sees HTTP only


def not_published_media(connection: ASGIConnection[Any, Any, Any, Any], _handler: BaseRouteHandler) -> None:
    """A guard for the public ``/media`` files (artwork): published video under ``assets/`` lies in the same
    directory in the embedded mode and is served only through signed URLs."""
    if connection.scope["path"].startswith(UNSIGNED_ASSETS_PATH):
        raise NotFound("No such media file.")
