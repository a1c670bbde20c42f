"""The viewer's side of a subscription: what it is and what it allows, checkout at the payment provider,
the provider's customer portal, canceling at the period's end."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.billing import states
from vuga.billing.models import Cause, PromoCode, PromoKind, ProviderCustomer, State
from vuga.billing.providers import Coupon, PaymentProvider
from vuga.billing.repository import (
    CustomersRepository,
    PlansRepository,
    PromoCodesRepository,
    SubscriptionsRepository,
)
from vuga.billing.schemas import CheckoutIn, CheckoutOut, MySubscription, PortalOut
from vuga.billing.service.entitlements import EntitlementPolicy, is_entitled
from vuga.billing.service.promos import PromoUses
from vuga.billing.service.subscriptions import Move, SubscriptionLedger, subscription_out
from vuga.core.clock import utcnow
from vuga.core.errors import Conflict, NotFound
from vuga.settings import BillingSettings


def absolute(url: str, origin: str) -> str:
    """A configured page, made absolute with the request's origin when it is a path."""
    return url if "://" in url else origin.rstrip("/") + url


class AccountSubscription:
    def __init__(
        self,
        session: AsyncSession,
        provider: PaymentProvider,
        policy: EntitlementPolicy,
        settings: BillingSettings,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.session = session
        self.provider = provider
        self.policy = policy
        self.settings = settings
        self.subscriptions = SubscriptionsRepository(session)
        self.plans = PlansRepository(session)
        self.customers = CustomersRepository(session)
        self.promos = PromoCodesRepository(session)
        self.uses = PromoUses(session, clock)
        self.ledger = SubscriptionLedger(session)
        self.clock = clock

    async def mine(self, viewer: Viewer) -> MySubscription:
        pair = await self.subscriptions.with_plan_of_account(viewer.account_id)
        entitlements = self.policy.of(pair, self.clock())
        return MySubscription(
            subscription=subscription_out(*pair) if pair else None, entitlements=entitlements
        )

    async def checkout(self, viewer: Viewer, data: CheckoutIn, origin: str) -> CheckoutOut:
        """A hosted checkout page for the plan. A discount code is taken now (a use counted) and given to
        the provider as a coupon; the subscription begins when the provider's webhook says it did."""
        if self.provider.name == "manual":
            raise Conflict("this server takes no payments online: an administrator grants plans")
        plan = await self.plans.get(data.plan_id)
        if plan is None or not plan.is_active:
            raise NotFound(f"plan {data.plan_id} does not exist")
        if not plan.stripe_price_id:
            raise Conflict(f"the plan {plan.code} is not sold online")
        subscription = await self.subscriptions.of_account(viewer.account_id, for_update=True)
        now = self.clock()
        if (
            subscription is not None
            and subscription.provider != "manual"
            and is_entitled(subscription, now, timedelta(seconds=self.policy.grace_s))
        ):
            raise Conflict("this account is subscribed already: change its plan in the portal")
        coupon_id = None
        if data.promo_code:
            coupon_id = await self._coupon(viewer.account_id, data.promo_code, plan.id)
        customer = await self.customers.of_account(viewer.account_id)
        if customer is None:
            customer = ProviderCustomer(
                account_id=viewer.account_id,
                provider=self.provider.name,
                customer_id=await self.provider.customer(viewer.account_id),
            )
            await self.customers.add(customer)
        # A plan's trial is for a first subscription only.
        trial_days = plan.trial_days if subscription is None else 0
        page = await self.provider.checkout(
            customer.customer_id,
            plan.stripe_price_id,
            viewer.account_id,
            plan.id,
            trial_days,
            coupon_id,
            absolute(self.settings.checkout_success_url, origin),
            absolute(self.settings.checkout_cancel_url, origin),
        )
        return CheckoutOut(url=page.url, provider=self.provider.name, session_id=page.id)  # type: ignore[arg-type]

    async def _coupon(self, account_id: int, code: str, plan_id: int) -> str:
        promo = await self.promos.by_code(code.upper())
        if promo is not None and promo.kind == PromoKind.FREE_DAYS.value:
            raise Conflict(
                f"the code {promo.code} gives free days: redeem it at /me/promo-codes/{{code}}/redeem"
            )
        promo = await self.uses.take(account_id, code, plan_id)
        if promo.stripe_coupon_id is None:
            promo.stripe_coupon_id = await self.provider.coupon(promo.code, _discount(promo))
        return promo.stripe_coupon_id

    async def portal(self, viewer: Viewer, origin: str) -> PortalOut:
        if self.provider.name == "manual":
            raise Conflict("this server takes no payments online: there is no billing portal")
        customer = await self.customers.of_account(viewer.account_id)
        if customer is None:
            raise NotFound("this account has no billing details yet: subscribe first")
        page = await self.provider.portal(
            customer.customer_id, absolute(self.settings.portal_return_url, origin)
        )
        return PortalOut(url=page.url)

    async def cancel(self, viewer: Viewer) -> MySubscription:
        """Cancels at the period's end: the plan plays until then. The provider's subscription is canceled
        at the provider first (its webhook then confirms it)."""
        subscription = await self.subscriptions.of_account(viewer.account_id, for_update=True)
        if subscription is None:
            raise NotFound("this account has no subscription")
        states.transition(State(subscription.state), State.CANCELED)  # refused before the provider is asked
        if subscription.provider != "manual" and subscription.provider_subscription_id:
            await self.provider.cancel_at_period_end(subscription.provider_subscription_id)
        await self.ledger.move(
            viewer.account_id,
            subscription,
            Move(
                to_state=State.CANCELED,
                plan_id=subscription.plan_id,
                period_start=subscription.current_period_start,
                period_end=subscription.current_period_end,
                cause=Cause.VIEWER,
                actor_account_id=viewer.account_id,
            ),
        )
        return await self.mine(viewer)


def _discount(promo: PromoCode) -> Coupon:
    return Coupon(
        percent_off=promo.percent_off, amount_off_minor=promo.amount_off_minor, currency=promo.currency
    )
