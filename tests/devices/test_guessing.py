"""Guessing user codes is limited: misses count per address and for everyone together; a right code from
an address that has not missed is not held back by another address's misses."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from litestar import Litestar

from tests.conftest import app_client, client_at
from tests.devices.flow import approve, start
from tests.members import register
from tests.test_rate_limits import whole_window  # noqa: F401 (autouse: a test starts early in a minute)
from vuga.app import create_app
from vuga.settings import RateLimitSettings, Settings


def guarded(settings: Settings, per_address: int, everyone: int) -> Settings:
    devices = settings.devices.model_copy(
        update={"approvals_per_minute_per_address": per_address, "approvals_per_minute_global": everyone}
    )
    limits = RateLimitSettings(enabled=True, per_minute=10_000, auth_per_minute_per_ip=1000)
    return settings.model_copy(update={"rate_limit": limits, "devices": devices})


@pytest.fixture
def limited_app(settings: Settings) -> Litestar:
    return create_app(guarded(settings, per_address=3, everyone=5))


@pytest.fixture
async def limited_client(limited_app: Litestar) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(limited_app) as client:
        yield client


async def test_wrong_codes_are_limited_per_address_then_for_everyone(
    limited_app: Litestar, limited_client: httpx.AsyncClient
) -> None:
    client = limited_client
    member = await register(client)
    grant = await start(client)
    statuses = [(await approve(client, member, "BBBB-BBBB")).status_code for _ in range(4)]
    assert statuses == [404, 404, 404, 429]
    refused = await approve(client, member, grant["user_code"])  # even the right code, from here, waits
    assert refused.status_code == 429
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert int(refused.headers["retry-after"]) > 0

    # Another address is not held back by the first one's misses...
    async with client_at(limited_app, ("10.0.0.2", 1)) as elsewhere:
        assert [(await approve(elsewhere, member, "CCCC-CCCC")).status_code for _ in range(2)] == [404, 404]
        # ...until everyone's misses together (3 + 2) spend the global limit: then every address waits.
        assert (await approve(elsewhere, member, grant["user_code"])).status_code == 429
    async with client_at(limited_app, ("10.0.0.3", 1)) as third:
        assert (await approve(third, member, grant["user_code"])).status_code == 429


async def test_a_right_code_is_no_miss(limited_client: httpx.AsyncClient) -> None:
    member = await register(limited_client)
    for _ in range(5):  # more approvals than misses allowed: hits cost nothing
        grant = await start(limited_client)
        assert (await approve(limited_client, member, grant["user_code"])).status_code == 200
