"""The playback answer: what a profile's player needs to start a movie or an episode — the sources it may
play, best first, with signed URLs; the subtitle and thumbnail tracks; where to resume.

Every answer is given under a stream lease (``vuga.devices``: the account's concurrent-stream limit), the
caller's own when it sends one it still holds, else a new one (a 409 past the limit). A published ladder
comes first, as one signed HLS URL: the token in its path names the lease and opens the asset's files until
it expires (its key only while the lease is held), and limits the master playlist to the renditions the
viewer may play.
Sources editors attached by URL (YouTube, other hosts) follow, as they are.
"""

from __future__ import annotations

from datetime import UTC, datetime

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.accounts.service import ProfileService
from vuga.billing.schemas import Entitlements
from vuga.billing.service import EntitlementChecks, SubscriptionRequired, playable_sources
from vuga.catalog.service import PlayableMedia, PlayableMediaReader
from vuga.core.media import MediaUrls
from vuga.devices.service import PlaybackSessions, signed_session
from vuga.media.delivery.service import MediaDelivery
from vuga.media.models import MediaAsset
from vuga.media.pipeline.manifest import Manifest
from vuga.media.repository import MediaRepository
from vuga.media.schemas import PlaybackAnswer, PlaybackSource, PlaybackTrack
from vuga.playback.service import PlaybackService


class PlaybackAnswers:
    def __init__(
        self,
        session: AsyncSession,
        profiles: ProfileService,
        playback: PlaybackService,
        media: MediaUrls,
        delivery: MediaDelivery,
        streams: PlaybackSessions,
        entitlements: EntitlementChecks,
    ) -> None:
        self.repository = MediaRepository(session)
        self.profiles = profiles
        self.playback = playback
        self.reader = PlayableMediaReader(session, media)
        self.delivery = delivery
        self.streams = streams
        self.entitlements = entitlements

    async def of_movie(
        self,
        viewer: Viewer,
        profile_id: int,
        title_id: int,
        lease_id: int | None = None,
        country: str | None = None,
    ) -> PlaybackAnswer:
        ceiling = await self.profiles.ceiling(viewer, profile_id)
        playable = await self.reader.of_movie(title_id, ceiling)
        return await self._answer(viewer, profile_id, playable, lease_id, country)

    async def of_episode(
        self,
        viewer: Viewer,
        profile_id: int,
        episode_id: int,
        lease_id: int | None = None,
        country: str | None = None,
    ) -> PlaybackAnswer:
        ceiling = await self.profiles.ceiling(viewer, profile_id)
        playable = await self.reader.of_episode(episode_id, ceiling)
        return await self._answer(viewer, profile_id, playable, lease_id, country)

    async def _answer(
        self,
        viewer: Viewer,
        profile_id: int,
        playable: PlayableMedia,
        lease_id: int | None,
        country: str | None,
    ) -> PlaybackAnswer:
        # Entitlements first (a 403 saying why), then the lease under the plan's limit: nothing playable
        # leaves the server for an account that may not play it, nor past its limit.
        entitled = await self.entitlements.for_media(
            viewer.account_id, playable.title_id, playable.episode_id, country
        )
        allowed = playable_sources([str(source.access) for source in playable.sources], entitled.premium)
        asset = await self.repository.playing_asset(playable.title_id, playable.episode_id)
        if asset is None and playable.sources and not any(allowed):
            raise SubscriptionRequired("this plays from premium sources only: it needs a subscription")
        lease = await self.streams.start_checked(viewer, profile_id, lease_id, entitled.stream_limit)
        position = await self.playback.resume_position(profile_id, playable.title_id, playable.episode_id)
        sources = [
            PlaybackSource(kind=str(source.kind), url=source.url, quality=str(source.quality))  # type: ignore[arg-type]
            for source, may in zip(playable.sources, allowed, strict=True)
            if may
        ]
        subtitles = [
            PlaybackTrack(
                language=track.language_code, url=track.url, label=track.label, format=str(track.format)
            )
            for track in playable.subtitles
        ]
        answer = PlaybackAnswer(
            playback_session_id=lease.id,
            title_id=playable.title_id,
            episode_id=playable.episode_id,
            sources=sources,
            subtitles=subtitles,
            thumbnails=None,
            poster=None,
            resume_position_s=position,
            duration_s=playable.duration_s,
            expires_at=None,
            next_episode_id=playable.next_episode_id,
        )
        return self._with_asset(answer, asset, viewer, entitled) if asset is not None else answer

    def _with_asset(
        self, answer: PlaybackAnswer, asset: MediaAsset, viewer: Viewer, entitled: Entitlements
    ) -> PlaybackAnswer:
        # The plan's tallest rendition is in the signed token: the master playlist lists none taller.
        session = signed_session(viewer.account_id, answer.playback_session_id)
        signed = self.delivery.sign(asset.asset_key, session, max_height=entitled.max_height)
        manifest = msgspec.convert(asset.manifest, Manifest)
        tallest = min(asset.max_height, entitled.max_height) if entitled.max_height else asset.max_height
        ladder = PlaybackSource(kind="hls", url=signed.master, max_height=tallest, encrypted=asset.encrypted)
        tracks = [
            PlaybackTrack(language=track.language, url=signed.url(track.vtt), label=track.name)
            for track in manifest.subtitles
        ]
        thumbnails = manifest.thumbnails
        return msgspec.structs.replace(
            answer,
            sources=[ladder, *answer.sources],
            subtitles=[*tracks, *answer.subtitles],
            thumbnails=signed.url(thumbnails.vtt) if thumbnails else None,
            poster=signed.url(thumbnails.poster) if thumbnails else None,
            duration_s=manifest.duration_s,
            expires_at=datetime.fromtimestamp(signed.expires_at, UTC),
        )
