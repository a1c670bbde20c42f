"""The devices group of the settings: TV sign-in by device code, concurrent streams (``VUGA_DEVICES_*``)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class DevicesSettings(BaseModel):
    code_ttl_s: int = Field(
        default=300,
        ge=60,
        le=1800,
        description="A TV's sign-in code works this long (RFC 8628's expires_in).",
    )
    poll_interval_s: int = Field(
        default=5, ge=1, le=60, description="How often a TV may poll for its tokens (RFC 8628's interval)."
    )
    verification_uri: str = Field(
        default="/activate",
        max_length=300,
        description=(
            "Where a phone approves a TV's code: a path on the web app (made absolute with the request's "
            "origin) or an absolute URL."
        ),
    )
    approvals_per_minute_per_address: int = Field(
        default=10, ge=1, description="Wrong or spent user codes one address may send a minute."
    )
    approvals_per_minute_global: int = Field(
        default=600,
        ge=1,
        description=(
            "Wrong or spent user codes all addresses together may send a minute: guessing spread over many "
            "addresses stays far from the 20^8 codes."
        ),
    )
    max_streams: int = Field(
        default=4, ge=1, le=100, description="Streams an account may play at once (per plan, later)."
    )
    lease_ttl_s: int = Field(
        default=90,
        ge=20,
        le=3600,
        description="A stream's lease lapses this long after its last heartbeat (players beat every 10 s).",
    )
