"""The heartbeat write path: many requests, few transactions.

One writer, group commit: while a batch is being written, the heartbeats arriving meanwhile gather into the
next one, which is written as soon as the first has committed. Under load, batches grow by themselves with
the arrival rate, and a heartbeat waits for at most the write in progress and its own. Only when the writer
was idle does the first heartbeat wait up to ``batch_window_ms`` for companions. A batch holds at most
``batch_max`` heartbeats and is written as a handful of multi-row upserts in one transaction. Every request is
answered only after its batch committed, so an acknowledged position is never lost; if the write fails, every
request of the batch gets the error (and the player sends the heartbeat again).

Within a batch, heartbeats of one item are coalesced to the newest by client time, and the upserts only ever
move a row forward in client time, so reordered heartbeats never rewind a position.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.exc import IntegrityError

from vuga.catalog.service import CatalogReader
from vuga.core.counters import Counters
from vuga.core.db import Database
from vuga.core.media import MediaUrls
from vuga.core.metrics import record_heartbeat_batch
from vuga.playback.ids import HistoryIds
from vuga.playback.models import MOVIE
from vuga.playback.repository import PlaybackRepository
from vuga.playback.schemas import TitleBeat
from vuga.settings import PlaybackSettings

logger = logging.getLogger("vuga.playback")

# Time between two heartbeats of one session that still counts as watching (a longer gap was a pause).
MAX_COUNTED_GAP_S = 60.0


@dataclass(slots=True)
class PendingBeat:
    profile_id: int
    beat: TitleBeat
    received_at: datetime
    waiters: list[asyncio.Future[None]] = field(default_factory=list)

    @property
    def episode_key(self) -> int:
        return self.beat.episode_id or MOVIE

    @property
    def session_key(self) -> tuple[int, int, int, str]:
        return (self.profile_id, self.beat.title_id, self.episode_key, self.beat.session_id)


def is_completed(position_s: float, duration_s: float, settings: PlaybackSettings) -> bool:
    return position_s >= duration_s * settings.completion_ratio or duration_s - position_s <= min(
        settings.credits_margin_s, duration_s * (1 - settings.completion_ratio)
    )


def _answer(batch: list[PendingBeat], error: Exception | None) -> None:
    for pending in batch:
        for waiter in pending.waiters:
            if waiter.done():
                continue
            if error is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(error)


class HeartbeatBatcher:
    def __init__(
        self,
        database: Database,
        counters: Counters,
        settings: PlaybackSettings,
        clock: Callable[[], datetime],
        ids: HistoryIds,
    ) -> None:
        self.database = database
        self.counters = counters
        self.settings = settings
        self.clock = clock
        self.ids = ids
        self._pending: dict[tuple[int, int, int, str], PendingBeat] = {}
        self._wake = asyncio.Event()  # set by every heartbeat: the writer may be idle
        self._full = asyncio.Event()  # set when a batch's worth is pending
        self._task: asyncio.Task[None] | None = None
        self._closing = False

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="heartbeat-batcher")

    async def stop(self) -> None:
        """Write what is pending, then stop (on shutdown: no accepted heartbeat is dropped)."""
        self._closing = True
        self._wake.set()
        self._full.set()
        if self._task is not None:
            await self._task

    async def submit(self, profile_id: int, beat: TitleBeat) -> None:
        """Queue a validated heartbeat; return once it is committed (raise if its batch failed)."""
        if self._closing:
            raise RuntimeError("the server is shutting down")
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        pending = PendingBeat(profile_id, beat, self.clock(), [waiter])
        current = self._pending.get(pending.session_key)
        if current is not None:
            pending.waiters += current.waiters
            if current.beat.client_time > beat.client_time:  # keep the newest, answer both
                pending = PendingBeat(profile_id, current.beat, current.received_at, pending.waiters)
        self._pending[pending.session_key] = pending
        self._wake.set()
        if len(self._pending) >= self.settings.batch_max:
            self._full.set()
        await waiter

    async def _run(self) -> None:
        while True:
            if not self._pending:
                if self._closing:
                    return
                self._wake.clear()
                await self._wake.wait()
                linger = self.settings.batch_window_ms / 1000
                if linger and not self._closing:
                    # The writer was idle: let companions join the first heartbeat, unless the batch fills.
                    self._full.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._full.wait(), timeout=linger)
            batch = self._take_batch()
            if batch:
                await self._write(batch)

    def _take_batch(self) -> list[PendingBeat]:
        """The oldest ``batch_max`` pending heartbeats (all of them, nearly always)."""
        if len(self._pending) <= self.settings.batch_max:
            batch, self._pending = self._pending, {}
            return list(batch.values())
        keys = list(itertools.islice(self._pending, self.settings.batch_max))
        return [self._pending.pop(key) for key in keys]

    async def _write(self, batch: list[PendingBeat]) -> None:
        record_heartbeat_batch(len(batch))
        try:
            views = await self._commit(batch)
        except IntegrityError:
            # One heartbeat names a row deleted since it was checked (a profile, a title): write them one by
            # one so that only that one fails.
            views = []
            for pending in batch:
                try:
                    views += await self._commit([pending])
                except Exception as exc:
                    _answer([pending], exc)
                else:
                    _answer([pending], None)
        except Exception as exc:
            logger.exception("a heartbeat batch of %d failed", len(batch))
            _answer(batch, exc)
            return
        else:
            _answer(batch, None)
        await self._count_views(views)

    async def _commit(self, batch: list[PendingBeat]) -> list[PendingBeat]:
        async with self.database.writer() as session, session.begin():
            return await BatchWriter(session, self.settings, self.ids).write(batch)

    async def _count_views(self, views: list[PendingBeat]) -> None:
        """A view counts once per profile and title per window, whichever process sees it first."""
        ttl = self.settings.view_dedupe_hours * 3600
        try:
            for pending in views:
                beat = pending.beat
                if await self.counters.claim(f"view:{pending.profile_id}:{beat.title_id}", ttl):
                    await self.counters.add("title_views", beat.title_id)
                if beat.episode_id and await self.counters.claim(
                    f"view:{pending.profile_id}:e{beat.episode_id}", ttl
                ):
                    await self.counters.add("episode_views", beat.episode_id)
        except Exception:  # counting is best effort; the positions are already safe
            logger.exception("counting views failed")


class BatchWriter:
    """One batch, one transaction: watch state, title progress and history, as three upserts."""

    def __init__(self, session: Any, settings: PlaybackSettings, ids: HistoryIds) -> None:
        self.repository = PlaybackRepository(session)
        self.catalog = CatalogReader.for_session(session, MediaUrls(""))
        self.settings = settings
        self.ids = ids

    async def write(self, batch: list[PendingBeat]) -> list[PendingBeat]:
        """Write the batch; return the heartbeats whose session just became a view."""
        newest_per_item: dict[tuple[int, int, int], PendingBeat] = {}
        newest_per_title: dict[tuple[int, int], PendingBeat] = {}
        for pending in batch:
            item = (pending.profile_id, pending.beat.title_id, pending.episode_key)
            if (
                item not in newest_per_item
                or newest_per_item[item].beat.client_time < pending.beat.client_time
            ):
                newest_per_item[item] = pending
            title = (pending.profile_id, pending.beat.title_id)
            if (
                title not in newest_per_title
                or newest_per_title[title].beat.client_time < pending.beat.client_time
            ):
                newest_per_title[title] = pending

        await self.repository.upsert_states([self._state_row(p) for p in newest_per_item.values()])
        await self.repository.upsert_progress(await self._progress_rows(list(newest_per_title.values())))
        return await self._write_history(batch)

    def _state_row(self, pending: PendingBeat) -> dict[str, Any]:
        beat = pending.beat
        return {
            "profile_id": pending.profile_id,
            "title_id": beat.title_id,
            "episode_key": pending.episode_key,
            "episode_id": beat.episode_id,
            "position_s": beat.position_s,
            "duration_s": beat.duration_s,
            "completed": is_completed(beat.position_s, beat.duration_s, self.settings),
            "client_time": beat.client_time,
            "updated_at": pending.received_at,
        }

    async def _progress_rows(self, newest: list[PendingBeat]) -> list[dict[str, Any]]:
        """Per title: resume this item, or — an episode just finished — start the next one ("up next")."""
        finished_episodes = [
            p
            for p in newest
            if p.beat.episode_id and is_completed(p.beat.position_s, p.beat.duration_s, self.settings)
        ]
        order = await self.catalog.episode_order(sorted({p.beat.title_id for p in finished_episodes}))
        rows = []
        for pending in newest:
            beat = pending.beat
            row = self._state_row(pending)
            del row["episode_key"]
            if row["completed"] and beat.episode_id:
                episodes = order.get(beat.title_id, [])
                ids = [episode_id for episode_id, _ in episodes]
                position = ids.index(beat.episode_id) if beat.episode_id in ids else len(ids)
                if position + 1 < len(episodes):
                    next_id, next_duration = episodes[position + 1]
                    row |= {
                        "episode_id": next_id,
                        "position_s": 0.0,
                        "duration_s": next_duration,
                        "completed": False,
                    }
            rows.append(row)
        return rows

    async def _write_history(self, batch: list[PendingBeat]) -> list[PendingBeat]:
        def key(pending: PendingBeat) -> tuple[int, str, int, int, date]:
            return (
                pending.profile_id,
                pending.beat.session_id,
                pending.episode_key,
                pending.beat.title_id,
                pending.received_at.date().replace(day=1),
            )

        existing = await self.repository.history_rows([key(p) for p in batch])
        rows, views = [], []
        for pending in batch:
            beat = pending.beat
            previous = existing.get(key(pending))
            watched = 0.0
            counted = False
            if previous is not None:
                gap = (beat.client_time - previous["last_client_time"]).total_seconds()
                watched = previous["seconds_watched"] + (gap if 0 < gap <= MAX_COUNTED_GAP_S else 0.0)
                counted = previous["view_counted"]
            threshold = min(self.settings.view_after_s, beat.duration_s / 2)
            if not counted and watched >= threshold:
                counted = True
                views.append(pending)
            rows.append(
                {
                    "id": self.ids.new(),
                    "month": key(pending)[4],
                    "profile_id": pending.profile_id,
                    "title_id": beat.title_id,
                    "episode_key": pending.episode_key,
                    "episode_id": beat.episode_id,
                    "session_id": beat.session_id,
                    "device": beat.device.value,
                    "started_at": pending.received_at,
                    "last_seen_at": pending.received_at,
                    "last_client_time": beat.client_time,
                    "seconds_watched": watched,
                    "view_counted": counted,
                }
            )
        await self.repository.upsert_history(rows)
        return views
