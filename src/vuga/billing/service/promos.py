"""Promo codes: admins create them (a percent or an amount off, or free days; an expiry; a total and a
per-account limit; the plans they are good for); viewers use them.

A use is taken atomically: one conditional ``UPDATE ... SET uses = uses + 1 WHERE uses < max_uses`` (a row
lock on PostgreSQL makes racing redemptions wait and re-check), and the account's use is numbered under a
unique key, so of N racing redemptions of a code with M uses left exactly M succeed, and an account never
passes its own limit. Everything happens in the request's transaction: a later refusal gives the use back.

A free-days code grants its days at once through the state machine (a ``promo`` ledger entry). A discount
code is given at the Stripe checkout as a coupon; with the manual provider there is no checkout to give it
to, and it is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.billing.models import Cause, PromoCode, PromoKind, PromoRedemption, State
from vuga.billing.repository import PlansRepository, PromoCodesRepository, SubscriptionsRepository
from vuga.billing.schemas import (
    PromoCodeCreate,
    PromoCodeOut,
    PromoCodeUpdate,
    Redeemed,
    RedemptionOut,
)
from vuga.billing.service.subscriptions import Move, SubscriptionLedger, subscription_out
from vuga.core.bounds import Id, in_utc
from vuga.core.clock import utcnow
from vuga.core.errors import Conflict, InvalidInput, NotFound
from vuga.core.pagination import Page, decode_cursor, paginate, query_fingerprint


def promo_out(promo: PromoCode) -> PromoCodeOut:
    return PromoCodeOut(
        id=promo.id,
        code=promo.code,
        kind=promo.kind,  # type: ignore[arg-type]
        percent_off=promo.percent_off,
        amount_off_minor=promo.amount_off_minor,
        currency=promo.currency,
        free_days=promo.free_days,
        plan_ids=list(promo.plan_ids or []),
        expires_at=promo.expires_at,
        max_uses=promo.max_uses,
        uses=promo.uses,
        per_account_limit=promo.per_account_limit,
        is_active=promo.is_active,
        created_at=promo.created_at,
    )


def _kind_fields(data: PromoCodeCreate) -> None:
    """Exactly the fields of the code's kind: a code never grants what it does not say."""
    wanted = {
        "percent": {"percent_off"},
        "amount": {"amount_off_minor", "currency"},
        "free_days": {"free_days"},
    }[data.kind]
    for field in ("percent_off", "amount_off_minor", "currency", "free_days"):
        given = getattr(data, field) is not None
        if given and field not in wanted:
            raise InvalidInput.field(field, f"a {data.kind} code takes no {field}")
        if not given and field in wanted:
            raise InvalidInput.field(field, f"a {data.kind} code needs {field}")


