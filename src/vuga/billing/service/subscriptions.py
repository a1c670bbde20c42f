"""Subscriptions: every change of state goes through ``SubscriptionLedger.move``, which checks the
transition against ``vuga.billing.states`` and appends it to the ledger, in the caller's transaction.

What the viewers, admins and the expiry job do with a subscription is written on top of it here; the
payment provider's webhooks in ``webhooks``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.billing import states
from vuga.billing.models import Cause, LedgerEntry, Plan, State, Subscription
from vuga.billing.repository import PlansRepository, SubscriptionsRepository
from vuga.billing.schemas import (
    AdminSubscription,
    AdminSubscriptionDetail,
    GrantIn,
    LedgerEntryOut,
    SubscriptionOut,
)
from vuga.billing.service.plans import plan_out
from vuga.core.bounds import Id
from vuga.core.clock import utcnow
from vuga.core.errors import Conflict, NotFound
from vuga.core.pagination import Page, decode_cursor, paginate, query_fingerprint

logger = logging.getLogger("vuga.billing")


@dataclass(frozen=True, slots=True)
class Move:
    """A transition and what it sets: the plan and period, who caused it."""

    to_state: State
    plan_id: int
    period_start: datetime
    period_end: datetime
    cause: Cause
    actor_account_id: int | None = None
    provider_event_id: str | None = None
    note: str = ""


class SubscriptionLedger:
    def __init__(self, session: AsyncSession) -> None:
        self.repository = SubscriptionsRepository(session)

    async def move(
        self,
        account_id: int,
        subscription: Subscription | None,
        move: Move,
        provider: str | None = None,
        provider_subscription_id: str | None = None,
    ) -> Subscription:
        """Apply ``move`` to the account's subscription (or begin one); ``TransitionRefused`` (409) when the
        table does not allow it. The ledger entry is written in the same transaction."""
        from_state = State(subscription.state) if subscription is not None else None
        states.transition(from_state, move.to_state)
        if subscription is None:
            subscription = Subscription(
                account_id=account_id,
                plan_id=move.plan_id,
                state=move.to_state.value,
                provider=provider or "manual",
                provider_subscription_id=provider_subscription_id,
                current_period_start=move.period_start,
                current_period_end=move.period_end,
            )
            if not await self.repository.add(subscription):
                raise NotFound(f"account {account_id} does not exist")
        else:
            subscription.state = move.to_state.value
            subscription.plan_id = move.plan_id
            if provider is not None:
                subscription.provider = provider
            if provider_subscription_id is not None:
                subscription.provider_subscription_id = provider_subscription_id
            subscription.current_period_start = move.period_start
            subscription.current_period_end = move.period_end
        await self.repository.append(
            LedgerEntry(
                subscription_id=subscription.id,
                from_state=from_state.value if from_state else None,
                to_state=move.to_state.value,
                plan_id=move.plan_id,
                period_end=move.period_end,
                cause=move.cause.value,
                actor_account_id=move.actor_account_id,
                provider_event_id=move.provider_event_id,
                note=move.note,
            )
        )
        return subscription


def subscription_out(subscription: Subscription, plan: Plan) -> SubscriptionOut:
    return SubscriptionOut(
        id=subscription.id,
        state=subscription.state,  # type: ignore[arg-type]
        plan=plan_out(plan),
        provider=subscription.provider,  # type: ignore[arg-type]
        current_period_start=subscription.current_period_start,
        current_period_end=subscription.current_period_end,
    )


def admin_subscription(subscription: Subscription) -> AdminSubscription:
    return AdminSubscription(
        id=subscription.id,
        account_id=subscription.account_id,
        state=subscription.state,  # type: ignore[arg-type]
        plan_id=subscription.plan_id,
        provider=subscription.provider,  # type: ignore[arg-type]
        provider_subscription_id=subscription.provider_subscription_id,
        current_period_start=subscription.current_period_start,
        current_period_end=subscription.current_period_end,
        created_at=subscription.created_at,
    )


def ledger_out(entry: LedgerEntry) -> LedgerEntryOut:
    return LedgerEntryOut(
        id=entry.id,
        from_state=entry.from_state,  # type: ignore[arg-type]
        to_state=entry.to_state,  # type: ignore[arg-type]
        plan_id=entry.plan_id,
        period_end=entry.period_end,
        cause=entry.cause,  # type: ignore[arg-type]
        actor_account_id=entry.actor_account_id,
        provider_event_id=entry.provider_event_id,
        note=entry.note,
        at=entry.at,
    )


def period_after(plan: Plan, start: datetime) -> datetime:
    """A plan's period from ``start``: a month is 30 days, a year 365, as the manual grants count them."""
    return start + timedelta(days=365 if plan.period == "year" else 30)


