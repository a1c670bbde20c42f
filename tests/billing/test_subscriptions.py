"""A subscription's life through the API: a manual grant, what it allows, canceling at the period's end,
a revoke; every transition in the ledger with who caused it; refused transitions are 409 problems; the
periodic job expires ended periods."""

from __future__ import annotations

from datetime import timedelta

import httpx
from litestar import Litestar
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from tests.billing.flow import ADMIN, account_id_of, create_plan, grant
from tests.conftest import QueryCounter
from tests.members import Member, register
from vuga.billing.models import Subscription
from vuga.billing.service import PeriodExpiry
from vuga.billing.tasks import EXPIRE_ENDED_PERIODS
from vuga.core.clock import utcnow
from vuga.worker import scheduled_task_names

MINE = "/api/v1/me/subscription"


async def test_without_a_subscription_the_account_has_the_free_entitlements(
    client: httpx.AsyncClient, member: Member
) -> None:
    response = await client.get(MINE, headers=member.headers)
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store, private"
    assert response.json() == {
        "subscription": None,
        "entitlements": {"premium": False, "stream_limit": 4, "max_height": 0, "has_ads": True},
    }


async def test_a_grant_then_cancel_then_revoke_each_leave_a_ledger_entry(
    client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member
) -> None:
    plan = await create_plan(client, admin_headers, stream_limit=3, max_height=720, has_ads=False)
    granted = await grant(client, admin_headers, member, plan["id"], days=30, note="support ticket 1")
    assert granted["state"] == "active"
    assert granted["provider"] == "manual"
    mine = (await client.get(MINE, headers=member.headers)).json()
    assert mine["subscription"]["state"] == "active"
    assert mine["subscription"]["plan"]["id"] == plan["id"]
    assert mine["entitlements"] == {"premium": True, "stream_limit": 3, "max_height": 720, "has_ads": False}

    # The same plan again lengthens the period from its end.
    longer = await grant(client, admin_headers, member, plan["id"], days=10)
    assert longer["current_period_end"] > granted["current_period_end"]

    canceled = await client.post(f"{MINE}/cancel", headers=member.headers)
    assert canceled.status_code == 200, canceled.text
    assert canceled.json()["subscription"]["state"] == "canceled"
    assert canceled.json()["entitlements"]["premium"] is True  # until the period ends
    again = await client.post(f"{MINE}/cancel", headers=member.headers)
    assert again.status_code == 409
    assert "from canceled to canceled" in again.json()["detail"]

    revoked = await client.post(
        f"{ADMIN}/subscriptions/{granted['id']}/revoke", json={"note": "refunded"}, headers=admin_headers
    )
    assert revoked.status_code == 200, revoked.text
    assert revoked.json()["state"] == "expired"
    assert (await client.get(MINE, headers=member.headers)).json()["entitlements"]["premium"] is False
    twice = await client.post(f"{ADMIN}/subscriptions/{granted['id']}/revoke", json={}, headers=admin_headers)
    assert twice.status_code == 409

    detail = (await client.get(f"{ADMIN}/subscriptions/{granted['id']}", headers=admin_headers)).json()
    ledger = [(e["from_state"], e["to_state"], e["cause"]) for e in reversed(detail["ledger"])]
    assert ledger == [
        (None, "active", "admin"),
        ("active", "active", "admin"),
        ("active", "canceled", "viewer"),
        ("canceled", "expired", "admin"),
    ]
    admin_id = (await client.get("/api/v1/me", headers=admin_headers)).json()["id"]
    assert detail["ledger"][-1]["actor_account_id"] == admin_id
    assert detail["ledger"][-1]["note"] == "support ticket 1"
    assert detail["ledger"][0]["note"] == "refunded"

    # Granted again after it expired: a new start, trialing this time.
    restarted = await grant(client, admin_headers, member, plan["id"], days=7, trial=True)
    assert restarted["id"] == granted["id"]
    assert restarted["state"] == "trialing"


async def test_grants_name_existing_accounts_and_plans(
    client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member
) -> None:
    plan = await create_plan(client, admin_headers)
    account_id = await account_id_of(client, member)
    for body in (
        {"account_id": 999999, "plan_id": plan["id"], "days": 5},
        {"account_id": account_id, "plan_id": 999999, "days": 5},
    ):
        response = await client.post(f"{ADMIN}/subscriptions/grants", json=body, headers=admin_headers)
        assert response.status_code == 404, response.text
    for bad in ({"days": 0}, {"days": 100000}, {"account_id": 0}, {"note": "x" * 301}, {"extra": 1}):
        body = {"account_id": account_id, "plan_id": plan["id"], "days": 5} | bad
        response = await client.post(f"{ADMIN}/subscriptions/grants", json=body, headers=admin_headers)
        assert response.status_code in (400, 422), (bad, response.text)
    assert (await client.get(f"{ADMIN}/subscriptions/999", headers=admin_headers)).status_code == 404
    assert (
        await client.post(f"{ADMIN}/subscriptions/999/revoke", json={}, headers=admin_headers)
    ).status_code == 404
    assert (await client.post(f"{MINE}/cancel", headers=member.headers)).status_code == 404


