"""The live-TV group of the settings (``VUGA_LIVETV_*``): who may play premium channels, the programme
guide's retention and the limits of an XMLTV import (size, time, count, which hosts a URL may name)."""

from __future__ import annotations

from pydantic import BaseModel, Field, HttpUrl


class LiveTvSettings(BaseModel):
    premium_open: bool = Field(
        default=True,
        description="Premium channels play for every signed-in profile; false: only for accounts with a "
        "subscription that plays (others get a 403 subscription-required).",
    )
    guide_retention_days: int = Field(
        default=7, ge=1, le=365, description="Programmes that ended longer ago than this are pruned."
    )
    prune_every_s: int = Field(default=6 * 3600, ge=60, description="How often the prune job runs.")
    watching_window_s: int = Field(
        default=60,
        ge=15,
        le=600,
        description="A viewer counts as watching a channel for this long after its player's last heartbeat.",
    )
    audience_every_s: int = Field(
        default=60,
        ge=10,
        description="How often channels' views are added up and their viewers counted (the peak per hour).",
    )
    view_dedupe_hours: int = Field(
        default=6, ge=1, le=168, description="A profile's view of a channel counts once in this many hours."
    )
    guide_max_window_h: int = Field(
        default=24, ge=1, le=7 * 24, description="The widest window one guide request may ask for."
    )
    now_next_max_fresh_s: int = Field(
        default=900,
        ge=1,
        description="A channel's now-and-next is cached until the next programme boundary, at most this "
        "long.",
    )
    epg_max_bytes: int = Field(
        default=64 << 20, ge=1024, description="The largest XMLTV document taken (upload or URL)."
    )
    epg_max_programmes: int = Field(
        default=500_000, ge=1, description="Programmes one XMLTV document may hold; past it, it is refused."
    )
    epg_max_parse_s: float = Field(
        default=120.0, gt=0, description="An XMLTV document still parsing after this long is refused."
    )
    epg_fetch_timeout_s: float = Field(
        default=30.0, gt=0, description="Connect and read timeout of an XMLTV URL fetch."
    )
    epg_allow_private_urls: bool = Field(
        default=False,
        description="Let XMLTV URLs name private, loopback and link-local addresses (an EPG server inside "
        "your network); off, such URLs are refused (SSRF).",
    )
    epg_urls: list[HttpUrl] = Field(
        default=[], max_length=20, description="XMLTV sources fetched on a schedule (JSON list of URLs)."
    )
    epg_refresh_every_s: int = Field(
        default=12 * 3600, ge=600, description="How often the scheduled sources are fetched again."
    )
