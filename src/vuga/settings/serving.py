"""The settings groups of the serving process: where it listens, the headers every response carries, the
front ends it serves, its logs and traces (``VUGA_SERVER_*``, ``VUGA_HTTP_*``, ``VUGA_WEB_*``,
``VUGA_OBSERVABILITY_*``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, IPvAnyNetwork

# The checkout's build of the viewer app (src/vuga/settings/ → the repository).
DEFAULT_WEB_DIR = Path(__file__).resolve().parents[3] / "web" / "apps" / "viewer" / "dist"
DEFAULT_ADMIN_WEB_DIR = DEFAULT_WEB_DIR.parents[1] / "admin" / "dist"


class ObservabilitySettings(BaseModel):
    log_format: str = Field(
        default="auto",
        pattern="^(auto|json|console)$",
        description="auto: readable lines in a terminal, JSON lines elsewhere; json or console forces one.",
    )
    log_level: str = Field(default="INFO", pattern="^(DEBUG|INFO|WARNING|ERROR)$")
    access_log: bool = Field(default=False, description="One log line per HTTP request.")
    otlp_endpoint: str | None = Field(
        default=None,
        description="OTLP/HTTP endpoint for traces (http://collector:4318/v1/traces); unset: no tracing.",
    )
    service_name: str = "vuga"
    trace_sample_ratio: float = Field(default=1.0, ge=0, le=1)


class WebSettings(BaseModel):
    """The front ends the server serves (docs/web.md)."""

    dir: Path = Field(
        default=DEFAULT_WEB_DIR,
        description=(
            "The viewer app's build: index.html and assets/ (hashed files). Served at /; missing, / says "
            "how to build it and the API works as before."
        ),
    )
    admin_dir: Path = Field(
        default=DEFAULT_ADMIN_WEB_DIR,
        description=(
            "The admin UI's build (web/apps/admin/dist), served at /admin/; missing, /admin/ says how to "
            "build it."
        ),
    )


class ServerSettings(BaseModel):
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    workers: int = Field(default=1, ge=1, le=256)
    trusted_proxies: list[IPvAnyNetwork] = Field(
        default=[],
        description=(
            "Addresses or CIDR ranges of the proxies in front of the service (a JSON list). Only a "
            "connection from one of them may name the client in X-Forwarded-For; empty: nobody may."
        ),
    )


class HttpSettings(BaseModel):
    """Headers every response carries (docs/security.md, "Headers")."""

    behind_tls: bool = Field(
        default=False,
        description="Clients reach the service over HTTPS only: responses carry Strict-Transport-Security.",
    )
    hsts_max_age_s: int = Field(default=2 * 365 * 24 * 3600, ge=0, description="HSTS lifetime.")
    referrer_policy: Literal[
        "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"
    ] = "no-referrer"
    cors_allow_origins: list[str] = Field(
        default=[],
        description=(
            "Origins whose browser pages may call the API (a JSON list, https://app.example.com); empty: "
            "cross-origin calls are refused by browsers."
        ),
    )
