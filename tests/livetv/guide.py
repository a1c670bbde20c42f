"""Live-TV test data made through the admin API, and XMLTV documents written as EPG sources write them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

ADMIN = "/api/v1/admin/live"


def xmltv_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%d%H%M%S +0000")


def xmltv(programmes: Iterable[tuple[str, datetime, datetime | None, str]], prologue: str = "") -> bytes:
    """A document of ``(channel, start, stop, title)`` programmes."""
    parts = [f'<?xml version="1.0" encoding="UTF-8"?>{prologue}<tv generator-info-name="tests">']
    for channel, start, stop, title in programmes:
        stop_attribute = f' stop="{xmltv_time(stop)}"' if stop else ""
        parts.append(
            f'<programme start="{xmltv_time(start)}"{stop_attribute} channel="{channel}">'
            f'<title lang="en">{title}</title><desc>About {title}</desc><category>News</category>'
            '<episode-num system="onscreen">S1 E2</episode-num><rating><value>PG</value></rating></programme>'
        )
    parts.append("</tv>")
    return "".join(parts).encode()


def hour(offset: float, base: datetime | None = None) -> datetime:
    """A moment ``offset`` hours from the current hour (whole hours keep tests off the boundaries)."""
    start = (base or datetime.now(UTC)).replace(minute=0, second=0, microsecond=0)
    return start + timedelta(hours=offset)


async def create_category(
    client: httpx.AsyncClient, headers: dict[str, str], slug: str, **fields: Any
) -> int:
    response = await client.post(
        f"{ADMIN}/categories", json={"name": slug.title(), "slug": slug, **fields}, headers=headers
    )
    assert response.status_code == 201, response.text
    category_id: int = response.json()["id"]
    return category_id


async def create_channel(client: httpx.AsyncClient, headers: dict[str, str], name: str, **fields: Any) -> int:
    body = {
        "name": name,
        "xmltv_id": f"{name.lower().replace(' ', '-')}.tv",
        "sources": [{"url": f"https://live.example.com/{name.lower().replace(' ', '-')}.m3u8"}],
    } | fields
    response = await client.post(f"{ADMIN}/channels", json=body, headers=headers)
    assert response.status_code == 201, response.text
    channel_id: int = response.json()["id"]
    return channel_id


async def upload(client: httpx.AsyncClient, headers: dict[str, str], document: bytes) -> httpx.Response:
    files = {"file": ("guide.xml", document, "application/xml")}
    return await client.post(f"{ADMIN}/epg-imports", files=files, headers=headers)
