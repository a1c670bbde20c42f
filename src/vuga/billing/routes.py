"""Billing API for viewers: the plans on sale, the account's subscription and what it allows, checkout and
the billing portal (pages hosted by the payment provider), canceling, promo codes; and the provider's
webhooks."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Request, Router, get, post
from litestar.datastructures import CacheControlHeader, State
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody, PathParameter, QueryParameter
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer, authenticated, provide_viewer
from vuga.billing.dependencies import entitlement_policy
from vuga.billing.providers import InvalidSignature, PaymentProvider
from vuga.billing.schemas import (
    CheckoutIn,
    CheckoutOut,
    MySubscription,
    PlanOut,
    PortalOut,
    Redeemed,
)
from vuga.billing.service import AccountSubscription, Plans, PromoRedemptions, ProviderWebhooks
from vuga.core.bounds import MAX_ID
from vuga.core.cache import PERSONAL
from vuga.core.http import provide_reader, provide_writer
from vuga.core.openapi import problems, raw_body
from vuga.core.pagination import Page
from vuga.settings import Settings

CurrentViewer = NamedDependency[Viewer]
WEBHOOK_EXAMPLE = {
    "id": "evt_1QsXyZ",
    "object": "event",
    "type": "customer.subscription.updated",
    "created": 1796600000,
    "data": {"object": {"id": "sub_1QsXyZ", "object": "subscription", "status": "active"}},
}
Mine = NamedDependency[AccountSubscription]
CodeParam = Annotated[str, PathParameter(pattern="^[A-Za-z0-9_-]{3,40}$", description="The promo code.")]


def provide_account_subscription(writer: NamedDependency[AsyncSession], state: State) -> AccountSubscription:
    settings: Settings = state.settings
    return AccountSubscription(writer, state.payment_provider, entitlement_policy(settings), settings.billing)


def origin_of(request: Request[Any, Any, Any]) -> str:
    return str(request.base_url).rstrip("/")


@get(
    "/plans",
    summary="The plans on sale",
    cache_control=CacheControlHeader(public=True, max_age=300),
    dependencies={"reader": Provide(provide_reader)},
)
async def list_plans(reader: NamedDependency[AsyncSession]) -> Page[PlanOut]:
    """The active plans, in the order the shop shows them: price in the currency's minor unit (`999` with
    `USD` is $9.99), period, trial days, concurrent streams, tallest rendition (`max_height`, 0: any), ads."""
    return Page(items=await Plans(reader).public())


@get("/me/subscription", guards=[authenticated], summary="The account's subscription and what it allows")
async def my_subscription(mine: Mine, viewer: CurrentViewer) -> MySubscription:
    """The subscription (or `null`) and the entitlements it gives now: premium titles or not, streams, the
    tallest rendition. A canceled subscription plays until `current_period_end`, then expires."""
    return await mine.mine(viewer)


@post(
    "/me/subscription/checkout",
    status_code=201,
    guards=[authenticated],
    summary="Start paying for a plan: the payment provider's hosted checkout page",
    opt=problems(
        {
            404: "No such plan on sale, or no such promo code.",
            409: "The account is subscribed already (use the portal), the plan is not sold online, the "
            "server takes no payments online (manual provider), or the promo code is expired, used up, "
            "used by this account already, not good for this plan, or a free-days code.",
            503: "The payment provider cannot be reached; retry after `Retry-After` seconds.",
        }
    ),
)
async def start_checkout(
    request: Request[Any, Any, Any], mine: Mine, viewer: CurrentViewer, data: JSONBody[CheckoutIn]
) -> CheckoutOut:
    """Send the viewer to `url` (Stripe Checkout). The subscription begins when the provider's webhook
    reports it (a plan's trial only on a first subscription); a discount code is applied as a coupon and
    counts as used from now."""
    return await mine.checkout(viewer, data, origin_of(request))


@post(
    "/me/subscription/portal",
    status_code=201,
    guards=[authenticated],
    summary="The payment provider's billing portal: payment method, invoices, plan changes",
    opt=problems(
        {
            404: "The account has never checked out.",
            409: "The server takes no payments online (manual provider).",
            503: "The payment provider cannot be reached.",
        }
    ),
)
async def open_portal(request: Request[Any, Any, Any], mine: Mine, viewer: CurrentViewer) -> PortalOut:
    """A one-time link to the Stripe customer portal, which returns to the app when done."""
    return await mine.portal(viewer, origin_of(request))


@post(
    "/me/subscription/cancel",
    status_code=200,
    guards=[authenticated],
    summary="Cancel at the end of the current period",
    opt=problems(
        {
            404: "The account has no subscription.",
            409: "The subscription cannot be canceled from its state (expired, or canceled already).",
            503: "The payment provider cannot be reached.",
        }
    ),
)
async def cancel_subscription(mine: Mine, viewer: CurrentViewer) -> MySubscription:
    """The plan plays until `current_period_end`, then the subscription expires; no renewal is charged."""
    return await mine.cancel(viewer)


@post(
    "/me/promo-codes/{code:str}/redeem",
    status_code=200,
    guards=[authenticated],
    summary="Redeem a free-days promo code",
    opt=problems(
        {
            404: "No such code, or no such plan.",
            409: "The code is expired, used up, used by this account already, not good for the plan, a "
            "discount (send it with the checkout), or the subscription's state does not take free days.",
            422: "The code is good for several plans: name one with `plan_id`.",
        }
    ),
)
async def redeem_code(
    writer: NamedDependency[AsyncSession],
    viewer: CurrentViewer,
    code: CodeParam,
    plan_id: Annotated[
        int | None, QueryParameter(ge=1, le=MAX_ID, description="The plan, when the code names several.")
    ] = None,
) -> Redeemed:
    """Grants the code's free days at once: a trial of the plan, or days added to the account's current
    period on the same plan. Each code is used at most its total and per-account number of times, however
    many redemptions race."""
    return await PromoRedemptions(writer).redeem(viewer, code, plan_id)


@post(
    "/billing/webhooks/stripe",
    status_code=200,
    summary="Stripe's webhook endpoint (signed events)",
    opt={
        **raw_body("application/json", example=WEBHOOK_EXAMPLE),
        **problems(
            {
                400: "The `Stripe-Signature` does not verify, is too old, or the body is no event.",
                409: "The server's payment provider is manual: it takes no webhooks.",
            }
        ),
    },
    include_in_schema=True,
)
async def stripe_webhook(
    request: Request[Any, Any, Any], writer: NamedDependency[AsyncSession]
) -> dict[str, str]:
    """Register this URL in Stripe's dashboard with the `customer.subscription.*` events. Each event is
    verified with the endpoint's signing secret and applied once: a redelivery, or an event older than one
    applied already, changes nothing (`outcome`: `applied`, `duplicate`, `stale`, `refused`, `ignored`)."""
    signature = request.headers.get("stripe-signature")
    if not signature:
        raise InvalidSignature("a webhook needs its Stripe-Signature header")
    provider: PaymentProvider = request.app.state.payment_provider
    event = provider.verified_event(await request.body(), signature)
    outcome = await ProviderWebhooks(writer, provider.name).apply(event)
    return {"outcome": outcome}


billing_router = Router(
    path="/",
    route_handlers=[
        list_plans,
        my_subscription,
        start_checkout,
        open_portal,
        cancel_subscription,
        redeem_code,
        stripe_webhook,
    ],
    dependencies={
        "writer": Provide(provide_writer),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
        "mine": Provide(provide_account_subscription, sync_to_thread=False),
    },
    tags=["billing"],
    cache_control=PERSONAL,
)
