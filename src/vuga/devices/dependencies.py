"""What other features' routes need from devices: a request's playback sessions, from the app's state, and
the lease parameter and problems of every playback endpoint (titles', episodes', channels')."""

from __future__ import annotations

from typing import Annotated

from litestar.datastructures import State
from litestar.params import QueryParameter
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.dependencies import profile_service
from vuga.accounts.service import AccountDevices
from vuga.billing.dependencies import entitlement_checks
from vuga.core.bounds import MAX_BIG_ID
from vuga.core.openapi import problems
from vuga.devices.service import PlaybackSessions

LeaseParam = Annotated[
    int | None,
    QueryParameter(
        name="playback_session_id",
        ge=1,
        le=MAX_BIG_ID,
        description="The stream's lease, if the player holds one (kept, renewed); else a new one is taken.",
    ),
]
UNDER_A_LEASE = problems(
    {
        403: "The account may not play it: the problem's `type` says why — `.../subscription-required`, "
        "`.../not-available-in-your-country`, `.../not-available-yet`, `.../no-longer-available`, "
        "`.../unavailable` (locked).",
        409: "The account plays on its maximum of devices already; `detail` names them.",
        503: "The stream limits cannot be checked right now; retry after `Retry-After` seconds.",
    }
)


def playback_sessions(session: AsyncSession, state: State) -> PlaybackSessions:
    """The playback sessions, under each account's plan's stream limit (billing's entitlements)."""
    return PlaybackSessions(
        state.streams,
        profile_service(session, state),
        AccountDevices(session, state.authenticator),
        entitlement_checks(session, state).stream_limit,
    )
