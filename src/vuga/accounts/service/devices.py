"""The account's devices: its live sessions, each a device that is signed in, and signing one out."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Authenticator, Viewer
from vuga.accounts.repository import AccountsRepository
from vuga.accounts.schemas import DeviceOut
from vuga.core.clock import utcnow
from vuga.core.errors import NotFound

# Sessions an account keeps live at once are few (each login is one, for 30 days); the list shows the last
# seen this many, in one query.
MAX_LISTED = 100
KIND_LABELS = {"web": "Web browser", "app": "App", "tv": "TV"}


def device_label(name: str, kind: str) -> str:
    """How a session is named to people: its own name (a TV's), else what it is."""
    return name or KIND_LABELS.get(kind, "Device")


class AccountDevices:
    def __init__(self, session: AsyncSession, authenticator: Authenticator) -> None:
        self.repository = AccountsRepository(session)
        self.authenticator = authenticator

    async def list(self, viewer: Viewer) -> list[DeviceOut]:
        sessions = await self.repository.live_sessions(viewer.account_id, utcnow(), MAX_LISTED)
        return [
            DeviceOut(
                id=row.id,
                name=device_label(row.name, row.kind),
                kind=row.kind,
                signed_in_at=row.created_at,
                last_seen_at=row.last_seen_at or row.created_at,
                last_address=row.last_address,
                user_agent=row.user_agent,
                current=row.id == viewer.session_id,
            )
            for row in sessions
        ]

    async def name_of(self, viewer: Viewer) -> str:
        """The caller's device, as other devices see it named (a stream limit's refusal lists them)."""
        found = await self.repository.session_name(viewer.session_id)
        return device_label(*found) if found else "Device"

    async def sign_out(self, viewer: Viewer, device_id: int) -> None:
        """End one of the account's sessions (its tokens stop working at once); another account's is a
        404, as is one already ended."""
        # The tombstone after the row's update and before the commit, as logout writes it: a request racing
        # with this one either finds the tombstone or has its cached "live" overwritten by it.
        if not await self.repository.revoke_session(viewer.account_id, device_id, utcnow()):
            raise NotFound("no signed-in device of yours has this id")
        await self.authenticator.revoke(device_id)
