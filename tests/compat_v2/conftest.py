"""The importer's fixtures: a generated VUGA v4 database on the machine's MariaDB (or MySQL).

``VUGA_TEST_MARIADB_URL`` names the server and database (default ``mysql://root@127.0.0.1:3306/vuga_import_test``;
each xdist worker appends its number); the database is dropped and made again from VUGA's DDL, found at
``VUGA_TEST_VUGA_SCHEMA`` or in the reference files beside the checkout; without it the tests are skipped.
Without a reachable MariaDB they are skipped too — or fail with ``VUGA_TEST_REQUIRE_SERVICES=1``.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from bench.vuga_v4_seed import Planted, Scale, build
from sqlalchemy import select

from tests.conftest import _unavailable, _xdist_worker, in_own_thread
from vuga.compat_v2.importer.report import ImportReport
from vuga.compat_v2.importer.service import ImportOptions, Progress, VugaImport
from vuga.compat_v2.importer.source import LegacyDatabase, SourceAddress
from vuga.core.db import Base, Database
from vuga.settings import Settings

DEFAULT_URL = "mysql://root@127.0.0.1:3306/vuga_import_test"
SCHEMA = (
    Path(__file__).resolve().parents[3] / "shared" / "reference" / "vuga-v4" / "mysql-schema-2025-08-23.sql"
)


@dataclass(frozen=True)
class Source:
    address: SourceAddress
    planted: Planted


def _address() -> SourceAddress:
    address = SourceAddress.parse(os.environ.get("VUGA_TEST_MARIADB_URL", DEFAULT_URL))
    if "PYTEST_XDIST_WORKER" in os.environ:
        address = SourceAddress(
            address.host,
            address.port,
            address.user,
            address.password,
            f"{address.database}_gw{_xdist_worker()}",
        )
    return address


@pytest.fixture(scope="session")
def vuga_source() -> Source:
    schema = Path(os.environ.get("VUGA_TEST_VUGA_SCHEMA", SCHEMA))
    if not schema.is_file():
        # A reference file outside the checkout, not a service: a checkout without it skips, even in CI.
        pytest.skip(f"VUGA's schema is not at {schema} (set VUGA_TEST_VUGA_SCHEMA to its path)")
    address = _address()

    def make() -> Planted | None:
        try:
            return asyncio.run(build(address, schema, Scale()))
        except OSError:
            return None

    planted = in_own_thread(make)
    if planted is None:
        _unavailable(f"MariaDB at {address.host}:{address.port} (VUGA_TEST_MARIADB_URL)")
    assert planted is not None
    return Source(address, planted)


@pytest.fixture
async def legacy(vuga_source: Source) -> AsyncIterator[LegacyDatabase]:
    connection = await LegacyDatabase.connect(vuga_source.address)
    yield connection
    await connection.close()


@pytest.fixture
async def target(settings: Settings) -> AsyncIterator[Database]:
    database = Database.from_settings(settings.database)
    yield database
    await database.dispose()


async def run_import(
    database: Database,
    settings: Settings,
    legacy: LegacyDatabase,
    options: ImportOptions | None = None,
    on_progress: Progress | None = None,
) -> ImportReport:
    return await VugaImport(database, settings, legacy, options, on_progress).run()


# What an import writes: every table of ours but the importer's own bookkeeping of runs.
BOOKKEEPING = {"import_runs", "import_checkpoints", "process_nodes"}


async def snapshot(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of ours, in a stable order: two equal snapshots mean nothing changed."""
    found = {}
    async with database.reader() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in BOOKKEEPING:
                continue
            rows = (await session.execute(select(*table.columns))).all()  # quoted: "offset" is a keyword
            found[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return found
