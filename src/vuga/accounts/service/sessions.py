"""Accounts' rules: registration and login, password rules, token rotation, sessions, the account itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import msgspec
from email_validator import EmailNotValidError, validate_email
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.administration import ACCOUNT_DISABLED
from vuga.accounts.auth import Authenticator, Viewer
from vuga.accounts.avatars import default_avatar_path
from vuga.accounts.models import Account, AuthSession, DeviceKind, Profile, RefreshToken, Role
from vuga.accounts.repository import AccountsRepository
from vuga.accounts.schemas import (
    AccountOut,
    AccountUpdate,
    LoginIn,
    PasswordChangeIn,
    RegisterIn,
    TokenPair,
)
from vuga.core.clock import utcnow
from vuga.core.errors import Conflict, FieldProblem, Forbidden, InvalidInput, Unauthorized
from vuga.core.maturity import Maturity
from vuga.core.security import AccessTokens, Passwords, new_refresh_token, refresh_token_digest

MIN_PASSWORD, MAX_PASSWORD = 10, 128
MIN_DISTINCT_CHARACTERS = 5
KIDS_CEILING = Maturity.AGE_7
# The most used passwords of at least MIN_PASSWORD characters in public breach corpora.
COMMON_PASSWORDS = frozenset(
    {
        "1234567890",
        "0123456789",
        "12345678910",
        "1q2w3e4r5t",
        "qwertyuiop",
        "1qaz2wsx3edc",
        "password1",
        "password12",
        "password123",
        "password1234",
        "iloveyou12",
        "qwerty1234",
        "qwerty12345",
        "abcdefghij",
        "abc1234567",
        "aaaaaaaaaa",
        "1111111111",
        "0000000000",
        "9876543210",
        "passw0rd12",
        "football12",
        "baseball12",
        "princess12",
        "superman12",
        "letmein123",
        "welcome123",
        "changeme12",
        "administrator",
        "sunshine12",
        "trustno1234",
        "zaq12wsxcde",
        "asdfghjkl1",
        "q1w2e3r4t5",
        "monkey1234",
    }
)
WRONG_CREDENTIALS = "the email or the password is wrong"
UNVERIFIED = (
    "confirm your email address first: follow the link mailed to it at sign-up (a password reset link "
    "confirms it too)"
)


def normalise_email(email: str) -> str:
    try:
        return validate_email(email, check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        raise InvalidInput.field("email", str(exc)) from exc


def check_password_strength(password: str, email: str, field: str = "password") -> None:
    """Refuse a weak password, naming every rule it breaks (one problem each, all on ``field``)."""
    broken = []
    if len(password) < MIN_PASSWORD:
        broken.append(f"use at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        broken.append(f"use at most {MAX_PASSWORD} characters")
    lowered = password.lower()
    local_part = email.split("@", 1)[0].lower()
    if lowered in COMMON_PASSWORDS:
        broken.append("is one of the most common passwords; choose a less common one")
    if len(set(password)) < MIN_DISTINCT_CHARACTERS:
        broken.append(f"use at least {MIN_DISTINCT_CHARACTERS} different characters")
    if len(local_part) >= 4 and local_part in lowered:
        broken.append("contains your email address's name; choose one that does not")
    if broken:
        raise InvalidInput(
            "; ".join(f"{field}: {rule}" for rule in broken),
            [FieldProblem(field=field, message=rule) for rule in broken],
        )


@dataclass(frozen=True, slots=True)
class Client:
    """Who is signing in, as the devices list will show the session: its user agent and address."""

    user_agent: str = ""
    address: str = ""

    @property
    def kind(self) -> DeviceKind:
        # Every browser's user agent starts so; apps' HTTP clients name themselves otherwise.
        return DeviceKind.WEB if self.user_agent.startswith("Mozilla/") else DeviceKind.APP


def _live(auth_session: AuthSession, now: datetime) -> bool:
    return auth_session.revoked_at is None and auth_session.expires_at > now


@dataclass(frozen=True, slots=True)
class Refused:
    """A refusal that must still commit (a replayed refresh token revokes its session for good)."""

    detail: str


class AuthService:
    def __init__(
        self,
        session: AsyncSession,
        passwords: Passwords,
        tokens: AccessTokens,
        authenticator: Authenticator,
        refresh_ttl_s: int,
        require_verified_email: bool = False,
    ) -> None:
        self.repository = AccountsRepository(session)
        self.passwords = passwords
        self.tokens = tokens
        self.authenticator = authenticator
        self.refresh_ttl_s = refresh_ttl_s
        self.require_verified_email = require_verified_email  # see AuthSettings; checked at login

    async def _start_session(
        self, account: Account, client: Client, kind: DeviceKind | None = None, name: str = ""
    ) -> TokenPair:
        now = utcnow()
        auth_session = AuthSession(
            account_id=account.id,
            expires_at=now + timedelta(seconds=self.refresh_ttl_s),
            user_agent=client.user_agent[:300],
            kind=(kind or client.kind).value,
            name=name[:100],
            last_seen_at=now,
            last_address=client.address[:45],
        )
        self.repository.add(auth_session)
        await self.repository.flush()
        return await self._issue(account.id, account.role, auth_session.id)

    async def start_tv_session(self, account_id: int, name: str, client: Client) -> TokenPair:
        """A session of its own for a TV an account approved by device code (``vuga.devices``): its own
        tokens, marked as a TV, so that ending any other session leaves it signed in."""
        account = await self.repository.account(account_id)
        if account is None or account.disabled_at is not None:
            raise Forbidden(ACCOUNT_DISABLED)
        return await self._start_session(account, client, DeviceKind.TV, name or "TV")

    async def _issue(self, account_id: int, role: str, session_id: int) -> TokenPair:
        refresh_token, digest = new_refresh_token()
        self.repository.add(RefreshToken(session_id=session_id, digest=digest))
        await self.repository.flush()
        access_token, expires_in = self.tokens.issue(account_id, session_id, role)
        return TokenPair(access_token=access_token, refresh_token=refresh_token, expires_in=expires_in)

    async def create_account(
        self, email: str, password: str | None, display_name: str = "", role: Role = Role.VIEWER
    ) -> Account:
        """A new account with its first profile. Raises InvalidInput for a bad email or weak password.

        ``password`` None: an account no password opens (a VUGA app's sign-up through ``/api/v2``, which
        sends none), claimed for ``/api/v1`` through the password-reset flow like an imported one."""
        email = normalise_email(email)
        if password is not None:
            check_password_strength(password, email)
        if await self.repository.account_by_email(email) is not None:
            raise Conflict("an account with this email exists; log in instead")
        display_name = display_name.strip() or email.split("@", 1)[0]
        account = Account(
            email=email,
            password_hash=None if password is None else await self.passwords.hash(password),
            display_name=display_name,
            role=role,
        )
        self.repository.add(account)
        try:
            await self.repository.flush()
        except IntegrityError as exc:  # the same email registered concurrently
            raise Conflict("an account with this email exists; log in instead") from exc
        self.repository.add(
            Profile(
                account_id=account.id, name=display_name[:50], avatar_url=default_avatar_path("default-1")
            )
        )
        await self.repository.flush()
        return account

    async def register(self, data: RegisterIn, client: Client) -> TokenPair | None:
        """Tokens, or None when the address must be confirmed before the first login."""
        account = await self.create_account(data.email, data.password, data.display_name)
        if self.require_verified_email:
            return None
        return await self._start_session(account, client)

    async def login(self, data: LoginIn, client: Client) -> TokenPair:
        # An unknown email is checked against a decoy hash: same work, same answer, no account enumeration.
        account = await self.repository.account_by_email(data.email.strip().lower())
        if not await self.passwords.verify(account.password_hash if account else None, data.password):
            raise Unauthorized(WRONG_CREDENTIALS)
        assert account is not None
        if account.disabled_at is not None:  # told only to whoever knows the password
            raise Forbidden(ACCOUNT_DISABLED)
        if self.require_verified_email and account.email_verified_at is None:
            # Only after the right password: this tells nothing about which addresses have accounts.
            raise Forbidden(UNVERIFIED)
        if account.password_hash is not None and self.passwords.needs_rehash(account.password_hash):
            account.password_hash = await self.passwords.hash(data.password)
        return await self._start_session(account, client)

    async def refresh(self, refresh_token: str, client: Client | None = None) -> TokenPair | Refused:
        digest, now = refresh_token_digest(refresh_token), utcnow()
        auth_session = await self.repository.claim_refresh_token(digest, now)
        if auth_session is None:
            auth_session = await self.repository.session_of_refresh_token(digest)
            if auth_session is None:
                return Refused("the refresh token is not valid; log in again")
            if _live(auth_session, now):
                # A rotated token came back: either its holder or a thief has a copy. End the whole family.
                auth_session.revoked_at = now
                await self.authenticator.revoke(auth_session.id)
                return Refused("this refresh token was already used; the session is ended, log in again")
        if not _live(auth_session, now):
            return Refused("the session has ended; log in again")
        account = await self.repository.account(auth_session.account_id)
        assert account is not None  # sessions are deleted with their account
        # Seen now: the devices list says when and from where, at the cost of no write beyond the refresh's.
        auth_session.last_seen_at = now
        if client is not None:
            auth_session.last_address = client.address[:45]
        return await self._issue(account.id, account.role, auth_session.id)

    async def logout(self, viewer: Viewer) -> None:
        auth_session = await self.repository.auth_session(viewer.session_id)
        await self.authenticator.revoke(viewer.session_id)
        if auth_session is not None and auth_session.revoked_at is None:
            auth_session.revoked_at = utcnow()

    async def logout_everywhere(self, viewer: Viewer, keep_current: bool = False) -> None:
        revoked = await self.repository.revoke_sessions(
            viewer.account_id, utcnow(), keep=viewer.session_id if keep_current else None
        )
        await self.authenticator.revoke(*revoked)

    async def change_password(self, viewer: Viewer, data: PasswordChangeIn) -> None:
        account = await self._account(viewer)
        if not await self.passwords.verify(account.password_hash, data.current_password):
            raise InvalidInput.field("current_password", "the current password is wrong")
        check_password_strength(data.new_password, account.email, field="new_password")
        account.password_hash = await self.passwords.hash(data.new_password)
        # Whoever else holds a session may have learnt the old password: end every session but this one.
        await self.logout_everywhere(viewer, keep_current=True)

    async def _account(self, viewer: Viewer) -> Account:
        account = await self.repository.account(viewer.account_id)
        if account is None:
            raise Unauthorized("the account no longer exists")
        return account

    async def me(self, viewer: Viewer) -> AccountOut:
        account = await self._account(viewer)
        return AccountOut(
            id=account.id,
            email=account.email,
            display_name=account.display_name,
            role=Role(account.role),
            created_at=account.created_at,
            email_verified=account.email_verified_at is not None,
        )

    async def update_me(self, viewer: Viewer, data: AccountUpdate) -> AccountOut:
        account = await self._account(viewer)
        if data.display_name is not msgspec.UNSET:
            account.display_name = data.display_name.strip()
        await self.repository.flush()
        return await self.me(viewer)

    async def delete_me(self, viewer: Viewer) -> None:
        """Delete the account with everything personal hanging off it (profiles, libraries, sessions)."""
        account = await self._account(viewer)
        await self.authenticator.revoke(*await self.repository.session_ids(account.id))
        await self.repository.delete(account)
        await self.repository.flush()

    async def grant_role(self, email: str, role: Role, ask_password: Callable[[], str]) -> bool:
        """Give the account ``email`` a role, creating it (asking for its password) if needed.

        Returns True when the account was created.
        """
        account = await self.repository.account_by_email(normalise_email(email))
        if account is None:
            await self.create_account(email, ask_password(), role=role)
            return True
        account.role = role.value
        await self.authenticator.revoke(*await self.repository.session_ids(account.id))  # re-read the role
        return False


class SessionCleanup:
    """Logins that ended — expired, or revoked — are deleted a while later, with their refresh tokens.

    The grace period keeps a revoked session's row for a day, so a refresh token replayed soon after a
    logout is still recognised as belonging to a revoked session rather than being merely unknown.
    """

    GRACE = timedelta(days=1)

    def __init__(self, session: AsyncSession) -> None:
        self.repository = AccountsRepository(session)

    async def delete_ended_sessions(self) -> int:
        return await self.repository.delete_sessions_ended_before(utcnow() - self.GRACE)
