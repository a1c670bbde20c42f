"""Promo codes: admins create them (a kind's fields and only those), viewers redeem free days through the
state machine; uses are limited in total and per account, and racing redemptions take exactly the uses
left."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from litestar import Litestar

from tests.billing.flow import ADMIN, account_id_of, create_code, create_plan, grant
from tests.conftest import QueryCounter, client_at
from tests.members import Member, register

MINE = "/api/v1/me/subscription"


def redeem_url(code: str) -> str:
    return f"/api/v1/me/promo-codes/{code}/redeem"


async def test_a_free_days_code_starts_a_trial_and_lengthens_a_manual_period(
    client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member
) -> None:
    plan = await create_plan(client, admin_headers)
    code = await create_code(client, admin_headers, code="freeweek", free_days=7, plan_ids=[plan["id"]])
    assert code["code"] == "FREEWEEK"
    redeemed = await client.post(redeem_url("FreeWeek"), headers=member.headers)
    assert redeemed.status_code == 200, redeemed.text
    body = redeemed.json()
    assert body["free_days"] == 7
    assert body["subscription"]["state"] == "trialing"
    assert (await client.get(MINE, headers=member.headers)).json()["entitlements"]["premium"] is True
    again = await client.post(redeem_url("FREEWEEK"), headers=member.headers)
    assert again.status_code == 409
    assert "used the code" in again.json()["detail"]

    other = await register(client)
    granted = await grant(client, admin_headers, other, plan["id"], days=30)
    more = await create_code(client, admin_headers, free_days=5)
    lengthened = (await client.post(redeem_url(more["code"]), headers=other.headers)).json()["subscription"]
    end = datetime.fromisoformat(lengthened["current_period_end"])
    assert end - datetime.fromisoformat(granted["current_period_end"]) == timedelta(days=5)
    assert lengthened["state"] == "active"
    ledger = (await client.get(f"{ADMIN}/subscriptions/{granted['id']}", headers=admin_headers)).json()[
        "ledger"
    ]
    assert (ledger[0]["cause"], ledger[0]["from_state"], ledger[0]["to_state"]) == (
        "promo",
        "active",
        "active",
    )

    uses = (await client.get(f"{ADMIN}/promo-codes/{code['id']}", headers=admin_headers)).json()
    assert uses["uses"] == 1
    redemptions = await client.get(f"{ADMIN}/promo-codes/{code['id']}/redemptions", headers=admin_headers)
    assert [r["account_id"] for r in redemptions.json()["items"]] == [await account_id_of(client, member)]


async def test_codes_are_refused_for_what_they_do_not_say(
    client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member
) -> None:
    plan, other_plan = await create_plan(client, admin_headers), await create_plan(client, admin_headers)
    only_one = await create_code(client, admin_headers, plan_ids=[plan["id"]])
    wrong_plan = await client.post(
        redeem_url(only_one["code"]), params={"plan_id": other_plan["id"]}, headers=member.headers
    )
    assert wrong_plan.status_code == 409
    several = await create_code(client, admin_headers, plan_ids=[plan["id"], other_plan["id"]])
    unnamed = await client.post(redeem_url(several["code"]), headers=member.headers)
    assert unnamed.status_code == 422
    assert unnamed.json()["errors"][0]["field"] == "plan_id"
    expired = await create_code(
        client,
        admin_headers,
        plan_ids=[plan["id"]],
        expires_at=(datetime.now(UTC) - timedelta(days=1)).isoformat(),
    )
    assert (await client.post(redeem_url(expired["code"]), headers=member.headers)).status_code == 409
    off = await create_code(client, admin_headers, plan_ids=[plan["id"]])
    patched = await client.patch(
        f"{ADMIN}/promo-codes/{off['id']}", json={"is_active": False}, headers=admin_headers
    )
    assert patched.json()["is_active"] is False
    gone = await client.post(redeem_url(off["code"]), headers=member.headers)
    assert gone.status_code == 404, gone.text
    discount = await create_code(client, admin_headers, kind="percent", percent_off=20, free_days=None)
    refused = await client.post(redeem_url(discount["code"]), headers=member.headers)
    assert refused.status_code == 409
    assert "checkout" in refused.json()["detail"]
    # With the manual provider a discount has no checkout to go to either.
    checkout = await client.post(
        f"{MINE}/checkout",
        json={"plan_id": plan["id"], "promo_code": discount["code"]},
        headers=member.headers,
    )
    assert checkout.status_code == 409
    assert "no payments online" in checkout.json()["detail"]
    assert (await client.post(redeem_url("NOSUCHCODE"), headers=member.headers)).status_code == 404
    for bad in ("a", "x" * 41, "semi;colon"):
        response = await client.post(redeem_url(bad), headers=member.headers)
        assert response.status_code in (404, 422), (bad, response.status_code)
    nothing = (await client.get(f"{ADMIN}/promo-codes/{discount['id']}", headers=admin_headers)).json()
    assert nothing["uses"] == 0


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "percent"},  # no percent_off
        {"kind": "percent", "percent_off": 20, "free_days": 3},  # another kind's field
        {"kind": "percent", "percent_off": 101},
        {"kind": "amount", "amount_off_minor": 500},  # no currency
        {"kind": "free_days", "free_days": 0},
        {"kind": "free_days", "free_days": 7, "max_uses": 0},
        {"kind": "bogus"},
        {"kind": "free_days", "free_days": 7, "expires_at": "2027-01-01T00:00:00"},  # no offset
    ],
)
async def test_a_code_is_created_with_its_kind_s_fields_only(
    client: httpx.AsyncClient, admin_headers: dict[str, str], body: dict[str, object]
) -> None:
    response = await client.post(f"{ADMIN}/promo-codes", json={"code": "BAD1"} | body, headers=admin_headers)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_admins_only_create_codes_and_names_are_unique(
    client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member
) -> None:
    body = {"code": "ONCE", "kind": "free_days", "free_days": 3}
    assert (await client.post(f"{ADMIN}/promo-codes", json=body, headers=member.headers)).status_code == 403
    assert (await client.post(f"{ADMIN}/promo-codes", json=body, headers=admin_headers)).status_code == 201
    assert (
        await client.post(f"{ADMIN}/promo-codes", json=body | {"code": "once"}, headers=admin_headers)
    ).status_code == 409
    unknown_plan = body | {"code": "TWICE", "plan_ids": [999]}
    assert (
        await client.post(f"{ADMIN}/promo-codes", json=unknown_plan, headers=admin_headers)
    ).status_code == 404
    assert (await client.get(f"{ADMIN}/promo-codes/999", headers=admin_headers)).status_code == 404
    listed = (await client.get(f"{ADMIN}/promo-codes", headers=admin_headers)).json()
    assert [item["code"] for item in listed["items"]] == ["ONCE"]


async def test_racing_redemptions_take_exactly_the_uses_left(
    app: Litestar, client: httpx.AsyncClient, admin_headers: dict[str, str], database_url: str
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer at a time: the race is PostgreSQL's")
    plan = await create_plan(client, admin_headers)
    uses_left, racers = 3, 12
    code = await create_code(client, admin_headers, plan_ids=[plan["id"]], max_uses=uses_left)
    members = [await register(client) for _ in range(racers)]
    clients = [client_at(app, ("127.0.0.1", 2000 + n)) for n in range(racers)]

    async def redeem(member: Member, racer: httpx.AsyncClient) -> int:
        return (await racer.post(redeem_url(code["code"]), headers=member.headers)).status_code

    try:
        statuses = await asyncio.gather(*(redeem(m, c) for m, c in zip(members, clients, strict=True)))
    finally:
        for racer in clients:
            await racer.aclose()
    assert statuses.count(200) == uses_left, statuses
    assert set(statuses) == {200, 409}
    after = (await client.get(f"{ADMIN}/promo-codes/{code['id']}", headers=admin_headers)).json()
    assert after["uses"] == uses_left
    used = await client.get(f"{ADMIN}/promo-codes/{code['id']}/redemptions", headers=admin_headers)
    assert len(used.json()["items"]) == uses_left


async def test_one_account_racing_itself_passes_not_its_limit(
    app: Litestar, client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member, database_url: str
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer at a time: the race is PostgreSQL's")
    plan = await create_plan(client, admin_headers)
    code = await create_code(client, admin_headers, plan_ids=[plan["id"]], max_uses=100)
    statuses = await asyncio.gather(
        *(client.post(redeem_url(code["code"]), headers=member.headers) for _ in range(6))
    )
    assert [s.status_code for s in statuses].count(200) == 1


async def test_redeeming_costs_the_same_as_data_grows(
    client: httpx.AsyncClient, admin_headers: dict[str, str], queries: QueryCounter
) -> None:
    plan = await create_plan(client, admin_headers)
    # Registered before anything is counted: a sign-up's background work (its verification mail) is done.
    members = [await register(client) for _ in range(3)]
    costs = []
    for member in members[1:]:
        await client.get("/api/v1/me", headers=member.headers)
        for _ in range(3):  # more codes, more uses, a longer ledger
            used = await create_code(client, admin_headers, plan_ids=[plan["id"]])
            assert (await client.post(redeem_url(used["code"]), headers=members[0].headers)).is_success
        code = await create_code(client, admin_headers, plan_ids=[plan["id"]])
        queries.reset()
        assert (await client.post(redeem_url(code["code"]), headers=member.headers)).status_code == 200
        redeem = queries.count
        queries.reset()
        assert (await client.get(f"{ADMIN}/promo-codes", headers=admin_headers)).status_code == 200
        listing = queries.count
        queries.reset()
        assert (
            await client.get(f"{ADMIN}/promo-codes/{code['id']}/redemptions", headers=admin_headers)
        ).is_success
        costs.append((redeem, listing, queries.count))
    assert costs[0] == costs[1]
