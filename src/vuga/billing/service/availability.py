"""Availability rules, as admins set them: a title's (all its episodes) or one episode's access, window and
countries. Setting a rule replaces the one there was; removing it makes the title free everywhere again."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.billing.models import AvailabilityRule
from vuga.billing.repository import AvailabilityRepository
from vuga.billing.schemas import AvailabilityIn, AvailabilityOut
from vuga.core.bounds import in_utc
from vuga.core.errors import InvalidInput, NotFound


def availability_out(rule: AvailabilityRule | None) -> AvailabilityOut:
    if rule is None:
        return AvailabilityOut(
            access="free", available_from=None, available_until=None, countries=[], blocked_countries=[]
        )
    return AvailabilityOut(
        access=rule.access,  # type: ignore[arg-type]
        available_from=rule.available_from,
        available_until=rule.available_until,
        countries=list(rule.countries or []),
        blocked_countries=list(rule.blocked_countries or []),
    )


class AvailabilityEditor:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.repository = AvailabilityRepository(session)

    async def get(self, title_id: int | None, episode_id: int | None) -> AvailabilityOut:
        return availability_out(await self.repository.of(title_id, episode_id))

    async def put(
        self, title_id: int | None, episode_id: int | None, data: AvailabilityIn
    ) -> AvailabilityOut:
        starts, ends = (
            (in_utc(data.available_from) if data.available_from else None),
            (in_utc(data.available_until) if data.available_until else None),
        )
        if starts is not None and ends is not None and ends <= starts:
            raise InvalidInput.field("available_until", "must be after available_from")
        rule = await self.repository.of(title_id, episode_id)
        if rule is None:
            rule = AvailabilityRule(title_id=title_id, episode_id=episode_id)
        rule.access = data.access
        rule.available_from, rule.available_until = starts, ends
        rule.countries = sorted(set(data.countries))
        rule.blocked_countries = sorted(set(data.blocked_countries))
        try:
            async with self.session.begin_nested():
                self.session.add(rule)
                await self.session.flush()
        except IntegrityError as exc:  # its title or episode does not exist
            what = f"title {title_id}" if title_id is not None else f"episode {episode_id}"
            raise NotFound(f"{what} does not exist") from exc
        return availability_out(rule)

    async def remove(self, title_id: int | None, episode_id: int | None) -> None:
        rule = await self.repository.of(title_id, episode_id)
        if rule is not None:
            await self.repository.remove(rule)
