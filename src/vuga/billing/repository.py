"""The billing SQL: plans, subscriptions and their ledger, provider customers and events, promo codes and
their redemptions, availability rules. Every list is one query; every check-and-change is one statement."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.billing.models import (
    AvailabilityRule,
    LedgerEntry,
    Plan,
    PromoCode,
    PromoRedemption,
    ProviderCustomer,
    ProviderEvent,
    State,
    Subscription,
)
from vuga.core.db import insert_for


class PlansRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def listed(self, only_active: bool) -> Sequence[Plan]:
        query = select(Plan).order_by(Plan.position, Plan.id).limit(100)
        if only_active:
            query = query.where(Plan.is_active)
        return (await self.session.execute(query)).scalars().all()

    async def get(self, plan_id: int) -> Plan | None:
        return await self.session.get(Plan, plan_id)

    async def by_stripe_price(self, price_id: str) -> Plan | None:
        query = select(Plan).where(Plan.stripe_price_id == price_id)
        return (await self.session.execute(query)).scalar_one_or_none()

    async def add(self, plan: Plan) -> bool:
        """False when its code (or Stripe price) is taken already."""
        try:
            async with self.session.begin_nested():
                self.session.add(plan)
                await self.session.flush()
        except IntegrityError:
            return False
        return True

    async def flush(self) -> bool:
        try:
            async with self.session.begin_nested():
                await self.session.flush()
        except IntegrityError:
            return False
        return True


class SubscriptionsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def of_account(self, account_id: int, for_update: bool = False) -> Subscription | None:
        query = select(Subscription).where(Subscription.account_id == account_id)
        if for_update:  # PostgreSQL locks the row; SQLite's writer is one at a time anyway
            query = query.with_for_update()
        return (await self.session.execute(query)).scalar_one_or_none()

    async def with_plan_of_account(self, account_id: int) -> tuple[Subscription, Plan] | None:
        query = (
            select(Subscription, Plan)
            .join(Plan, Plan.id == Subscription.plan_id)
            .where(Subscription.account_id == account_id)
        )
        row = (await self.session.execute(query)).first()
        return (row[0], row[1]) if row is not None else None

    async def get(self, subscription_id: int, for_update: bool = False) -> Subscription | None:
        query = select(Subscription).where(Subscription.id == subscription_id)
        if for_update:
            query = query.with_for_update()
        return (await self.session.execute(query)).scalar_one_or_none()

    async def by_provider_id(self, provider_subscription_id: str) -> Subscription | None:
        query = (
            select(Subscription)
            .where(Subscription.provider_subscription_id == provider_subscription_id)
            .with_for_update()
        )
        return (await self.session.execute(query)).scalar_one_or_none()

    async def add(self, subscription: Subscription) -> bool:
        """False when its account does not exist (or has one already)."""
        try:
            async with self.session.begin_nested():
                self.session.add(subscription)
                await self.session.flush()
        except IntegrityError:
            return False
        return True

    async def append(self, entry: LedgerEntry) -> None:
        self.session.add(entry)
        await self.session.flush()

    async def ledger(self, subscription_id: int, limit: int = 100) -> Sequence[LedgerEntry]:
        query = (
            select(LedgerEntry)
            .where(LedgerEntry.subscription_id == subscription_id)
            .order_by(LedgerEntry.id.desc())
            .limit(limit)
        )
        return (await self.session.execute(query)).scalars().all()

    async def page(
        self, state: str | None, account_id: int | None, after_id: int | None, limit: int
    ) -> Sequence[Subscription]:
        query = select(Subscription).order_by(Subscription.id.desc()).limit(limit + 1)
        if state is not None:
            query = query.where(Subscription.state == state)
        if account_id is not None:
            query = query.where(Subscription.account_id == account_id)
        if after_id is not None:
            query = query.where(Subscription.id < after_id)
        return (await self.session.execute(query)).scalars().all()

    async def ended_ids(self, manual_before: datetime, provider_before: datetime, limit: int) -> list[int]:
        """Subscriptions not expired whose period ended: the manual ones at their end, the provider's after
        the grace in which the provider may still renew them."""
        query = (
            select(Subscription.id)
            .where(
                Subscription.state != State.EXPIRED.value,
                or_(
                    (Subscription.provider == "manual") & (Subscription.current_period_end < manual_before),
                    Subscription.current_period_end < provider_before,
                ),
            )
            .order_by(Subscription.current_period_end)
            .limit(limit)
        )
        return list((await self.session.execute(query)).scalars().all())


class CustomersRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def of_account(self, account_id: int) -> ProviderCustomer | None:
        return await self.session.get(ProviderCustomer, account_id)

    async def account_of(self, customer_id: str) -> int | None:
        query = select(ProviderCustomer.account_id).where(ProviderCustomer.customer_id == customer_id)
        return (await self.session.execute(query)).scalar_one_or_none()

    async def add(self, customer: ProviderCustomer) -> None:
        self.session.add(customer)
        await self.session.flush()


class ProviderEventsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def claim(self, event_id: str, provider: str, event_type: str) -> bool:
        """Record the event as seen; False when it was already (a redelivery). A concurrent delivery of
        the same event waits on the key and then finds it taken."""
        statement = (
            insert_for(self.session, ProviderEvent)
            .values(id=event_id, provider=provider, type=event_type, outcome="applied")
            .on_conflict_do_nothing(index_elements=["id"])
            .returning(ProviderEvent.id)
        )
        return (await self.session.execute(statement)).scalar_one_or_none() is not None

    async def set_outcome(self, event_id: str, outcome: str) -> None:
        statement = update(ProviderEvent).where(ProviderEvent.id == event_id).values(outcome=outcome)
        await self.session.execute(statement.execution_options(synchronize_session=False))


class PromoCodesRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, promo: PromoCode) -> bool:
        try:
            async with self.session.begin_nested():
                self.session.add(promo)
                await self.session.flush()
        except IntegrityError:
            return False
        return True

    async def get(self, promo_id: int) -> PromoCode | None:
        return await self.session.get(PromoCode, promo_id)

    async def by_code(self, code: str) -> PromoCode | None:
        query = select(PromoCode).where(PromoCode.code == code)
        return (await self.session.execute(query)).scalar_one_or_none()

    async def page(self, after_id: int | None, limit: int) -> Sequence[PromoCode]:
        query = select(PromoCode).order_by(PromoCode.id.desc()).limit(limit + 1)
        if after_id is not None:
            query = query.where(PromoCode.id < after_id)
        return (await self.session.execute(query)).scalars().all()

    async def take_use(self, promo_id: int, now: datetime) -> bool:
        """Count one use, if one is left and the code is live: one conditional UPDATE, so that of N racing
        redemptions of a code with M uses left exactly M succeed."""
        statement = (
            update(PromoCode)
            .where(
                PromoCode.id == promo_id,
                PromoCode.is_active,
                or_(PromoCode.max_uses.is_(None), PromoCode.uses < PromoCode.max_uses),
                or_(PromoCode.expires_at.is_(None), PromoCode.expires_at > now),
            )
            .values(uses=PromoCode.uses + 1)
            .returning(PromoCode.id)
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(statement)).scalar_one_or_none() is not None

    async def uses_by(self, promo_id: int, account_id: int) -> int:
        query = select(func.count()).where(
            PromoRedemption.promo_code_id == promo_id, PromoRedemption.account_id == account_id
        )
        return int((await self.session.execute(query)).scalar_one())

    async def record(self, redemption: PromoRedemption) -> bool:
        """False when the account's use of that number was recorded meanwhile (a racing redemption)."""
        try:
            async with self.session.begin_nested():
                self.session.add(redemption)
                await self.session.flush()
        except IntegrityError:
            return False
        return True

    async def redemptions(self, promo_id: int, after_id: int | None, limit: int) -> Sequence[PromoRedemption]:
        query = (
            select(PromoRedemption)
            .where(PromoRedemption.promo_code_id == promo_id)
            .order_by(PromoRedemption.id.desc())
            .limit(limit + 1)
        )
        if after_id is not None:
            query = query.where(PromoRedemption.id < after_id)
        return (await self.session.execute(query)).scalars().all()


class AvailabilityRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def rules_for(self, title_id: int, episode_id: int | None) -> list[AvailabilityRule]:
        """The title's rule and the episode's, in one query."""
        condition: Any = AvailabilityRule.title_id == title_id
        if episode_id is not None:
            condition = or_(condition, AvailabilityRule.episode_id == episode_id)
        return list((await self.session.execute(select(AvailabilityRule).where(condition))).scalars().all())

    async def of(self, title_id: int | None, episode_id: int | None) -> AvailabilityRule | None:
        column = AvailabilityRule.title_id if title_id is not None else AvailabilityRule.episode_id
        query = select(AvailabilityRule).where(column == (title_id or episode_id))
        return (await self.session.execute(query)).scalar_one_or_none()

    async def add(self, rule: AvailabilityRule) -> None:
        self.session.add(rule)
        await self.session.flush()

    async def remove(self, rule: AvailabilityRule) -> None:
        await self.session.delete(rule)
        await self.session.flush()
