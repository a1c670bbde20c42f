"""Alembic environment: runs migrations over the async engine of the configured database."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

# Importing the models registers their tables on the metadata.
import vuga.accounts.models
import vuga.billing.models
import vuga.catalog.models
import vuga.compat_v2.importer.models
import vuga.compat_v2.models
import vuga.core.audit
import vuga.core.jobs.receipts
import vuga.core.nodes
import vuga.devices.models
import vuga.library.models
import vuga.livetv.models
import vuga.media.models
import vuga.media.uploads.models
import vuga.notifications.models
import vuga.playback.models  # noqa: F401
from vuga.core.db import Base, create_engine, is_sqlite
from vuga.playback.partitions import is_partition
from vuga.search.tables import is_search_index
from vuga.settings import Settings

config = context.config
target_metadata = Base.metadata


def database_url() -> str:
    return config.attributes.get("database_url") or Settings().database.url


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    return not (type_ in ("table", "index") and is_partition(name)) and not is_search_index(name, type_)


def run_migrations_offline() -> None:
    context.configure(url=database_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=is_sqlite(database_url()),  # SQLite alters tables by copying them
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_migrations_online() -> None:
    settings = Settings().database
    engine = create_engine(database_url(), settings.model_copy(update={"pool_size": 1}))
    async with engine.connect() as connection:
        await connection.run_sync(_run)
    await engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
elif (connection := config.attributes.get("connection")) is not None:
    _run(connection)
else:
    asyncio.run(run_migrations_online())
