"""Stripe's webhooks with payloads signed in the test: a bad or old signature changes nothing; the
subscription follows the provider's state; a duplicate changes nothing; an older event arriving after a
newer one changes nothing; each applied event is in the ledger with its id."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from litestar import Litestar

from tests.billing.flow import ADMIN, account_id_of, create_plan
from tests.billing.stripe_events import WEBHOOKS, signed, subscription_event, with_stripe
from tests.conftest import QueryCounter
from tests.members import Member
from vuga.app import create_app
from vuga.settings import Settings

MINE = "/api/v1/me/subscription"


@pytest.fixture
def app(settings: Settings) -> Litestar:
    return create_app(with_stripe(settings))


async def deliver(client: httpx.AsyncClient, payload: bytes) -> httpx.Response:
    return await client.post(WEBHOOKS, content=payload, headers=signed(payload))


async def test_a_webhook_must_be_signed_with_the_endpoint_s_secret(
    client: httpx.AsyncClient, member: Member, admin_headers: dict[str, str]
) -> None:
    await create_plan(client, admin_headers, stripe_price_id="price_Std1")
    payload = subscription_event(
        "created", "sub_A", "active", int(time.time()), await account_id_of(client, member)
    )
    for headers in (
        {},
        {"Stripe-Signature": "nonsense"},
        signed(payload, secret="whsec_someone_else"),
        signed(payload, at=int(time.time()) - 3600),  # replayed past the tolerance
        signed(payload + b" "),  # the signature covers other bytes
    ):
        response = await client.post(WEBHOOKS, content=payload, headers=headers)
        assert response.status_code == 400, response.text
        assert response.headers["content-type"].startswith("application/problem+json")
    assert (await client.get(MINE, headers=member.headers)).json()["subscription"] is None
    not_an_event = b"[1, 2"
    assert (
        await client.post(WEBHOOKS, content=not_an_event, headers=signed(not_an_event))
    ).status_code == 400


async def test_the_subscription_follows_the_provider_once_and_in_order(
    client: httpx.AsyncClient, member: Member, admin_headers: dict[str, str]
) -> None:
    plan = await create_plan(client, admin_headers, stripe_price_id="price_Std1", stream_limit=3)
    account_id = await account_id_of(client, member)
    now = int(time.time())

    created = subscription_event("created", "sub_A", "trialing", now - 100, account_id, event_id="evt_first")
    assert (await deliver(client, created)).json() == {"outcome": "applied"}
    mine = (await client.get(MINE, headers=member.headers)).json()
    assert mine["subscription"]["state"] == "trialing"
    assert mine["subscription"]["provider"] == "stripe"
    assert mine["subscription"]["plan"]["id"] == plan["id"]
    assert mine["entitlements"]["stream_limit"] == 3

    assert (await deliver(client, created)).json() == {"outcome": "duplicate"}

    paid = subscription_event("updated", "sub_A", "active", now - 50, account_id)
    assert (await deliver(client, paid)).json() == {"outcome": "applied"}
    # A past_due older than the active already applied arrives late: nothing changes.
    late = subscription_event("updated", "sub_A", "past_due", now - 80, account_id)
    assert (await deliver(client, late)).json() == {"outcome": "stale"}
    assert (await client.get(MINE, headers=member.headers)).json()["subscription"]["state"] == "active"

    canceling = subscription_event(
        "updated", "sub_A", "active", now - 40, account_id, cancel_at_period_end=True
    )
    assert (await deliver(client, canceling)).json() == {"outcome": "applied"}
    assert (await client.get(MINE, headers=member.headers)).json()["subscription"]["state"] == "canceled"
    ended = subscription_event("deleted", "sub_A", "canceled", now - 30, account_id)
    assert (await deliver(client, ended)).json() == {"outcome": "applied"}
    mine = (await client.get(MINE, headers=member.headers)).json()
    assert mine["subscription"]["state"] == "expired"
    assert mine["entitlements"]["premium"] is False
    # Expired cannot go past_due: the table refuses, the event is recorded, nothing changes.
    odd = subscription_event("updated", "sub_A", "past_due", now - 20, account_id)
    assert (await deliver(client, odd)).json() == {"outcome": "refused"}

    subscription_id = mine["subscription"]["id"]
    ledger = (await client.get(f"{ADMIN}/subscriptions/{subscription_id}", headers=admin_headers)).json()[
        "ledger"
    ]
    assert [(e["from_state"], e["to_state"]) for e in reversed(ledger)] == [
        (None, "trialing"),
        ("trialing", "active"),
        ("active", "canceled"),
        ("canceled", "expired"),
    ]
    assert {e["cause"] for e in ledger} == {"provider"}
    assert ledger[-1]["provider_event_id"] == "evt_first"


async def test_an_event_delivered_at_once_several_times_is_applied_once(
    client: httpx.AsyncClient, member: Member, admin_headers: dict[str, str], database_url: str
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer at a time: the race is PostgreSQL's")
    await create_plan(client, admin_headers, stripe_price_id="price_Std1")
    account_id = await account_id_of(client, member)
    payload = subscription_event("created", "sub_R", "active", int(time.time()), account_id)
    answers = await asyncio.gather(*(deliver(client, payload) for _ in range(5)))
    assert [answer.status_code for answer in answers] == [200] * 5
    assert sorted(answer.json()["outcome"] for answer in answers) == ["applied"] + ["duplicate"] * 4
    mine = (await client.get(MINE, headers=member.headers)).json()["subscription"]
    ledger = (await client.get(f"{ADMIN}/subscriptions/{mine['id']}", headers=admin_headers)).json()["ledger"]
    assert len(ledger) == 1


async def test_an_earlier_subscription_s_late_news_changes_nothing(
    client: httpx.AsyncClient, member: Member, admin_headers: dict[str, str]
) -> None:
    await create_plan(client, admin_headers, stripe_price_id="price_Std1")
    account_id = await account_id_of(client, member)
    now = int(time.time())
    await deliver(client, subscription_event("created", "sub_old", "active", now - 500, account_id))
    await deliver(client, subscription_event("deleted", "sub_old", "canceled", now - 400, account_id))
    renewed = subscription_event("created", "sub_new", "active", now - 300, account_id)
    assert (await deliver(client, renewed)).json() == {"outcome": "applied"}
    # The old one's deletion, delivered again later with a newer event id and time: not the current one.
    late = subscription_event("deleted", "sub_old", "canceled", now - 200, account_id)
    assert (await deliver(client, late)).json() == {"outcome": "ignored"}
    assert (await client.get(MINE, headers=member.headers)).json()["subscription"]["state"] == "active"


async def test_events_the_server_cannot_place_are_ignored(
    client: httpx.AsyncClient, member: Member, admin_headers: dict[str, str]
) -> None:
    await create_plan(client, admin_headers, stripe_price_id="price_Std1")
    now = int(time.time())
    nobody = subscription_event("created", "sub_B", "active", now)  # no account in its metadata
    assert (await deliver(client, nobody)).json() == {"outcome": "ignored"}
    account_id = await account_id_of(client, member)
    unknown_price = subscription_event("created", "sub_C", "active", now, account_id, price_id="price_Other")
    assert (await deliver(client, unknown_price)).json() == {"outcome": "ignored"}
    incomplete = subscription_event("created", "sub_D", "incomplete", now, account_id)
    assert (await deliver(client, incomplete)).json() == {"outcome": "ignored"}
    other_type = b'{"id": "evt_invoice", "type": "invoice.paid", "created": 1, "data": {"object": {}}}'
    assert (await deliver(client, other_type)).json() == {"outcome": "ignored"}
    assert (await client.get(MINE, headers=member.headers)).json()["subscription"] is None


async def test_a_subscribed_account_is_sent_to_the_portal_not_a_second_checkout(
    client: httpx.AsyncClient, member: Member, admin_headers: dict[str, str]
) -> None:
    plan = await create_plan(client, admin_headers, stripe_price_id="price_Std1")
    account_id = await account_id_of(client, member)
    await deliver(client, subscription_event("created", "sub_E", "active", int(time.time()), account_id))
    again = await client.post(f"{MINE}/checkout", json={"plan_id": plan["id"]}, headers=member.headers)
    assert again.status_code == 409
    assert "portal" in again.json()["detail"]
    not_sold = await create_plan(client, admin_headers)
    refused = await client.post(f"{MINE}/checkout", json={"plan_id": not_sold["id"]}, headers=member.headers)
    assert refused.status_code == 409
    missing = await client.post(f"{MINE}/checkout", json={"plan_id": 99999}, headers=member.headers)
    assert missing.status_code == 404
    for bad in ({}, {"plan_id": 0}, {"plan_id": plan["id"], "promo_code": "x"}, {"plan_id": 1, "more": 1}):
        response = await client.post(f"{MINE}/checkout", json=bad, headers=member.headers)
        assert response.status_code == 422, (bad, response.text)
    # A manual grant does not override the provider's subscription.
    grant = {"account_id": account_id, "plan_id": plan["id"], "days": 3}
    assert (
        await client.post(f"{ADMIN}/subscriptions/grants", json=grant, headers=admin_headers)
    ).status_code == 409


async def test_a_webhook_costs_the_same_as_data_grows(
    client: httpx.AsyncClient, member: Member, admin_headers: dict[str, str], queries: QueryCounter
) -> None:
    await create_plan(client, admin_headers, stripe_price_id="price_Std1")
    account_id = await account_id_of(client, member)
    now = int(time.time())
    costs = []
    for round_ in range(2):
        base = now - 1000 + round_ * 200
        for n in range(5):  # more events applied, a longer ledger
            grown = subscription_event(
                "updated", "sub_F", "active", base + n, account_id, period_end=now + base + n
            )
            assert (await deliver(client, grown)).json() == {"outcome": "applied"}
        queries.reset()
        event = subscription_event(
            "updated", "sub_F", "active", base + 50, account_id, period_end=now + base + 50
        )
        assert (await deliver(client, event)).json() == {"outcome": "applied"}
        costs.append(queries.count)
    assert costs[0] == costs[1]
