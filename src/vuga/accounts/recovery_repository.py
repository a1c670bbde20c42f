"""The SQL of account recovery: the single-use tokens mailed to an account's address."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.models import Account, AccountToken, TokenPurpose


class AccountTokensRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def add(self, token: AccountToken) -> None:
        self.session.add(token)

    async def usable_account(self, digest: str, purpose: TokenPurpose, now: datetime) -> Account | None:
        """The account of an unused, unexpired token, without using it up (to check a new password first)."""
        query = (
            select(Account)
            .join(AccountToken, AccountToken.account_id == Account.id)
            .where(
                AccountToken.digest == digest,
                AccountToken.purpose == purpose.value,
                AccountToken.used_at.is_(None),
                AccountToken.expires_at > now,
            )
        )
        return (await self.session.execute(query)).scalar_one_or_none()

    async def claim(self, digest: str, purpose: TokenPurpose, now: datetime) -> int | None:
        """Use the token up and return its account id, if it was unused and unexpired: one atomic statement,
        so of any number of requests racing with one link exactly one wins (as refresh rotation does)."""
        query = (
            update(AccountToken)
            .where(
                AccountToken.digest == digest,
                AccountToken.purpose == purpose.value,
                AccountToken.used_at.is_(None),
                AccountToken.expires_at > now,
            )
            .values(used_at=now)
            .returning(AccountToken.account_id)
            .execution_options(synchronize_session=False)
        )
        return (await self.session.execute(query)).scalar_one_or_none()

    async def use_up_all(self, account_id: int, purpose: TokenPurpose, now: datetime) -> None:
        """End every other outstanding link of the purpose: after a reset, older reset mails are dead."""
        await self.session.execute(
            update(AccountToken)
            .where(
                AccountToken.account_id == account_id,
                AccountToken.purpose == purpose.value,
                AccountToken.used_at.is_(None),
            )
            .values(used_at=now)
            .execution_options(synchronize_session=False)
        )
