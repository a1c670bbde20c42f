"""Database engines and sessions.

Two session factories exist from day one: the *writer* (the primary) and the *reader* (a replica, or the
writer again while no replica is configured). A request handler asks for the one it needs; the request owns
the transaction — it commits when the handler returns and rolls back when it raises — and services only flush.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Dialect,
    Integer,
    MetaData,
    TypeDecorator,
    any_,
    bindparam,
    event,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.pool import ConnectionPoolEntry

from vuga.core.metrics import instrument_engine
from vuga.settings import DatabaseSettings

slow_log = logging.getLogger("vuga.db.slow")

# Stable constraint names keep Alembic migrations identical on PostgreSQL and SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every engine (SQLite stores no zone, so it is added back on read)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: use vuga.core.clock.utcnow() or an aware value")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime}


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _enable_sqlite_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # WAL lets readers run beside the single writer; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def any_of(session: AsyncSession, column: Any, values: Sequence[int]) -> ColumnElement[bool]:
    """``column`` is one of ``values`` (integers): ``= ANY(:array)`` on PostgreSQL, ``IN (...)`` elsewhere.

    One array parameter keeps the statement's text the same whatever the number of values, so asyncpg
    prepares it once and SQLAlchemy renders no parameter per value (the home's 430-title genre lookup is
    the case that showed it, see BENCHMARKS.md).
    """
    condition: ColumnElement[bool]
    if session.get_bind().dialect.name == "postgresql":
        condition = column == any_(bindparam(None, list(values), type_=postgresql.ARRAY(Integer)))
    else:
        condition = column.in_(values)
    return condition


def insert_for(session: AsyncSession, model: Any) -> Any:
    """The engine's own INSERT, for ``ON CONFLICT`` upserts (PostgreSQL and SQLite spell them alike)."""
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(model)


def _log_slow_statement(role: str, statement: str, seconds: float) -> None:
    # The statement text only: parameters may hold personal data.
    slow_log.warning(
        "slow statement: %.1f ms on the %s: %s", seconds * 1000, role, " ".join(statement.split())[:500]
    )


def create_engine(url: str, settings: DatabaseSettings, role: str = "writer") -> AsyncEngine:
    engine = _create_engine(url, settings)
    instrument_engine(engine.sync_engine, role, settings.slow_statement_ms, _log_slow_statement)
    return engine


def _create_engine(url: str, settings: DatabaseSettings) -> AsyncEngine:
    if is_sqlite(url):
        path = make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(
            url, echo=settings.echo, pool_size=settings.pool_size, pool_timeout=settings.pool_timeout_s
        )
        event.listen(engine.sync_engine, "connect", _enable_sqlite_pragmas)
        return engine
    server_settings = {"application_name": "vuga"}
    if settings.statement_timeout_ms:
        server_settings["statement_timeout"] = str(settings.statement_timeout_ms)
    return create_async_engine(
        url,
        echo=settings.echo,
        pool_size=settings.pool_size,
        max_overflow=0,  # the pool is the bound: the plan's 30 connections per server
        pool_timeout=settings.pool_timeout_s,
        # No pre-ping: it costs a round trip on every checkout. Connections are recycled before servers
        # or proxies drop idle ones, and a dead one fails its request with a 5xx that a retry clears.
        pool_recycle=1800,
        connect_args={"server_settings": server_settings},
    )


@dataclass(frozen=True, slots=True)
class Database:
    writer_engine: AsyncEngine
    reader_engine: AsyncEngine
    writer: async_sessionmaker[AsyncSession]
    reader: async_sessionmaker[AsyncSession]

    @classmethod
    def from_settings(cls, settings: DatabaseSettings) -> Database:
        writer_engine = create_engine(settings.url, settings)
        reader_engine = (
            create_engine(settings.read_url, settings, "reader") if settings.read_url else writer_engine
        )
        return cls(
            writer_engine=writer_engine,
            reader_engine=reader_engine,
            writer=async_sessionmaker(writer_engine, expire_on_commit=False, autoflush=False),
            reader=async_sessionmaker(reader_engine, expire_on_commit=False, autoflush=False),
        )

    @property
    def engines(self) -> tuple[AsyncEngine, ...]:
        if self.reader_engine is self.writer_engine:
            return (self.writer_engine,)
        return (self.writer_engine, self.reader_engine)

    async def dispose(self) -> None:
        for engine in self.engines:
            await engine.dispose()


AfterCommit = Callable[[], Awaitable[None]]
_AFTER_COMMIT = "vuga.after_commit"


def after_commit(session: AsyncSession, callback: AfterCommit) -> None:
    """Run ``callback`` once ``session``'s request transaction has committed (never if it rolls back).

    For what must not happen before the data is durable and visible, such as invalidating caches: done
    earlier, a concurrent read could cache the old rows again.
    """
    session.info.setdefault(_AFTER_COMMIT, []).append(callback)


async def transaction(factory: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """One session per request: commit when the handler succeeds, roll back when it raises.

    Litestar throws the handler's exception into this generator and runs the commit before the response
    is sent, so a client never sees a success for a write that did not commit.
    """
    async with factory() as session:
        try:
            yield session
        except BaseException:
            session.info.pop(_AFTER_COMMIT, None)
            await session.rollback()
            raise
        else:
            await session.commit()
            for callback in session.info.pop(_AFTER_COMMIT, []):
                await callback()


# ``transaction`` outside a request (a job, a command): ``async with committing(database.writer) as session``
# commits at the end of the block (rolls back if it raises), then runs the after-commit callbacks, which a
# plain ``session.begin()`` block never does.
committing = asynccontextmanager(transaction)


async def read_session(factory: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """A session for reads only: nothing to commit, so it is closed (rolled back) at the end."""
    async with factory() as session:
        yield session
