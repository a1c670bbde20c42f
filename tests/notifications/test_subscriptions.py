"""A device's push subscription: registered, replaced, read and removed by the device itself; bad ones are
422s that save nothing; the same address moving to a new login moves its row; constant query counts."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import QueryCounter
from tests.members import Member, register
from tests.notifications.flow import SUBSCRIPTION
from tests.push_services import Browser

WEB = Browser("https://push.example.net/send/abc").subscription


async def rows(session: AsyncSession) -> list[tuple[Any, ...]]:
    result = await session.execute(text("SELECT provider, address FROM push_subscriptions ORDER BY id"))
    await session.commit()
    return [tuple(row) for row in result]


async def test_a_device_registers_replaces_and_removes_its_subscription(
    client: AsyncClient, member: Member, session: AsyncSession
) -> None:
    assert (await client.get(SUBSCRIPTION, headers=member.headers)).status_code == 404
    put = await client.put(SUBSCRIPTION, json=WEB, headers=member.headers)
    assert put.status_code == 200, put.text
    assert put.json()["provider"] == "webpush"
    assert put.headers["cache-control"] == "no-store, private"
    assert (await client.get(SUBSCRIPTION, headers=member.headers)).json()["provider"] == "webpush"
    fcm = {"provider": "fcm", "token": "fcm-token-1"}
    assert (await client.put(SUBSCRIPTION, json=fcm, headers=member.headers)).status_code == 200
    assert await rows(session) == [("fcm", "fcm-token-1")]  # one per device: replaced
    assert (await client.delete(SUBSCRIPTION, headers=member.headers)).status_code == 204
    assert (await client.delete(SUBSCRIPTION, headers=member.headers)).status_code == 404
    assert await rows(session) == []


async def test_an_address_moves_with_a_new_login_and_stays_with_its_device(
    client: AsyncClient, member: Member, session: AsyncSession
) -> None:
    other = await register(client)
    assert (await client.put(SUBSCRIPTION, json=WEB, headers=member.headers)).is_success
    # the same browser, signed in to another account now: the address is that session's alone
    assert (await client.put(SUBSCRIPTION, json=WEB, headers=other.headers)).is_success
    assert await rows(session) == [("webpush", WEB["endpoint"])]
    assert (await client.get(SUBSCRIPTION, headers=member.headers)).status_code == 404
    # another account's device cannot remove it: each device reaches only its own
    assert (await client.delete(SUBSCRIPTION, headers=member.headers)).status_code == 404
    assert await rows(session) == [("webpush", WEB["endpoint"])]


async def test_bad_subscriptions_are_422_and_save_nothing(
    client: AsyncClient, member: Member, session: AsyncSession
) -> None:
    keys = WEB["keys"]
    for body in [
        {},
        {"provider": "apns", "token": "x"},
        {"provider": "webpush", "endpoint": WEB["endpoint"]},  # no keys
        {"provider": "webpush", "keys": keys},  # no endpoint
        {"provider": "webpush", "endpoint": "ftp://push.example.net/x", "keys": keys},
        {
            "provider": "webpush",
            "endpoint": WEB["endpoint"],
            "keys": {"p256dh": "short", "auth": keys["auth"]},
        },
        {"provider": "webpush", "endpoint": WEB["endpoint"], "keys": keys, "token": "t"},
        {"provider": "fcm"},
        {"provider": "fcm", "token": ""},
        {"provider": "fcm", "token": "a b"},
        {"provider": "fcm", "token": "t", "endpoint": WEB["endpoint"]},
        {"provider": "fcm", "token": "x" * 1001},
    ]:
        response = await client.put(SUBSCRIPTION, json=body, headers=member.headers)
        assert response.status_code == 422, (body, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
    assert await rows(session) == []


async def test_the_web_push_key_is_null_until_configured(client: AsyncClient) -> None:
    response = await client.get("/api/v1/push/web-push-key")
    assert response.status_code == 200
    assert response.json() == {"public_key": None}


async def test_subscriptions_cost_the_same_whatever_the_data(
    client: AsyncClient, member: Member, queries: QueryCounter
) -> None:
    async def costs() -> list[int]:
        result = []
        for method, body in (("PUT", WEB), ("GET", None), ("DELETE", None)):
            queries.reset()
            response = await client.request(method, SUBSCRIPTION, json=body, headers=member.headers)
            assert response.is_success, response.text
            result.append(queries.count)
        return result

    before = await costs()
    for n in range(3):
        other = await register(client)
        fcm = {"provider": "fcm", "token": f"grown-{n}"}
        assert (await client.put(SUBSCRIPTION, json=fcm, headers=other.headers)).is_success
    assert await costs() == before
