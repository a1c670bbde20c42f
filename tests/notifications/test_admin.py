"""Editors' notifications: composed with a link, an audience and a schedule; bad input is a 422 naming the
field; listed newest first with delivered/pushed/shown/dismissed counts in a constant number of queries;
withdrawn; viewers get a 403."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from httpx import AsyncClient
from litestar import Litestar

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory
from tests.members import Member, add_profile, register
from tests.notifications.flow import ADMIN, compose, inbox, listed


async def test_a_notification_is_composed_and_read_back(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory
) -> None:
    title = await make.title("Ocean Deep")
    send_at = datetime.now(UTC) + timedelta(hours=2)
    created = await compose(
        client,
        admin_headers,
        title="New season",
        image_url="https://images.example.com/a.jpg",
        link_title_id=title.id,
        audience="non_kids",
        popup=True,
        push=True,
        send_at=send_at.isoformat(),
    )
    assert created["state"] == "scheduled"
    assert created["link"] == {"kind": "title", "id": title.id, "name": None}
    assert created["audience"] == {"kind": "non_kids", "title_id": None, "account_id": None}
    assert datetime.fromisoformat(created["expires_at"]) == send_at + timedelta(days=30)
    assert (created["delivered"], created["pushed"], created["shown"], created["dismissed"]) == (
        None,
        0,
        0,
        0,
    )
    fetched = await client.get(f"{ADMIN}/{created['id']}", headers=admin_headers)
    assert fetched.status_code == 200
    assert fetched.headers["cache-control"] == "no-store, private"
    assert fetched.json() == created


def _invalid_bodies(title_id: int) -> list[tuple[dict[str, Any], str]]:
    soon = datetime.now(UTC) + timedelta(hours=1)
    return [
        ({}, "title"),
        ({"title": ""}, "title"),
        ({"title": "x" * 101}, "title"),
        ({"title": "ok", "body": "x" * 501}, "body"),
        ({"title": "ok", "image_url": "javascript:alert(1)"}, "image_url"),
        ({"title": "ok", "audience": "martians"}, "audience"),
        ({"title": "ok", "audience": "watched"}, "audience_title_id"),
        ({"title": "ok", "audience": "account"}, "audience_account_id"),
        ({"title": "ok", "audience_title_id": title_id}, "audience_title_id"),
        ({"title": "ok", "audience": "watched", "audience_title_id": 999_999}, "audience_title_id"),
        ({"title": "ok", "audience": "account", "audience_account_id": 999_999}, "audience_account_id"),
        ({"title": "ok", "link_title_id": 999_999}, "link_title_id"),
        ({"title": "ok", "link_channel_id": 999_999}, "link_channel_id"),
        ({"title": "ok", "link_title_id": title_id, "link_channel_id": 1}, "link_channel_id"),
        ({"title": "ok", "link_title_id": 2**31}, "link_title_id"),
        ({"title": "ok", "send_at": "2026-01-01T00:00:00"}, "send_at"),  # no offset
        ({"title": "ok", "send_at": "0001-01-01T00:00:00+14:00"}, "send_at"),
        ({"title": "ok", "send_at": soon.isoformat(), "expires_at": soon.isoformat()}, "expires_at"),
        ({"title": "ok", "unknown": 1}, "unknown"),
    ]


async def test_bad_input_is_a_422_naming_the_field_and_saves_nothing(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory
) -> None:
    title = await make.title()
    for body, field in _invalid_bodies(title.id):
        response = await client.post(ADMIN, json=body, headers=admin_headers)
        assert response.status_code == 422, (body, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
        fields = [error["field"] for error in response.json().get("errors", [])]
        assert any(field in name for name in fields) or field in response.json()["detail"], (
            body,
            response.json(),
        )
    assert (await client.get(ADMIN, headers=admin_headers)).json()["items"] == []


async def test_counts_follow_what_profiles_do_and_the_delivery(
    app: Litestar, client: AsyncClient, admin_headers: dict[str, str]
) -> None:
    members = [await register(client) for _ in range(3)]
    await add_profile(client, members[0], is_kids=True)
    notification = await compose(client, admin_headers, audience="non_kids")
    await app.state.jobs.enqueue("notifications.deliver_due")
    await app.state.jobs.broker.wait_all()
    for member in members[:2]:
        url = f"{inbox(member.profile_id)}/{notification['id']}"
        assert (await client.post(f"{url}/shown", headers=member.headers)).status_code == 204
    await client.post(
        f"{inbox(members[0].profile_id)}/{notification['id']}/dismissed", headers=members[0].headers
    )
    counted = (await client.get(f"{ADMIN}/{notification['id']}", headers=admin_headers)).json()
    # the admin's profile and the three members' adult profiles: the kids profile is not in the audience
    assert (counted["state"], counted["delivered"], counted["shown"], counted["dismissed"]) == (
        "sent",
        4,
        2,
        1,
    )


async def test_a_withdrawn_notification_is_no_longer_listed(
    client: AsyncClient, member: Member, admin_headers: dict[str, str]
) -> None:
    notification = await compose(client, admin_headers)
    assert await listed(client, member) == [notification["id"]]
    assert (await client.delete(f"{ADMIN}/{notification['id']}", headers=admin_headers)).status_code == 204
    assert await listed(client, member) == []
    for method in ("GET", "DELETE"):
        response = await client.request(method, f"{ADMIN}/{notification['id']}", headers=admin_headers)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/problem+json")


async def test_viewers_and_anonymous_callers_are_refused(client: AsyncClient, member: Member) -> None:
    for headers, status in ((member.headers, 403), ({}, 401)):
        assert (await client.get(ADMIN, headers=headers)).status_code == status
        assert (await client.post(ADMIN, json={"title": "Hi"}, headers=headers)).status_code == status


@pytest.mark.parametrize("grow_by", [3])
async def test_the_list_pages_and_costs_the_same_whatever_the_data(
    client: AsyncClient, admin_headers: dict[str, str], queries: QueryCounter, grow_by: int
) -> None:
    async def cost() -> int:
        queries.reset()
        response = await client.get(ADMIN, params={"limit": 2}, headers=admin_headers)
        assert response.status_code == 200
        return queries.count

    member = await register(client)
    for _ in range(2):
        created = await compose(client, admin_headers)
        await client.post(f"{inbox(member.profile_id)}/{created['id']}/shown", headers=member.headers)
    before = await cost()
    for _ in range(grow_by):
        created = await compose(client, admin_headers)
        await client.post(f"{inbox(member.profile_id)}/{created['id']}/dismissed", headers=member.headers)
    assert await cost() == before
    ids, cursor = [], None
    while True:
        params: dict[str, Any] = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = (await client.get(ADMIN, params=params, headers=admin_headers)).json()
        ids += [item["id"] for item in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    assert ids == sorted(ids, reverse=True)
    assert len(ids) == 2 + grow_by


async def test_composing_reading_and_withdrawing_cost_the_same_whatever_the_data(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory, queries: QueryCounter
) -> None:
    title = await make.title()
    member = await register(client)
    account_id = (await client.get("/api/v1/me", headers=member.headers)).json()["id"]

    async def costs() -> list[int]:
        result = []
        body = {
            "title": "Hi",
            "link_title_id": title.id,
            "audience": "account",
            "audience_account_id": account_id,
        }
        queries.reset()
        created = await client.post(ADMIN, json=body, headers=admin_headers)
        assert created.status_code == 201, created.text
        result.append(queries.count)
        for method in ("GET", "DELETE"):
            queries.reset()
            response = await client.request(method, f"{ADMIN}/{created.json()['id']}", headers=admin_headers)
            assert response.is_success
            result.append(queries.count)
        return result

    before = await costs()
    for _ in range(3):
        created = await compose(client, admin_headers, audience="watched", audience_title_id=title.id)
        await client.post(f"{inbox(member.profile_id)}/{created['id']}/shown", headers=member.headers)
        await add_profile(client, await register(client))
    assert await costs() == before
