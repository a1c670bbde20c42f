"""A channel's playback answer: the profile's, checked against its ceiling and the premium rule.

A channel too mature for the profile is a 404, as a title is. A premium channel plays for everyone while
``premium_open`` is on; off, it needs a subscription that plays (billing's entitlements), else a 403
``subscription-required`` problem. Live sources are the streams editors attached by URL: they are given
as they are, best first, each with its backup (players switch to it when the main one fails).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.accounts.service import ProfileService
from vuga.billing.service import EntitlementChecks
from vuga.core.clock import utcnow
from vuga.core.errors import NotFound
from vuga.devices.service import PlaybackSessions
from vuga.livetv.repository import ChannelRepository, GuideRepository
from vuga.livetv.schemas import ChannelPlayback, PlaybackSource
from vuga.livetv.service.reading import max_age_of, now_and_next
from vuga.settings import LiveTvSettings


class ChannelPlaybackAnswers:
    def __init__(
        self,
        session: AsyncSession,
        profiles: ProfileService,
        settings: LiveTvSettings,
        entitlements: EntitlementChecks,
        streams: PlaybackSessions | None = None,
    ) -> None:
        self.entitlements = entitlements
        self.streams = streams  # the stream limit (vuga.devices): needed for an answer with streams
        self.channels = ChannelRepository(session)
        self.guide = GuideRepository(session)
        self.profiles = profiles
        self.settings = settings

    async def streams_of(self, channel_ids: Sequence[int]) -> dict[int, list[PlaybackSource]]:
        """The sources of many channels a caller has already listed (so seen within its ceiling), in one
        query, for clients that play from a list: the VUGA apps. A premium channel has none while premium
        channels are closed, as its playback answer is a 403 then."""
        if not channel_ids:
            return {}
        premium: set[int] = set()
        if not self.settings.premium_open:
            flags = await self.channels.premium_flags(channel_ids)
            premium = {channel_id for channel_id, is_premium in flags.items() if is_premium}
        return {
            channel_id: [
                PlaybackSource(kind="hls", url=s.url, quality=s.quality, backup_url=s.backup_url)  # type: ignore[arg-type]
                for s in sources
            ]
            for channel_id, sources in (await self.channels.sources_of(channel_ids)).items()
            if channel_id not in premium
        }

    async def require_watchable(self, viewer: Viewer, profile_id: int, channel_id: int) -> None:
        """Refuse another account's profile or a channel the profile may not see (404), or a closed premium
        channel (403): what the playback answer and a channel's heartbeats both check."""
        ceiling = await self.profiles.ceiling(viewer, profile_id)
        channel = await self.channels.visible(channel_id, max_age_of(ceiling))
        if channel is None:
            raise NotFound(f"channel {channel_id} does not exist")
        if channel["is_premium"] and not self.settings.premium_open:
            await self.entitlements.for_channel(viewer.account_id, is_premium=True)

    async def of_channel(
        self, viewer: Viewer, profile_id: int, channel_id: int, lease_id: int | None = None
    ) -> ChannelPlayback:
        await self.require_watchable(viewer, profile_id, channel_id)
        if self.streams is None:
            raise RuntimeError("a channel's playback answer needs the stream limit")
        # The lease before the streams: past the account's limit, no stream URL leaves the server.
        lease = await self.streams.start_checked(viewer, profile_id, lease_id)
        sources = await self.channels.sources(channel_id)
        now = utcnow()
        upcoming = await self.guide.now_and_next([channel_id], now)
        current, _ = now_and_next(upcoming.get(channel_id, []), now)
        return ChannelPlayback(
            playback_session_id=lease.id,
            channel_id=channel_id,
            sources=[
                PlaybackSource(kind="hls", url=s.url, quality=s.quality, backup_url=s.backup_url)  # type: ignore[arg-type]
                for s in sources
            ],
            subtitles=[],
            thumbnails=None,
            resume_position_s=0.0,
            now=current,
            expires_at=None,
        )
