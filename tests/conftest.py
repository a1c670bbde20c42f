"""Test fixtures: every API test runs once on SQLite (the embedded mode) and once on PostgreSQL.

Databases are real. SQLite: the schema is migrated once into a template file that each test copies.
PostgreSQL: the schema is migrated once per run into the test database, and each test starts from empty
tables (TRUNCATE): tests commit like the app does, so a rolled-back outer transaction would not isolate them.
Without a reachable PostgreSQL the PostgreSQL half is skipped locally and fails in CI
(``VUGA_TEST_REQUIRE_SERVICES=1``).

Under pytest-xdist (``make test`` runs ``-n 2``) each worker has its own PostgreSQL database (the configured
name plus ``_gw<N>``) and its own Redis database (the configured index minus N), since tests empty both.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
from alembic import command
from litestar import Litestar
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

import vuga.compat_v2.importer.models
import vuga.compat_v2.models  # noqa: F401 - the /api/v2 ids' table, the same
from tests.factories import CatalogFactory
from tests.members import Member, register
from tests.s3_server import s3_server  # noqa: F401 (one S3 server per session, for core and media tests)
from vuga.app import create_app
from vuga.cli import alembic_config
from vuga.core.cache import MemoryCache, ResponseCache
from vuga.core.db import Base, Database
from vuga.settings import (
    AuthSettings,
    DatabaseSettings,
    JobsSettings,
    MediaSettings,
    RateLimitSettings,
    RedisSettings,
    Settings,
)

T = TypeVar("T")

DEFAULT_PG_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/vuga_test"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/15"
REQUIRE_SERVICES = os.environ.get("VUGA_TEST_REQUIRE_SERVICES") == "1"


def _xdist_worker() -> int:
    """This process's pytest-xdist worker number (``gw3`` → 3); 0 without xdist."""
    return int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))


def _per_worker_database(url: str) -> str:
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return url
    parsed = make_url(url)
    return parsed.set(database=f"{parsed.database}_gw{_xdist_worker()}").render_as_string(hide_password=False)


def _per_worker_redis(url: str) -> str:
    if "PYTEST_XDIST_WORKER" not in os.environ or not url:
        return url
    base, _, index = url.rpartition("/")
    own = int(index or 0) - _xdist_worker()
    if own < 0:
        pytest.fail(f"VUGA_TEST_REDIS_URL's database index leaves no room for xdist worker {_xdist_worker()}")
    return f"{base}/{own}"


def _unavailable(what: str) -> None:
    if REQUIRE_SERVICES:
        pytest.fail(f"{what} is required (VUGA_TEST_REQUIRE_SERVICES=1) but unreachable")
    pytest.skip(f"{what} unreachable")


def in_own_thread(function: Callable[[], T]) -> T:
    """Run blocking set-up (Alembic, asyncio.run) outside the test event loop, which may be running."""
    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(function).result()


def migrate(url: str) -> None:
    in_own_thread(lambda: command.upgrade(alembic_config(url), "head"))  # type: ignore[arg-type]


