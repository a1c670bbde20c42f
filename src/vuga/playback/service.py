"""Playback's rules: what a heartbeat may say, and what continue watching, resume and history show."""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from typing import Protocol

from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.accounts.service import ProfileService
from vuga.catalog.service import CatalogEditor, CatalogReader, title_is_visible
from vuga.core.bounds import AwareDateTime, BigId
from vuga.core.clock import utcnow
from vuga.core.db import Database
from vuga.core.errors import FieldProblem, InvalidInput, NotFound
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls
from vuga.core.pagination import Page, decode_cursor, paginate, query_fingerprint
from vuga.core.security import ProfileUnlock
from vuga.playback.batching import HeartbeatBatcher
from vuga.playback.models import MOVIE, TitleProgress
from vuga.playback.repository import PlaybackRepository
from vuga.playback.schemas import Heartbeat, HistoryEntry, ProgressItem, Resume, TitleBeat

# A player's clock may be off; one far ahead would pin a position forever (newer client time wins).
MAX_CLOCK_AHEAD = timedelta(minutes=5)
MAX_AGE = timedelta(days=7)  # offline viewing synced later is fine; older is refused as implausible
POSITION_SLACK_S = 1.0  # players report a position a little past the end
# (account, profile, title, episode, the locked profile the caller's token opens)
AccessKey = tuple[int, int, int, int | None, ProfileUnlock | None]


class RecentAccessChecks:
    """Heartbeats that passed the access checks lately, by (account, profile, title, episode).

    A player repeats the same heartbeat every few seconds; checking its profile and title once per
    ``ttl_s`` instead of every time spares two queries per heartbeat. The price, documented: a profile
    deleted, a ceiling lowered or a title unpublished takes up to ``ttl_s`` to stop that player's heartbeats
    (a heartbeat for a deleted row then fails alone, see the batcher).
    """

    def __init__(self, ttl_s: float = 30.0, max_entries: int = 200_000) -> None:
        self.ttl_s = ttl_s
        self.max_entries = max_entries
        self._passed: dict[AccessKey, float] = {}

    def passed(self, key: AccessKey) -> bool:
        expires = self._passed.get(key)
        return expires is not None and expires > time.monotonic()

    def remember(self, key: AccessKey) -> None:
        if len(self._passed) >= self.max_entries:
            self._passed.clear()  # cheaper than tracking age; the next heartbeats simply check again
        self._passed[key] = time.monotonic() + self.ttl_s


class LiveBeats(Protocol):
    """A live channel's heartbeats, answered by live TV (``vuga.livetv``): playback stores no position for
    them, live TV counts who watches."""

    async def check(self, session: AsyncSession, viewer: Viewer, profile_id: int, channel_id: int) -> None:
        """Refuse (404/403) a channel the profile may not watch."""
        ...

    async def watching(self, profile_id: int, channel_id: int, session_id: str) -> None:
        """The profile's session is watching the channel now."""
        ...


class HeartbeatIntake:
    """Accepting a heartbeat: its values, its access (remembered, see ``RecentAccessChecks``), its batch —
    or, for a live channel's, live TV's audience.

    One per process, used by the route and in front of the router (the route's ``FrontPath``, see
    ``vuga.core.front_paths``), so that both accept exactly the same heartbeats.
    """

    def __init__(
        self,
        database: Database,
        batcher: HeartbeatBatcher,
        checks: RecentAccessChecks,
        service: Callable[[AsyncSession], PlaybackService],
        renew_lease: Callable[[int, str], Awaitable[None]] | None = None,
        live: LiveBeats | None = None,
    ) -> None:
        self.database = database
        self.batcher = batcher
        self.checks = checks
        self.live_checks = RecentAccessChecks(checks.ttl_s, checks.max_entries)
        self.service = service
        # The stream limit's lease the heartbeat's session_id names (vuga.devices): each beat renews it.
        self.renew_lease = renew_lease
        self.live = live

    async def accept(self, viewer: Viewer, profile_id: int, beat: Heartbeat) -> None:
        """Return once the heartbeat is stored; raise if it is refused or its batch failed."""
        PlaybackService.check_values(beat)
        title_beat = beat.of_title()
        if title_beat is not None:
            await self._accept_title(viewer, profile_id, title_beat)
        elif beat.channel_id is not None:
            await self._accept_channel(viewer, profile_id, beat.channel_id, beat.session_id)
        if self.renew_lease is not None:
            await self.renew_lease(viewer.account_id, beat.session_id)

    async def _accept_title(self, viewer: Viewer, profile_id: int, beat: TitleBeat) -> None:
        # With the token's unlock: a pass earned by a profile-scoped token must not admit the bare token.
        key = (viewer.account_id, profile_id, beat.title_id, beat.episode_id, viewer.unlock)
        if not self.checks.passed(key):
            # The checks hold a connection only while they run: a request waiting for its batch must not hold
            # one, or waiting requests could take every connection from the batch that would release them.
            async with self.database.reader() as session:
                await self.service(session).check_access(viewer, profile_id, beat)
            self.checks.remember(key)
        await self.batcher.submit(profile_id, beat)

    async def _accept_channel(
        self, viewer: Viewer, profile_id: int, channel_id: int, session_id: str
    ) -> None:
        if self.live is None:
            raise NotFound(f"channel {channel_id} does not exist")
        key = (viewer.account_id, profile_id, channel_id, None, viewer.unlock)
        if not self.live_checks.passed(key):
            async with self.database.reader() as session:
                await self.live.check(session, viewer, profile_id, channel_id)
            self.live_checks.remember(key)
        await self.live.watching(profile_id, channel_id, session_id)


