"""The parental lock: a profile with a PIN is locked, and the server, not the app, keeps it shut.

- A locked profile's routes (everything under ``/api/v1/profiles/{id}``, browsing the catalog as it, its
  heartbeats) refuse the account's token with a 403 that says to unlock. ``ProfileService.owned`` and
  ``.ceiling`` check it, and every feature reaches a profile through one of them, so no route can forget.
- ``POST /profiles/{id}/unlock {pin}`` (or ``{password}``, the account's) returns a profile-scoped access
  token (``core.security.ProfileUnlock``, 4 h) that opens that profile only, and only while its PIN stays
  the same and its session lives.
- Loosening a kids profile (a higher ceiling, or no longer a kids profile) needs proof even when it has no
  PIN: the account password (or its PIN, or its unlock token). Tightening needs none.
- Setting or removing a PIN needs the account password.
- Wrong PINs and passwords given for a profile are counted in the database, each attempt committed before
  it is checked (a refusal rolls the request back, the count must stay): ``pin_max_failures`` (5) in a row
  lock the profile's lock for ``pin_lockout_s`` (15 min), across every server process.

The PIN is hashed with the project's argon2id (``core.security.Passwords``), not a cheaper KDF. A 4-6 digit
PIN has at most a million values, so no hash makes a stolen one safe; argon2id makes trying them all cost
about 10 CPU-hours per profile instead of a second, which is worth having. Its price, 19 MiB for ~50 ms,
is paid only when a PIN is set or entered (once per unlock, which lasts hours), under the same bounded
concurrency as logins; the online limit above is what really protects a PIN.
"""

from __future__ import annotations

import hashlib
import math
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.accounts.models import Profile
from vuga.accounts.parental_repository import PinAttemptsRepository
from vuga.accounts.repository import AccountsRepository
from vuga.core.clock import utcnow
from vuga.core.errors import Conflict, Forbidden, InvalidInput, NotFound, TooManyRequests
from vuga.core.security import AccessTokens, Passwords, ProfileUnlock
from vuga.settings import AuthSettings


class ProfileLocked(Forbidden):
    def __init__(self, profile_id: int, alternative: str = "") -> None:
        super().__init__(
            f"profile {profile_id} is locked: unlock it with POST /api/v1/profiles/{profile_id}/unlock "
            f"and its PIN, then call its routes with the token that returns{alternative}"
        )


def lock_fingerprint(pin_hash: str) -> str:
    """Names one PIN (a new PIN, even the same digits, gets a new salt and so a new fingerprint)."""
    return hashlib.sha256(pin_hash.encode()).hexdigest()[:16]


def opens(viewer: Viewer, profile_id: int, pin_hash: str | None) -> bool:
    """Whether the caller may act as the profile: it has no PIN, or the caller's token unlocked this PIN."""
    if pin_hash is None:
        return True
    unlock = viewer.unlock
    return (
        unlock is not None and unlock.profile_id == profile_id and unlock.lock == lock_fingerprint(pin_hash)
    )


class ParentalLock:
    """Checks a PIN or the account password given for a profile, counting the wrong ones."""

    def __init__(self, session: AsyncSession, passwords: Passwords, settings: AuthSettings) -> None:
        self.session = session
        self.attempts = PinAttemptsRepository(session)
        self.passwords = passwords
        self.settings = settings

    async def _count_attempt(self, profile_id: int) -> None:
        now = utcnow()
        lockout = timedelta(seconds=self.settings.pin_lockout_s)
        if await self.attempts.claim_attempt(profile_id, now, self.settings.pin_max_failures, now - lockout):
            # Committed before the answer is checked: the attempt counts whatever the request's outcome (a
            # refusal rolls the rest back), and no connection is held while the hash is computed. Callers
            # prove before they change anything, so nothing else is committed here.
            await self.session.commit()
            return
        _, failed_at = await self.attempts.failures(profile_id)
        wait_s = max(math.ceil(((failed_at or now) + lockout - now).total_seconds()), 1)
        raise TooManyRequests(
            "too many wrong PINs or passwords for this profile; "
            f"try again in {math.ceil(wait_s / 60)} minutes",
            headers={"Retry-After": str(wait_s)},
        )

    async def prove(
        self, profile: Profile, password_hash: str | None, pin: str | None, password: str | None
    ) -> None:
        """Accept the profile's PIN or the account's password; raise for a wrong one, a missing one, or once
        too many were wrong."""
        if pin is None and password is None:
            if profile.pin_hash is not None:
                raise ProfileLocked(profile.id, "; or send its PIN (pin) or the account password (password)")
            raise Forbidden("loosening a kids profile needs the account password (password) in the body")
        await self._count_attempt(profile.id)
        if password is not None:
            if not await self.passwords.verify(password_hash, password):
                raise InvalidInput.field("password", "the account password is wrong")
        elif profile.pin_hash is None or not await self.passwords.verify(profile.pin_hash, pin or ""):
            raise InvalidInput.field(
                "pin", "the PIN is wrong" if profile.pin_hash else "this profile has no PIN"
            )
        await self.attempts.clear(profile.id)


class ParentalService:
    """Setting and removing a profile's PIN, and unlocking it."""

    def __init__(
        self, session: AsyncSession, lock: ParentalLock, tokens: AccessTokens, settings: AuthSettings
    ) -> None:
        self.repository = AccountsRepository(session)
        self.lock = lock
        self.tokens = tokens
        self.settings = settings

    async def _profile(self, viewer: Viewer, profile_id: int) -> tuple[Profile, str | None]:
        """The profile, locked or not (these are the ways in), and the account's password hash (None for an
        account without a password yet, which no password proves)."""
        profile = await self.repository.profile(viewer.account_id, profile_id)
        account = await self.repository.account(viewer.account_id)
        if profile is None or account is None:
            raise NotFound(f"profile {profile_id} does not exist")
        return profile, account.password_hash

    async def set_pin(self, viewer: Viewer, profile_id: int, pin: str, password: str) -> None:
        profile, password_hash = await self._profile(viewer, profile_id)
        await self.lock.prove(profile, password_hash, pin=None, password=password)
        profile.pin_hash = await self.lock.passwords.hash(pin)
        profile.updated_at = utcnow()

    async def remove_pin(self, viewer: Viewer, profile_id: int, password: str) -> None:
        profile, password_hash = await self._profile(viewer, profile_id)
        await self.lock.prove(profile, password_hash, pin=None, password=password)
        profile.pin_hash = None
        profile.updated_at = utcnow()

    async def unlock(
        self, viewer: Viewer, profile_id: int, pin: str | None, password: str | None
    ) -> tuple[str, int]:
        """A profile-scoped access token for the locked profile, and its lifetime in seconds."""
        profile, password_hash = await self._profile(viewer, profile_id)
        if profile.pin_hash is None:
            raise Conflict(f"profile {profile_id} has no PIN: the account's token opens it")
        await self.lock.prove(profile, password_hash, pin=pin, password=password)
        unlock = ProfileUnlock(profile_id=profile.id, lock=lock_fingerprint(profile.pin_hash))
        return self.tokens.issue(
            viewer.account_id, viewer.session_id, viewer.role, unlock, ttl_s=self.settings.profile_token_ttl_s
        )
