"""The playback's SQL: multi-row upserts for heartbeat batches, and the reads behind the endpoints."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, tuple_
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.core.db import insert_for
from vuga.playback.models import TitleProgress, WatchHistory, WatchState

CONTINUE_WATCHING_LIMIT = 20

# Upsert statements by (dialect, table, key, columns, stamp): building one costs more than writing a batch.
_UPSERTS: dict[tuple[str, str, tuple[str, ...], tuple[str, ...], str], Any] = {}


class PlaybackRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def _upsert_newer(
        self,
        model: Any,
        rows: Sequence[dict[str, Any]],
        key: list[str],
        stamp: str,
        keep: frozenset[str] = frozenset(),
    ) -> None:
        """Insert ``rows``, or update the row of the same key — only when the new one is newer by ``stamp``.

        The guard makes every write move a row forward in client time, so reordered heartbeats never rewind
        it. Columns in ``keep`` are written on insert only.
        """
        if not rows:
            return
        dialect = self.session.get_bind().dialect.name
        columns = tuple(name for name in rows[0] if name not in key and name not in keep)
        cache_key = (dialect, model.__tablename__, tuple(key), columns, stamp)
        statement = _UPSERTS.get(cache_key)
        if statement is None:
            table = model.__table__  # Core, not the ORM's bulk-insert path: these rows are never objects
            insert = insert_for(self.session, table)
            statement = _UPSERTS[cache_key] = insert.on_conflict_do_update(
                index_elements=key,
                set_={column: insert.excluded[column] for column in columns},
                where=table.c[stamp] < insert.excluded[stamp],
            )
        # Rows as parameters, not as VALUES in the statement: the statement is built and compiled once, and
        # the driver sends the rows in a few round trips (SQLAlchemy's "insertmanyvalues").
        await self.session.execute(statement, list(rows))

    async def upsert_states(self, rows: Sequence[dict[str, Any]]) -> None:
        """The newest position per (profile, title, episode)."""
        await self._upsert_newer(WatchState, rows, ["profile_id", "title_id", "episode_key"], "client_time")

    async def upsert_progress(self, rows: Sequence[dict[str, Any]]) -> None:
        """Per (profile, title): what to resume or play next."""
        await self._upsert_newer(TitleProgress, rows, ["profile_id", "title_id"], "client_time")

    async def history_rows(
        self, keys: Sequence[tuple[int, str, int, int, date]]
    ) -> dict[tuple[Any, ...], RowMapping]:
        """The history rows of these (profile, session, episode key, title, month), locked for this batch."""
        if not keys:
            return {}
        key = tuple_(
            WatchHistory.profile_id,
            WatchHistory.session_id,
            WatchHistory.episode_key,
            WatchHistory.title_id,
            WatchHistory.month,
        )
        query = (
            select(
                WatchHistory.profile_id,
                WatchHistory.session_id,
                WatchHistory.episode_key,
                WatchHistory.title_id,
                WatchHistory.month,
                WatchHistory.seconds_watched,
                WatchHistory.last_client_time,
                WatchHistory.view_counted,
            )
            .where(key.in_(list(keys)))
            .with_for_update()
        )
        rows = (await self.session.execute(query)).mappings().all()
        return {
            (row["profile_id"], row["session_id"], row["episode_key"], row["title_id"], row["month"]): row
            for row in rows
        }

    async def upsert_history(self, rows: Sequence[dict[str, Any]]) -> None:
        """Start viewing sessions, or extend them (an entry keeps its id and start time)."""
        key = ["profile_id", "session_id", "episode_key", "title_id", "month"]
        await self._upsert_newer(
            WatchHistory, rows, key, "last_client_time", keep=frozenset({"id", "started_at", "episode_id"})
        )

    # --- reads ------------------------------------------------------------------------------------------

    async def continue_watching(self, profile_id: int) -> Sequence[RowMapping]:
        progress = TitleProgress.__table__.c
        query = (
            select(
                progress.title_id,
                progress.episode_id,
                progress.position_s,
                progress.duration_s,
                progress.updated_at,
            )
            .where(progress.profile_id == profile_id, progress.completed.is_(False))
            .order_by(progress.updated_at.desc())
            .limit(CONTINUE_WATCHING_LIMIT)
        )
        return (await self.session.execute(query)).mappings().all()

    async def last_completed_title(self, profile_id: int) -> int | None:
        """The title the profile finished most recently (same index as continue watching)."""
        progress = TitleProgress.__table__.c
        query = (
            select(progress.title_id)
            .where(progress.profile_id == profile_id, progress.completed.is_(True))
            .order_by(progress.updated_at.desc())
            .limit(1)
        )
        return (await self.session.execute(query)).scalar_one_or_none()

    async def progress(self, profile_id: int, title_id: int) -> TitleProgress | None:
        return await self.session.get(TitleProgress, (profile_id, title_id))

    async def state(self, profile_id: int, title_id: int, episode_key: int) -> WatchState | None:
        return await self.session.get(WatchState, (profile_id, title_id, episode_key))

    async def history_page(
        self, profile_id: int, after: tuple[datetime, int] | None, limit: int
    ) -> Sequence[WatchHistory]:
        query = select(WatchHistory).where(WatchHistory.profile_id == profile_id)
        if after is not None:
            last_seen, entry_id = after
            query = query.where(
                or_(
                    WatchHistory.last_seen_at < last_seen,
                    and_(WatchHistory.last_seen_at == last_seen, WatchHistory.id < entry_id),
                )
            )
        query = query.order_by(WatchHistory.last_seen_at.desc(), WatchHistory.id.desc()).limit(limit)
        return (await self.session.execute(query)).scalars().all()

    async def delete_history_entry(self, profile_id: int, entry_id: int) -> bool:
        query = (
            delete(WatchHistory)
            .where(WatchHistory.profile_id == profile_id, WatchHistory.id == entry_id)
            .returning(WatchHistory.id)
        )
        return (await self.session.execute(query)).first() is not None

    async def clear(self, profile_id: int) -> None:
        for model in (WatchHistory, WatchState, TitleProgress):
            await self.session.execute(delete(model).where(model.profile_id == profile_id))

    async def forget_title(self, profile_id: int, title_id: int) -> None:
        for model in (WatchState, TitleProgress):
            await self.session.execute(
                delete(model).where(model.profile_id == profile_id, model.title_id == title_id)
            )

    def add(self, row: TitleProgress | WatchState) -> None:
        self.session.add(row)

    async def flush(self) -> None:
        await self.session.flush()

    async def views_per_title(self, since: datetime, limit: int) -> list[tuple[int, int]]:
        """(title id, sessions that became a view) since ``since``, most viewed first."""
        views = func.count().label("views")
        query = (
            select(WatchHistory.title_id, views)
            .where(
                WatchHistory.view_counted.is_(True),
                WatchHistory.last_seen_at >= since,
                # Lets PostgreSQL skip the month partitions that cannot hold a recent row.
                WatchHistory.month >= since.date().replace(day=1),
            )
            .group_by(WatchHistory.title_id)
            .order_by(views.desc(), WatchHistory.title_id)
            .limit(limit)
        )
        return [(title_id, count) for title_id, count in (await self.session.execute(query)).all()]
