"""The importer's SQL on our side: legacy-id mappings, runs and checkpoints, and the bulk statements a batch
is written with — multi-row INSERT ... RETURNING, executemany UPDATE by id, and upserts that touch a row only
when a value differs (so that a second run of an unchanged source changes nothing, ``updated_at`` included).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.compat_v2.importer.models import ImportCheckpoint, ImportRun, LegacyAccount, LegacyId
from vuga.core.db import insert_for


class ImportRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # --- runs and checkpoints -----------------------------------------------------------------------------

    async def unfinished_run(self) -> ImportRun | None:
        query = (
            select(ImportRun).where(ImportRun.finished_at.is_(None)).order_by(ImportRun.id.desc()).limit(1)
        )
        return (await self.session.execute(query)).scalar_one_or_none()

    async def start_run(self, source: str) -> ImportRun:
        run = ImportRun(source=source[:300])
        self.session.add(run)
        await self.session.flush()
        return run

    async def finish_run(self, run_id: int, now: datetime) -> None:
        await self.session.execute(update(ImportRun).where(ImportRun.id == run_id).values(finished_at=now))

    async def checkpoints(self, run_id: int) -> dict[str, ImportCheckpoint]:
        query = select(ImportCheckpoint).where(ImportCheckpoint.run_id == run_id)
        return {row.source: row for row in (await self.session.execute(query)).scalars()}

    async def save_checkpoint(
        self,
        run_id: int,
        source: str,
        *,
        last_key: str | None,
        done: bool,
        read: int,
        written: int,
        changed: int,
        skipped: dict[str, int],
    ) -> None:
        values = {
            "run_id": run_id,
            "source": source,
            "last_key": last_key,
            "done": done,
            "read": read,
            "written": written,
            "changed": changed,
            "skipped": json.dumps(skipped, sort_keys=True),
        }
        statement = insert_for(self.session, ImportCheckpoint).values(values)
        statement = statement.on_conflict_do_update(
            index_elements=["run_id", "source"],
            set_={
                column: statement.excluded[column] for column in values if column not in ("run_id", "source")
            },
        )
        await self.session.execute(statement)

    # --- legacy ids ---------------------------------------------------------------------------------------

    async def mappings(self, source: str, legacy_ids: Sequence[int]) -> dict[int, tuple[int, str]]:
        """legacy id → (our id, fingerprint) for those of ``legacy_ids`` already imported."""
        if not legacy_ids:
            return {}
        query = select(LegacyId.legacy_id, LegacyId.target_id, LegacyId.fingerprint).where(
            LegacyId.source == source, LegacyId.legacy_id.in_(list(legacy_ids))
        )
        return {row[0]: (row[1], row[2]) for row in (await self.session.execute(query)).all()}

    async def all_mappings(self, source: str) -> dict[int, int]:
        query = select(LegacyId.legacy_id, LegacyId.target_id).where(LegacyId.source == source)
        return {row[0]: row[1] for row in (await self.session.execute(query)).all()}

    async def put_mappings(self, source: str, rows: Iterable[tuple[int, int, str]]) -> None:
        values = [
            {"source": source, "legacy_id": legacy, "target_id": target, "fingerprint": fingerprint}
            for legacy, target, fingerprint in rows
        ]
        if not values:
            return
        statement = insert_for(self.session, LegacyId)
        statement = statement.on_conflict_do_update(
            index_elements=["source", "legacy_id"],
            set_={"target_id": statement.excluded.target_id, "fingerprint": statement.excluded.fingerprint},
        )
        await self.session.execute(statement, values)

    async def put_legacy_accounts(self, rows: Sequence[dict[str, Any]]) -> None:
        if not rows:
            return
        statement = insert_for(self.session, LegacyAccount)
        statement = statement.on_conflict_do_update(
            index_elements=["legacy_user_id"],
            set_={column: statement.excluded[column] for column in ("account_id", "login_type", "identity")},
        )
        await self.session.execute(statement, list(rows))

    # --- bulk writes --------------------------------------------------------------------------------------

    async def insert_returning_ids(self, table: Any, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Insert ``rows`` (all with the same columns); their new ids, in the rows' order."""
        if not rows:
            return []
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list((await self.session.execute(statement, list(rows))).scalars())

    async def update_by_id(self, table: Any, rows: Sequence[dict[str, Any]]) -> None:
        """Update rows by their ``id``: one executemany statement per set of columns."""
        by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in rows:
            by_columns.setdefault(tuple(sorted(row)), []).append(row)
        for columns, group in by_columns.items():
            changed = [column for column in columns if column != "id"]
            statement = (
                update(table)
                .where(table.c.id == bindparam("key_id"))
                .values({column: bindparam(f"new_{column}") for column in changed})
            )
            parameters = [
                {"key_id": row["id"], **{f"new_{column}": row[column] for column in changed}} for row in group
            ]
            await self.session.execute(statement, parameters)

    async def upsert_if_different(
        self, table: Any, key: Sequence[str], rows: Sequence[dict[str, Any]]
    ) -> int:
        """Insert each row, or update the row with its key where a value differs; the rows touched."""
        if not rows:
            return 0
        columns = [column for column in rows[0] if column not in key]
        statement = insert_for(self.session, table)
        if columns:
            statement = statement.on_conflict_do_update(
                index_elements=list(key),
                set_={column: statement.excluded[column] for column in columns},
                where=or_(
                    *(table.c[column].is_distinct_from(statement.excluded[column]) for column in columns)
                ),
            )
        else:
            statement = statement.on_conflict_do_nothing(index_elements=list(key))
        touched = 0
        for start in range(0, len(rows), 1000):  # executemany's rowcount is the sum over its rows
            result = await self.session.execute(statement, list(rows[start : start + 1000]))
            touched += max(int(result.rowcount or 0), 0)  # type: ignore[attr-defined]
        return touched

    async def replace_all(self, table: Any, rows: Sequence[dict[str, Any]]) -> None:
        await self.session.execute(delete(table))
        if rows:
            await self.session.execute(insert(table), list(rows))

    async def rows_of(self, table: Any, columns: Sequence[str]) -> list[tuple[Any, ...]]:
        query = select(*(table.c[column] for column in columns)).order_by(*(table.c[c] for c in columns))
        return [tuple(row) for row in (await self.session.execute(query)).all()]

    # --- facts the later steps check rows against ---------------------------------------------------------

    async def mapped_facts(
        self, source: str, table: Any, columns: Sequence[str]
    ) -> dict[int, tuple[Any, ...]]:
        """legacy id → (our id, *columns) of the rows imported from ``source`` into ``table``."""
        query = (
            select(LegacyId.legacy_id, table.c.id, *(table.c[column] for column in columns))
            .join(table, table.c.id == LegacyId.target_id)
            .where(LegacyId.source == source)
        )
        return {row[0]: tuple(row[1:]) for row in (await self.session.execute(query)).all()}

    async def emails_not_imported(self, account_table: Any) -> set[str]:
        """Emails of accounts that exist here without having come from VUGA (a migrated viewer may not take
        them)."""
        imported = select(LegacyId.target_id).where(LegacyId.source == "app_user")
        query = select(account_table.c.email).where(account_table.c.id.not_in(imported))
        return set((await self.session.execute(query)).scalars())

    async def recompute_ratings(self) -> int:
        """Every imported title's rating aggregates from its ratings, exactly; the titles that changed."""
        statement = text(
            "UPDATE titles SET rating_total = agg.total, rating_count = agg.count, "
            "rating_avg = CASE WHEN agg.count > 0 THEN CAST(agg.total AS FLOAT) / agg.count ELSE 0 END "
            "FROM (SELECT t.id AS title_id, COALESCE(SUM(r.score), 0) AS total, COUNT(r.score) AS count "
            "      FROM titles t JOIN legacy_ids l ON l.source = 'content' AND l.target_id = t.id "
            "      LEFT JOIN ratings r ON r.title_id = t.id GROUP BY t.id) AS agg "
            "WHERE titles.id = agg.title_id "
            "AND (titles.rating_total <> agg.total OR titles.rating_count <> agg.count)"
        )
        result = await self.session.execute(statement)
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def count(self, table: Any) -> int:
        return int((await self.session.execute(select(func.count()).select_from(table))).scalar_one())
