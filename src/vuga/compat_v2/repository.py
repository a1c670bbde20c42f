"""The compatibility layer's SQL: the apps' ids (``v2_app_users``) and the legacy ids the importer kept."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.models import Account, Profile
from vuga.compat_v2.importer.models import LegacyAccount, LegacyId
from vuga.compat_v2.models import AppProfile, AppUser


class AppUsersRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def app_user(self, app_user_id: int) -> tuple[AppUser, datetime | None] | None:
        """The id's row and whether its account is disabled (its ``disabled_at``), in one query."""
        query = (
            select(AppUser, Account.disabled_at)
            .join(Account, Account.id == AppUser.account_id)
            .where(AppUser.app_user_id == app_user_id)
        )
        found = (await self.session.execute(query)).first()
        return None if found is None else (found[0], found[1])

    async def app_user_of_account(self, account_id: int) -> AppUser | None:
        return await self.session.scalar(select(AppUser).where(AppUser.account_id == account_id))

    async def legacy_account(self, legacy_user_id: int) -> LegacyAccount | None:
        return await self.session.get(LegacyAccount, legacy_user_id)

    async def legacy_account_of(self, account_id: int) -> LegacyAccount | None:
        return await self.session.scalar(select(LegacyAccount).where(LegacyAccount.account_id == account_id))

    async def account_by_email(self, email: str) -> Account | None:
        return await self.session.scalar(select(Account).where(Account.email == email))

    async def id_taken(self, candidate: int) -> bool:
        """Whether an id is held already, by an app user or by a VUGA user not seen since the switch."""
        query = select(
            exists().where(AppUser.app_user_id == candidate)
            | exists().where(LegacyAccount.legacy_user_id == candidate)
        )
        return bool(await self.session.scalar(query))

    async def profile_by_legacy_id(self, account_id: int, legacy_profile_id: int) -> int | None:
        """Our id of the account's profile that VUGA called ``legacy_profile_id`` (an installed app's)."""
        query = (
            select(Profile.id)
            .join(LegacyId, (LegacyId.target_id == Profile.id) & (LegacyId.source == "app_user_profile"))
            .where(LegacyId.legacy_id == legacy_profile_id, Profile.account_id == account_id)
        )
        return await self.session.scalar(query)

    async def app_profile_ids(self, profile_ids: list[int]) -> dict[int, int]:
        """The apps' ids of those of our profiles that have one: ours → theirs."""
        if not profile_ids:
            return {}
        query = select(AppProfile.profile_id, AppProfile.app_profile_id).where(
            AppProfile.profile_id.in_(profile_ids)
        )
        return {row[0]: row[1] for row in (await self.session.execute(query)).all()}

    async def app_profile_id_taken(self, candidate: int) -> bool:
        return await self.session.get(AppProfile, candidate) is not None

    async def profile_of_app_id(self, app_profile_id: int) -> tuple[int, int] | None:
        """Our profile an app's profile id names, with its account: (profile id, account id)."""
        query = (
            select(Profile.id, Profile.account_id)
            .join(AppProfile, AppProfile.profile_id == Profile.id)
            .where(AppProfile.app_profile_id == app_profile_id)
        )
        found = (await self.session.execute(query)).first()
        return None if found is None else (found[0], found[1])

    def add(self, row: AppUser | AppProfile) -> None:
        self.session.add(row)

    async def flush(self) -> None:
        await self.session.flush()


async def legacy_catalog_ids(session: AsyncSession, sources: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """Every (source, VUGA id, our id) of the importer's map for ``sources`` (titles, episodes)."""
    query = select(LegacyId.source, LegacyId.legacy_id, LegacyId.target_id).where(
        LegacyId.source.in_(sources)
    )
    return [(row[0], row[1], row[2]) for row in (await session.execute(query)).all()]
