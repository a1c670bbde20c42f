"""Billing steps as a client (or an admin) takes them, for the billing tests."""

from __future__ import annotations

import itertools
from typing import Any

import httpx

from tests.members import Member

ADMIN = "/api/v1/admin"
_numbers = itertools.count(1)


async def create_plan(
    client: httpx.AsyncClient, admin_headers: dict[str, str], **fields: Any
) -> dict[str, Any]:
    body = {
        "code": f"plan-{next(_numbers)}",
        "name": "Standard",
        "price_minor": 999,
        "currency": "USD",
        "period": "month",
        "stream_limit": 2,
    } | fields
    response = await client.post(f"{ADMIN}/plans", json=body, headers=admin_headers)
    assert response.status_code == 201, response.text
    plan: dict[str, Any] = response.json()
    return plan


async def account_id_of(client: httpx.AsyncClient, member: Member) -> int:
    account_id: int = (await client.get("/api/v1/me", headers=member.headers)).json()["id"]
    return account_id


async def grant(
    client: httpx.AsyncClient,
    admin_headers: dict[str, str],
    member: Member,
    plan_id: int,
    days: int = 30,
    **fields: Any,
) -> dict[str, Any]:
    account_id = await account_id_of(client, member)
    body = {"account_id": account_id, "plan_id": plan_id, "days": days} | fields
    response = await client.post(f"{ADMIN}/subscriptions/grants", json=body, headers=admin_headers)
    assert response.status_code == 201, response.text
    granted: dict[str, Any] = response.json()
    return granted


async def create_code(
    client: httpx.AsyncClient, admin_headers: dict[str, str], **fields: Any
) -> dict[str, Any]:
    body = {"code": f"CODE{next(_numbers)}", "kind": "free_days", "free_days": 7} | fields
    response = await client.post(f"{ADMIN}/promo-codes", json=body, headers=admin_headers)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created
