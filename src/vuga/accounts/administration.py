"""What an operator does to accounts (``vuga accounts``, and administrators through the admin API): list and
find them, change a role, disable and enable, end their sessions — each change by the API written to the
audit log (``vuga.core.audit``) in its own transaction.

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
from vuga.core.audit import Actor, record
from vuga.core.bounds import Id
from vuga.core.clock import utcnow
from vuga.core.errors import Conflict, NotFound
from vuga.core.pagination import decode_cursor, paginate, query_fingerprint

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

    async def search(
        self, email_part: str | None, role: Role | None, cursor: str | None, limit: int
    ) -> tuple[list[AccountSummary], str | None]:
        """A page of accounts in id order (``email_part`` literally, any case; ``role``), and the next
        page's cursor."""
        email_part = (email_part or "").strip().lower() or None
        fingerprint = query_fingerprint(list="admin-accounts", q=email_part, role=role)
        after_id = decode_cursor(cursor, fingerprint, tuple[Id])[0] if cursor else 0
        rows = await self.repository.account_page(
            email_part, role.value if role else None, after_id, limit + 1
        )
        page, next_cursor = paginate(rows, limit, fingerprint, lambda account: (account.id,))
        return [_summary(account) for account in page], next_cursor

    async def find(self, email_part: str, limit: int = 50) -> list[AccountSummary]:
        return [_summary(a) for a in await self.repository.accounts_matching(email_part.strip(), limit)]

    async def with_role(self, role: Role, limit: int = 3) -> list[AccountSummary]:
        return [_summary(a) for a in await self.repository.accounts_with_role(role.value, limit)]

    async def _by_email(self, email: str) -> Account:
        account = await self.repository.account_by_email(email.strip().lower())
        if account is None:
            raise NotFound(f"no account with the email {email}")
        return account

    async def end_sessions(self, account: Account) -> int:
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
        ended = await self.end_sessions(account)
        await self.repository.flush()
        return _summary(account), ended

    async def disable(self, email: str) -> tuple[AccountSummary, int]:
        account = await self._by_email(email)
        if account.disabled_at is None:
            account.disabled_at = utcnow()
        ended = await self.end_sessions(account)
        await self.repository.flush()
        return _summary(account), ended

    async def enable(self, email: str) -> AccountSummary:
        account = await self._by_email(email)
        account.disabled_at = None
        await self.repository.flush()
        return _summary(account)


def _state(account: Account) -> dict[str, object]:
    """What the audit log keeps of an account before and after a change."""
    return {"role": account.role, "disabled": account.disabled_at is not None}


class AccountChanges:
    """Administrators' changes to one account by its id, each recorded in the audit log. An administrator
    cannot demote or disable their own account (another administrator must), so the last one cannot
    lock everybody out."""

    def __init__(self, session: AsyncSession, authenticator: Authenticator, actor: Actor) -> None:
        self.session = session
        self.administration = AccountAdministration(session, authenticator)
        self.repository = self.administration.repository
        self.actor = actor

    @classmethod
    async def by(cls, session: AsyncSession, authenticator: Authenticator, actor_id: int) -> AccountChanges:
        """The changes an administrator (by account id) makes, recorded under their email."""
        actor = await AccountsRepository(session).account(actor_id)
        return cls(session, authenticator, Actor(actor_id, actor.email if actor else ""))

    async def _account(self, account_id: int) -> Account:
        account = await self.repository.account(account_id)
        if account is None:
            raise NotFound(f"account {account_id} does not exist")
        return account

    def _refuse_own(self, account: Account, what: str) -> None:
        if account.id == self.actor.id:
            raise Conflict(f"you cannot {what} your own account: another administrator can")

    async def change(
        self, account_id: int, role: Role | None = None, disabled: bool | None = None
    ) -> tuple[AccountSummary, int]:
        """Set the role and the disabled state sent; a change of either ends the account's sessions."""
        account = await self._account(account_id)
        before = _state(account)
        if role is not None and role.value != account.role:
            self._refuse_own(account, "change the role of")
            account.role = role.value
        if disabled is not None and disabled != (account.disabled_at is not None):
            if disabled:
                self._refuse_own(account, "disable")
            account.disabled_at = utcnow() if disabled else None
        after = _state(account)
        ended = 0
        if after != before:
            if after["role"] != before["role"] or after["disabled"]:
                ended = await self.administration.end_sessions(account)
            await self.repository.flush()
            record(self.session, self.actor, "account.change", f"account:{account.id}", before, after)
        return _summary(account), ended

    async def sign_out_everywhere(self, account_id: int) -> int:
        account = await self._account(account_id)
        ended = await self.administration.end_sessions(account)
        record(
            self.session, self.actor, "account.sign_out", f"account:{account.id}", None, {"sessions": ended}
        )
        return ended

    async def summary(self, account_id: int) -> AccountSummary:
        return _summary(await self._account(account_id))
