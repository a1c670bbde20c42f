"""Liveness and readiness: ``/healthz`` says the process runs, ``/readyz`` that it can serve (database and
cache answer), so a load balancer sends traffic only where it will succeed."""

from __future__ import annotations

import asyncio

import msgspec
from litestar import Response, get
from litestar.datastructures import State
from litestar.openapi.datastructures import ResponseSpec
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from vuga.core.cache import Cache
from vuga.core.db import Database

CHECK_TIMEOUT_S = 2.0


class Health(msgspec.Struct):
    status: str
    checks: dict[str, str] = {}


@get("/healthz", summary="Liveness: the process is up", tags=["health"], include_in_schema=True)
async def healthz() -> Health:
    """200 while the process runs; nothing else is checked, so that only a hung process is restarted. Not
    rate-limited.
    """
    return Health(status="ok")


async def _database_ok(database: Database) -> bool:
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_S):
            for engine in database.engines:
                async with engine.connect() as connection:
                    await connection.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError, TimeoutError):
        return False
    return True


async def _cache_ok(cache: Cache) -> bool:
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_S):
            return await cache.ping()
    except TimeoutError:
        return False


@get(
    "/readyz",
    summary="Readiness: database and cache reachable",
    tags=["health"],
    responses={503: ResponseSpec(Health, description="Not ready: the checks say which part is unreachable.")},
)
async def readyz(state: State) -> Response[Health]:
    """200 when the database and the cache answer within 2 s, else 503 with each check's state: a load
    balancer sends traffic only to ready processes. Not rate-limited.
    """
    database_ok = await _database_ok(state.database)
    cache_ok = await _cache_ok(state.cache)
    checks = {
        "database": "ok" if database_ok else "unreachable",
        f"cache:{state.cache.backend}": "ok" if cache_ok else "unreachable",
    }
    ready = database_ok and cache_ok
    return Response(
        Health(status="ok" if ready else "unavailable", checks=checks), status_code=200 if ready else 503
    )
