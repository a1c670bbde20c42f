"""What other features' routes need from billing: the entitlement checks, and the viewer's country."""

from __future__ import annotations

from typing import Any

from litestar.connection import ASGIConnection
from litestar.datastructures import State
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.billing.geo import CountryLookup
from vuga.billing.service import EntitlementChecks, EntitlementPolicy
from vuga.core.http import client_address
from vuga.settings import Settings


def entitlement_policy(settings: Settings) -> EntitlementPolicy:
    return EntitlementPolicy(
        default_stream_limit=settings.devices.max_streams, grace_s=settings.billing.past_due_grace_s
    )


def entitlement_checks(session: AsyncSession, state: State) -> EntitlementChecks:
    return EntitlementChecks(session, entitlement_policy(state.settings))


def viewer_country(connection: ASGIConnection[Any, Any, Any, Any]) -> str | None:
    """The country the trusted CDN header names (``VUGA_BILLING_COUNTRY_HEADER``), else the one the MaxMind
    database gives the client's address (``VUGA_BILLING_GEOIP_DATABASE``), else None. A header's code that
    names no country (Cloudflare's ``XX`` unknown, ``T1`` Tor) is no country."""
    settings: Settings = connection.app.state.settings
    header = settings.billing.country_header
    if header and (value := connection.headers.get(header, "").strip().upper()):
        if len(value) != 2 or not value.isascii() or not value.isalpha() or value in {"XX", "T1"}:
            return None
        return value
    lookup: CountryLookup = connection.app.state.country_lookup
    return lookup.country_of(client_address(connection))
