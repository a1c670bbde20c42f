"""The database schema's migrations: Alembic's configuration, and which revisions a database still lacks.

Like every module the ``vuga`` command imports at start, this one imports nothing that loads
prometheus-client: ``vuga serve`` must set up its multiprocess mode before that happens.
"""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from vuga.settings import DatabaseSettings

MIGRATIONS_DIR = Path(__file__).resolve().parents[3] / "migrations"


def _config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["database_url"] = database_url
    return config


def alembic_config(database_url: str) -> object:
    """For ``alembic.command`` calls (typed as before, which the tests' and benchmarks' calls expect)."""
    return _config(database_url)


async def pending_migrations(settings: DatabaseSettings) -> tuple[str | None, list[str]]:
    """The database's current revision (None: never migrated) and the revisions up to head it lacks,
    oldest first."""
    from vuga.core.db import create_engine  # not at import: it loads prometheus-client (see `vuga serve`)

    script = ScriptDirectory.from_config(_config(settings.url))

    def current(connection: Connection) -> str | None:
        return MigrationContext.configure(connection).get_current_revision()

    engine = create_engine(settings.url, settings.model_copy(update={"pool_size": 1}))
    try:
        async with engine.connect() as connection:
            revision = await connection.run_sync(current)
    finally:
        await engine.dispose()
    missing = [step.revision for step in script.iterate_revisions("heads", revision)]
    return revision, list(reversed(missing))
