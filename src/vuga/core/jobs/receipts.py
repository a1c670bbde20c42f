"""Receipts: a task writes one in the same transaction as its effect, under a key naming that effect.

A redelivered or retried job finds its receipt and skips the work, so the effect happens exactly once even
though the queue delivers at least once. (A Redis ``SET NX`` marker could not give this: set before the work,
a crash loses the effect; set after it, a crash repeats it. In the database the two commit together.)
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, delete
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from vuga.core.clock import utcnow
from vuga.core.db import Base, UTCDateTime, insert_for


class JobReceipt(Base):
    __tablename__ = "job_receipts"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    done_at: Mapped[datetime] = mapped_column(UTCDateTime)


async def first_time(session: AsyncSession, key: str) -> bool:
    """Record ``key`` in the session's transaction; False when it was recorded before (skip the work).

    On PostgreSQL a concurrent transaction holding the same key makes this wait for its outcome: if it
    commits, this returns False; if it rolls back, this one takes the key.
    """
    statement = (
        insert_for(session, JobReceipt)
        .values(key=key, done_at=utcnow())
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(JobReceipt.key)
    )
    return (await session.execute(statement)).scalar_one_or_none() is not None


async def prune_receipts(session: AsyncSession, before: datetime) -> int:
    """Delete receipts older than ``before`` (their jobs can no longer be redelivered)."""
    result = await session.execute(delete(JobReceipt).where(JobReceipt.done_at < before))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
