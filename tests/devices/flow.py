"""A TV's side of the device sign-in, as a client does it, for the devices tests."""

from __future__ import annotations

from typing import Any

import httpx

from tests.members import Member

DEVICE = "/api/v1/auth/device"
TOKEN = "/api/v1/auth/device/token"
APPROVE = "/api/v1/auth/device/approve"
DENY = "/api/v1/auth/device/deny"
DEVICES = "/api/v1/me/devices"
TV_AGENT = {"User-Agent": "VugaTV/4.2 (Android TV 12)"}


async def start(client: httpx.AsyncClient, name: str = "Living room TV") -> dict[str, Any]:
    response = await client.post(DEVICE, json={"client_name": name}, headers=TV_AGENT)
    assert response.status_code == 200, response.text
    grant: dict[str, Any] = response.json()
    return grant


async def poll(client: httpx.AsyncClient, device_code: str) -> httpx.Response:
    return await client.post(TOKEN, json={"device_code": device_code}, headers=TV_AGENT)


async def approve(
    client: httpx.AsyncClient, member: Member, user_code: str, profile_id: int | None = None
) -> httpx.Response:
    body = {"user_code": user_code, "profile_id": profile_id or member.profile_id}
    return await client.post(APPROVE, json=body, headers=member.headers)


async def signed_in_tv(client: httpx.AsyncClient, member: Member, name: str = "Living room TV") -> Member:
    """A TV signed in to ``member``'s account by code: a member of its own, with the TV's tokens."""
    grant = await start(client, name)
    assert (await approve(client, member, grant["user_code"])).status_code == 200
    tokens = (await poll(client, grant["device_code"])).json()
    return Member(
        member.email, member.password, tokens["access_token"], tokens["refresh_token"], [tokens["profile_id"]]
    )


def error_of(response: httpx.Response) -> str:
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "no-store" in response.headers["cache-control"]
    error: str = response.json()["error"]
    return error
