"""Who an app's call is from: the ``app_user_id`` it names, resolved to our account, and the apps' sign-in.

The apps send no credential: the "session" is the ``app_user_id`` they stored after ``userRegistration``. So
that the id alone is worth as little as possible:

- a viewer who signs up here gets a random id in the 31-bit range (Android keeps it in an ``int``): ids
  cannot be walked, and one is found only by whoever was handed it;
- a migrated viewer keeps VUGA's sequential id (the installed app has it), resolved through the importer's
  ``legacy_accounts``; it is bound to the device token of the first sign-in after the switch (trust on first
  use), and a sign-in from another device is refused;
- ``userRegistration`` of an existing account, VUGA's "login", answers only the device the id is bound to:
  without it, anyone who knew an email got the account (VUGA's hole 1). An account made through ``/api/v1``
  has no app id, and no app sign-in may give it one.

What remains open is in ``docs/security.md``.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.accounts.models import Role
from vuga.accounts.service import AuthService, normalise_email
from vuga.compat_v2.models import AppProfile, AppUser
from vuga.compat_v2.repository import AppUsersRepository
from vuga.core.clock import utcnow
from vuga.core.errors import Forbidden, NotFound

MAX_APP_USER_ID = 2**31 - 1
# What the apps send when they have no push token: Android's "123", iOS's "---". Not a device.
PLACEHOLDER_TOKENS = frozenset({"", "123", "---", "null", "nil", "(null)"})
UNKNOWN_USER = "User not found"
OTHER_DEVICE = "This account is signed in on another device"
NO_DEVICE = "Sign in from a device with notifications allowed to reach this account"
NOT_AN_APP_ACCOUNT = "This email belongs to an account of the new app: sign in there"


def device_digest(token: str) -> str | None:
    """What the binding compares: the token's SHA-256 (no token is stored), None for a placeholder."""
    token = token.strip()
    if token.lower() in PLACEHOLDER_TOKENS:
        return None
    return hashlib.sha256(token.encode()).hexdigest()


def viewer_of(app_user: AppUser) -> Viewer:
    """The caller as our services know callers: the account, with no session of ours (session 0)."""
    return Viewer(account_id=app_user.account_id, session_id=0, role=Role.VIEWER)


@dataclass(frozen=True, slots=True)
class SignIn:
    email: str
    fullname: str
    login_type: int
    device_token: str


class AppIdentity:
    def __init__(self, session: AsyncSession, auth: AuthService) -> None:
        self.repository = AppUsersRepository(session)
        self.auth = auth

    async def resolve(self, app_user_id: int) -> AppUser:
        """The app user ``app_user_id`` names; an unknown id, like a disabled account, is refused."""
        found = await self.repository.app_user(app_user_id)
        if found is not None:
            app_user, disabled_at = found
            if disabled_at is not None:
                raise Forbidden("This account is disabled")
            return app_user
        legacy = await self.repository.legacy_account(app_user_id)
        if legacy is None:
            raise NotFound(UNKNOWN_USER)
        return await self._adopt_legacy(legacy.legacy_user_id, legacy.account_id, legacy.login_type)

    async def _adopt_legacy(self, legacy_user_id: int, account_id: int, login_type: int) -> AppUser:
        app_user = AppUser(
            app_user_id=legacy_user_id,
            account_id=account_id,
            legacy=True,
            login_type=login_type if 1 <= login_type <= 4 else 4,
        )
        self.repository.add(app_user)
        await self.repository.flush()
        return app_user

    @staticmethod
    async def _draw(taken: Callable[[int], Awaitable[bool]]) -> int:
        """A random id in the apps' 31-bit range that ``taken`` says is free."""
        for _ in range(20):
            candidate = secrets.randbelow(MAX_APP_USER_ID) + 1
            if not await taken(candidate):
                return candidate
        raise RuntimeError("no free id found in 20 draws")  # at 2^31 ids: never in practice

    async def sign_in(self, request: SignIn) -> tuple[AppUser, bool]:
        """The app user of the email, made with its account if new (True), or the existing one when the
        device is the one it is bound to (binding it if it is bound to none yet)."""
        email = normalise_email(request.email)
        digest = device_digest(request.device_token)
        account = await self.repository.account_by_email(email)
        if account is None:
            created = await self.auth.create_account(email, None, request.fullname)
            app_user = AppUser(
                app_user_id=await self._draw(self.repository.id_taken),
                account_id=created.id,
                legacy=False,
                login_type=request.login_type,
                device_digest=digest,
                bound_at=utcnow() if digest else None,
            )
            self.repository.add(app_user)
            await self.repository.flush()
            return app_user, True
        if account.disabled_at is not None:
            raise Forbidden("This account is disabled")
        found = await self.repository.app_user_of_account(account.id)
        if found is not None:
            app_user = found
        else:
            legacy = await self.repository.legacy_account_of(account.id)
            if legacy is None:
                raise Forbidden(NOT_AN_APP_ACCOUNT)
            app_user = await self._adopt_legacy(legacy.legacy_user_id, account.id, legacy.login_type)
        if digest is None:
            raise Forbidden(NO_DEVICE)
        if app_user.device_digest is None:  # trust on first use
            app_user.device_digest, app_user.bound_at = digest, utcnow()
        elif not secrets.compare_digest(app_user.device_digest, digest):
            raise Forbidden(OTHER_DEVICE)
        await self.repository.flush()
        return app_user, False

    async def profile_id(self, app_user: AppUser, wanted: int | None) -> int | None:
        """Our id of the profile a call names (``named_profile``), or — none named — the last selected
        (None: none selected either)."""
        if wanted is None:
            return app_user.last_profile_id
        return await self.named_profile(app_user, wanted)

    async def named_profile(self, app_user: AppUser, wanted: int) -> int:
        """Our id of the profile a call names: the apps' id of one of the account's profiles, else VUGA's id
        of one (an installed app's, from before the switch). Another account's profile is as unknown as a
        missing one."""
        found = await self.repository.profile_of_app_id(wanted)
        if found is not None and found[1] == app_user.account_id:
            return found[0]
        legacy = await self.repository.profile_by_legacy_id(app_user.account_id, wanted)
        if legacy is None:
            raise NotFound("Profile not found")
        return legacy

    async def app_profile_ids(self, profile_ids: list[int]) -> dict[int, int]:
        """The apps' ids of our profiles (ours → theirs), drawn for those that have none yet."""
        known = await self.repository.app_profile_ids(profile_ids)
        for profile_id in profile_ids:
            if profile_id not in known:
                candidate = await self._draw(self.repository.app_profile_id_taken)
                self.repository.add(AppProfile(app_profile_id=candidate, profile_id=profile_id))
                known[profile_id] = candidate
        await self.repository.flush()
        return known

    async def profile_viewer(self, app_profile_id: int) -> tuple[Viewer, int]:
        """The caller of a call that names only a profile (``watch/sync``, ``continue-watching``: the apps
        send no user there), and our id of the profile: its owner, as far as such a call can be tied to
        anyone — by an id no one can guess (docs/security.md says what is left open)."""
        found = await self.repository.profile_of_app_id(app_profile_id)
        if found is None:
            raise NotFound("Profile not found")
        return Viewer(account_id=found[1], session_id=0, role=Role.VIEWER), found[0]

    async def select_profile(self, app_user: AppUser, profile_id: int) -> None:
        app_user.last_profile_id = profile_id
        await self.repository.flush()
