"""Rate limits by cost: per account across processes sharing Redis, per address when anonymous, cached
answers free, misses, searches, uploads and heartbeats past their rate paid for, tighter on login."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Iterator
from pathlib import Path

import httpx
import pytest
from redis.asyncio import Redis

from tests.conftest import app_client, client_at
from tests.factories import CatalogFactory
from tests.members import register
from tests.playback.test_progress import beat
from vuga.app import create_app
from vuga.settings import RateLimitSettings, RedisSettings, Settings


@pytest.fixture(autouse=True)
def whole_window() -> None:
    """Starts a test early in a minute: the sliding window counter weighs the previous minute's count (by
    the part of it still in the window), so a test crossing a minute would see its counts blur. In-process,
    windows are whole minutes of the clock."""
    into_minute = time.time() % 60
    if into_minute > 40:
        time.sleep(60.05 - into_minute)


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


def expensive(client: httpx.AsyncClient) -> Awaitable[httpx.Response]:
    """A request that costs one expensive request: a refresh (with a token that is not one)."""
    return client.post("/api/v1/auth/refresh", json={"refresh_token": "not-a-token"})


async def test_anonymous_callers_are_limited_per_address_with_headers(settings: Settings) -> None:
    async with app_client(create_app(limited(settings, per_minute=5, auth_per_minute_per_ip=100))) as client:
        responses = [await expensive(client) for _ in range(7)]
    assert [r.status_code for r in responses] == [401] * 5 + [429] * 2
    assert responses[0].headers["RateLimit-Limit"] == "5"
    assert responses[0].headers["RateLimit-Remaining"] == "4"
    assert responses[0].headers["RateLimit-Policy"] == "5;w=60"
    refused = responses[-1]
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert refused.headers["RateLimit-Remaining"] == "0"
    assert refused.json()["status"] == 429
    # health checks are never limited
    async with app_client(create_app(limited(settings, per_minute=1))) as client:
        assert [(await client.get("/healthz")).status_code for _ in range(5)] == [200] * 5


@pytest.mark.parametrize("near_cache", [True, False], ids=["near-cache", "store-only"])
async def test_600_cached_reads_in_a_minute_from_one_address_all_succeed(
    settings: Settings, make: CatalogFactory, near_cache: bool
) -> None:
    # The plan's 60 a minute per address, for a household behind one address browsing the demo.
    movie = await make.title()
    browsing = limited(settings, per_minute=60).model_copy(
        update={"cache": settings.cache.model_copy(update={"near_max_mb": 64 if near_cache else 0})}
    )
    paths = ["/api/v1/home", f"/api/v1/titles/{movie.id}", "/api/v1/genres", "/api/v1/titles"]
    async with app_client(create_app(browsing)) as client:
        statuses = Counter([(await client.get(paths[n % 4])).status_code for n in range(600)])
    assert statuses == {200: 600}


async def test_what_the_cache_cannot_answer_is_paid_for(settings: Settings, make: CatalogFactory) -> None:
    # Each id not cached is a build (a read: a tenth of an expensive request), so cache-busting is bounded.
    movie = await make.title()
    async with app_client(create_app(limited(settings, per_minute=1))) as client:
        statuses = [(await client.get(f"/api/v1/titles/{1000 + n}")).status_code for n in range(12)]
        assert statuses == [404] * 10 + [429] * 2
        assert (await client.get(f"/api/v1/titles/{movie.id}")).status_code == 429  # not cached either
        assert (await client.get("/api/v1/genres")).status_code == 429  # its first build would cost too
    app = create_app(limited(settings, per_minute=1))
    async with app_client(app) as client:
        assert (await client.get(f"/api/v1/titles/{movie.id}")).status_code == 200  # built: paid for
        for n in range(9):
            await client.get(f"/api/v1/titles/{1000 + n}")
        refused = await client.get("/api/v1/titles/2000")
        assert refused.status_code == 429
        # ...while what is cached stays free, from the near cache and from the store behind it
        assert (await client.get(f"/api/v1/titles/{movie.id}")).status_code == 200
        app.state.response_cache.near.forget()
        await app.state.response_cache.near.check()
        assert (await client.get(f"/api/v1/titles/{movie.id}")).status_code == 200


async def test_an_expensive_route_is_refused_before_a_cheap_one(
    settings: Settings, make: CatalogFactory
) -> None:
    movie = await make.title()
    async with app_client(create_app(limited(settings, per_minute=3))) as client:
        assert (await client.get("/api/v1/genres")).status_code == 200
        assert (await client.get(f"/api/v1/titles/{movie.id}")).status_code == 200
        searches = [
            (await client.get("/api/v1/search", params={"q": f"word{n}"})).status_code for n in range(4)
        ]
        assert searches == [200, 200, 429, 429]  # each new search is one expensive request
        assert (await client.get("/api/v1/genres")).status_code == 200
        assert (await client.get(f"/api/v1/titles/{movie.id}")).status_code == 200
        assert (await client.get("/api/v1/search", params={"q": "word0"})).status_code == 200  # cached


async def test_heartbeats_at_their_normal_rate_are_free_and_past_it_paid_for(
    settings: Settings, make: CatalogFactory
) -> None:
    movie = await make.title()
    async with app_client(create_app(limited(settings, per_minute=1, auth_per_minute_per_ip=100))) as client:
        member = await register(client)
        progress = f"/api/v1/profiles/{member.profile_id}/progress"

        async def heartbeat(n: int) -> httpx.Response:
            return await client.put(progress, json=beat(movie.id, n), headers=member.headers)

        free = [await heartbeat(n) for n in range(60)]  # ten streams' worth: free, whatever else was spent
        assert {r.status_code for r in free} == {204}
        assert not [r for r in free if "ratelimit-remaining" in r.headers]
        paid = [(await heartbeat(60 + n)).status_code for n in range(6)]
        assert 429 in paid  # past the allowance each one costs a write, and the budget is one request


async def test_uploads_are_metered_by_their_bytes(settings: Settings) -> None:
    async with app_client(create_app(limited(settings, per_minute=3, auth_per_minute_per_ip=100))) as client:
        member = await register(client)
        avatar = f"/api/v1/profiles/{member.profile_id}/avatar"
        upload = {"file": ("a.png", b"\0" * (3 * 2**19), "image/png")}  # 1.5 MiB: 1.5 + a write
        # The account has spent a read (its profiles, while registering): 2.9 left.
        first = await client.put(avatar, files=upload, headers=member.headers)
        assert first.status_code == 422  # not an image, but paid for
        assert first.headers["RateLimit-Remaining"] == "1"
        second = await client.put(avatar, files=upload, headers=member.headers)
        assert second.status_code == 429
        small = await client.put(avatar, files={"file": ("a.png", b"x", "image/png")}, headers=member.headers)
        assert small.status_code == 422  # a small one still fits


HOME_ADDRESS = ("198.51.100.20", 1000)
ATTACKER = ("203.0.113.66", 1000)


def guarded(settings: Settings) -> Settings:
    return limited(
        settings,
        per_minute=1000,
        auth_per_minute_per_ip=100,
        auth_per_minute_per_email=3,
        auth_failures_per_minute_per_address=5,
    )


async def test_an_attackers_wrong_tries_do_not_lock_the_owner_out(settings: Settings) -> None:
    app = create_app(guarded(settings))
    async with app_client(app, HOME_ADDRESS) as owner, client_at(app, ATTACKER) as attacker:
        member = await register(owner)
        right = {"email": member.email, "password": member.password}
        wrong = right | {"password": "wrong password!!"}
        assert (await owner.post("/api/v1/auth/login", json=right)).status_code == 200  # home is known now
        tries = [(await attacker.post("/api/v1/auth/login", json=wrong)).status_code for _ in range(8)]
        assert tries == [401] * 3 + [429] * 5  # the attacker is stopped...
        assert (
            await attacker.post("/api/v1/auth/login", json=right)
        ).status_code == 429  # ...even when right
        again = await owner.post("/api/v1/auth/login", json=right)
        assert again.status_code == 200  # ...and the owner, from an address it signed in from, is not
        # Nor is anyone else's account: the attacker's failures were for this email.
        other = await register(owner)
        mine = {"email": other.email, "password": other.password}
        assert (await attacker.post("/api/v1/auth/login", json=mine)).status_code == 200


async def test_guessing_from_a_known_address_is_stopped_per_address(settings: Settings) -> None:
    app = create_app(guarded(settings))
    async with app_client(app, HOME_ADDRESS) as owner, client_at(app, ATTACKER) as attacker:
        member = await register(owner)
        right = {"email": member.email, "password": member.password}
        wrong = right | {"password": "wrong password!!"}
        assert (await owner.post("/api/v1/auth/login", json=right)).status_code == 200
        # A housemate guessing on the owner's network: its failures count for that address and email.
        tries = [(await owner.post("/api/v1/auth/login", json=wrong)).status_code for _ in range(7)]
        assert tries == [401] * 5 + [429] * 2
        assert (
            await attacker.post("/api/v1/auth/login", json=wrong)
        ).status_code == 401  # elsewhere: its own


async def test_guessing_spread_over_many_addresses_is_capped_per_account(settings: Settings) -> None:
    app = create_app(guarded(settings))
    async with app_client(app, HOME_ADDRESS) as owner:
        member = await register(owner)
        right = {"email": member.email, "password": member.password}
        wrong = right | {"password": "wrong password!!"}
        assert (await owner.post("/api/v1/auth/login", json=right)).status_code == 200
        statuses = []
        for n in range(6):
            async with client_at(app, (f"192.0.2.{n + 1}", 1000)) as bot:
                statuses.append((await bot.post("/api/v1/auth/login", json=wrong)).status_code)
        assert statuses == [401] * 3 + [429] * 3
        assert (await owner.post("/api/v1/auth/login", json=right)).status_code == 200


async def test_account_limit_is_shared_by_app_instances_through_redis(
    settings: Settings, clean_redis: str
) -> None:
    shared = limited(settings, clean_redis, per_minute=2)  # 20 reads: each is a tenth of the budget
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
    app = create_app(limited(settings, "redis://127.0.0.1:1/0", per_minute=3, auth_per_minute_per_ip=100))
    async with app_client(app) as client:
        statuses = [(await expensive(client)).status_code for _ in range(5)]
    assert statuses == [401, 401, 401, 429, 429]


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
        "VUGA_RATE_LIMIT_PER_MINUTE": "2",  # 20 reads of /me
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
