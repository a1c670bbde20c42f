"""Billing's admin API: plans, subscriptions with their ledger and manual grants, promo codes with their
uses, and the availability rules of titles and episodes. Admin role only: it is money."""

from __future__ import annotations

from typing import Annotated, Literal

from litestar import Router, delete, get, patch, post, put
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody, QueryParameter
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer, provide_viewer, require_role
from vuga.accounts.models import Role
from vuga.billing.schemas import (
    AdminPlan,
    AdminSubscription,
    AdminSubscriptionDetail,
    AvailabilityIn,
    AvailabilityOut,
    GrantIn,
    PlanCreate,
    PlanUpdate,
    PromoCodeCreate,
    PromoCodeOut,
    PromoCodeUpdate,
    RedemptionOut,
    RevokeIn,
)
from vuga.billing.service import AvailabilityEditor, Plans, PromoCodes, SubscriptionAdministration
from vuga.core.bounds import MAX_ID
from vuga.core.cache import PERSONAL
from vuga.core.http import PathId, provide_writer
from vuga.core.openapi import problems
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page

Writer = NamedDependency[AsyncSession]
CurrentViewer = NamedDependency[Viewer]
require_admin = require_role(Role.ADMIN)

# --- plans -----------------------------------------------------------------------------------------------


@get("/plans", summary="Every plan, on sale or not")
async def admin_list_plans(writer: Writer) -> Page[AdminPlan]:
    """All plans (at most 100), in the shop's order, with their Stripe price."""
    return Page(items=await Plans(writer).all())


@post("/plans", summary="Create a plan", opt=problems({409: "The code or the Stripe price is taken."}))
async def admin_create_plan(writer: Writer, data: JSONBody[PlanCreate]) -> AdminPlan:
    """A plan with its price in the currency's minor unit and ISO 4217 code, its period and trial, its
    concurrent streams and tallest rendition, and ads or not. `stripe_price_id` is the Stripe price its
    checkout charges (create it in Stripe first); a plan without one is granted by admins only."""
    return await Plans(writer).create(data)


@get("/plans/{plan_id:int}", summary="One plan")
async def admin_get_plan(writer: Writer, plan_id: PathId) -> AdminPlan:
    """The plan, on sale or not."""
    return await Plans(writer).admin_get(plan_id)


@patch("/plans/{plan_id:int}", summary="Change a plan", opt=problems({409: "The Stripe price is taken."}))
async def admin_update_plan(writer: Writer, plan_id: PathId, data: JSONBody[PlanUpdate]) -> AdminPlan:
    """Changes the fields sent. A price change applies to new checkouts (Stripe prices are immutable:
    give a new `stripe_price_id`); `is_active: false` takes the plan off sale, its subscribers keep it."""
    return await Plans(writer).update(plan_id, data)


# --- subscriptions ---------------------------------------------------------------------------------------


