"""Reading the VUGA v4 database (MySQL or MariaDB) with asyncmy.

asyncmy rather than aiomysql: its protocol parser is compiled (Cython), which matters for the million-row
tables read here, and it streams result sets; aiomysql is PyMySQL's pure-Python parser under asyncio.

Tables are read in keyset order (``WHERE key > last ORDER BY key LIMIT n``): every batch is one index range,
whatever the table's size, and the last key read is all a resumed run needs. The session runs in UTC, so that
``TIMESTAMP`` columns come back as UTC whatever the server's zone; values arrive naive and are made aware
here.
Table and column names in the SQL are the importer's own constants, never input.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

import asyncmy
from asyncmy.cursors import DictCursor

from vuga.core.errors import InvalidInput

Row = dict[str, Any]
SCHEMES = ("mysql", "mariadb", "mysql+asyncmy", "mysql+aiomysql")


@dataclass(frozen=True, slots=True)
class SourceAddress:
    host: str
    port: int
    user: str
    password: str
    database: str

    @classmethod
    def parse(cls, url: str) -> SourceAddress:
        """``mysql://user:pass@host[:port]/db``; the password may be percent-encoded."""
        parts = urlsplit(url)
        database = parts.path.lstrip("/")
        if parts.scheme not in SCHEMES or not parts.hostname or not database or "/" in database:
            raise InvalidInput.field(
                "url", "give the VUGA database as mysql://user:password@host[:port]/database"
            )
        try:
            port = parts.port or 3306
        except ValueError as exc:
            raise InvalidInput.field("url", "the port is not a number") from exc
        return cls(
            host=parts.hostname,
            port=port,
            user=unquote(parts.username or "root"),
            password=unquote(parts.password or ""),
            database=database,
        )

    def __str__(self) -> str:  # for reports and logs: never the password
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


def _aware(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value


def encode_key(key: Sequence[Any]) -> str:
    return json.dumps([v.isoformat() if isinstance(v, date) else v for v in key])


def decode_key(text: str | None) -> list[Any] | None:
    return None if text is None else list(json.loads(text))


def _after(keys: Sequence[str], count: int) -> str:
    """``(a, b) > (x, y)`` spelt as ORs: MariaDB turns this form into an index range, not a full scan."""
    if count == 0:
        return "1 = 1"
    clauses = []
    for depth in range(len(keys)):
        equal = [f"`{key}` = %s" for key in keys[:depth]]
        clauses.append("(" + " AND ".join([*equal, f"`{keys[depth]}` > %s"]) + ")")
    return " OR ".join(clauses)


def _after_parameters(last: Sequence[Any]) -> list[Any]:
    parameters: list[Any] = []
    for depth in range(len(last)):
        parameters += [*last[:depth], last[depth]]
    return parameters


class LegacyDatabase:
    """One connection to the VUGA database, for reading only."""

    def __init__(self, connection: Any, address: SourceAddress) -> None:
        self.connection = connection
        self.address = address

    @classmethod
    async def connect(cls, address: SourceAddress) -> LegacyDatabase:
        connection = await asyncmy.connect(
            host=address.host,
            port=address.port,
            user=address.user,
            password=address.password,
            database=address.database,
            charset="utf8mb4",
            autocommit=True,
            connect_timeout=10,
        )
        database = cls(connection, address)
        await database.execute("SET time_zone = '+00:00'")
        return database

    async def close(self) -> None:
        self.connection.close()

    async def execute(self, sql: str, parameters: Sequence[Any] = ()) -> None:
        async with self.connection.cursor() as cursor:
            await cursor.execute(sql, tuple(parameters))

    async def rows(self, sql: str, parameters: Sequence[Any] = ()) -> list[Row]:
        async with self.connection.cursor(DictCursor) as cursor:
            await cursor.execute(sql, tuple(parameters))
            return [{name: _aware(value) for name, value in row.items()} for row in await cursor.fetchall()]

    async def tables(self) -> dict[str, int]:
        """Every base table with its row count (exact: a report's "read" must match it)."""
        found = await self.rows(
            "SELECT table_name AS name FROM information_schema.tables "
            "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name"
        )
        counts = {}
        for row in found:
            name = str(row["name"])
            counts[name] = int((await self.rows(f"SELECT COUNT(*) AS n FROM `{name}`"))[0]["n"])  # noqa: S608
        return counts

    async def batch(
        self, table: str, keys: Sequence[str], columns: str, last: Sequence[Any] | None, limit: int
    ) -> list[Row]:
        """The next ``limit`` rows of ``table`` after the key ``last`` (None: from the start), in key
        order."""
        condition = _after(keys, 0 if last is None else len(keys))
        order = ", ".join(f"`{key}`" for key in keys)
        sql = f"SELECT {columns} FROM `{table}` WHERE {condition} ORDER BY {order} LIMIT %s"  # noqa: S608
        return await self.rows(sql, [*(_after_parameters(last) if last is not None else []), limit])
