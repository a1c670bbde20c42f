"""The playback's SQL: multi-row upserts for heartbeat batches, and the reads behind the endpoints."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, or_, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.playback.models import TitleProgress, WatchHistory, WatchState

CONTINUE_WATCHING_LIMIT = 20


class PlaybackRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _insert(self, model: Any) -> Any:
        dialect = self.session.get_bind().dialect.name
        return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(model)

    async def upsert_states(self, rows: Sequence[dict[str, Any]]) -> None:
        """Write the newest position per item; a row only moves forward in client time."""
        if not rows:
            return
        insert = self._insert(WatchState).values(list(rows))
        await self.session.execute(
            insert.on_conflict_do_update(
                index_elements=["profile_id", "title_id", "episode_key"],
                set_={
                    column: insert.excluded[column]
                    for column in (
                        "episode_id",
                        "position_s",
                        "duration_s",
                        "completed",
                        "client_time",
                        "updated_at",
                    )
                },
                where=WatchState.client_time < insert.excluded.client_time,
            )
        )

    async def upsert_progress(self, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        insert = self._insert(TitleProgress).values(list(rows))
        await self.session.execute(
            insert.on_conflict_do_update(
                index_elements=["profile_id", "title_id"],
                set_={
                    column: insert.excluded[column]
                    for column in (
                        "episode_id",
                        "position_s",
                        "duration_s",
                        "completed",
                        "client_time",
                        "updated_at",
                    )
                },
                where=TitleProgress.client_time < insert.excluded.client_time,
            )
        )

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
        if not rows:
            return
        insert = self._insert(WatchHistory).values(list(rows))
        await self.session.execute(
            insert.on_conflict_do_update(
                index_elements=["profile_id", "session_id", "episode_key", "title_id", "month"],
                set_={
                    column: insert.excluded[column]
                    for column in (
                        "last_seen_at",
                        "last_client_time",
                        "seconds_watched",
                        "view_counted",
                        "device",
                    )
                },
                where=WatchHistory.last_client_time < insert.excluded.last_client_time,
            )
        )

    # --- reads ------------------------------------------------------------------------------------------

    async def continue_watching(self, profile_id: int) -> Sequence[TitleProgress]:
        query = (
            select(TitleProgress)
            .where(TitleProgress.profile_id == profile_id, TitleProgress.completed.is_(False))
            .order_by(TitleProgress.updated_at.desc())
            .limit(CONTINUE_WATCHING_LIMIT)
        )
        return (await self.session.execute(query)).scalars().all()

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
