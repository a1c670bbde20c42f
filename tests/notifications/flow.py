"""Editors' and profiles' side of notifications, as clients call them, for the notifications tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx

from tests.members import Member

ADMIN = "/api/v1/admin/notifications"
SUBSCRIPTION = "/api/v1/me/push-subscriptions"


def inbox(profile_id: int) -> str:
    return f"/api/v1/profiles/{profile_id}/notifications"


async def compose(client: httpx.AsyncClient, admin: dict[str, str], **fields: Any) -> dict[str, Any]:
    body = {"title": "Hello", "body": "Something new"} | fields
    response = await client.post(ADMIN, json=body, headers=admin)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def listed(client: httpx.AsyncClient, member: Member, profile_id: int | None = None) -> list[int]:
    """The ids of the notifications the profile lists."""
    response = await client.get(inbox(profile_id or member.profile_id), headers=member.headers)
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


async def watch(client: httpx.AsyncClient, member: Member, profile_id: int, title_id: int) -> None:
    beat = {
        "title_id": title_id,
        "position_s": 60,
        "duration_s": 5400,
        "session_id": f"watch-{profile_id}-{title_id}",
        "client_time": datetime.now(UTC).isoformat(),
    }
    response = await client.put(f"/api/v1/profiles/{profile_id}/progress", json=beat, headers=member.headers)
    assert response.status_code == 204, response.text
