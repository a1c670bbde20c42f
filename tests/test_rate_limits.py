"""Rate limits: per account across processes sharing Redis, per address when anonymous, tighter on login."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from redis.asyncio import Redis

from tests.conftest import app_client
from tests.members import register
from vuga.app import create_app
from vuga.home.service import shared_home_key
from vuga.settings import RateLimitSettings, RedisSettings, Settings


@pytest.fixture
async def clean_redis(redis_url: str) -> str:
    await clean_registration_hits(redis_url)
    return redis_url


def limited(settings: Settings, redis_url: str | None = None, **limits: int) -> Settings:
    return settings.model_copy(
        update={
            "rate_limit": RateLimitSettings(enabled=True, **limits),
            "redis": RedisSettings(url=redis_url),
        }
    )


async def test_anonymous_callers_are_limited_per_address_with_headers(settings: Settings) -> None:
    async with app_client(create_app(limited(settings, per_minute=5))) as client:
        responses = [await client.get("/api/v1/genres") for _ in range(7)]
    assert [r.status_code for r in responses] == [200] * 5 + [429] * 2
    assert responses[0].headers["RateLimit-Limit"] == "5"
    assert responses[0].headers["RateLimit-Remaining"] == "4"
    assert responses[0].headers["RateLimit-Policy"] == "5;w=60"
    refused = responses[-1]
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert refused.json()["status"] == 429
    # health checks are never limited
    async with app_client(create_app(limited(settings, per_minute=1))) as client:
        assert [(await client.get("/healthz")).status_code for _ in range(5)] == [200] * 5


async def test_pages_answered_from_the_near_cache_are_limited_too(settings: Settings) -> None:
    # The home page's near-cache answers come from a layer in front of the router; the limit is before it.
    app = create_app(limited(settings, per_minute=4))
    async with app_client(app) as client:
        statuses = [(await client.get("/api/v1/home")).status_code for _ in range(6)]
        assert app.state.response_cache.near.get(shared_home_key(None)) is not None  # hits, not builds
    assert statuses == [200] * 4 + [429] * 2


async def test_login_is_limited_per_email(settings: Settings) -> None:
    app = create_app(
        limited(settings, per_minute=1000, auth_per_minute_per_email=3, auth_per_minute_per_ip=100)
    )
    async with app_client(app) as client:
        member = await register(client)
        wrong = {"email": member.email, "password": "wrong password!!"}
        statuses = [(await client.post("/api/v1/auth/login", json=wrong)).status_code for _ in range(5)]
        assert statuses == [401, 401, 401, 429, 429]
        right = await client.post(
            "/api/v1/auth/login", json={"email": member.email, "password": member.password}
        )
        assert right.status_code == 429  # the limit protects the account, whoever knocks
        other = await client.post("/api/v1/auth/login", json={"email": "other@example.com", "password": "x"})
        assert other.status_code == 401


async def test_account_limit_is_shared_by_app_instances_through_redis(
    settings: Settings, clean_redis: str
) -> None:
    shared = limited(settings, clean_redis, per_minute=20)
    async with app_client(create_app(shared)) as first, app_client(create_app(shared)) as second:
        member = await register(first)
        await clean_registration_hits(clean_redis)
        responses = await asyncio.gather(
            *((first if i % 2 else second).get("/api/v1/me", headers=member.headers) for i in range(100))
        )
    assert Counter(r.status_code for r in responses) == {200: 20, 429: 80}


async def clean_registration_hits(redis_url: str) -> None:
    """Forget the requests made while setting up, so the count starts at zero."""
    client = Redis.from_url(redis_url)
    await client.flushdb()
    await client.aclose()


async def test_redis_outage_falls_back_to_counting_in_process(settings: Settings) -> None:
    app = create_app(limited(settings, "redis://127.0.0.1:1/0", per_minute=3))
    async with app_client(app) as client:
        statuses = [(await client.get("/api/v1/genres")).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]


# --- two real server processes --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def two_servers(sqlite_template: Path, tmp_path: Path, clean_redis: str) -> Iterator[list[str]]:
    database = tmp_path / "shared.db"
    shutil.copy(sqlite_template, database)
    env = os.environ | {
        "VUGA_DATABASE_URL": f"sqlite+aiosqlite:///{database}",
        "VUGA_REDIS_URL": clean_redis,
        "VUGA_RATE_LIMIT_PER_MINUTE": "20",
        "VUGA_RATE_LIMIT_AUTH_PER_MINUTE_PER_IP": "100",
        "VUGA_AUTH_SECRET_KEY": "shared-secret-" + "x" * 40,
        "VUGA_MEDIA_DIR": str(tmp_path / "media"),
        "VUGA_VAR_DIR": str(tmp_path / "var"),
    }
    ports = [free_port(), free_port()]
    servers = [
        subprocess.Popen(
            [sys.executable, "-m", "vuga", "serve", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for port in ports
    ]
    urls = [f"http://127.0.0.1:{port}" for port in ports]
    try:
        deadline = time.monotonic() + 30
        for url in urls:
            while True:
                try:
                    if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, "the servers did not start"
                time.sleep(0.2)
        yield urls
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=10)


async def test_account_limit_holds_across_two_server_processes(
    two_servers: list[str], clean_redis: str
) -> None:
    async with (
        httpx.AsyncClient(base_url=two_servers[0]) as first,
        httpx.AsyncClient(base_url=two_servers[1]) as second,
    ):
        member = await register(first)
        await clean_registration_hits(clean_redis)
        responses = await asyncio.gather(
            *((first if i % 2 else second).get("/api/v1/me", headers=member.headers) for i in range(100))
        )
    assert Counter(r.status_code for r in responses) == {200: 20, 429: 80}