class SubscriptionAdministration:
    """What admins do with subscriptions: read them with their ledger, grant plans by hand, revoke."""

    def __init__(self, session: AsyncSession, clock: Callable[[], datetime] = utcnow) -> None:
        self.session = session
        self.repository = SubscriptionsRepository(session)
        self.plans = PlansRepository(session)
        self.ledger = SubscriptionLedger(session)
        self.clock = clock

    async def page(
        self, state: str | None, account_id: int | None, cursor: str | None, limit: int
    ) -> Page[AdminSubscription]:
        fingerprint = query_fingerprint(list="subscriptions", state=state, account_id=account_id)
        after = decode_cursor(cursor, fingerprint, tuple[Id])[0] if cursor else None
        rows = await self.repository.page(state, account_id, after, limit)
        items, next_cursor = paginate(rows, limit, fingerprint, lambda row: (row.id,))
        return Page(items=[admin_subscription(row) for row in items], next_cursor=next_cursor)

    async def detail(self, subscription_id: int) -> AdminSubscriptionDetail:
        subscription = await self.repository.get(subscription_id)
        if subscription is None:
            raise NotFound(f"subscription {subscription_id} does not exist")
        return await self._detail(subscription)

    async def _detail(self, subscription: Subscription) -> AdminSubscriptionDetail:
        ledger = await self.repository.ledger(subscription.id)
        base = admin_subscription(subscription)
        return AdminSubscriptionDetail(
            **{field: getattr(base, field) for field in base.__struct_fields__},
            ledger=[ledger_out(entry) for entry in ledger],
        )

    async def grant(self, admin: Viewer, grant: GrantIn) -> AdminSubscriptionDetail:
        """The plan for ``days``: from now, or from the current period's end when the account plays the
        same plan already (a grant lengthens it). Only on the manual provider's subscriptions: the
        provider's own follow their payments."""
        plan = await self.plans.get(grant.plan_id)
        if plan is None:
            raise NotFound(f"plan {grant.plan_id} does not exist")
        subscription = await self.repository.of_account(grant.account_id, for_update=True)
        if subscription is not None and subscription.provider != "manual" and subscription.state != "expired":
            raise Conflict("this account pays through its provider: change its plan there")
        now = self.clock()
        start = now
        if (
            subscription is not None
            and subscription.plan_id == plan.id
            and subscription.state in states.ENTITLED
            and subscription.current_period_end > now
        ):
            start = subscription.current_period_end
        to_state = State.TRIALING if grant.trial else State.ACTIVE
        subscription = await self.ledger.move(
            grant.account_id,
            subscription,
            Move(
                to_state=to_state,
                plan_id=plan.id,
                period_start=subscription.current_period_start if subscription and start != now else now,
                period_end=start + timedelta(days=grant.days),
                cause=Cause.ADMIN,
                actor_account_id=admin.account_id,
                note=grant.note,
            ),
            provider="manual",
        )
        return await self._detail(subscription)

    async def revoke(self, admin: Viewer, subscription_id: int, note: str) -> AdminSubscriptionDetail:
        """Ends a manual subscription at once (expired). A provider's is canceled at the provider."""
        subscription = await self.repository.get(subscription_id, for_update=True)
        if subscription is None:
            raise NotFound(f"subscription {subscription_id} does not exist")
        if subscription.provider != "manual":
            raise Conflict("this subscription is the payment provider's: cancel or refund it there")
        now = self.clock()
        await self.ledger.move(
            subscription.account_id,
            subscription,
            Move(
                to_state=State.EXPIRED,
                plan_id=subscription.plan_id,
                period_start=subscription.current_period_start,
                period_end=min(now, subscription.current_period_end),
                cause=Cause.ADMIN,
                actor_account_id=admin.account_id,
                note=note,
            ),
        )
        return await self._detail(subscription)


class PeriodExpiry:
    """The periodic job's rule: subscriptions whose period ended expire (a provider's after its grace)."""

    BATCH = 500

    def __init__(self, session: AsyncSession, grace_s: int, clock: Callable[[], datetime] = utcnow) -> None:
        self.repository = SubscriptionsRepository(session)
        self.ledger = SubscriptionLedger(session)
        self.grace = timedelta(seconds=grace_s)
        self.clock = clock

    async def expire_ended(self) -> int:
        now = self.clock()
        ids = await self.repository.ended_ids(now, now - self.grace, self.BATCH)
        expired = 0
        for subscription_id in ids:
            subscription = await self.repository.get(subscription_id, for_update=True)
            if subscription is None or subscription.state == State.EXPIRED.value:
                continue  # moved meanwhile
            await self.ledger.move(
                subscription.account_id,
                subscription,
                Move(
                    to_state=State.EXPIRED,
                    plan_id=subscription.plan_id,
                    period_start=subscription.current_period_start,
                    period_end=subscription.current_period_end,
                    cause=Cause.JOB,
                    note="the period ended",
                ),
            )
            expired += 1
        return expired
