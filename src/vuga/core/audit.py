"""The audit log: who did what to what, when, with the state before and after — for administrators' and
editors' actions, shown in the admin UI.

An entry is written in the same transaction as the change it records (``record``), so a change and its
entry commit or roll back together: no change without its entry, no entry for a change that did not
happen. Entries are never updated or deleted by the application.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import msgspec
from sqlalchemy import JSON, BigInteger, Index, Integer, String, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from vuga.core.bounds import BigId
from vuga.core.clock import utcnow
from vuga.core.db import Base, UTCDateTime
from vuga.core.logs import current_request_id
from vuga.core.pagination import Page, decode_cursor, paginate, query_fingerprint


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int | None] = mapped_column(Integer)  # None: an operator at the command line
    actor: Mapped[str] = mapped_column(String(254))  # the actor's email then (accounts may be deleted)
    action: Mapped[str] = mapped_column(String(64))  # "account.role", "account.disable", ...
    target: Mapped[str] = mapped_column(String(64))  # "account:42"
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    request_id: Mapped[str | None] = mapped_column(String(64))

    # A target's history, newest first (the whole log reads by the primary key).
    __table_args__ = (Index("ix_audit_log_target_id", "target", "id"),)


class Actor(msgspec.Struct, frozen=True):
    id: int | None
    email: str


class AuditOut(msgspec.Struct):
    id: int
    at: datetime
    actor_id: int | None
    actor: str
    action: str
    target: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    request_id: str | None


def record(
    session: AsyncSession,
    actor: Actor,
    action: str,
    target: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    """Add an entry to the session's transaction (it commits with the change it describes)."""
    session.add(
        AuditEntry(
            at=utcnow(),
            actor_id=actor.id,
            actor=actor.email,
            action=action,
            target=target,
            before=before,
            after=after,
            request_id=current_request_id(),
        )
    )


AuditCursor = tuple[BigId]
Target = Annotated[str, msgspec.Meta(min_length=1, max_length=64, pattern=r"^[a-z_]+:[0-9]+$")]


class AuditLog:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def page(self, target: str | None, cursor: str | None, limit: int) -> Page[AuditOut]:
        """The newest entries first (of one target when given), ``limit`` at a time."""
        fingerprint = query_fingerprint(list="audit", target=target)
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit + 1)
        if target is not None:
            query = query.where(AuditEntry.target == target)
        if cursor is not None:
            (before_id,) = decode_cursor(cursor, fingerprint, AuditCursor)
            query = query.where(AuditEntry.id < before_id)
        rows = (await self.session.execute(query)).scalars().all()
        page, next_cursor = paginate(rows, limit, fingerprint, lambda entry: (entry.id,))
        return Page(
            items=[
                AuditOut(
                    id=e.id,
                    at=e.at,
                    actor_id=e.actor_id,
                    actor=e.actor,
                    action=e.action,
                    target=e.target,
                    before=e.before,
                    after=e.after,
                    request_id=e.request_id,
                )
                for e in page
            ],
            next_cursor=next_cursor,
        )