async def _reset_postgres(url: str) -> bool:
    """Create the test database if needed and drop its schema; False when PostgreSQL is unreachable."""
    parsed = make_url(url)
    admin = create_async_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as connection:
            exists = await connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": parsed.database}
            )
            if not exists:
                await connection.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    except OSError:
        return False
    finally:
        await admin.dispose()
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        await connection.execute(text("DROP SCHEMA public CASCADE"))
        await connection.execute(text("CREATE SCHEMA public"))
    await engine.dispose()
    return True


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite") / "template.db"
    migrate(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_url() -> str:
    url = os.environ.get("VUGA_TEST_DATABASE_URL", DEFAULT_PG_URL)
    url = _per_worker_database(url) if url else url
    if not url:
        _unavailable("PostgreSQL (VUGA_TEST_DATABASE_URL is empty)")
    if not in_own_thread(lambda: asyncio.run(_reset_postgres(url))):
        _unavailable(f"PostgreSQL at {make_url(url).render_as_string(hide_password=True)}")
    migrate(url)
    return url


@pytest.fixture(scope="session")
def redis_url() -> str:
    url = _per_worker_redis(os.environ.get("VUGA_TEST_REDIS_URL", DEFAULT_REDIS_URL))

    async def reachable() -> bool:
        from redis.asyncio import Redis

        client = Redis.from_url(url, socket_connect_timeout=1)
        try:
            return bool(await client.ping())
        except OSError:
            return False
        finally:
            await client.aclose()

    if not url or not in_own_thread(lambda: asyncio.run(reachable())):
        _unavailable("Redis")
    return url


TABLES = ", ".join(table.name for table in Base.metadata.sorted_tables)


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        path = tmp_path / "vuga.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite+aiosqlite:///{path}"
    url: str = request.getfixturevalue("postgres_url")
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE"))
    await engine.dispose()
    return url


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return settings_for(database_url, tmp_path)


def settings_for(database_url: str, tmp_path: Path) -> Settings:
    """The tests' settings: a database, no Redis, rate limits off, media and state under ``tmp_path``."""
    return Settings(
        database=DatabaseSettings(url=database_url, pool_size=5),
        redis=RedisSettings(url=None),
        auth=AuthSettings(secret_key="test-signing-key-" + "0123456789abcdef" * 4),
        # Off by default so that tests can make many requests; the rate-limit tests turn it on.
        rate_limit=RateLimitSettings(enabled=False),
        media=MediaSettings(dir=tmp_path / "media", base_url="https://cdn.test/media"),
        var_dir=tmp_path / "var",
        # Periodic jobs would add statements to the query-count tests; the job tests queue them explicitly.
        jobs=JobsSettings(scheduler=False),
    )


@pytest.fixture
def app(settings: Settings) -> Litestar:
    return create_app(settings)


@asynccontextmanager
async def app_client(
    app: Litestar, address: tuple[str, int] = ("127.0.0.1", 123)
) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client calling the app in this event loop, so tests and app share database connections.

    The app's lifespan runs in a task of its own: it holds a task group, which must be exited by the task
    that entered it, while pytest may set a fixture up and tear it down in different tasks.
    """
    started, stopping = asyncio.Event(), asyncio.Event()

    async def run_lifespan() -> None:
        async with app.lifespan():
            started.set()
            await stopping.wait()

    lifespan = asyncio.create_task(run_lifespan())
    await asyncio.wait({lifespan, asyncio.create_task(started.wait())}, return_when=asyncio.FIRST_COMPLETED)
    if lifespan.done():
        lifespan.result()  # start-up failed: raise its error here
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app, client=address), base_url="http://vuga.test"
        ) as client:
            yield client
    finally:
        stopping.set()
        await lifespan


def client_at(app: Litestar, address: tuple[str, int]) -> httpx.AsyncClient:
    """Another client of an app already started (by ``app_client``), connecting from ``address``."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=address), base_url="http://vuga.test"
    )


@pytest.fixture
async def client(app: Litestar) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(app) as client:
        yield client


@pytest.fixture
async def member(client: httpx.AsyncClient) -> Member:
    """A registered viewer with one profile."""
    return await register(client)


@pytest.fixture
async def admin_headers(client: httpx.AsyncClient, database: Database) -> dict[str, str]:
    """Credentials of an account with the admin role."""
    admin = await register(client, email="admin@example.com")
    async with database.writer() as session, session.begin():
        await session.execute(text("UPDATE accounts SET role = 'admin' WHERE email = 'admin@example.com'"))
    # A fresh session: the first one's resolved role (viewer) stays cached for a few minutes.
    login = await client.post("/api/v1/auth/login", json={"email": admin.email, "password": admin.password})
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    await client.get("/api/v1/me", headers=headers)  # resolves the session once, as any client's first call
    return headers


@pytest.fixture
def database(app: Litestar, client: httpx.AsyncClient) -> Database:
    """The app's own engines (available once the client has run the app's start-up)."""
    db: Database = app.state.database
    return db


@pytest.fixture
async def session(database: Database) -> AsyncIterator[AsyncSession]:
    async with database.writer() as session:
        yield session


@pytest.fixture
def forget_cached(app: Litestar, client: httpx.AsyncClient) -> Callable[[], None]:
    """Empties the app's (in-process) cache: for tests that change rows directly, not through the API."""

    def forget() -> None:
        cache: MemoryCache = app.state.cache
        cache.clear()
        responses: ResponseCache = app.state.response_cache
        if responses.near is not None:
            responses.near.forget()

    return forget


@pytest.fixture
def make(session: AsyncSession) -> CatalogFactory:
    return CatalogFactory(session)


class QueryCounter:
    def __init__(self) -> None:
        self.statements: list[str] = []

    @property
    def count(self) -> int:
        return len(self.statements)

    def reset(self) -> None:
        self.statements.clear()


@pytest.fixture
def queries(database: Database) -> Iterator[QueryCounter]:
    """Counts the SQL statements the app sends to any of its engines."""
    counter = QueryCounter()

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        counter.statements.append(statement)

    for engine in database.engines:
        event.listen(engine.sync_engine, "before_cursor_execute", record)
    yield counter
    for engine in database.engines:
        event.remove(engine.sync_engine, "before_cursor_execute", record)
