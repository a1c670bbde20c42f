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
