"""Monthly partitions of the watch history on PostgreSQL: created ahead, dropped after the retention period.

A partition is a table named ``watch_history_yYYYYmMM``. A default partition catches any row outside the
months created (a clock far off, a missed maintenance run), so a heartbeat is never refused for want of one.
On SQLite the history is one plain table and retention deletes rows instead.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import delete, text
from sqlalchemy.ext.asyncio import AsyncConnection

from vuga.playback.models import WatchHistory

_PARTITION = re.compile(r"^watch_history_y(\d{4})m(\d{2})$")


def is_partition(name: str | None) -> bool:
    """A partition or one of its indexes: made at run time, not by migrations, so schema checks skip them."""
    return (name or "").startswith(("watch_history_y", "watch_history_default"))


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def partition_name(month: date) -> str:
    return f"watch_history_y{month.year:04d}m{month.month:02d}"


async def existing_partitions(connection: AsyncConnection) -> dict[date, str]:
    rows = await connection.execute(
        text(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'watch_history'"
        )
    )
    found = {}
    for (name,) in rows:
        if match := _PARTITION.match(name):
            found[date(int(match.group(1)), int(match.group(2)), 1)] = name
    return found


async def create_partitions(connection: AsyncConnection, today: date, months_ahead: int) -> list[str]:
    """Create the partitions of this month and the next ``months_ahead``; return those created."""
    if connection.dialect.name != "postgresql":
        return []
    existing = await existing_partitions(connection)
    created = []
    for offset in range(months_ahead + 1):
        month = add_months(month_start(today), offset)
        if month in existing:
            continue
        name = partition_name(month)
        await connection.execute(
            text(
                f"CREATE TABLE IF NOT EXISTS {name} PARTITION OF watch_history "
                f"FOR VALUES FROM ('{month.isoformat()}') TO ('{add_months(month, 1).isoformat()}')"
            )
        )
        created.append(name)
    return created


async def drop_expired(connection: AsyncConnection, today: date, retention_months: int) -> list[str]:
    """Remove history older than ``retention_months`` whole months before this one; return what went."""
    cutoff = add_months(month_start(today), -retention_months)
    if connection.dialect.name != "postgresql":
        result = await connection.execute(delete(WatchHistory).where(WatchHistory.month < cutoff))
        return [f"{result.rowcount} rows"] if result.rowcount else []
    dropped = []
    for month, name in sorted((await existing_partitions(connection)).items()):
        if month < cutoff:
            # Dropping a partition is instant and leaves no dead rows behind, unlike a DELETE.
            await connection.execute(text(f"DROP TABLE {name}"))
            dropped.append(name)
    await connection.execute(delete(WatchHistory).where(WatchHistory.month < cutoff))  # strays in the default
    return dropped
