"""The two shapes of a step, one per kind of legacy table.

- ``MappedStep``: a table whose rows become rows of ours with ids of their own (content → titles). Each legacy
  id is mapped to ours in ``legacy_ids`` with a fingerprint of what was written: a row already imported is
  updated only when its fingerprint changed, a new one is inserted, and nothing is ever inserted twice.
- ``LinkStep``: a table whose rows become rows keyed by what they link (a watchlist entry: profile and
  title). They are upserted on that key, and a row is updated only where a value differs.

A step turns each legacy row into the values to write or a ``Skip`` with the reason; the engine writes a
batch, so every row read is either written or skipped, and the report's arithmetic holds by construction.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.compat_v2.importer.context import ImportContext
from vuga.compat_v2.importer.repository import ImportRepository
from vuga.compat_v2.importer.source import Row


@dataclass(frozen=True, slots=True)
class Skip:
    reason: str


@dataclass
class BatchOutcome:
    written: int = 0
    changed: int = 0  # inserted or updated: a second run of an unchanged source has none
    skipped: Counter[str] = field(default_factory=Counter)

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1


def fingerprint(values: dict[str, Any]) -> str:
    return hashlib.blake2b(msgspec.json.encode(values, order="sorted"), digest_size=16).hexdigest()


class Step:
    """One legacy table: how to read it in key order, and how to write a batch of its rows."""

    source: ClassVar[str]  # the legacy table
    keys: ClassVar[tuple[str, ...]]  # its unique key, the keyset order
    columns: ClassVar[str] = "*"
    what: ClassVar[str]  # where its rows go, for the report
    batch_size: ClassVar[int] = 2000

    async def prepare(self, context: ImportContext, session: AsyncSession) -> None:
        """Look at the whole legacy table (or ours) before the first batch: duplicates, numbering, limits."""

    async def write(self, context: ImportContext, session: AsyncSession, rows: Sequence[Row]) -> BatchOutcome:
        raise NotImplementedError

    async def finish(self, context: ImportContext, session: AsyncSession) -> int:
        """After the last batch, in its transaction: work over the whole table (recomputing aggregates); the
        rows of ours it changed."""
        return 0


class MappedStep(Step):
    table: ClassVar[Any]  # a model's __table__

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        raise NotImplementedError

    async def lookups(self, context: ImportContext, session: AsyncSession) -> None:
        """Load what ``transform`` needs (id maps of earlier steps) before a batch."""

    async def after_write(
        self, context: ImportContext, session: AsyncSession, written: Sequence[tuple[Row, int]]
    ) -> None:
        """Rows that hang off the written ones (a title's genres), given (legacy row, our id) pairs."""

    async def write(self, context: ImportContext, session: AsyncSession, rows: Sequence[Row]) -> BatchOutcome:
        repository = ImportRepository(session)
        outcome = BatchOutcome()
        await self.lookups(context, session)
        key = self.keys[0]
        known = await repository.mappings(self.source, [int(row[key]) for row in rows])
        inserts: list[tuple[Row, dict[str, Any], str]] = []
        updates: list[tuple[Row, dict[str, Any], str]] = []
        written: list[tuple[Row, int]] = []
        for row in rows:
            values = self.transform(context, row)
            if isinstance(values, Skip):
                outcome.skip(values.reason)
                continue
            outcome.written += 1
            stamp = fingerprint(values)
            # Keys starting with "_" are no columns: facts kept elsewhere (after_write) that count as changes.
            values = {column: value for column, value in values.items() if not column.startswith("_")}
            mapped = known.get(int(row[key]))
            if mapped is None:
                inserts.append((row, values, stamp))
            elif mapped[1] != stamp:
                updates.append((row, {"id": mapped[0], **values}, stamp))
            else:
                written.append((row, mapped[0]))
        new_ids = await repository.insert_returning_ids(self.table, [values for _, values, _ in inserts])
        await repository.update_by_id(self.table, [values for _, values, _ in updates])
        await repository.put_mappings(
            self.source,
            [(int(row[key]), new_id, stamp) for (row, _, stamp), new_id in zip(inserts, new_ids, strict=True)]
            + [(int(row[key]), values["id"], stamp) for row, values, stamp in updates],
        )
        outcome.changed = len(inserts) + len(updates)
        written += [(row, new_id) for (row, _, _), new_id in zip(inserts, new_ids, strict=True)]
        written += [(row, values["id"]) for row, values, _ in updates]
        await self.after_write(context, session, written)
        if outcome.changed:
            context.forget(self.source)
        return outcome


class LinkStep(Step):
    table: ClassVar[Any]  # a model's __table__
    target_key: ClassVar[tuple[str, ...]]  # our table's key the rows are upserted on

    async def lookups(self, context: ImportContext, session: AsyncSession) -> None:
        """Load what ``transform`` needs before a batch."""

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        raise NotImplementedError

    async def write(self, context: ImportContext, session: AsyncSession, rows: Sequence[Row]) -> BatchOutcome:
        outcome = BatchOutcome()
        await self.lookups(context, session)
        values: dict[tuple[Any, ...], dict[str, Any]] = {}
        for row in rows:
            made = self.transform(context, row)
            if isinstance(made, Skip):
                outcome.skip(made.reason)
                continue
            target = tuple(made[column] for column in self.target_key)
            if target in values:  # two legacy rows, one row of ours (merged duplicates)
                outcome.skip(self.duplicate_reason)
                continue
            values[target] = made
            outcome.written += 1
        outcome.changed = await ImportRepository(session).upsert_if_different(
            self.table, self.target_key, list(values.values())
        )
        return outcome

    duplicate_reason: ClassVar[str] = "duplicate: the same row as another in this table"
