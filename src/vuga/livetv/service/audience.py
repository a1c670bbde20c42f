"""Who watches live TV: heartbeats that carry a ``channel_id`` (``vuga.playback`` hands them here).

- **Watching now**: each heartbeat marks its profile's playback session present on the channel
  (``vuga.core.presence``) for ``VUGA_LIVETV_WATCHING_WINDOW_S``. Players beat every 10 s, so a closed
  player leaves the count within that window.
- **Views**: a profile's first heartbeat on a channel counts one view, at most once per
  ``VUGA_LIVETV_VIEW_DEDUPE_HOURS`` (the same claim-then-count as titles' views, through the counters, so it
  is batched and de-duplicated across processes). A player sends its first heartbeat 10 s into playing:
  zapping past a channel in less does not count.
- **Per hour**: the ``livetv.record_audience`` job adds the gathered views to each channel and to its current
  hour, and raises the hour's peak viewers to what is watching now. Batches are applied exactly once (a
  receipt per batch in the same transaction), as the catalog's counters are.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.core.clock import utcnow
from vuga.core.counters import Counters
from vuga.core.db import Database
from vuga.core.errors import NotFound
from vuga.core.jobs.receipts import first_time
from vuga.core.presence import Presence
from vuga.livetv.repository import AudienceRepository
from vuga.livetv.schemas import AudienceHour, ChannelAudience
from vuga.livetv.service.playing import ChannelPlaybackAnswers
from vuga.settings import LiveTvSettings

logger = logging.getLogger("vuga.livetv")
PRESENCE_GROUP = "live"
VIEWS_COUNTER = "channel_views"


def hour_of(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


class LiveAudience:
    """Live TV's side of a heartbeat (``vuga.playback.service.LiveBeats``)."""

    def __init__(
        self,
        presence: Presence,
        counters: Counters,
        settings: LiveTvSettings,
        answers: Callable[[AsyncSession], ChannelPlaybackAnswers],
    ) -> None:
        self.presence = presence
        self.counters = counters
        self.settings = settings
        self.answers = answers  # the playback answer's rules, on a session

    async def check(self, session: AsyncSession, viewer: Viewer, profile_id: int, channel_id: int) -> None:
        """The playback answer's own rule: another account's profile, a channel above the profile's ceiling
        or disabled is a 404, a premium channel the account's entitlements do not open a 403."""
        await self.answers(session).require_watchable(viewer, profile_id, channel_id)

    async def watching(self, profile_id: int, channel_id: int, session_id: str) -> None:
        window = self.settings.watching_window_s
        await self.presence.seen(PRESENCE_GROUP, channel_id, f"{profile_id}:{session_id}", window)
        await self.count_view(profile_id, channel_id)

    async def count_view(self, profile_id: int, channel_id: int) -> None:
        """A view of the channel by the profile, unless it has one within ``view_dedupe_hours``."""
        try:
            ttl = self.settings.view_dedupe_hours * 3600
            if await self.counters.claim(f"view:{profile_id}:c{channel_id}", ttl):
                await self.counters.add(VIEWS_COUNTER, channel_id)
        except Exception:  # counting is best effort, as for titles
            logger.exception("counting a channel view failed")

    async def watching_now(self, channel_ids: list[int]) -> dict[int, int]:
        return await self.presence.counts(PRESENCE_GROUP, channel_ids, self.settings.watching_window_s)


class AudienceRecorder:
    """The ``livetv.record_audience`` job: views into the database, and the peak viewers of the hour."""

    def __init__(
        self, database: Database, counters: Counters, presence: Presence, settings: LiveTvSettings
    ) -> None:
        self.database = database
        self.counters = counters
        self.presence = presence
        self.settings = settings

    async def record(self) -> int:
        """Apply the pending view batches and sample who watches; return how many channels changed."""
        changed = 0
        hour = hour_of(utcnow())
        for batch in await self.counters.take_batches(VIEWS_COUNTER):
            async with self.database.writer() as session, session.begin():
                if await first_time(session, f"counters:{batch.id}"):
                    repository = AudienceRepository(session)
                    existing = await repository.existing_channels(list(batch.counts))
                    counts = {c: n for c, n in batch.counts.items() if c in existing}
                    await repository.add_views(hour, counts)
                    changed += len(counts)
            await self.counters.finish(batch)
        window = self.settings.watching_window_s
        active = await self.presence.active_keys(PRESENCE_GROUP, window)
        watching = await self.presence.counts(PRESENCE_GROUP, active, window)
        if watching:
            async with self.database.writer() as session, session.begin():
                repository = AudienceRepository(session)
                existing = await repository.existing_channels(list(watching))
                await repository.record_watching(hour, {c: n for c, n in watching.items() if c in existing})
            changed += len(watching)
        return changed


async def channel_audience(
    session: AsyncSession, audience: LiveAudience, channel_id: int, hours: int
) -> ChannelAudience:
    """A channel's audience for the admin: its views, viewers now and the last ``hours`` hours."""
    repository = AudienceRepository(session)
    view_count = await repository.view_count(channel_id)
    if view_count is None:
        raise NotFound(f"channel {channel_id} does not exist")
    since = hour_of(utcnow()) - timedelta(hours=hours - 1)
    rows = await repository.hours(channel_id, since)
    now = await audience.watching_now([channel_id])
    return ChannelAudience(
        channel_id=channel_id,
        view_count=view_count,
        watching_now=now.get(channel_id, 0),
        hours=[AudienceHour(row["hour"], row["views"], row["peak_watching"]) for row in rows],
    )