class PromoCodes:
    """The admins' side."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.repository = PromoCodesRepository(session)
        self.plans = PlansRepository(session)

    async def create(self, data: PromoCodeCreate) -> PromoCodeOut:
        _kind_fields(data)
        for plan_id in data.plan_ids:
            if await self.plans.get(plan_id) is None:
                raise NotFound(f"plan {plan_id} does not exist")
        values = msgspec.structs.asdict(data)
        values["code"] = data.code.upper()
        values["plan_ids"] = sorted(set(data.plan_ids))
        if data.expires_at is not None:
            values["expires_at"] = in_utc(data.expires_at)
        promo = PromoCode(**values)
        if not await self.repository.add(promo):
            raise Conflict(f"the code {values['code']} exists already")
        await self.session.refresh(promo)
        return promo_out(promo)

    async def get(self, promo_id: int) -> PromoCode:
        promo = await self.repository.get(promo_id)
        if promo is None:
            raise NotFound(f"promo code {promo_id} does not exist")
        return promo

    async def detail(self, promo_id: int) -> PromoCodeOut:
        return promo_out(await self.get(promo_id))

    async def update(self, promo_id: int, data: PromoCodeUpdate) -> PromoCodeOut:
        promo = await self.get(promo_id)
        if data.is_active is not msgspec.UNSET:
            promo.is_active = data.is_active
        if data.expires_at is not msgspec.UNSET:
            promo.expires_at = in_utc(data.expires_at) if data.expires_at else None
        await self.session.flush()
        await self.session.refresh(promo)
        return promo_out(promo)

    async def page(self, cursor: str | None, limit: int) -> Page[PromoCodeOut]:
        fingerprint = query_fingerprint(list="promo-codes")
        after = decode_cursor(cursor, fingerprint, tuple[Id])[0] if cursor else None
        rows = await self.repository.page(after, limit)
        items, next_cursor = paginate(rows, limit, fingerprint, lambda row: (row.id,))
        return Page(items=[promo_out(row) for row in items], next_cursor=next_cursor)

    async def redemptions(self, promo_id: int, cursor: str | None, limit: int) -> Page[RedemptionOut]:
        await self.get(promo_id)
        fingerprint = query_fingerprint(list="redemptions", promo=promo_id)
        after = decode_cursor(cursor, fingerprint, tuple[Id])[0] if cursor else None
        rows = await self.repository.redemptions(promo_id, after, limit)
        items, next_cursor = paginate(rows, limit, fingerprint, lambda row: (row.id,))
        return Page(
            items=[
                RedemptionOut(id=r.id, account_id=r.account_id, plan_id=r.plan_id, at=r.at) for r in items
            ],
            next_cursor=next_cursor,
        )


class PromoUses:
    """Taking one use of a code, for a redemption or a checkout."""

    def __init__(self, session: AsyncSession, clock: Callable[[], datetime] = utcnow) -> None:
        self.repository = PromoCodesRepository(session)
        self.clock = clock

    async def take(self, account_id: int, code: str, plan_id: int | None) -> PromoCode:
        promo = await self.repository.by_code(code.upper())
        now = self.clock()
        if promo is None or not promo.is_active:
            raise NotFound(f"no promo code {code.upper()}")
        if promo.expires_at is not None and promo.expires_at <= now:
            raise Conflict(f"the code {promo.code} has expired")
        if plan_id is not None and promo.plan_ids and plan_id not in promo.plan_ids:
            raise Conflict(f"the code {promo.code} is not good for this plan")
        used = await self.repository.uses_by(promo.id, account_id)
        if used >= promo.per_account_limit:
            raise Conflict(f"this account has used the code {promo.code} already")
        if not await self.repository.take_use(promo.id, now):
            raise Conflict(f"the code {promo.code} is used up")
        redemption = PromoRedemption(
            promo_code_id=promo.id, account_id=account_id, number=used + 1, plan_id=plan_id
        )
        if not await self.repository.record(redemption):
            raise Conflict(f"this account has used the code {promo.code} already")
        return promo


class PromoRedemptions:
    """A viewer redeeming a free-days code."""

    def __init__(self, session: AsyncSession, clock: Callable[[], datetime] = utcnow) -> None:
        self.uses = PromoUses(session, clock)
        self.repository = PromoCodesRepository(session)
        self.subscriptions = SubscriptionsRepository(session)
        self.plans = PlansRepository(session)
        self.ledger = SubscriptionLedger(session)
        self.clock = clock

    async def redeem(self, viewer: Viewer, code: str, plan_id: int | None) -> Redeemed:
        promo = await self.repository.by_code(code.upper())
        if promo is None or not promo.is_active:
            raise NotFound(f"no promo code {code.upper()}")
        if promo.kind != PromoKind.FREE_DAYS.value:
            raise Conflict(f"the code {promo.code} is a discount: send it with the checkout (promo_code)")
        subscription = await self.subscriptions.of_account(viewer.account_id, for_update=True)
        now = self.clock()
        live = (
            subscription is not None
            and subscription.state != State.EXPIRED.value
            and subscription.current_period_end > now
        )
        if live and subscription is not None:
            if subscription.provider != "manual":
                raise Conflict(
                    "this subscription is paid through the payment provider: codes apply at checkout"
                )
            if plan_id is not None and plan_id != subscription.plan_id:
                raise Conflict("the account's subscription is on another plan")
            plan_id = subscription.plan_id
        elif plan_id is None and len(promo.plan_ids or []) == 1:
            plan_id = promo.plan_ids[0]
        if plan_id is None:
            raise InvalidInput.field("plan_id", "name the plan the code's days are for")
        plan = await self.plans.get(plan_id)
        if plan is None or not plan.is_active:
            raise NotFound(f"plan {plan_id} does not exist")
        promo = await self.uses.take(viewer.account_id, code, plan_id)
        days = timedelta(days=promo.free_days or 0)
        if live and subscription is not None:
            to_state = State(subscription.state)
            start, end = subscription.current_period_start, subscription.current_period_end + days
        else:
            to_state, start, end = State.TRIALING, now, now + days
        subscription = await self.ledger.move(
            viewer.account_id,
            subscription,
            Move(
                to_state=to_state,
                plan_id=plan.id,
                period_start=start,
                period_end=end,
                cause=Cause.PROMO,
                actor_account_id=viewer.account_id,
                note=f"code {promo.code}: {promo.free_days} free days",
            ),
            provider="manual",
        )
        return Redeemed(
            code=promo.code, free_days=promo.free_days or 0, subscription=subscription_out(subscription, plan)
        )