class PlaybackService:
    def __init__(self, session: AsyncSession, profiles: ProfileService, media: MediaUrls) -> None:
        self.repository = PlaybackRepository(session)
        self.profiles = profiles
        self.catalog = CatalogReader.for_session(session, media)

    @staticmethod
    def check_values(beat: Heartbeat) -> None:
        """Refuse a heartbeat that cannot be true (the types and ranges are checked by its schema): a title's
        needs its position and duration, a channel's names no episode, and no heartbeat names both."""
        if (beat.title_id is None) == (beat.channel_id is None):
            raise InvalidInput.field(
                "title_id", "give either title_id (a title) or channel_id (a live channel)"
            )
        if beat.channel_id is not None and beat.episode_id is not None:
            raise InvalidInput.field("episode_id", "is a title's; a live channel has no episodes")
        title = beat.of_title()
        if beat.title_id is not None and title is None:
            missing = [name for name in ("position_s", "duration_s") if getattr(beat, name) is None]
            problems = [FieldProblem(field=name, message="is required for a title") for name in missing]
            raise InvalidInput(f"{', '.join(missing)}: required for a title", problems)
        if title is not None and title.position_s > title.duration_s + POSITION_SLACK_S:
            raise InvalidInput.field("position_s", "the position is past the end (duration_s)")
        now = utcnow()
        if beat.client_time > now + MAX_CLOCK_AHEAD:
            raise InvalidInput.field("client_time", "is in the future; check the device's clock")
        if beat.client_time < now - MAX_AGE:
            raise InvalidInput.field("client_time", "is more than 7 days old")

    async def check_access(self, viewer: Viewer, profile_id: int, beat: TitleBeat) -> None:
        """Refuse a heartbeat for another account's profile, or for what the profile may not watch."""
        ceiling = await self.profiles.ceiling(viewer, profile_id)
        await self.catalog.require_playable(beat.title_id, beat.episode_id, ceiling)

    async def continue_watching(self, viewer: Viewer, profile_id: int) -> Page[ProgressItem]:
        ceiling = await self.profiles.ceiling(viewer, profile_id)
        return Page(items=await self.continue_watching_of(profile_id, ceiling))

    async def continue_watching_of(self, profile_id: int, ceiling: Maturity) -> list[ProgressItem]:
        """Continue watching for a profile whose ownership and ceiling the caller has checked."""
        visible = functools.partial(title_is_visible, max_maturity=ceiling)
        return await self._items(await self.repository.continue_watching(profile_id, visible), ceiling)

    async def last_completed_title(self, profile_id: int) -> int | None:
        """For a profile the caller has checked: the title it finished last, if any."""
        return await self.repository.last_completed_title(profile_id)

    async def _items(self, progress: Sequence[RowMapping], ceiling: Maturity) -> list[ProgressItem]:
        titles = await self.catalog.summaries([p["title_id"] for p in progress], ceiling)
        episodes = await self.catalog.episode_refs(
            [p["episode_id"] for p in progress if p["episode_id"] is not None], ceiling
        )
        items = []
        for p in progress:
            if p["title_id"] not in titles or (
                p["episode_id"] is not None and p["episode_id"] not in episodes
            ):
                continue  # no longer visible to this profile
            items.append(
                ProgressItem(
                    title=titles[p["title_id"]],
                    episode=episodes.get(p["episode_id"]) if p["episode_id"] else None,
                    position_s=p["position_s"],
                    duration_s=p["duration_s"],
                    progress=round(min(p["position_s"] / p["duration_s"], 1.0), 4)
                    if p["duration_s"]
                    else 0.0,
                    updated_at=p["updated_at"],
                )
            )
        return items

    async def resume(self, viewer: Viewer, profile_id: int, title_id: int) -> Resume:
        ceiling = await self.profiles.ceiling(viewer, profile_id)
        await self.catalog.require_visible_title(title_id, ceiling)
        progress = await self.repository.progress(profile_id, title_id)
        if progress is None:
            order = (await self.catalog.episode_order([title_id])).get(title_id, [])
            first = order[0] if order else (None, None)
            return Resume(
                title_id=title_id, episode_id=first[0], position_s=0.0, duration_s=first[1], completed=False
            )
        return Resume(
            title_id=title_id,
            episode_id=progress.episode_id,
            position_s=progress.position_s,
            duration_s=progress.duration_s,
            completed=progress.completed,
        )

    async def resume_position(self, profile_id: int, title_id: int, episode_id: int | None) -> float:
        """Where the profile left the movie or episode (0 when elsewhere, finished or never started); for a
        caller that has checked the profile and the title already (the playback answer)."""
        progress = await self.repository.progress(profile_id, title_id)
        if progress is None or progress.completed or progress.episode_id != episode_id:
            return 0.0
        return progress.position_s

    async def history(
        self, viewer: Viewer, profile_id: int, cursor: str | None, limit: int
    ) -> Page[HistoryEntry]:
        ceiling = await self.profiles.ceiling(viewer, profile_id)
        fingerprint = query_fingerprint(history=profile_id)
        after = decode_cursor(cursor, fingerprint, tuple[AwareDateTime, BigId]) if cursor else None
        visible = functools.partial(title_is_visible, max_maturity=ceiling)
        rows = await self.repository.history_page(profile_id, visible, after, limit + 1)
        page, next_cursor = paginate(rows, limit, fingerprint, lambda row: (row.last_seen_at, row.id))
        titles = await self.catalog.summaries([row.title_id for row in page], ceiling)
        episodes = await self.catalog.episode_refs(
            [row.episode_id for row in page if row.episode_id], ceiling
        )
        items = [
            HistoryEntry(
                id=str(row.id),
                title=titles[row.title_id],
                episode=episodes.get(row.episode_id) if row.episode_id else None,
                device=row.device,  # type: ignore[arg-type]
                started_at=row.started_at,
                last_seen_at=row.last_seen_at,
                seconds_watched=round(row.seconds_watched, 1),
            )
            for row in page
            if row.title_id in titles
        ]
        return Page(items=items, next_cursor=next_cursor)

    async def delete_history_entry(self, viewer: Viewer, profile_id: int, entry_id: int) -> None:
        await self.profiles.owned(viewer, profile_id)
        if not await self.repository.delete_history_entry(profile_id, entry_id):
            raise NotFound(f"history entry {entry_id} does not exist")

    async def clear(self, viewer: Viewer, profile_id: int) -> None:
        """Forget everything the profile watched: history, positions and continue watching."""
        await self.profiles.owned(viewer, profile_id)
        await self.repository.clear(profile_id)

    async def mark_completed(self, viewer: Viewer, profile_id: int, title_id: int) -> None:
        ceiling = await self.profiles.ceiling(viewer, profile_id)
        await self.catalog.require_visible_title(title_id, ceiling)
        now = utcnow()
        progress = await self.repository.progress(profile_id, title_id)
        if progress is None:
            progress = TitleProgress(profile_id=profile_id, title_id=title_id, position_s=0.0)
            self.repository.add(progress)
        progress.completed = True
        progress.client_time = now
        progress.updated_at = now
        state = await self.repository.state(profile_id, title_id, MOVIE)
        if state is not None:
            state.completed = True
        await self.repository.flush()

    async def mark_unwatched(self, viewer: Viewer, profile_id: int, title_id: int) -> None:
        await self.profiles.owned(viewer, profile_id)
        await self.repository.forget_title(profile_id, title_id)


class ViewingStats:
    """What is watched across all profiles, for the catalog's most viewed list."""

    def __init__(self, session: AsyncSession) -> None:
        self.repository = PlaybackRepository(session)
        self.editor = CatalogEditor.for_session(session)

    @property
    def stale(self) -> set[str]:
        """Cache tags the recomputation made stale, to invalidate once it has committed."""
        return self.editor.stale

    async def recompute_most_viewed(self, window: timedelta, limit: int = 10) -> list[int]:
        """Rank titles by the views of the last ``window`` and store the top ``limit`` published ones."""
        # Over-fetched: some of the most viewed may have been unpublished since.
        ranked = await self.repository.views_per_title(utcnow() - window, limit * 3)
        return await self.editor.replace_most_viewed(ranked, limit)
