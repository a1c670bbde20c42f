"""Plans: admins create and change them, viewers list those on sale; bad input is a problem, never a 500."""

from __future__ import annotations

import httpx
import pytest

from tests.billing.flow import ADMIN, create_plan
from tests.conftest import QueryCounter
from tests.members import Member


async def test_admins_create_and_change_plans_and_viewers_see_those_on_sale(
    client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member
) -> None:
    plan = await create_plan(
        client, admin_headers, code="standard", trial_days=7, max_height=1080, stripe_price_id="price_Std1"
    )
    assert plan["price_minor"] == 999
    assert plan["currency"] == "USD"
    assert plan["is_active"] is True
    hidden = await create_plan(client, admin_headers, code="legacy", is_active=False)

    listed = await client.get("/api/v1/plans")
    assert listed.status_code == 200
    assert "public" in listed.headers["cache-control"]
    items = listed.json()["items"]
    assert [item["code"] for item in items] == ["standard"]
    assert "stripe_price_id" not in items[0]
    assert "is_active" not in items[0]

    changed = await client.patch(
        f"{ADMIN}/plans/{plan['id']}", json={"price_minor": 1199, "is_active": False}, headers=admin_headers
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["price_minor"] == 1199
    assert (await client.get("/api/v1/plans")).json()["items"] == []
    every = (await client.get(f"{ADMIN}/plans", headers=admin_headers)).json()["items"]
    assert {item["id"] for item in every} == {plan["id"], hidden["id"]}
    assert (await client.get(f"{ADMIN}/plans/{plan['id']}", headers=admin_headers)).json()[
        "price_minor"
    ] == 1199


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("currency", "usd"),
        ("currency", "DOLLARS"),
        ("price_minor", -1),
        ("price_minor", 2**40),
        ("period", "week"),
        ("stream_limit", 0),
        ("max_height", 99999),
        ("code", "Has Spaces"),
        ("trial_days", 1000),
        ("stripe_price_id", "prod_123"),
    ],
)
async def test_a_bad_plan_is_invalid_input(
    client: httpx.AsyncClient, admin_headers: dict[str, str], field: str, value: object
) -> None:
    body = {
        "code": "ok",
        "name": "Ok",
        "price_minor": 1,
        "currency": "EUR",
        "period": "month",
        "stream_limit": 1,
    }
    response = await client.post(f"{ADMIN}/plans", json=body | {field: value}, headers=admin_headers)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["errors"][0]["field"] == field


async def test_a_taken_code_is_a_conflict_and_a_missing_plan_a_404(
    client: httpx.AsyncClient, admin_headers: dict[str, str]
) -> None:
    await create_plan(client, admin_headers, code="same")
    body = {
        "code": "same",
        "name": "X",
        "price_minor": 1,
        "currency": "EUR",
        "period": "year",
        "stream_limit": 1,
    }
    assert (await client.post(f"{ADMIN}/plans", json=body, headers=admin_headers)).status_code == 409
    assert (await client.get(f"{ADMIN}/plans/999", headers=admin_headers)).status_code == 404
    missing = await client.patch(f"{ADMIN}/plans/999", json={"name": "Y"}, headers=admin_headers)
    assert missing.status_code == 404


async def test_viewers_may_not_manage_plans(client: httpx.AsyncClient, member: Member) -> None:
    assert (await client.get(f"{ADMIN}/plans", headers=member.headers)).status_code == 403
    body = {
        "code": "x",
        "name": "X",
        "price_minor": 1,
        "currency": "EUR",
        "period": "year",
        "stream_limit": 1,
    }
    assert (await client.post(f"{ADMIN}/plans", json=body, headers=member.headers)).status_code == 403


async def test_the_plan_list_costs_the_same_with_more_plans(
    client: httpx.AsyncClient, admin_headers: dict[str, str], queries: QueryCounter
) -> None:
    costs = []
    for _ in range(2):
        for _ in range(5):
            await create_plan(client, admin_headers)
        queries.reset()
        assert (await client.get("/api/v1/plans")).status_code == 200
        public = queries.count
        queries.reset()
        assert (await client.get(f"{ADMIN}/plans", headers=admin_headers)).status_code == 200
        listing = queries.count
        queries.reset()
        plan = await create_plan(client, admin_headers)
        created = queries.count
        queries.reset()
        changed = await client.patch(
            f"{ADMIN}/plans/{plan['id']}", json={"name": "New"}, headers=admin_headers
        )
        assert changed.status_code == 200
        costs.append((public, listing, created, queries.count))
    assert costs[0] == costs[1]
