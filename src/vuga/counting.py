"""What a server process counts with — titles' views, shares and downloads (``vuga.core.counters``) and who
watches live channels now (``vuga.core.presence``, read by ``vuga.livetv``) — opened with the process and,
in the embedded mode where the counts live in its memory, written out before it stops."""

from __future__ import annotations

import logging

from litestar.datastructures import State

from vuga.accounts.dependencies import profile_service
from vuga.billing.dependencies import entitlement_checks
from vuga.core.counters import create_counters
from vuga.core.presence import create_presence
from vuga.livetv.service import AudienceRecorder, ChannelPlaybackAnswers, LiveAudience
from vuga.settings import Settings


def open_counting(state: State, settings: Settings) -> None:
    """What counts views, shares and channels' viewers (Redis, or this process's memory)."""
    state.counters = create_counters(settings.redis)
    state.presence = create_presence(settings.redis)
    state.live_audience = LiveAudience(
        state.presence,
        state.counters,
        settings.livetv,
        lambda session: ChannelPlaybackAnswers(
            session, profile_service(session, state), settings.livetv, entitlement_checks(session, state)
        ),
    )


async def close_counting(state: State) -> None:
    await state.counters.close()
    await state.presence.close()


async def write_counts_of_this_process(state: State, settings: Settings) -> None:
    """The embedded mode's counts (views, shares, channels' audience) are in this process's memory: write
    them before it stops."""
    try:
        await state.counter_flusher.flush()
        await AudienceRecorder(state.database, state.counters, state.presence, settings.livetv).record()
    except Exception:
        logging.getLogger("vuga.counters").exception("the last counter flush failed")
