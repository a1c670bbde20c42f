"""TV sign-in by device code, shaped like OAuth 2.0's Device Authorization Grant (RFC 8628).

    TV                                  server                               phone (signed in)
    POST /auth/device        ──────►    a grant: device code, user code
    shows WDJB-MJHT and a QR            (both stored as digests, 5 minutes)
    POST /auth/device/token  ──────►    authorization_pending                POST /auth/device/approve
      … every `interval` s              (slow_down if faster)                  {user_code, profile_id}
    POST /auth/device/token  ──────►    the TV's own session's tokens        (or …/deny: access_denied)

The TV never gets anyone else's session: approving starts a new session of the approving account, of kind
``tv``, so that the phone signing out leaves the TV signed in, and the phone can sign the TV out from the
devices list. A grant works once: its tokens are issued to exactly one poll, and its user code is spent by
the first approval or denial.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.accounts.service import AuthService, Client, ProfileService
from vuga.core.clock import utcnow
from vuga.core.errors import NotFound
from vuga.devices.codes import CodeDigests, new_device_code, new_user_code, normalised_user_code
from vuga.devices.models import DeviceGrant, GrantState
from vuga.devices.repository import DeviceGrantsRepository
from vuga.devices.schemas import ApprovedDevice, DeviceAuthorization, DeviceTokens
from vuga.devices.service.guessing import UserCodeGuessing
from vuga.settings import DevicesSettings

SLOW_DOWN_STEP_S = 5  # RFC 8628 §3.5
# A poll this much early still counts as on time: requests do not leave a TV at exact intervals.
POLL_JITTER = timedelta(seconds=1)
NO_SUCH_CODE = "no TV is waiting for this code: check it on the TV screen (it works once, for 5 minutes)"
GRANT_KEPT = timedelta(days=1)  # spent and expired grants are deleted after this


@dataclass(frozen=True, slots=True)
class PollRefused:
    """RFC 8628 §3.5's error codes, answered as a 400."""

    error: str
    description: str
    interval: int | None = None


class DeviceSignIn:
    def __init__(
        self,
        session: AsyncSession,
        auth: AuthService,
        profiles: ProfileService,
        digests: CodeDigests,
        guessing: UserCodeGuessing,
        settings: DevicesSettings,
    ) -> None:
        self.repository = DeviceGrantsRepository(session)
        self.session = session
        self.auth = auth
        self.profiles = profiles
        self.digests = digests
        self.guessing = guessing
        self.settings = settings

    async def start(self, client_name: str, address: str, verification_uri: str) -> DeviceAuthorization:
        now = utcnow()
        device_code = new_device_code()
        for attempt in range(3):
            user_code = new_user_code()
            grant = DeviceGrant(
                device_digest=self.digests.device_code(device_code),
                user_digest=self.digests.user_code(user_code.replace("-", "")),
                state=GrantState.PENDING.value,
                client_name=client_name.strip()[:100],
                address=address[:45],
                interval_s=self.settings.poll_interval_s,
                expires_at=now + timedelta(seconds=self.settings.code_ttl_s),
            )
            try:
                # A savepoint: a user code that collides with a kept one is drawn again, the request goes on.
                async with self.session.begin_nested():
                    await self.repository.add(grant)
                break
            except IntegrityError:
                if attempt == 2:
                    raise
        return DeviceAuthorization(
            device_code=device_code,
            user_code=user_code,
            verification_uri=verification_uri,
            verification_uri_complete=f"{verification_uri}?code={user_code}",
            expires_in=self.settings.code_ttl_s,
            interval=self.settings.poll_interval_s,
        )

    async def poll(self, device_code: str, client: Client) -> DeviceTokens | PollRefused:
        """The TV's poll. Refusals are returned, not raised: a slow_down's longer interval must commit."""
        grant = await self.repository.by_device_digest(self.digests.device_code(device_code))
        if grant is None or grant.state == GrantState.ISSUED:
            return PollRefused("invalid_grant", "the device code is unknown or was used; start again")
        now = utcnow()
        if grant.expires_at <= now:
            return PollRefused("expired_token", "the code expired before it was approved; start again")
        if grant.state == GrantState.DENIED:
            return PollRefused("access_denied", "the sign-in was refused from the account's device")
        if grant.state == GrantState.APPROVED:
            return await self._issue(grant, client)
        too_soon = grant.polled_at is not None and now - grant.polled_at < _interval(grant) - POLL_JITTER
        grant.polled_at = now
        if too_soon:
            grant.interval_s += SLOW_DOWN_STEP_S
            return PollRefused(
                "slow_down", f"poll at most every {grant.interval_s} s from now on", grant.interval_s
            )
        return PollRefused(
            "authorization_pending", "waiting for the code to be approved on a signed-in device"
        )

    async def _issue(self, grant: DeviceGrant, client: Client) -> DeviceTokens | PollRefused:
        if grant.account_id is None or not await self.repository.claim_approved(grant.id):
            return PollRefused("invalid_grant", "the device code was used; start again")
        name = grant.client_name or "TV"
        tokens = await self.auth.start_tv_session(grant.account_id, name, client)
        return DeviceTokens(
            access_token=tokens.access_token,
            refresh_token=tokens.refresh_token,
            expires_in=tokens.expires_in,
            profile_id=grant.profile_id,
        )

    async def approve(self, viewer: Viewer, user_code: str, profile_id: int, address: str) -> ApprovedDevice:
        await self.profiles.ceiling(viewer, profile_id)  # the caller's profile, or a 404 (and no code spent)
        grant = await self._pending(user_code, address)
        if not await self.repository.decide(
            grant.id, GrantState.APPROVED, viewer.account_id, profile_id, utcnow()
        ):
            raise NotFound(NO_SUCH_CODE)  # another phone decided it a moment ago
        return ApprovedDevice(client_name=grant.client_name)

    async def deny(self, viewer: Viewer, user_code: str, address: str) -> None:
        grant = await self._pending(user_code, address)
        if not await self.repository.decide(grant.id, GrantState.DENIED, viewer.account_id, None, utcnow()):
            raise NotFound(NO_SUCH_CODE)

    async def _pending(self, user_code: str, address: str) -> DeviceGrant:
        """The pending grant of a typed user code; a miss counts against guessing (``guessing``)."""
        await self.guessing.refuse_if_spent(address)
        letters = normalised_user_code(user_code)
        digest = self.digests.user_code(letters) if letters is not None else None
        grant = None if digest is None else await self.repository.pending_by_user_digest(digest, utcnow())
        # Found by its digest's index; compared again in constant time, as a secret should be.
        if grant is None or digest is None or not self.digests.same(grant.user_digest, digest):
            await self.guessing.missed(address)
            raise NotFound(NO_SUCH_CODE)
        return grant


class GrantCleanup:
    """Grants are kept a day past their expiry (a late poll still learns why it failed), then deleted."""

    def __init__(self, session: AsyncSession) -> None:
        self.repository = DeviceGrantsRepository(session)

    async def delete_old_grants(self) -> int:
        return await self.repository.delete_expired_before(utcnow() - GRANT_KEPT)


def _interval(grant: DeviceGrant) -> timedelta:
    return timedelta(seconds=grant.interval_s)
