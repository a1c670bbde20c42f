"""The payment provider's webhooks: the subscription follows the provider's state.

An event is applied at most once: its id is stored (``billing_provider_events``) in the transaction that
applies it, so a redelivery — even a concurrent one, which waits on the key — changes nothing. Events may
arrive out of order: each subscription keeps the provider's time of the last state applied (the event's
``created``), and an older event arriving after a newer one changes nothing. A state the transition table
does not allow from the current one is recorded as refused and changes nothing either, and so does news of
an account's earlier provider subscription once another one replaced it.

Stripe's subscription statuses map to ours: ``trialing`` and ``active`` (``canceled`` when
``cancel_at_period_end``), ``past_due``/``unpaid``/``paused`` to ``past_due``, ``canceled`` and
``incomplete_expired`` to ``expired``; ``incomplete`` (the first payment not made yet) begins nothing.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.billing import states
from vuga.billing.models import Cause, State, Subscription
from vuga.billing.repository import (
    CustomersRepository,
    PlansRepository,
    ProviderEventsRepository,
    SubscriptionsRepository,
)
from vuga.billing.service.subscriptions import Move, SubscriptionLedger
from vuga.core.bounds import MAX_ID

logger = logging.getLogger("vuga.billing")

SUBSCRIPTION_EVENTS = {
    "customer.subscription.created",
    "customer.subscription.updated",
    "customer.subscription.deleted",
    "customer.subscription.paused",
    "customer.subscription.resumed",
}
_STATUSES = {
    "trialing": State.TRIALING,
    "active": State.ACTIVE,
    "past_due": State.PAST_DUE,
    "unpaid": State.PAST_DUE,
    "paused": State.PAST_DUE,
    "canceled": State.EXPIRED,
    "incomplete_expired": State.EXPIRED,
}


def state_of(provider_subscription: dict[str, Any], event_type: str) -> State | None:
    if event_type == "customer.subscription.deleted":
        return State.EXPIRED
    state = _STATUSES.get(str(provider_subscription.get("status")))
    if state in (State.TRIALING, State.ACTIVE) and provider_subscription.get("cancel_at_period_end"):
        return State.CANCELED
    return state


def _period(provider_subscription: dict[str, Any]) -> tuple[datetime, datetime] | None:
    """The current period: on the subscription (older API versions) or its first item (newer ones)."""
    items = (provider_subscription.get("items") or {}).get("data") or [{}]
    start = provider_subscription.get("current_period_start") or items[0].get("current_period_start")
    end = provider_subscription.get("current_period_end") or items[0].get("current_period_end")
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    return datetime.fromtimestamp(start, UTC), datetime.fromtimestamp(end, UTC)


def _price_id(provider_subscription: dict[str, Any]) -> str | None:
    items = (provider_subscription.get("items") or {}).get("data") or []
    price = (items[0].get("price") or items[0].get("plan") or {}) if items else {}
    return str(price["id"]) if price.get("id") else None


def _small_id(value: Any) -> int | None:
    text = str(value or "")
    return int(text) if text.isdigit() and 1 <= int(text) <= MAX_ID else None


class ProviderWebhooks:
    def __init__(self, session: AsyncSession, provider_name: str) -> None:
        self.events = ProviderEventsRepository(session)
        self.subscriptions = SubscriptionsRepository(session)
        self.customers = CustomersRepository(session)
        self.plans = PlansRepository(session)
        self.provider = provider_name
        self.moves = SubscriptionLedger(session)

    async def apply(self, event: dict[str, Any]) -> str:
        """Apply a verified event; its outcome: ``applied``, ``duplicate``, ``stale``, ``refused`` or
        ``ignored``."""
        event_id, event_type = str(event.get("id") or ""), str(event.get("type") or "")
        if not event_id:
            return "ignored"
        if not await self.events.claim(event_id, self.provider, event_type[:100]):
            return "duplicate"
        outcome = "ignored"
        if event_type in SUBSCRIPTION_EVENTS:
            outcome = await self._subscription(event_id, event_type, event)
        if outcome != "applied":
            await self.events.set_outcome(event_id, outcome)
        return outcome

    async def _subscription(self, event_id: str, event_type: str, event: dict[str, Any]) -> str:
        provided: dict[str, Any] = (event.get("data") or {}).get("object") or {}
        provider_id = str(provided.get("id") or "")
        created = event.get("created")
        at = created if isinstance(created, int) else 0
        to_state, period = state_of(provided, event_type), _period(provided)
        if not provider_id or to_state is None or period is None:
            return "ignored"
        subscription = await self.subscriptions.by_provider_id(provider_id)
        account_id = subscription.account_id if subscription else await self._account_of(provided)
        if account_id is None:
            logger.warning("webhook %s names subscription %s of no known account", event_id, provider_id)
            return "ignored"
        if subscription is None:
            subscription = await self.subscriptions.of_account(account_id, for_update=True)
            if subscription is not None and self._replaced(subscription, to_state):
                return "ignored"  # an earlier provider subscription's news: another one replaced it
        if subscription is not None and at < subscription.provider_updated_at:
            return "stale"  # a newer state is applied already
        plan = await self._plan_of(provided, subscription)
        if plan is None:
            logger.warning("webhook %s names subscription %s of no known plan", event_id, provider_id)
            return "ignored"
        if subscription is not None and self._unchanged(subscription, to_state, plan, period):
            subscription.provider_updated_at = at
            return "applied"
        from_state = State(subscription.state) if subscription is not None else None
        if not states.allows(from_state, to_state):
            logger.warning("webhook %s: %s to %s is not a transition", event_id, from_state, to_state)
            return "refused"
        subscription = await self.moves.move(
            account_id,
            subscription,
            Move(
                to_state=to_state,
                plan_id=plan,
                period_start=period[0],
                period_end=period[1],
                cause=Cause.PROVIDER,
                provider_event_id=event_id,
                note=event_type,
            ),
            provider=self.provider,
            provider_subscription_id=provider_id,
        )
        subscription.provider_updated_at = at
        return "applied"

    @staticmethod
    def _replaced(subscription: Subscription, to_state: State) -> bool:
        """Whether an event of another provider subscription than the account's current one must change
        nothing: it would end or move the current one. A new one begins only once the current one plays no
        more (an account's new checkout after its last subscription expired)."""
        if subscription.provider_subscription_id is None:
            return False
        return to_state not in states.ENTITLED or subscription.state in states.ENTITLED

    @staticmethod
    def _unchanged(
        subscription: Subscription, to_state: State, plan_id: int, period: tuple[datetime, datetime]
    ) -> bool:
        return (
            subscription.state == to_state.value
            and subscription.plan_id == plan_id
            and subscription.current_period_end == period[1]
        )

    async def _account_of(self, provided: dict[str, Any]) -> int | None:
        customer = provided.get("customer")
        if isinstance(customer, str) and (found := await self.customers.account_of(customer)) is not None:
            return found
        return _small_id((provided.get("metadata") or {}).get("account_id"))

    async def _plan_of(self, provided: dict[str, Any], subscription: Subscription | None) -> int | None:
        price = _price_id(provided)
        if price is not None and (plan := await self.plans.by_stripe_price(price)) is not None:
            return plan.id
        plan_id = _small_id((provided.get("metadata") or {}).get("plan_id"))
        if plan_id is not None and await self.plans.get(plan_id) is not None:
            return plan_id
        return subscription.plan_id if subscription is not None else None
