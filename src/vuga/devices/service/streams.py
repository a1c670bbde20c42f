"""Concurrent streams: an account plays on at most ``VUGA_DEVICES_MAX_STREAMS`` devices at once.

Each stream holds a lease (``vuga.devices.leases``): taken when it starts — by ``POST .../playback-sessions``
or by the playback endpoints themselves, which hand out signed URLs only under a lease, so skipping the call
does not skip the limit — renewed by its heartbeats (their ``session_id`` is the lease's id), released on
stop or when its heartbeats stop for ``VUGA_DEVICES_LEASE_TTL_S``. Past the limit a start is a 409 naming
the devices playing. The signed URLs carry the lease (``signed_session``), and the content key is handed out
only while that lease is held (``admits_signed``): a stream stopped or lapsed can finish the segments it has,
not decrypt new ones with a new key request.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Awaitable, Callable

from redis.exceptions import RedisError

from vuga.accounts.auth import Viewer
from vuga.accounts.service import AccountDevices, ProfileService
from vuga.core.errors import Conflict, NotFound, VugaError
from vuga.devices.leases import Holder, LeaseStore
from vuga.devices.schemas import PlaybackSession
from vuga.settings import DevicesSettings

logger = logging.getLogger("vuga.devices")

# Lease ids: random, above any small number a client might invent, and exact in JavaScript's numbers.
_LOWEST_ID, _ID_RANGE = 10**12, 2**53 - 10**12
_SIGNED = re.compile(r"l(\d{1,19})_(\d{13,16})")


class StreamsUnavailable(VugaError):
    """The lease store cannot be reached: neither lifting the limit nor stopping playback for good."""

    status_code = 503

    def __init__(self) -> None:
        super().__init__("playback cannot start right now; retry in a moment", headers={"Retry-After": "2"})


def new_lease_id() -> int:
    return _LOWEST_ID + secrets.randbelow(_ID_RANGE)


def signed_session(account_id: int, lease_id: int) -> str:
    """The session a signed media URL names: the account and the lease it plays under."""
    return f"l{account_id}_{lease_id}"


class StreamLimits:
    """The limit itself, on the lease store: one per process (``app.state.streams``)."""

    def __init__(self, store: LeaseStore, settings: DevicesSettings) -> None:
        self.store = store
        self.limit = settings.max_streams
        self.ttl_s = settings.lease_ttl_s

    async def take(
        self,
        viewer: Viewer,
        profile_id: int,
        device: str,
        lease_id: int | None = None,
        limit: int | None = None,
    ) -> int:
        """Take a lease (or keep ``lease_id``, if the account still holds it); a 409 past the limit (the
        account's plan's, ``limit``, when it has one; else the server's)."""
        lease_id = lease_id or new_lease_id()
        holder = Holder(session_id=viewer.session_id, device=device, profile_id=profile_id)
        limit = limit or self.limit
        try:
            taken = await self.store.take(viewer.account_id, lease_id, holder, limit, self.ttl_s * 1000)
        except (RedisError, OSError) as exc:
            logger.warning("the stream leases cannot be reached: %s", exc)
            raise StreamsUnavailable() from exc
        if not taken.granted:
            devices = ", ".join(sorted(holder.device for holder in taken.holders)) or "other devices"
            raise Conflict(
                f"this account is playing on {len(taken.holders)} devices already, its limit: {devices}; "
                "stop one of them to play here"
            )
        return lease_id

    async def renew(self, account_id: int, session_id: str) -> None:
        """A heartbeat's renewal: its ``session_id`` names the lease. Quiet when it names none (a player
        that keeps its own ids) or the store is down: a heartbeat is accepted for its position regardless."""
        if not (session_id.isdigit() and len(session_id) <= 16):
            return
        try:
            await self.store.renew(account_id, int(session_id), self.ttl_s * 1000)
        except (RedisError, OSError) as exc:
            logger.warning("a heartbeat could not renew its stream lease: %s", exc)

    async def release(self, viewer: Viewer, lease_id: int) -> None:
        try:
            released = await self.store.release(viewer.account_id, lease_id)
        except (RedisError, OSError) as exc:
            raise StreamsUnavailable() from exc
        if not released:
            raise NotFound("this account plays under no such playback session (it may have lapsed)")

    async def admits_signed(self, session: str) -> bool:
        """Whether a signed URL's session names a lease still held (for the content key)."""
        match = _SIGNED.fullmatch(session)
        if match is None:
            return False
        try:
            holder = await self.store.holder(int(match[1]), int(match[2]))
        except (RedisError, OSError) as exc:
            logger.warning("the stream leases cannot be reached for a key request: %s", exc)
            return True  # a key for a URL signed moments ago: an outage must not stop playback
        return holder is not None


class PlaybackSessions:
    """A request's playback sessions: the profile's checks and the device's name, then the lease — under
    the account's plan's stream limit (``limit_of``, billing's entitlements)."""

    def __init__(
        self,
        limits: StreamLimits,
        profiles: ProfileService,
        devices: AccountDevices,
        limit_of: Callable[[int], Awaitable[int]] | None = None,
    ) -> None:
        self.limits = limits
        self.profiles = profiles
        self.devices = devices
        self.limit_of = limit_of

    async def start(self, viewer: Viewer, profile_id: int, lease_id: int | None = None) -> PlaybackSession:
        await self.profiles.ceiling(viewer, profile_id)
        limit = await self.limit_of(viewer.account_id) if self.limit_of else None
        return await self.start_checked(viewer, profile_id, lease_id, limit)

    async def start_checked(
        self, viewer: Viewer, profile_id: int, lease_id: int | None = None, limit: int | None = None
    ) -> PlaybackSession:
        """For a profile whose ownership the caller has checked, under ``limit`` streams when the caller
        knows the account's (the playback endpoints: their entitlement check read it)."""
        device = await self.devices.name_of(viewer)
        taken = await self.limits.take(viewer, profile_id, device, lease_id, limit)
        return PlaybackSession(id=taken, profile_id=profile_id, lease_ttl_s=self.limits.ttl_s)

    async def stop(self, viewer: Viewer, profile_id: int, lease_id: int) -> None:
        await self.profiles.ceiling(viewer, profile_id)
        await self.limits.release(viewer, lease_id)
