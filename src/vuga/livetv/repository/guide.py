"""The programme guide's SQL: now and next, a window of the guide, the import's replace-a-window write,
editors' single programmes, the prune, and the imports' records."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Integer, any_, bindparam, delete, func, insert, select, true, union_all, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.core.db import UTCDateTime
from vuga.livetv.models import MAX_PROGRAMME_S, EpgImport, Programme

LONGEST = timedelta(seconds=MAX_PROGRAMME_S)
INSERT_CHUNK = 5000

PROGRAMME_COLUMNS = (
    Programme.id,
    Programme.channel_id,
    Programme.starts_at,
    Programme.ends_at,
    Programme.title,
    Programme.subtitle,
    Programme.description,
    Programme.category,
    Programme.rating,
    Programme.episode,
    Programme.image_url,
)


@functools.cache
def _now_and_next_postgres() -> Any:
    """Built once, with the channels and the moment as parameters: the guide's hottest statement (building
    its SELECT per request cost as much as running it)."""
    ids = func.unnest(bindparam("ids", type_=ARRAY(Integer)))
    channels = ids.table_valued("id").render_derived(name="channels")
    upcoming = (
        select(*PROGRAMME_COLUMNS)
        .where(
            Programme.channel_id == channels.c.id, Programme.ends_at > bindparam("now", type_=UTCDateTime())
        )
        .order_by(Programme.ends_at)
        .limit(2)
        .lateral("upcoming")
    )
    return select(upcoming).select_from(channels).join(upcoming, true())


@functools.cache
def _window(*, postgres: bool) -> Any:
    ids = (
        Programme.channel_id == any_(bindparam("ids", type_=ARRAY(Integer)))
        if postgres
        else Programme.channel_id.in_(bindparam("ids", expanding=True))
    )
    return (
        select(*PROGRAMME_COLUMNS)
        .where(
            ids,
            Programme.starts_at > bindparam("earliest", type_=UTCDateTime()),
            Programme.starts_at < bindparam("end", type_=UTCDateTime()),
            Programme.ends_at > bindparam("start", type_=UTCDateTime()),
        )
        .order_by(Programme.channel_id, Programme.starts_at)
    )


COPY_COLUMNS = [column.key for column in PROGRAMME_COLUMNS if column.key != "id"]


class GuideRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @property
    def _postgres(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"

    async def _core(self, statement: Any, parameters: dict[str, Any] | None = None) -> Any:
        """A read on the session's connection, past the ORM's execution layer: the guide's reads map
        no objects, and that layer was a third of their CPU."""
        connection = await self.session.connection()
        return await connection.execute(statement, parameters)

    async def now_and_next(self, channel_ids: Sequence[int], now: datetime) -> dict[int, list[RowMapping]]:
        """Each channel's first two programmes ending after ``now``, by end: the one on (if it has started)
        and the next. One statement whatever the number of channels, each channel two index steps."""
        if not channel_ids:
            return {}
        if self._postgres:
            result = await self.session.execute(
                _now_and_next_postgres(), {"ids": list(channel_ids), "now": now}
            )
        else:  # SQLite has no LATERAL: one small branch per channel, in one statement
            result = await self._core(
                union_all(
                    *(
                        select(
                            select(*PROGRAMME_COLUMNS)
                            .where(Programme.channel_id == channel_id, Programme.ends_at > now)
                            .order_by(Programme.ends_at)
                            .limit(2)
                            .subquery()
                        )
                        for channel_id in channel_ids
                    )
                )
            )
        grouped: dict[int, list[RowMapping]] = defaultdict(list)
        for row in result.mappings():
            grouped[row["channel_id"]].append(row)
        for rows in grouped.values():
            if len(rows) > 1 and rows[0]["ends_at"] > rows[1]["ends_at"]:
                rows.reverse()  # a union's branches keep no order of their own
        return grouped

    async def window(
        self, channel_ids: Sequence[int], start: datetime, end: datetime
    ) -> dict[int, list[RowMapping]]:
        """The channels' programmes showing at any moment of [start, end), by start. A programme lasts at most
        ``LONGEST``, so the (channel_id, starts_at) index is walked from ``start - LONGEST`` only."""
        if not channel_ids:
            return {}
        query = _window(postgres=self._postgres)
        ids: Any = list(channel_ids)
        parameters = {"ids": ids, "earliest": start - LONGEST, "start": start, "end": end}
        grouped: dict[int, list[RowMapping]] = defaultdict(list)
        for row in (await self._core(query, parameters)).mappings():
            grouped[row["channel_id"]].append(row)
        return grouped

    # --- imports -----------------------------------------------------------------------------------------

    async def replace_window(
        self, channel_id: int, start: datetime, end: datetime
    ) -> tuple[set[datetime], int]:
        """Make room for a channel's new guide over [start, end): delete what starts inside it, stop what
        started before it and runs into it. The starts deleted, and how many were stopped early."""
        deleted = await self.session.execute(
            delete(Programme)
            .where(
                Programme.channel_id == channel_id, Programme.starts_at >= start, Programme.starts_at < end
            )
            .returning(Programme.starts_at)
        )
        starts = set(deleted.scalars())
        trimmed = await self.session.execute(
            update(Programme)
            .where(Programme.channel_id == channel_id, Programme.starts_at < start, Programme.ends_at > start)
            .values(ends_at=start)
        )
        return starts, int(trimmed.rowcount)  # type: ignore[attr-defined]

    async def insert_programmes(self, rows: Sequence[dict[str, Any]]) -> None:
        """Many rows at once: by COPY on PostgreSQL (in the session's transaction; a third of the time of
        batched INSERTs for an import's 100,000), by batched INSERTs elsewhere."""
        if not rows:
            return
        if self._postgres:
            columns = [column for column in COPY_COLUMNS if column in rows[0]]
            connection = await (await self.session.connection()).get_raw_connection()
            await connection.driver_connection.copy_records_to_table(  # type: ignore[union-attr]
                Programme.__tablename__,
                records=[tuple(row[column] for column in columns) for row in rows],
                columns=columns,
            )
            return
        for first in range(0, len(rows), INSERT_CHUNK):
            await self.session.execute(insert(Programme), list(rows[first : first + INSERT_CHUNK]))

    async def create_import(self, source: str, state: str) -> EpgImport:
        record = EpgImport(source=source, state=state)
        self.session.add(record)
        await self.session.flush()
        return record

    async def get_import(self, import_id: int) -> EpgImport | None:
        return await self.session.get(EpgImport, import_id)

    # --- editors' programmes and the prune ---------------------------------------------------------------

    async def overlapping(
        self, channel_id: int, start: datetime, end: datetime, except_id: int | None = None
    ) -> RowMapping | None:
        query = select(Programme.id, Programme.starts_at, Programme.ends_at).where(
            Programme.channel_id == channel_id,
            Programme.starts_at > start - LONGEST,
            Programme.starts_at < end,
            Programme.ends_at > start,
        )
        if except_id is not None:
            query = query.where(Programme.id != except_id)
        return (await self.session.execute(query.limit(1))).mappings().first()

    async def get(self, programme_id: int) -> Programme | None:
        return await self.session.get(Programme, programme_id)

    def add(self, row: Programme) -> None:
        self.session.add(row)

    async def flush(self) -> None:
        await self.session.flush()

    async def delete_row(self, row: Programme) -> None:
        await self.session.delete(row)

    async def prune(self, ended_before: datetime) -> int:
        result = await self.session.execute(delete(Programme).where(Programme.ends_at < ended_before))
        return int(result.rowcount)  # type: ignore[attr-defined]
