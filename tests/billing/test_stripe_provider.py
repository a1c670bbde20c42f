"""The Stripe provider's API objects on localstripe: customers, coupons for discount codes, canceling at the
period's end. localstripe has no Checkout or billing-portal endpoints: a checkout on it fails as Stripe
failing would, a 503 problem that changes nothing here."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from litestar import Litestar
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.billing.flow import ADMIN, create_code, create_plan
from tests.billing.localstripe_server import localstripe  # noqa: F401 (the fixture)
from tests.billing.stripe_events import with_stripe
from tests.members import Member
from vuga.app import create_app
from vuga.billing.providers import Coupon, StripeProvider
from vuga.settings import Settings


@pytest.fixture
def app(settings: Settings, localstripe: str) -> Litestar:  # noqa: F811
    return create_app(with_stripe(settings, api_base=localstripe))


@pytest.fixture
async def provider(app: Litestar, client: httpx.AsyncClient) -> AsyncIterator[StripeProvider]:
    stripe_provider: StripeProvider = app.state.payment_provider
    return stripe_provider


async def test_customers_and_coupons_are_made_at_stripe(provider: StripeProvider) -> None:
    customer_id = await provider.customer(42)
    assert customer_id.startswith("cus_")
    customer = await provider.client.v1.customers.retrieve_async(customer_id)
    assert customer.metadata["account_id"] == "42"

    percent = await provider.coupon("WELCOME20", Coupon(percent_off=20, amount_off_minor=None, currency=None))
    amount = await provider.coupon("FIVEOFF", Coupon(percent_off=None, amount_off_minor=500, currency="EUR"))
    made = await provider.client.v1.coupons.retrieve_async(percent)
    assert made.percent_off == 20
    assert made.duration == "once"
    assert percent == "vuga-WELCOME20"
    again = await provider.coupon("WELCOME20", Coupon(percent_off=20, amount_off_minor=None, currency=None))
    assert again == percent  # made once
    made = await provider.client.v1.coupons.retrieve_async(amount)
    assert (made.amount_off, made.currency) == (500, "eur")


async def test_canceling_at_the_period_s_end_is_asked_of_stripe(provider: StripeProvider) -> None:
    client = provider.client.v1
    product = await client.products.create_async(params={"name": "Standard"})
    plan = await client.plans.create_async(
        params={"amount": 999, "currency": "usd", "interval": "month", "product": product.id}
    )
    customer = await client.customers.create_async()
    subscription = await client.subscriptions.create_async(  # a trial: no card needed to begin
        params={"customer": customer.id, "items": [{"plan": plan.id}], "trial_period_days": 7}  # type: ignore[typeddict-item]
    )
    await provider.cancel_at_period_end(subscription.id)
    assert (await client.subscriptions.retrieve_async(subscription.id)).cancel_at_period_end is True


async def test_a_checkout_stripe_cannot_make_changes_nothing_here(
    client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member, session: AsyncSession
) -> None:
    plan = await create_plan(client, admin_headers, stripe_price_id="price_Std1")
    code = await create_code(client, admin_headers, kind="percent", percent_off=10, free_days=None)
    response = await client.post(
        "/api/v1/me/subscription/checkout",
        json={"plan_id": plan["id"], "promo_code": code["code"]},
        headers=member.headers,
    )
    assert response.status_code == 503, response.text
    assert response.headers["retry-after"] == "5"
    assert response.headers["content-type"].startswith("application/problem+json")
    assert (await session.execute(text("SELECT COUNT(*) FROM billing_customers"))).scalar_one() == 0
    await session.commit()
    unused = (await client.get(f"{ADMIN}/promo-codes/{code['id']}", headers=admin_headers)).json()
    assert unused["uses"] == 0
    portal = await client.post("/api/v1/me/subscription/portal", headers=member.headers)
    assert portal.status_code == 404  # never checked out: no customer yet
