"""Watch history: VUGA's one row per (profile, content, episode) becomes a position of ours (watch state and
continue watching) and one viewing session in the history, written by playback's own batch writer — the path
heartbeats take, so "up next", completion and the never-backwards rule are playback's, not a copy.

Units are fixed on the way. Android syncs a *percentage* in ``last_watched_position`` with
``total_duration = 0``; iOS syncs seconds with the duration. A row with no duration and a position of at most
100 is a percentage of the item's duration in our catalog; one with no duration and a larger position is in
seconds, against the catalog's duration. Without a duration anywhere, the row cannot be placed and is skipped;
so is a series' row without an episode (the apps sync a series as one item), since playback's rule is that a
series is watched episode by episode and there is no telling which episode the position was in.

MySQL's unique key (profile, content, episode) lets rows with a NULL episode repeat: of such duplicates the
newest (``updated_at``, then id) is imported, the others are skipped as duplicates of it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import TitleKind
from vuga.compat_v2.importer.context import ImportContext
from vuga.compat_v2.importer.source import Row
from vuga.compat_v2.importer.steps.catalog import orphan
from vuga.compat_v2.importer.steps.kinds import BatchOutcome, Skip, Step
from vuga.compat_v2.importer.steps.library import may_see
from vuga.compat_v2.importer.values import aware
from vuga.compat_v2.units import position_in_seconds
from vuga.playback.batching import BatchWriter, PendingBeat
from vuga.playback.models import WatchState
from vuga.playback.schemas import MAX_DURATION_S, Device, TitleBeat

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
SERIES_WITHOUT_EPISODE = (
    "a series without an episode (the apps sync a series as one item): ours are watched episode by episode"
)


class HistoryStep(Step):
    source, keys, what = (
        "app_profile_watch_history",
        ("watch_history_id",),
        "positions, continue watching, history",
    )
    batch_size = 5000
    position: ClassVar[str] = "last_watched_position"
    duration: ClassVar[str] = "total_duration"
    session_prefix: ClassVar[str] = "vuga-import-"

    async def prepare(self, context: ImportContext, session: AsyncSession) -> None:
        key = self.keys[0]
        groups = await context.legacy.rows(
            f"SELECT profile_id, IFNULL(content_id, 0) AS c, IFNULL(episode_id, 0) AS e FROM {self.source} "  # noqa: S608
            "GROUP BY profile_id, IFNULL(content_id, 0), IFNULL(episode_id, 0) HAVING COUNT(*) > 1"
        )
        repeated = {(int(g["profile_id"]), int(g["c"]), int(g["e"])) for g in groups}
        profiles = sorted({profile for profile, _, _ in repeated})
        rows: list[Row] = []
        for start in range(0, len(profiles), 1000):
            chunk = profiles[start : start + 1000]
            rows += await context.legacy.rows(
                f"SELECT {key} AS id, profile_id, IFNULL(content_id, 0) AS c, IFNULL(episode_id, 0) AS e, "  # noqa: S608
                f"updated_at FROM {self.source} WHERE profile_id IN ({', '.join(['%s'] * len(chunk))})",
                chunk,
            )
        members: dict[tuple[int, int, int], list[Row]] = defaultdict(list)
        for row in rows:
            group = (int(row["profile_id"]), int(row["c"]), int(row["e"]))
            if group in repeated:
                members[group].append(row)
        losers: dict[int, int] = {}
        for group_rows in members.values():
            newest = max(group_rows, key=lambda r: (aware(r["updated_at"]) or EPOCH, int(r["id"])))
            losers |= {int(r["id"]): int(newest["id"]) for r in group_rows if r is not newest}
        context.prepared[f"{self.source}.duplicates"] = losers

    async def write(self, context: ImportContext, session: AsyncSession, rows: Sequence[Row]) -> BatchOutcome:
        outcome = BatchOutcome()
        profiles, titles = await context.profiles(session), await context.titles(session)
        episodes = await context.episodes(session)
        losers = context.prepared[f"{self.source}.duplicates"]
        beats: list[PendingBeat] = []
        for row in rows:
            made = self._beat(row, profiles, titles, episodes, losers)
            if isinstance(made, Skip):
                outcome.skip(made.reason)
            else:
                beats.append(made)
        outcome.written = len(beats)
        if beats:
            outcome.changed = await self._newer(session, beats)
            await BatchWriter(session, context.playback, context.history_ids).write(beats)
        return outcome

    @staticmethod
    async def _newer(session: AsyncSession, beats: Sequence[PendingBeat]) -> int:
        """How many of ``beats`` move a position forward (playback's upserts write only those)."""
        state = WatchState.__table__.c
        keys = {(p.profile_id, p.beat.title_id, p.episode_key): p.beat.client_time for p in beats}
        stored: dict[tuple[int, int, int], datetime] = {}
        items = list(keys)
        for start in range(0, len(items), 500):
            query = select(state.profile_id, state.title_id, state.episode_key, state.client_time).where(
                tuple_(state.profile_id, state.title_id, state.episode_key).in_(items[start : start + 500])
            )
            stored |= {(r[0], r[1], r[2]): r[3] for r in (await session.execute(query)).all()}
        return sum(1 for key, when in keys.items() if key not in stored or stored[key] < when)

    def _beat(
        self,
        row: Row,
        profiles: dict[int, Any],
        titles: dict[int, Any],
        episodes: dict[int, Any],
        losers: dict[int, int],
    ) -> PendingBeat | Skip:
        legacy_id = int(row[self.keys[0]])
        if legacy_id in losers:
            return Skip("duplicate: an older row of the same profile and item (the newest is imported)")
        profile = profiles.get(int(row["profile_id"]))
        if profile is None:
            return orphan("profile")
        episode = None
        if row["episode_id"]:
            episode = episodes.get(int(row["episode_id"]))
            if episode is None:
                return orphan("episode")
        legacy_title = episode.legacy_content_id if episode is not None else row["content_id"]
        if not legacy_title:
            return Skip("names neither a content nor an episode")
        title = titles.get(int(legacy_title))
        if title is None:
            return orphan("content")
        reason = may_see(profile, title)
        if reason:
            return Skip(reason)
        if episode is None and title.kind == TitleKind.SERIES:
            return Skip(SERIES_WITHOUT_EPISODE)
        catalog_duration = episode.duration_s if episode is not None else title.duration_s
        placed = position_in_seconds(
            int(row[self.position] or 0), int(row[self.duration] or 0), catalog_duration
        )
        if placed is None:
            return Skip("no duration in the row nor in the catalog: the position cannot be placed")
        position_s, duration_s = placed
        if duration_s > MAX_DURATION_S:
            return Skip("a duration over 24 hours")
        if row["completed"]:
            position_s = duration_s
        when = aware(row["updated_at"]) or aware(row["created_at"])
        if when is None:
            return Skip("no date it was watched")
        beat = TitleBeat(
            title_id=title.id,
            episode_id=episode.id if episode is not None else None,
            position_s=position_s,
            duration_s=duration_s,
            session_id=f"{self.session_prefix}{legacy_id}",
            client_time=when,
            device=Device.PHONE,  # VUGA's apps are phone apps (its TV app syncs no progress)
        )
        return PendingBeat(profile.id, beat, when)


class OlderHistoryStep(HistoryStep):
    source, keys = "profile_watch_history", ("history_id",)
    position, duration, session_prefix = "last_position", "duration", "vuga-import-p"
