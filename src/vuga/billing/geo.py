"""The viewer's country from their address, in a MaxMind-format database (GeoLite2 or GeoIP2 Country or
City, read with ``geoip2``), for servers without a CDN that names it in a header. The database is memory-
mapped once per process; a lookup is a few microseconds, so it runs on the event loop."""

from __future__ import annotations

from pathlib import Path

import geoip2.database
import geoip2.errors
import maxminddb


class CountryLookup:
    def __init__(self, path: Path | None) -> None:
        self._reader: geoip2.database.Reader | None = None
        if path is not None:
            try:
                self._reader = geoip2.database.Reader(str(path))
            except (OSError, ValueError, maxminddb.InvalidDatabaseError) as exc:
                raise ValueError(
                    f"VUGA_BILLING_GEOIP_DATABASE: {path} is not a readable MaxMind database"
                ) from exc

    def country_of(self, address: str) -> str | None:
        """The ISO 3166-1 alpha-2 code of the address's country, or None (no database, an address it does
        not know, not an IP address)."""
        if self._reader is None:
            return None
        try:
            code = self._reader.country(address).country.iso_code
        except (geoip2.errors.AddressNotFoundError, ValueError):
            return None
        return code.upper() if code else None

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
