"""Migrations build the schema the models describe, on both engines, and undo cleanly."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlalchemy.ext.asyncio import create_async_engine

from tests.conftest import in_own_thread
from vuga.cli import alembic_config
from vuga.core.db import Base
from vuga.playback.partitions import is_partition
from vuga.search.tables import SEARCH_TABLES, is_search_index


def skip_partitions(name: str | None, type_: str, _parent: object) -> bool:
    return not (type_ in ("table", "index") and is_partition(name)) and not is_search_index(name, type_)


def test_postgres_schema_matches_the_models(postgres_url: str) -> None:
    def differences() -> list[object]:
        async def compare() -> list[object]:
            engine = create_async_engine(postgres_url)
            async with engine.connect() as connection:
                diff = await connection.run_sync(
                    lambda sync: compare_metadata(
                        MigrationContext.configure(sync, opts={"include_name": skip_partitions}),
                        Base.metadata,
                    )
                )
            await engine.dispose()
            return list(diff)

        return asyncio.run(compare())

    assert in_own_thread(differences) == []


def test_sqlite_migration_creates_every_table_and_index(sqlite_template: Path) -> None:
    inspector = inspect(create_engine(f"sqlite:///{sqlite_template}"))
    tables = set(inspector.get_table_names())
    assert tables >= SEARCH_TABLES
    assert {t for t in tables if not is_search_index(t, "table")} == set(Base.metadata.tables) | {
        "alembic_version"
    }
    for table in Base.metadata.sorted_tables:
        expected = {index.name for index in table.indexes}
        assert expected <= {index["name"] for index in inspector.get_indexes(table.name)}, table.name


def test_downgrade_and_upgrade_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "round.db"
    config = alembic_config(f"sqlite+aiosqlite:///{path}")
    in_own_thread(lambda: command.upgrade(config, "head"))  # type: ignore[arg-type]
    in_own_thread(lambda: command.downgrade(config, "base"))  # type: ignore[arg-type]
    assert inspect(create_engine(f"sqlite:///{path}")).get_table_names() == ["alembic_version"]
    in_own_thread(lambda: command.upgrade(config, "head"))  # type: ignore[arg-type]
    assert "titles" in inspect(create_engine(f"sqlite:///{path}")).get_table_names()


def test_postgres_search_migration_downgrades_and_upgrades(postgres_url: str) -> None:
    """0004 on PostgreSQL, in a database of its own: down to 0003 removes every search object, up restores."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    url = make_url(postgres_url)
    scratch = url.set(database=f"{url.database}_round_trip").render_as_string(hide_password=False)

    async def admin(statement: str) -> None:
        engine = create_async_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
        async with engine.connect() as connection:
            await connection.execute(text(statement))
        await engine.dispose()

    async def search_objects() -> set[str]:
        engine = create_async_engine(scratch)
        async with engine.connect() as connection:
            rows = await connection.execute(
                text(
                    "SELECT relname FROM pg_class WHERE relname LIKE 'search\\_%' "
                    "UNION ALL SELECT proname FROM pg_proc WHERE proname ~ '^(vuga_)?search_' "
                    "UNION ALL SELECT tgname FROM pg_trigger WHERE tgname LIKE 'search\\_%' "
                    "UNION ALL SELECT cfgname FROM pg_ts_config WHERE cfgname = 'vuga_search'"
                )
            )
            names = {row[0] for row in rows}
        await engine.dispose()
        return names

    def run() -> tuple[set[str], set[str], set[str]]:
        database = f'"{url.database}_round_trip"'
        asyncio.run(admin(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
        asyncio.run(admin(f"CREATE DATABASE {database}"))
        try:
            config = alembic_config(scratch)
            command.upgrade(config, "head")  # type: ignore[arg-type]
            up = asyncio.run(search_objects())
            command.downgrade(config, "0003")  # type: ignore[arg-type]
            down = asyncio.run(search_objects())
            command.upgrade(config, "head")  # type: ignore[arg-type]
            again = asyncio.run(search_objects())
        finally:
            asyncio.run(admin(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
        return up, down, again

    up, down, again = in_own_thread(run)
    assert {"search_titles", "search_people", "search_refresh_titles", "vuga_search"} <= up
    assert down == set()
    assert again == up
