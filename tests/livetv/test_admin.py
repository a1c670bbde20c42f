"""Editors keep channels, their sources and categories (in order), and single programmes."""

from __future__ import annotations

import httpx

from tests.livetv.guide import ADMIN, create_category, create_channel, hour
from tests.members import Member

PROBLEM = "application/problem+json"


async def test_a_channel_is_created_read_changed_and_deleted(
    client: httpx.AsyncClient, admin_headers: dict[str, str]
) -> None:
    news = await create_category(client, admin_headers, "news")
    channel_id = await create_channel(
        client,
        admin_headers,
        "Vuga News",
        number=101,
        category_ids=[news],
        maturity_rating="13+",
        sources=[{"url": "https://a.example.com/n.m3u8", "backup_url": "https://b.example.com/n.m3u8"}],
    )
    channel = (await client.get(f"{ADMIN}/channels/{channel_id}", headers=admin_headers)).json()
    assert channel["category_ids"] == [news]
    assert channel["maturity_rating"] == "13+"
    assert channel["sources"] == [
        {"url": "https://a.example.com/n.m3u8", "backup_url": "https://b.example.com/n.m3u8", "quality": "hd"}
    ]
    changed = await client.patch(
        f"{ADMIN}/channels/{channel_id}", json={"is_enabled": False, "number": 7}, headers=admin_headers
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["is_enabled"] is False
    assert changed.json()["number"] == 7
    listed = (await client.get(f"{ADMIN}/channels", headers=admin_headers)).json()
    assert [item["id"] for item in listed["items"]] == [channel_id]
    assert (await client.delete(f"{ADMIN}/channels/{channel_id}", headers=admin_headers)).status_code == 204
    assert (await client.get(f"{ADMIN}/channels/{channel_id}", headers=admin_headers)).status_code == 404


async def test_clashes_and_missing_rows_are_problems(
    client: httpx.AsyncClient, admin_headers: dict[str, str]
) -> None:
    await create_channel(client, admin_headers, "One", number=1)
    clash = await client.post(
        f"{ADMIN}/channels",
        json={"name": "Two", "number": 1, "sources": [{"url": "https://x.example.com/a.m3u8"}]},
        headers=admin_headers,
    )
    assert clash.status_code == 409
    assert clash.headers["content-type"].startswith(PROBLEM)
    missing = await client.post(
        f"{ADMIN}/channels",
        json={"name": "Three", "category_ids": [999], "sources": [{"url": "https://x.example.com/a.m3u8"}]},
        headers=admin_headers,
    )
    assert missing.status_code == 404
    await create_category(client, admin_headers, "sport")
    again = await client.post(
        f"{ADMIN}/categories", json={"name": "S", "slug": "sport"}, headers=admin_headers
    )
    assert again.status_code == 409


async def test_bad_bodies_are_422(client: httpx.AsyncClient, admin_headers: dict[str, str]) -> None:
    for body in [
        {"name": "No sources", "sources": []},
        {"name": "Bad url", "sources": [{"url": "javascript:alert(1)"}]},
        {"name": "Bad rating", "maturity_rating": "99+", "sources": [{"url": "https://x.example.com/a"}]},
        {"name": "", "sources": [{"url": "https://x.example.com/a"}]},
        {"name": "Unknown field", "colour": "red", "sources": [{"url": "https://x.example.com/a"}]},
    ]:
        response = await client.post(f"{ADMIN}/channels", json=body, headers=admin_headers)
        assert response.status_code == 422, (body, response.text)
        assert response.headers["content-type"].startswith(PROBLEM)


async def test_viewers_may_not_edit(client: httpx.AsyncClient, member: Member) -> None:
    response = await client.post(
        f"{ADMIN}/channels",
        json={"name": "Mine", "sources": [{"url": "https://x.example.com/a.m3u8"}]},
        headers=member.headers,
    )
    assert response.status_code == 403
    assert (await client.get(f"{ADMIN}/channels")).status_code == 401


async def test_a_category_orders_its_channels(
    client: httpx.AsyncClient, admin_headers: dict[str, str]
) -> None:
    category = await create_category(client, admin_headers, "movies")
    first = await create_channel(client, admin_headers, "First", category_ids=[category])
    second = await create_channel(client, admin_headers, "Second", category_ids=[category])
    ordered = await client.put(
        f"{ADMIN}/categories/{category}/channels",
        json={"channel_ids": [second, first]},
        headers=admin_headers,
    )
    assert ordered.status_code == 204, ordered.text
    listed = (await client.get(f"{ADMIN}/categories", headers=admin_headers)).json()["items"]
    assert listed[0]["channel_ids"] == [second, first]
    viewer = (await client.get("/api/v1/live/channels", params={"category": "movies"})).json()
    assert [item["id"] for item in viewer["items"]] == [second, first]
    unknown = await client.put(
        f"{ADMIN}/categories/{category}/channels", json={"channel_ids": [999]}, headers=admin_headers
    )
    assert unknown.status_code == 404


async def test_a_programme_may_not_overlap_another(
    client: httpx.AsyncClient, admin_headers: dict[str, str]
) -> None:
    channel_id = await create_channel(client, admin_headers, "Solo")
    body = {
        "channel_id": channel_id,
        "starts_at": hour(1).isoformat(),
        "ends_at": hour(2).isoformat(),
        "title": "First",
    }
    created = await client.post(f"{ADMIN}/programmes", json=body, headers=admin_headers)
    assert created.status_code == 201, created.text
    overlapping = body | {
        "starts_at": hour(1.5).isoformat(),
        "ends_at": hour(3).isoformat(),
        "title": "Second",
    }
    clash = await client.post(f"{ADMIN}/programmes", json=overlapping, headers=admin_headers)
    assert clash.status_code == 409
    assert str(created.json()["id"]) in clash.json()["detail"]
    backwards = body | {"starts_at": hour(5).isoformat(), "ends_at": hour(4).isoformat()}
    assert (
        await client.post(f"{ADMIN}/programmes", json=backwards, headers=admin_headers)
    ).status_code == 422
    too_long = body | {"starts_at": hour(10).isoformat(), "ends_at": hour(40).isoformat()}
    assert (await client.post(f"{ADMIN}/programmes", json=too_long, headers=admin_headers)).status_code == 422
    after = body | {"starts_at": hour(2).isoformat(), "ends_at": hour(3).isoformat(), "title": "Next"}
    assert (await client.post(f"{ADMIN}/programmes", json=after, headers=admin_headers)).status_code == 201
    deleted = await client.delete(f"{ADMIN}/programmes/{created.json()['id']}", headers=admin_headers)
    assert deleted.status_code == 204