@get("/subscriptions", summary="Subscriptions, the newest first")
async def admin_list_subscriptions(
    writer: Writer,
    in_state: Annotated[
        Literal["trialing", "active", "past_due", "canceled", "expired"] | None,
        QueryParameter(name="state", description="Only those in this state."),
    ] = None,
    account_id: Annotated[int | None, QueryParameter(ge=1, le=MAX_ID)] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Page[AdminSubscription]:
    """A page of subscriptions, filtered by state or account."""
    return await SubscriptionAdministration(writer).page(in_state, account_id, cursor, limit)


@get("/subscriptions/{subscription_id:int}", summary="A subscription with its ledger")
async def admin_get_subscription(writer: Writer, subscription_id: PathId) -> AdminSubscriptionDetail:
    """The subscription and its last 100 transitions, the newest first: each with its cause (viewer,
    admin, provider with the event's id, job, promo) and who acted."""
    return await SubscriptionAdministration(writer).detail(subscription_id)


@post(
    "/subscriptions/grants",
    status_code=201,
    summary="Grant a plan by hand (the manual provider)",
    opt=problems(
        {
            404: "No such account or plan.",
            409: "The account pays through the payment provider, or its state does not allow it.",
        }
    ),
)
async def admin_grant(
    writer: Writer, viewer: CurrentViewer, data: JSONBody[GrantIn]
) -> AdminSubscriptionDetail:
    """The plan for `days` from now — or from the current period's end when the account has this plan
    already — as active (or trialing, with `trial`). Recorded in the ledger with the admin's id."""
    return await SubscriptionAdministration(writer).grant(viewer, data)


@post(
    "/subscriptions/{subscription_id:int}/revoke",
    status_code=200,
    summary="End a manual subscription now",
    opt=problems({409: "The subscription is the provider's, or expired already."}),
)
async def admin_revoke(
    writer: Writer, viewer: CurrentViewer, subscription_id: PathId, data: JSONBody[RevokeIn]
) -> AdminSubscriptionDetail:
    """Expires it at once; the ledger keeps the note and the admin's id."""
    return await SubscriptionAdministration(writer).revoke(viewer, subscription_id, data.note)


# --- promo codes -----------------------------------------------------------------------------------------


@get("/promo-codes", summary="Promo codes, the newest first")
async def admin_list_promo_codes(
    writer: Writer, limit: Limit = DEFAULT_LIMIT, cursor: CursorParam = None
) -> Page[PromoCodeOut]:
    """Each with its uses so far."""
    return await PromoCodes(writer).page(cursor, limit)


@post(
    "/promo-codes",
    summary="Create a promo code",
    opt=problems({404: "A plan it names does not exist.", 409: "The code exists already."}),
)
async def admin_create_promo_code(writer: Writer, data: JSONBody[PromoCodeCreate]) -> PromoCodeOut:
    """`percent` (`percent_off`) or `amount` (`amount_off_minor` and `currency`) off a Stripe checkout, or
    `free_days` granted at once; optionally only for `plan_ids`, until `expires_at`, `max_uses` in all and
    `per_account_limit` per account. A kind's fields, and only those, are required."""
    return await PromoCodes(writer).create(data)


@get("/promo-codes/{promo_id:int}", summary="A promo code")
async def admin_get_promo_code(writer: Writer, promo_id: PathId) -> PromoCodeOut:
    """The code and its uses so far."""
    return await PromoCodes(writer).detail(promo_id)


@patch("/promo-codes/{promo_id:int}", summary="Turn a code off, or change its expiry")
async def admin_update_promo_code(
    writer: Writer, promo_id: PathId, data: JSONBody[PromoCodeUpdate]
) -> PromoCodeOut:
    """What a code gives never changes once created (its uses were given for that); make a new one."""
    return await PromoCodes(writer).update(promo_id, data)


@get("/promo-codes/{promo_id:int}/redemptions", summary="Who used a code, the latest first")
async def admin_list_redemptions(
    writer: Writer, promo_id: PathId, limit: Limit = DEFAULT_LIMIT, cursor: CursorParam = None
) -> Page[RedemptionOut]:
    """Each use: the account, the plan, when."""
    return await PromoCodes(writer).redemptions(promo_id, cursor, limit)


# --- availability ----------------------------------------------------------------------------------------

NO_SUCH = problems({404: "No such title or episode."})


@get("/titles/{title_id:int}/availability", summary="Who may play a title")
async def admin_get_title_availability(writer: Writer, title_id: PathId) -> AvailabilityOut:
    """The title's rule; a title without one is free, always, everywhere."""
    return await AvailabilityEditor(writer).get(title_id, None)


@put("/titles/{title_id:int}/availability", summary="Set who may play a title", opt=NO_SUCH)
async def admin_set_title_availability(
    writer: Writer, title_id: PathId, data: JSONBody[AvailabilityIn]
) -> AvailabilityOut:
    """`access` (`free`, `premium`: a subscription that plays, `locked`: nobody), the window it plays in,
    and the countries it plays in (`countries`, empty: all) or never (`blocked_countries`). Applies to all
    its episodes, but those with a rule of their own."""
    return await AvailabilityEditor(writer).put(title_id, None, data)


@delete("/titles/{title_id:int}/availability", summary="Free a title everywhere, always")
async def admin_remove_title_availability(writer: Writer, title_id: PathId) -> None:
    """Removes the title's rule."""
    await AvailabilityEditor(writer).remove(title_id, None)


@get("/episodes/{episode_id:int}/availability", summary="Who may play an episode")
async def admin_get_episode_availability(writer: Writer, episode_id: PathId) -> AvailabilityOut:
    """The episode's own rule (its series' applies while it has none)."""
    return await AvailabilityEditor(writer).get(None, episode_id)


@put("/episodes/{episode_id:int}/availability", summary="Set who may play an episode", opt=NO_SUCH)
async def admin_set_episode_availability(
    writer: Writer, episode_id: PathId, data: JSONBody[AvailabilityIn]
) -> AvailabilityOut:
    """As a title's; it wins over its series' rule."""
    return await AvailabilityEditor(writer).put(None, episode_id, data)


@delete("/episodes/{episode_id:int}/availability", summary="Let an episode follow its series' rule")
async def admin_remove_episode_availability(writer: Writer, episode_id: PathId) -> None:
    """Removes the episode's own rule."""
    await AvailabilityEditor(writer).remove(None, episode_id)


billing_admin_router = Router(
    path="/admin",
    route_handlers=[
        admin_list_plans,
        admin_create_plan,
        admin_get_plan,
        admin_update_plan,
        admin_list_subscriptions,
        admin_get_subscription,
        admin_grant,
        admin_revoke,
        admin_list_promo_codes,
        admin_create_promo_code,
        admin_get_promo_code,
        admin_update_promo_code,
        admin_list_redemptions,
        admin_get_title_availability,
        admin_set_title_availability,
        admin_remove_title_availability,
        admin_get_episode_availability,
        admin_set_episode_availability,
        admin_remove_episode_availability,
    ],
    guards=[require_admin],
    dependencies={
        "writer": Provide(provide_writer),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
    },
    tags=["admin", "billing"],
    cache_control=PERSONAL,
)
