from pathlib import Path

from httpx import AsyncClient

from tests.conftest import app_client
from vuga.app import create_app
from vuga.settings import DatabaseSettings, MediaSettings, RedisSettings, Settings


async def test_healthz_answers_without_touching_dependencies(client: AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {}}


async def test_readyz_checks_database_and_in_process_cache(client: AsyncClient) -> None:
    response = await client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache:memory": "ok"}}


async def test_readyz_checks_redis_when_configured(settings: Settings, redis_url: str) -> None:
    app = create_app(settings.model_copy(update={"redis": RedisSettings(url=redis_url)}))
    async with app_client(app) as client:
        response = await client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "cache:redis": "ok"}


async def test_readyz_is_503_when_redis_is_unreachable(settings: Settings) -> None:
    # Port 1 on loopback refuses connections at once: an unreachable cache, not a slow one.
    app = create_app(settings.model_copy(update={"redis": RedisSettings(url="redis://127.0.0.1:1/0")}))
    async with app_client(app) as client:
        response = await client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache:redis"] == "unreachable"


async def test_readyz_is_503_when_the_database_is_unreachable(tmp_path: Path) -> None:
    settings = Settings(
        database=DatabaseSettings(url="postgresql+asyncpg://nobody@127.0.0.1:1/none", pool_timeout_s=1),
        media=MediaSettings(dir=tmp_path / "media"),
    )
    async with app_client(create_app(settings)) as client:
        response = await client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "unreachable"


async def test_unknown_route_is_a_problem_document(client: AsyncClient) -> None:
    response = await client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["status"] == 404


async def test_openapi_spec_and_docs_are_served(client: AsyncClient) -> None:
    spec = await client.get("/api/openapi.json")
    assert spec.status_code == 200
    paths = spec.json()["paths"]
    assert "/api/v1/titles" in paths
    assert "/api/v1/admin/titles" in paths
    docs = await client.get("/api/docs")
    assert docs.status_code == 200
    assert "text/html" in docs.headers["content-type"]
