"""What an operator does to accounts (``vuga accounts``; later the admin API): list and find them, change a
role, disable and enable.

The rule that matters: a change of role or a disable ends the account's sessions *in the database*
(``auth_sessions.revoked_at``), then in the cache. The database is what every process falls back to, so a
demoted admin's old access token and refresh token stop working whatever any cache still holds; the cache
tombstone only makes it immediate where the cache is shared (Redis). A disabled account also cannot log in,
and none of its sessions is live even if one escaped the revocation (the session query checks the account).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Authenticator
from vuga.accounts.models import Account, Role
from vuga.accounts.repository import AccountsRepository
from vuga.core.clock import utcnow
from vuga.core.errors import NotFound

ACCOUNT_DISABLED = "this account is disabled; contact the service's support"


@dataclass(frozen=True, slots=True)
class AccountSummary:
    id: int
    email: str
    role: Role
    created_at: datetime
    disabled_at: datetime | None


def _summary(account: Account) -> AccountSummary:
    return AccountSummary(
        account.id, account.email, Role(account.role), account.created_at, account.disabled_at
    )


class AccountAdministration:
    def __init__(self, session: AsyncSession, authenticator: Authenticator | None) -> None:
        """``authenticator`` (None for reading only) ends cached sessions; the CLI passes the API's."""
        self.repository = AccountsRepository(session)
        self.authenticator = authenticator

    async def page(self, after_id: int = 0, limit: int = 50) -> list[AccountSummary]:
        return [_summary(a) for a in await self.repository.accounts_after(after_id, limit)]

    async def find(self, email_part: str, limit: int = 50) -> list[AccountSummary]:
        return [_summary(a) for a in await self.repository.accounts_matching(email_part.strip(), limit)]

    async def with_role(self, role: Role, limit: int = 3) -> list[AccountSummary]:
        return [_summary(a) for a in await self.repository.accounts_with_role(role.value, limit)]

    async def _by_email(self, email: str) -> Account:
        account = await self.repository.account_by_email(email.strip().lower())
        if account is None:
            raise NotFound(f"no account with the email {email}")
        return account

    async def _end_sessions(self, account: Account) -> int:
        if self.authenticator is None:
            raise RuntimeError("ending sessions needs the authenticator of the API's cache")
        revoked = await self.repository.revoke_sessions(account.id, utcnow())
        await self.authenticator.revoke(*revoked)
        return len(revoked)

    async def set_role(self, email: str, role: Role) -> tuple[AccountSummary, int]:
        """Give the account ``role``; when that changes it, its sessions end (the role is in every access
        token, so a demoted account must sign in again to be anything). Returns the account and how many
        sessions ended."""
        account = await self._by_email(email)
        if account.role == role.value:
            return _summary(account), 0
        account.role = role.value
        ended = await self._end_sessions(account)
        await self.repository.flush()
        return _summary(account), ended

    async def disable(self, email: str) -> tuple[AccountSummary, int]:
        account = await self._by_email(email)
        if account.disabled_at is None:
            account.disabled_at = utcnow()
        ended = await self._end_sessions(account)
        await self.repository.flush()
        return _summary(account), ended

    async def enable(self, email: str) -> AccountSummary:
        account = await self._by_email(email)
        account.disabled_at = None
        await self.repository.flush()
        return _summary(account)
