"""The SQL of the parental lock: counting wrong PINs (and passwords) given for a profile."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.models import Profile


class PinAttemptsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def claim_attempt(
        self, profile_id: int, now: datetime, max_failures: int, lockout_since: datetime
    ) -> bool:
        """Count one more attempt as failed, unless the profile's lock is locked out: False then.

        Counted *before* the PIN is checked, in one statement: of any number of guesses racing at once, no
        more than ``max_failures`` get checked. A right answer clears the count afterwards. Failures older
        than the lockout start a new count.
        """
        fresh = (Profile.pin_failures >= max_failures) | (Profile.pin_failed_at <= lockout_since)
        query = (
            update(Profile)
            .where(
                Profile.id == profile_id,
                (Profile.pin_failures < max_failures)
                | Profile.pin_failed_at.is_(None)
                | (Profile.pin_failed_at <= lockout_since),
            )
            .values(pin_failures=case((fresh, 1), else_=Profile.pin_failures + 1), pin_failed_at=now)
            .returning(Profile.pin_failures)
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(query)).scalar_one_or_none() is not None

    async def failures(self, profile_id: int) -> tuple[int, datetime | None]:
        query = select(Profile.pin_failures, Profile.pin_failed_at).where(Profile.id == profile_id)
        row = (await self.session.execute(query)).one()
        return row[0], row[1]

    async def clear(self, profile_id: int) -> None:
        await self.session.execute(
            update(Profile)
            .where(Profile.id == profile_id)
            .values(pin_failures=0, pin_failed_at=None)
            .execution_options(synchronize_session=False)
        )
