"""What other features' routes need from billing: the entitlement checks, and the viewer's country."""

from __future__ import annotations

from typing import Any

from litestar.connection import ASGIConnection
from litestar.datastructures import State
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.billing.service import EntitlementChecks, EntitlementPolicy
from vuga.settings import Settings


def entitlement_policy(settings: Settings) -> EntitlementPolicy:
    return EntitlementPolicy(
        default_stream_limit=settings.devices.max_streams, grace_s=settings.billing.past_due_grace_s
    )


def entitlement_checks(session: AsyncSession, state: State) -> EntitlementChecks:
    return EntitlementChecks(session, entitlement_policy(state.settings))


def viewer_country(connection: ASGIConnection[Any, Any, Any, Any]) -> str | None:
    """The country the trusted CDN header names (``VUGA_BILLING_COUNTRY_HEADER``), or None: unset, absent,
    or a code that names no country (Cloudflare's ``XX`` unknown, ``T1`` Tor)."""
    settings: Settings = connection.app.state.settings
    header = settings.billing.country_header
    if not header:
        return None
    value = connection.headers.get(header, "").strip().upper()
    if len(value) != 2 or not value.isascii() or not value.isalpha() or value in {"XX", "T1"}:
        return None
    return value
