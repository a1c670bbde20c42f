"""Sessions under concurrency: an ended session stays ended, and a refresh token is spent once."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from litestar import Litestar
from redis.asyncio import Redis

from tests.conftest import app_client
from tests.members import register
from vuga.accounts.repository import AccountsRepository
from vuga.app import create_app
from vuga.settings import RedisSettings, Settings

AUTH = "/api/v1/auth"


@pytest.fixture(params=["memory", "redis"])
async def cached_app(request: pytest.FixtureRequest, settings: Settings) -> Litestar:
    """The app with its session cache in this process or in Redis: the race is the same on both."""
    if request.param == "redis":
        url: str = request.getfixturevalue("redis_url")
        redis = Redis.from_url(url)
        await redis.flushdb()
        await redis.aclose()
        settings = settings.model_copy(update={"redis": RedisSettings(url=url)})
    return create_app(settings)


async def test_a_session_read_racing_a_logout_cannot_bring_it_back(
    cached_app: Litestar, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A request that read the session from the database just before a logout committed must not cache
    it as live over the logout's revocation (the cache would honour the ended session for 5 minutes)."""
    async with app_client(cached_app) as client:
        member = await register(client)
        session_id = cached_app.state.access_tokens.verify(member.access_token).session_id
        await cached_app.state.cache.delete(f"session:{session_id}")  # uncached, as after 5 minutes

        read_done, release = asyncio.Event(), asyncio.Event()
        real_read = AccountsRepository.active_session_role
        held = 0

        async def read_then_wait(self: AccountsRepository, *args: Any) -> Any:
            nonlocal held
            live = await real_read(self, *args)
            held += 1
            if held == 1:  # only the first read stalls, after the database answered "live"
                read_done.set()
                await release.wait()
            return live

        monkeypatch.setattr(AccountsRepository, "active_session_role", read_then_wait)
        racing = asyncio.create_task(client.get("/api/v1/me", headers=member.headers))
        await read_done.wait()
        assert (await client.post(f"{AUTH}/logout", headers=member.headers)).status_code == 204
        release.set()
        await racing  # 200 or 401: it was in flight during the logout

        assert (await client.get("/api/v1/me", headers=member.headers)).status_code == 401
        progress = {"title_id": 1, "position_s": 10, "duration_s": 100}
        heartbeat = await client.put(
            f"/api/v1/profiles/{member.profile_id}/progress", headers=member.headers, json=progress
        )
        assert heartbeat.status_code == 401


async def test_one_refresh_token_spent_at_once_by_many_wins_once(client: httpx.AsyncClient) -> None:
    member = await register(client)
    answers = await asyncio.gather(
        *(client.post(f"{AUTH}/refresh", json={"refresh_token": member.refresh_token}) for _ in range(6))
    )
    statuses = sorted(answer.status_code for answer in answers)
    assert statuses == [200, 401, 401, 401, 401, 401]
    # The replays were a copy of the token in other hands: the family ends, the winner's tokens with it.
    winner = next(answer.json() for answer in answers if answer.status_code == 200)
    me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {winner['access_token']}"})
    assert me.status_code == 401
    again = await client.post(f"{AUTH}/refresh", json={"refresh_token": winner["refresh_token"]})
    assert again.status_code == 401
