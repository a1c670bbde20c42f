"""The accounts' SQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.models import Account, AuthSession, Profile, RefreshToken


class AccountsRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def account_by_email(self, email: str) -> Account | None:
        return (
            await self.session.execute(select(Account).where(Account.email == email))
        ).scalar_one_or_none()

    async def account(self, account_id: int) -> Account | None:
        return await self.session.get(Account, account_id)

    async def accounts_after(self, after_id: int, limit: int) -> Sequence[Account]:
        """Accounts in id order, from the one after ``after_id``: a page an operator reads."""
        query = select(Account).where(Account.id > after_id).order_by(Account.id).limit(limit)
        return (await self.session.execute(query)).scalars().all()

    async def accounts_matching(self, fragment: str, limit: int) -> Sequence[Account]:
        """Accounts whose (lower-case) email contains ``fragment``, taken literally (no LIKE wildcards)."""
        query = (
            select(Account)
            .where(Account.email.contains(fragment.lower(), autoescape=True))
            .order_by(Account.id)
            .limit(limit)
        )
        return (await self.session.execute(query)).scalars().all()

    async def account_page(
        self, fragment: str | None, role: str | None, after_id: int, limit: int
    ) -> Sequence[Account]:
        """Accounts in id order after ``after_id``, whose email contains ``fragment`` (taken literally) and
        with ``role``, when given: a page of the admin's list (the primary key's range)."""
        query = select(Account).where(Account.id > after_id).order_by(Account.id).limit(limit)
        if fragment:
            query = query.where(Account.email.contains(fragment.lower(), autoescape=True))
        if role:
            query = query.where(Account.role == role)
        return (await self.session.execute(query)).scalars().all()

    async def accounts_with_role(self, role: str, limit: int) -> Sequence[Account]:
        """The oldest active accounts with ``role`` (a handful: the start-up banner names one)."""
        query = (
            select(Account)
            .where(Account.role == role, Account.disabled_at.is_(None))
            .order_by(Account.id)
            .limit(limit)
        )
        return (await self.session.execute(query)).scalars().all()

    async def auth_session(self, session_id: int) -> AuthSession | None:
        return await self.session.get(AuthSession, session_id)

    async def active_session_role(self, session_id: int, now: datetime) -> tuple[int, str] | None:
        """(account id, role) of a session that is neither revoked nor expired."""
        query = (
            select(Account.id, Account.role)
            .join(AuthSession, AuthSession.account_id == Account.id)
            .where(
                AuthSession.id == session_id,
                AuthSession.revoked_at.is_(None),
                AuthSession.expires_at > now,
                Account.disabled_at.is_(None),  # disabling revokes too; this holds even if one was missed
            )
        )
        row = (await self.session.execute(query)).one_or_none()
        return (row[0], row[1]) if row else None

    async def claim_refresh_token(self, digest: str, now: datetime) -> AuthSession | None:
        """Mark the token with ``digest`` used and return its session, if it was unused: one atomic statement,
        so of any number of refreshes racing with one token exactly one wins, on PostgreSQL (the row lock)
        and on SQLite (one writer at a time) alike. None: unknown, or already used."""
        query = (
            update(RefreshToken)
            .where(RefreshToken.digest == digest, RefreshToken.used_at.is_(None))
            .values(used_at=now)
            .returning(RefreshToken.session_id)
            .execution_options(synchronize_session=False)
        )
        session_id = (await self.session.execute(query)).scalar_one_or_none()
        return None if session_id is None else await self.session.get(AuthSession, session_id)

    async def session_of_refresh_token(self, digest: str) -> AuthSession | None:
        query = (
            select(AuthSession)
            .join(RefreshToken, RefreshToken.session_id == AuthSession.id)
            .where(RefreshToken.digest == digest)
        )
        return (await self.session.execute(query)).scalar_one_or_none()

    async def revoke_sessions(self, account_id: int, now: datetime, keep: int | None = None) -> list[int]:
        """Revoke the account's live sessions (but ``keep``), returning their ids."""
        query = (
            update(AuthSession)
            .where(AuthSession.account_id == account_id, AuthSession.revoked_at.is_(None))
            .values(revoked_at=now)
            .returning(AuthSession.id)
        )
        if keep is not None:
            query = query.where(AuthSession.id != keep)
        return list((await self.session.execute(query)).scalars())

    async def delete_sessions_ended_before(self, cutoff: datetime) -> int:
        """Delete sessions expired or revoked before ``cutoff``, with their refresh tokens (cascade)."""
        query = delete(AuthSession).where(
            or_(AuthSession.expires_at < cutoff, AuthSession.revoked_at < cutoff)
        )
        return int((await self.session.execute(query)).rowcount or 0)  # type: ignore[attr-defined]

    async def live_sessions(self, account_id: int, now: datetime, limit: int) -> Sequence[AuthSession]:
        """The account's live sessions, the last seen first (``ix_auth_sessions_account_id``)."""
        query = (
            select(AuthSession)
            .where(
                AuthSession.account_id == account_id,
                AuthSession.revoked_at.is_(None),
                AuthSession.expires_at > now,
            )
            .order_by(func.coalesce(AuthSession.last_seen_at, AuthSession.created_at).desc(), AuthSession.id)
            .limit(limit)
        )
        return (await self.session.execute(query)).scalars().all()

    async def session_name(self, session_id: int) -> tuple[str, str] | None:
        """(name, kind) of a session."""
        query = select(AuthSession.name, AuthSession.kind).where(AuthSession.id == session_id)
        row = (await self.session.execute(query)).one_or_none()
        return None if row is None else (row[0], row[1])

    async def revoke_session(self, account_id: int, session_id: int, now: datetime) -> bool:
        """Revoke one live session of the account; False when it has none by that id."""
        query = (
            update(AuthSession)
            .where(
                AuthSession.id == session_id,
                AuthSession.account_id == account_id,
                AuthSession.revoked_at.is_(None),
                AuthSession.expires_at > now,
            )
            .values(revoked_at=now)
            .returning(AuthSession.id)
        )
        return (await self.session.execute(query)).scalar_one_or_none() is not None

    async def session_ids(self, account_id: int) -> list[int]:
        query = select(AuthSession.id).where(AuthSession.account_id == account_id)
        return list((await self.session.execute(query)).scalars())

    async def profiles(self, account_id: int) -> Sequence[Profile]:
        query = select(Profile).where(Profile.account_id == account_id).order_by(Profile.id)
        return (await self.session.execute(query)).scalars().all()

    async def profile(self, account_id: int, profile_id: int) -> Profile | None:
        query = select(Profile).where(Profile.id == profile_id, Profile.account_id == account_id)
        return (await self.session.execute(query)).scalar_one_or_none()

    async def profile_ceiling(self, account_id: int, profile_id: int) -> tuple[int, str | None] | None:
        """The maturity ceiling and the PIN hash (its lock) of the account's profile, or None if the account
        has no such profile."""
        query = select(Profile.max_maturity_age, Profile.pin_hash).where(
            Profile.id == profile_id, Profile.account_id == account_id
        )
        row = (await self.session.execute(query)).one_or_none()
        return None if row is None else (row[0], row[1])

    async def profile_count(self, account_id: int) -> int:
        query = select(func.count(Profile.id)).where(Profile.account_id == account_id)
        return int((await self.session.execute(query)).scalar_one())

    async def lock_account(self, account_id: int) -> None:
        """Serialise profile changes of one account (the profile limit must hold under concurrent creates)."""
        await self.session.execute(select(Account.id).where(Account.id == account_id).with_for_update())

    def add(self, *rows: Account | AuthSession | RefreshToken | Profile) -> None:
        self.session.add_all(rows)

    async def delete(self, row: Account | Profile) -> None:
        await self.session.delete(row)

    async def flush(self) -> None:
        await self.session.flush()
