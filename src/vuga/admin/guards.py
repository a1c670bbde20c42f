"""Who may use the admin API. Until accounts with roles exist, one bearer token from the settings."""

from __future__ import annotations

import hmac
from typing import Any

from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler

from vuga.core.errors import Unauthorized


def require_admin_token(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    expected = connection.app.state.settings.admin.token
    header = connection.headers.get("authorization", "")
    scheme, _sep, presented = header.partition(" ")
    if expected is None:
        raise Unauthorized("the admin API is disabled: set VUGA_ADMIN_TOKEN to enable it")
    valid = scheme.lower() == "bearer" and hmac.compare_digest(
        presented.encode(), expected.get_secret_value().encode()
    )
    if not valid:
        raise Unauthorized("send the admin token as 'Authorization: Bearer <token>'")
