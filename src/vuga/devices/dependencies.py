"""What other features' routes need from devices: a request's playback sessions, from the app's state."""

from __future__ import annotations

from litestar.datastructures import State
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.dependencies import profile_service
from vuga.accounts.service import AccountDevices
from vuga.billing.dependencies import entitlement_checks
from vuga.devices.service import PlaybackSessions


def playback_sessions(session: AsyncSession, state: State) -> PlaybackSessions:
    """The playback sessions, under each account's plan's stream limit (billing's entitlements)."""
    return PlaybackSessions(
        state.streams,
        profile_service(session, state),
        AccountDevices(session, state.authenticator),
        entitlement_checks(session, state).stream_limit,
    )