async def test_admins_list_subscriptions_by_state_a_page_at_a_time(
    client: httpx.AsyncClient, admin_headers: dict[str, str]
) -> None:
    plan = await create_plan(client, admin_headers)
    members = [await register(client) for _ in range(3)]
    for member in members:
        await grant(client, admin_headers, member, plan["id"])
    await grant(client, admin_headers, members[0], plan["id"], trial=False)
    first = (await client.get(f"{ADMIN}/subscriptions", params={"limit": 2}, headers=admin_headers)).json()
    assert len(first["items"]) == 2
    assert first["next_cursor"]
    rest = await client.get(
        f"{ADMIN}/subscriptions", params={"limit": 2, "cursor": first["next_cursor"]}, headers=admin_headers
    )
    assert len(rest.json()["items"]) == 1
    active = await client.get(f"{ADMIN}/subscriptions", params={"state": "expired"}, headers=admin_headers)
    assert active.json()["items"] == []
    bad = await client.get(f"{ADMIN}/subscriptions", params={"state": "paid"}, headers=admin_headers)
    assert bad.status_code == 422
    tampered = await client.get(
        f"{ADMIN}/subscriptions", params={"cursor": "nonsense"}, headers=admin_headers
    )
    assert tampered.status_code == 400


async def test_the_job_expires_ended_periods_with_a_ledger_entry(
    app: Litestar,
    client: httpx.AsyncClient,
    admin_headers: dict[str, str],
    member: Member,
    session: AsyncSession,
) -> None:
    plan = await create_plan(client, admin_headers)
    granted = await grant(client, admin_headers, member, plan["id"], days=3)
    other = await register(client)
    kept = await grant(client, admin_headers, other, plan["id"], days=30)
    assert EXPIRE_ENDED_PERIODS in scheduled_task_names(app.state.settings.jobs)

    expiry = PeriodExpiry(session, grace_s=0, clock=lambda: utcnow() + timedelta(days=4))
    assert await expiry.expire_ended() == 1
    await session.commit()
    assert await expiry.expire_ended() == 0  # expired ones stay expired
    await session.commit()
    detail = (await client.get(f"{ADMIN}/subscriptions/{granted['id']}", headers=admin_headers)).json()
    assert detail["state"] == "expired"
    assert detail["ledger"][0]["cause"] == "job"
    untouched = (await client.get(f"{ADMIN}/subscriptions/{kept['id']}", headers=admin_headers)).json()
    assert untouched["state"] == "active"


async def test_an_ended_period_plays_nothing_premium_even_before_the_job_runs(
    client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member, session: AsyncSession
) -> None:
    plan = await create_plan(client, admin_headers)
    granted = await grant(client, admin_headers, member, plan["id"])
    await session.execute(
        update(Subscription)
        .where(Subscription.id == granted["id"])
        .values(current_period_end=utcnow() - timedelta(seconds=1))
    )
    await session.commit()
    mine = (await client.get(MINE, headers=member.headers)).json()
    assert mine["subscription"]["state"] == "active"
    assert mine["entitlements"]["premium"] is False


async def test_the_subscription_routes_cost_the_same_as_data_grows(
    client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member, queries: QueryCounter
) -> None:
    plan = await create_plan(client, admin_headers)
    await grant(client, admin_headers, member, plan["id"])
    costs = []
    for _ in range(2):
        for _ in range(3):
            other = await register(client)
            await grant(client, admin_headers, other, plan["id"])
            await grant(client, admin_headers, member, plan["id"], days=1)  # a longer ledger
        granted_id = (await client.get(MINE, headers=member.headers)).json()["subscription"]["id"]
        account_id = await account_id_of(client, member)
        cost = {}
        for name, method, path, body in (
            ("mine", "GET", MINE, None),
            ("list", "GET", f"{ADMIN}/subscriptions", None),
            ("detail", "GET", f"{ADMIN}/subscriptions/{granted_id}", None),
            (
                "grant",
                "POST",
                f"{ADMIN}/subscriptions/grants",
                {"account_id": account_id, "plan_id": plan["id"], "days": 1},
            ),
        ):
            headers = member.headers if path == MINE else admin_headers
            queries.reset()
            response = await client.request(method, path, json=body, headers=headers)
            assert response.is_success, response.text
            cost[name] = queries.count
        costs.append(cost)
    assert costs[0] == costs[1]


async def test_the_manual_provider_takes_no_webhooks_nor_checkouts(
    client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member
) -> None:
    webhook = await client.post(
        "/api/v1/billing/webhooks/stripe", content=b"{}", headers={"Stripe-Signature": "t=1,v1=00"}
    )
    assert webhook.status_code == 409
    plan = await create_plan(client, admin_headers, stripe_price_id="price_Manual1")
    checkout = await client.post(f"{MINE}/checkout", json={"plan_id": plan["id"]}, headers=member.headers)
    assert checkout.status_code == 409
    assert (await client.post(f"{MINE}/portal", headers=member.headers)).status_code == 409
