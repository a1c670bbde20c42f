"""The account's devices: listed with where and when they were last seen, signed out one by one, never
another account's; the list's query count does not grow with the devices."""

from __future__ import annotations

from datetime import datetime

from httpx import AsyncClient

from tests.conftest import QueryCounter
from tests.devices.flow import DEVICES, signed_in_tv
from tests.members import Member, register

BROWSER = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"}


async def login(client: AsyncClient, member: Member, agent: dict[str, str] | None = None) -> dict[str, str]:
    body = {"email": member.email, "password": member.password}
    response = await client.post("/api/v1/auth/login", json=body, headers=agent or {})
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def test_devices_are_listed_last_seen_first_with_kind_and_where(
    client: AsyncClient, member: Member
) -> None:
    browser = await login(client, member, BROWSER)
    await signed_in_tv(client, member, "Bedroom TV")
    listed = await client.get(DEVICES, headers=browser)
    assert listed.status_code == 200
    assert listed.headers["cache-control"] == "no-store, private"
    items = listed.json()["items"]
    assert [(item["kind"], item["name"]) for item in items] == [
        ("tv", "Bedroom TV"),
        ("web", "Web browser"),
        ("app", "App"),  # the registration's session
    ]
    assert [item["current"] for item in items] == [False, True, False]
    assert listed.json()["next_cursor"] is None
    for item in items:
        seen, signed_in = (datetime.fromisoformat(item[key]) for key in ("last_seen_at", "signed_in_at"))
        assert seen >= signed_in


async def test_a_refresh_is_the_device_being_seen(client: AsyncClient, member: Member) -> None:
    before = (await client.get(DEVICES, headers=member.headers)).json()["items"][0]["last_seen_at"]
    refreshed = await client.post("/api/v1/auth/refresh", json={"refresh_token": member.refresh_token})
    headers = {"Authorization": f"Bearer {refreshed.json()['access_token']}"}
    after = (await client.get(DEVICES, headers=headers)).json()["items"][0]["last_seen_at"]
    assert datetime.fromisoformat(after) > datetime.fromisoformat(before)


async def test_another_account_s_device_is_a_404_and_stays_signed_in(
    client: AsyncClient, member: Member
) -> None:
    other = await register(client)
    theirs = (await client.get(DEVICES, headers=other.headers)).json()["items"][0]["id"]
    refused = await client.delete(f"{DEVICES}/{theirs}", headers=member.headers)
    assert refused.status_code == 404
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert (await client.get("/api/v1/me", headers=other.headers)).status_code == 200
    ids = {item["id"] for item in (await client.get(DEVICES, headers=member.headers)).json()["items"]}
    assert theirs not in ids
    for bad in ("0", "-1", "abc", str(2**31)):
        response = await client.delete(f"{DEVICES}/{bad}", headers=member.headers)
        assert response.status_code in (404, 422), bad
        assert response.headers["content-type"].startswith("application/problem+json")


async def test_the_list_needs_a_token(client: AsyncClient) -> None:
    assert (await client.get(DEVICES)).status_code == 401
    assert (await client.delete(f"{DEVICES}/1")).status_code == 401


async def test_signing_oneself_out_from_the_list_ends_this_session(
    client: AsyncClient, member: Member
) -> None:
    mine = (await client.get(DEVICES, headers=member.headers)).json()["items"][0]["id"]
    assert (await client.delete(f"{DEVICES}/{mine}", headers=member.headers)).status_code == 204
    assert (await client.get(DEVICES, headers=member.headers)).status_code == 401


async def test_query_counts_do_not_grow_with_the_devices(
    client: AsyncClient, member: Member, queries: QueryCounter
) -> None:
    async def cost() -> list[int]:
        counts = []
        for method, path in [
            ("GET", DEVICES),
            ("POST", f"/api/v1/profiles/{member.profile_id}/playback-sessions"),
        ]:
            queries.reset()
            response = await client.request(method, path, headers=member.headers)
            assert response.is_success, response.text
            counts.append(queries.count)
        return counts

    few = await cost()
    for _ in range(3):
        await login(client, member)
        await signed_in_tv(client, member)
    assert await cost() == few
