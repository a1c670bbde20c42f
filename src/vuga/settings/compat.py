"""The ``/api/v2`` group of the settings (``VUGA_V2_*``): the compatibility layer for the shipped VUGA v4 apps
(``vuga.compat_v2``), its switch, the key built into the operator's apps and its registration limits."""

from __future__ import annotations

from pydantic import BaseModel, Field, SecretStr


class CompatV2Settings(BaseModel):
    enabled: bool = Field(
        default=True,
        description="Serve the VUGA v4 apps' API under /api/v2 (only with an app key set). Turn it off once "
        "the viewers' apps use /api/v1: the old apps send no credential of their own (docs/security.md).",
    )
    app_key: SecretStr | None = Field(
        default=None,
        description="The static key the operator's VUGA apps send in their 'apikey' header; every /api/v2 "
        "request must carry it. Unset: /api/v2 is not served.",
    )
    registrations_per_hour_per_ip: int = Field(
        default=10,
        ge=1,
        description="userRegistration calls an address may make an hour (it creates accounts and is the "
        "apps' sign-in).",
    )
    registrations_per_minute_per_ip: int = Field(default=3, ge=1, description="The same, a minute.")

    @property
    def served(self) -> bool:
        return self.enabled and self.app_key is not None and bool(self.app_key.get_secret_value())
