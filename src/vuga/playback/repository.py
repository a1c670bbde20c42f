"""The playback's SQL: multi-row upserts for heartbeat batches, and the reads behind the endpoints."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, delete, func, or_, select, text, tuple_
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.core.db import insert_for
from vuga.playback.models import TitleProgress, WatchHistory, WatchState

CONTINUE_WATCHING_LIMIT = 20

# Given a table's title id column, the condition that the profile may see that title (the catalog's rule).
Visible = Callable[[ColumnElement[int]], ColumnElement[bool]]

# Batch statements by (dialect, table, key, columns, stamp): building one costs more than writing a batch.
_STATEMENTS: dict[tuple[str, str, tuple[str, ...], tuple[str, ...], str], Any] = {}

_HISTORY_KEY = ("profile_id", "session_id", "episode_key", "title_id", "month")
_HISTORY_STATE = ("seconds_watched", "last_client_time", "view_counted")  # what the next heartbeat adds to


_POSTGRESQL = postgresql.dialect()  # type: ignore[no-untyped-call]


def _array_type(table: Any, column: str) -> str:
    """The PostgreSQL array type of ``column``, for ``unnest``'s parameters."""
    return f"{table.c[column].type.compile(dialect=_POSTGRESQL)}[]"


def _unnest(table: Any, columns: Sequence[str]) -> str:
    """A row source of one array parameter per column: a batch's rows as a constant number of parameters."""
    arrays = ", ".join(f"CAST(:{column} AS {_array_type(table, column)})" for column in columns)
    return f"unnest({arrays}) AS batch({', '.join(columns)})"


def _as_arrays(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> dict[str, list[Any]]:
    return {column: [row[column] for row in rows] for column in columns}


class PlaybackRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @property
    def _dialect(self) -> str:
        return self.session.get_bind().dialect.name

    async def _upsert_newer(
        self,
        model: Any,
        rows: Sequence[dict[str, Any]],
        key: Sequence[str],
        stamp: str,
        keep: frozenset[str] = frozenset(),
    ) -> None:
        """Insert ``rows``, or update the row of the same key — only when the new one is newer by ``stamp``.

        The guard makes every write move a row forward in client time, so reordered heartbeats never rewind
        it. Columns in ``keep`` are written on insert only.
        """
        if not rows:
            return
        columns = tuple(rows[0])
        cache_key = (self._dialect, model.__tablename__, tuple(key), columns, stamp)
        statement = _STATEMENTS.get(cache_key)
        if statement is None:
            build = self._unnest_upsert if self._dialect == "postgresql" else self._values_upsert
            statement = _STATEMENTS[cache_key] = build(model.__table__, columns, key, stamp, keep)
        if self._dialect == "postgresql":
            # One parameter per column, whatever the batch's size: one prepared statement for every batch, and
            # no per-row parameter work in Python.
            await self.session.execute(statement, _as_arrays(rows, columns))
        else:
            # Rows as parameters of a cached statement: SQLAlchemy's "insertmanyvalues" sends them.
            await self.session.execute(statement, list(rows))

    def _values_upsert(
        self, table: Table, columns: Sequence[str], key: Sequence[str], stamp: str, keep: frozenset[str]
    ) -> Any:
        # Core, not the ORM's bulk path: these rows are never objects.
        insert = insert_for(self.session, table)
        return insert.on_conflict_do_update(
            index_elements=list(key),
            set_={column: insert.excluded[column] for column in columns if column not in {*key, *keep}},
            where=table.c[stamp] < insert.excluded[stamp],
        )

    @staticmethod
    def _unnest_upsert(
        table: Table, columns: Sequence[str], key: Sequence[str], stamp: str, keep: frozenset[str]
    ) -> Any:
        updated = ", ".join(
            f"{column} = excluded.{column}" for column in columns if column not in {*key, *keep}
        )
        return text(
            f"INSERT INTO {table.name} ({', '.join(columns)})"  # noqa: S608 - the model's own column names
            f" SELECT {', '.join(columns)} FROM {_unnest(table, columns)}"
            f" ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updated}"
            f" WHERE {table.name}.{stamp} < excluded.{stamp}"
        )

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
        if self._dialect == "postgresql":
            query = self._history_rows_statement()
            parameters = _as_arrays([dict(zip(_HISTORY_KEY, key, strict=True)) for key in keys], _HISTORY_KEY)
            parameters["months"] = sorted(set(parameters["month"]))
            result = await self.session.execute(query, parameters)
        else:
            history_key = tuple_(*(WatchHistory.__table__.c[column] for column in _HISTORY_KEY))
            query = (
                select(*(WatchHistory.__table__.c[column] for column in (*_HISTORY_KEY, *_HISTORY_STATE)))
                .where(history_key.in_(list(keys)))
                .with_for_update()
            )
            result = await self.session.execute(query)
        return {tuple(row[column] for column in _HISTORY_KEY): row for row in result.mappings().all()}

    @staticmethod
    def _history_rows_statement() -> Any:
        cache_key = ("postgresql", "watch_history", _HISTORY_KEY, _HISTORY_STATE, "select")
        statement = _STATEMENTS.get(cache_key)
        if statement is None:
            table = WatchHistory.__table__
            selected = ", ".join(f"history.{column}" for column in (*_HISTORY_KEY, *_HISTORY_STATE))
            statement = _STATEMENTS[cache_key] = text(
                f"SELECT {selected} FROM watch_history AS history"  # noqa: S608 - the model's column names
                f" JOIN {_unnest(table, _HISTORY_KEY)} USING ({', '.join(_HISTORY_KEY)})"
                # The months again, as a filter of their own: it spares the other partitions' indexes.
                " WHERE history.month = ANY(CAST(:months AS DATE[]))"
                " FOR UPDATE OF history"
            )
        return statement

    async def upsert_history(self, rows: Sequence[dict[str, Any]]) -> None:
        """Start viewing sessions, or extend them (an entry keeps its id and start time)."""
        await self._upsert_newer(
            WatchHistory,
            rows,
            _HISTORY_KEY,
            "last_client_time",
            keep=frozenset({"id", "started_at", "episode_id"}),
        )

    # --- reads ------------------------------------------------------------------------------------------

    async def continue_watching(self, profile_id: int, visible: Visible) -> Sequence[RowMapping]:
        progress = TitleProgress.__table__.c
        query = (
            select(
                progress.title_id,
                progress.episode_id,
                progress.position_s,
                progress.duration_s,
                progress.updated_at,
            )
            .where(
                progress.profile_id == profile_id,
                progress.completed.is_(False),
                visible(progress.title_id),
            )
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
        self, profile_id: int, visible: Visible, after: tuple[datetime, int] | None, limit: int
    ) -> Sequence[WatchHistory]:
        query = select(WatchHistory).where(
            WatchHistory.profile_id == profile_id, visible(WatchHistory.__table__.c.title_id)
        )
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
