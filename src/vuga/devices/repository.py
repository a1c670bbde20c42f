"""The devices' SQL: TVs' pending sign-ins."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.devices.models import DeviceGrant, GrantState


class DeviceGrantsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, grant: DeviceGrant) -> None:
        self.session.add(grant)
        await self.session.flush()

    async def by_device_digest(self, digest: str) -> DeviceGrant | None:
        query = select(DeviceGrant).where(DeviceGrant.device_digest == digest)
        return (await self.session.execute(query)).scalar_one_or_none()

    async def pending_by_user_digest(self, digest: str, now: datetime) -> DeviceGrant | None:
        query = select(DeviceGrant).where(
            DeviceGrant.user_digest == digest,
            DeviceGrant.state == GrantState.PENDING.value,
            DeviceGrant.expires_at > now,
        )
        return (await self.session.execute(query)).scalar_one_or_none()

    async def decide(
        self, grant_id: int, state: GrantState, account_id: int, profile_id: int | None, now: datetime
    ) -> bool:
        """Approve or deny a grant still pending: one statement, so of two phones racing one wins."""
        query = (
            update(DeviceGrant)
            .where(
                DeviceGrant.id == grant_id,
                DeviceGrant.state == GrantState.PENDING.value,
                DeviceGrant.expires_at > now,
            )
            .values(state=state.value, account_id=account_id, profile_id=profile_id)
            .returning(DeviceGrant.id)
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(query)).scalar_one_or_none() is not None

    async def claim_approved(self, grant_id: int) -> bool:
        """Mark an approved grant issued: one statement, so of two polls racing exactly one gets tokens."""
        query = (
            update(DeviceGrant)
            .where(DeviceGrant.id == grant_id, DeviceGrant.state == GrantState.APPROVED.value)
            .values(state=GrantState.ISSUED.value)
            .returning(DeviceGrant.id)
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(query)).scalar_one_or_none() is not None

    async def delete_expired_before(self, cutoff: datetime) -> int:
        query = delete(DeviceGrant).where(DeviceGrant.expires_at < cutoff)
        return int((await self.session.execute(query)).rowcount or 0)  # type: ignore[attr-defined]
