"""Plans: admins create and change them; viewers list the active ones. A plan in use is deactivated, never
deleted: its subscriptions and ledger keep naming it."""

from __future__ import annotations

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.billing.models import Plan
from vuga.billing.repository import PlansRepository
from vuga.billing.schemas import AdminPlan, PlanCreate, PlanOut, PlanUpdate
from vuga.core.errors import Conflict, NotFound


def plan_out(plan: Plan) -> PlanOut:
    return PlanOut(
        id=plan.id,
        code=plan.code,
        name=plan.name,
        description=plan.description,
        price_minor=plan.price_minor,
        currency=plan.currency,
        period=plan.period,
        trial_days=plan.trial_days,
        stream_limit=plan.stream_limit,
        max_height=plan.max_height,
        has_ads=plan.has_ads,
    )


def admin_plan(plan: Plan) -> AdminPlan:
    base = plan_out(plan)
    return AdminPlan(
        **{field: getattr(base, field) for field in base.__struct_fields__},
        is_active=plan.is_active,
        position=plan.position,
        stripe_price_id=plan.stripe_price_id,
        created_at=plan.created_at,
        updated_at=plan.updated_at,
    )


class Plans:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.repository = PlansRepository(session)

    async def public(self) -> list[PlanOut]:
        return [plan_out(plan) for plan in await self.repository.listed(only_active=True)]

    async def all(self) -> list[AdminPlan]:
        return [admin_plan(plan) for plan in await self.repository.listed(only_active=False)]

    async def get(self, plan_id: int) -> Plan:
        plan = await self.repository.get(plan_id)
        if plan is None:
            raise NotFound(f"plan {plan_id} does not exist")
        return plan

    async def admin_get(self, plan_id: int) -> AdminPlan:
        return admin_plan(await self.get(plan_id))

    async def create(self, data: PlanCreate) -> AdminPlan:
        plan = Plan(**msgspec.structs.asdict(data))
        if not await self.repository.add(plan):
            raise Conflict(f"a plan with code {data.code!r} or this Stripe price exists already")
        await self.session.refresh(plan)
        return admin_plan(plan)

    async def update(self, plan_id: int, data: PlanUpdate) -> AdminPlan:
        plan = await self.get(plan_id)
        for field, value in msgspec.structs.asdict(data).items():
            if value is not msgspec.UNSET:
                setattr(plan, field, value)
        if not await self.repository.flush():
            raise Conflict("another plan has this Stripe price")
        await self.session.refresh(plan)
        return admin_plan(plan)
