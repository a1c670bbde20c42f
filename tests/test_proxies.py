"""The client's address: from X-Forwarded-For only when the connection comes from a trusted proxy."""

from __future__ import annotations

from collections.abc import Awaitable
from ipaddress import ip_network

import httpx

from tests.conftest import app_client, client_at
from tests.test_rate_limits import whole_window  # noqa: F401  # an autouse fixture, for this module too
from vuga.app import create_app
from vuga.settings import RateLimitSettings, ServerSettings, Settings

PROXY = ("10.0.0.7", 40000)
ATTACKER = ("203.0.113.9", 50000)


def behind_proxy(settings: Settings, *trusted: str) -> Settings:
    return settings.model_copy(
        update={
            "rate_limit": RateLimitSettings(enabled=True, per_minute=3, auth_per_minute_per_ip=100),
            "server": ServerSettings(trusted_proxies=[ip_network(network) for network in trusted]),
        }
    )


def expensive(client: httpx.AsyncClient, forwarded_for: str | None = None) -> Awaitable[httpx.Response]:
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    return client.post("/api/v1/auth/refresh", json={"refresh_token": "not-a-token"}, headers=headers)


async def test_behind_a_trusted_proxy_two_viewers_have_separate_budgets(settings: Settings) -> None:
    app = create_app(behind_proxy(settings, "10.0.0.0/24"))
    async with app_client(app, PROXY) as proxy:
        first = [(await expensive(proxy, "198.51.100.1")).status_code for _ in range(4)]
        second = [(await expensive(proxy, "198.51.100.2")).status_code for _ in range(4)]
        # A client's own header is kept by the proxy, which appends the address it saw: that one counts.
        appended = [(await expensive(proxy, "1.2.3.4, 198.51.100.1")).status_code for _ in range(2)]
    assert first == [401, 401, 401, 429]
    assert second == [401, 401, 401, 429]
    assert appended == [429, 429]


async def test_a_spoofed_header_neither_escapes_a_limit_nor_blames_someone_else(settings: Settings) -> None:
    app = create_app(behind_proxy(settings, "10.0.0.0/24"))
    victim = "198.51.100.7"
    async with app_client(app, ATTACKER) as attacker, client_at(app, PROXY) as proxy:
        # From an untrusted peer the header is ignored: a new address on each request does not help...
        spoofed = [(await expensive(attacker, f"192.0.2.{n}")).status_code for n in range(5)]
        # ...and naming the victim's address spends the attacker's own budget, not the victim's.
        await expensive(attacker, victim)
        through_proxy = await expensive(proxy, victim)
    assert spoofed == [401, 401, 401, 429, 429]
    assert through_proxy.status_code == 401
    assert through_proxy.headers["RateLimit-Remaining"] == "2"


async def test_without_trusted_proxies_the_header_is_ignored(settings: Settings) -> None:
    app = create_app(behind_proxy(settings))  # the default: none trusted, even a local peer
    async with app_client(app, ("127.0.0.1", 1000)) as client:
        statuses = [(await expensive(client, f"192.0.2.{n}")).status_code for n in range(4)]
    assert statuses == [401, 401, 401, 429]


async def test_the_auth_limits_see_the_forwarded_address_too(settings: Settings) -> None:
    limits = RateLimitSettings(enabled=True, per_minute=1000, auth_per_minute_per_ip=2)
    app = create_app(behind_proxy(settings, "10.0.0.7").model_copy(update={"rate_limit": limits}))
    async with app_client(app, PROXY) as proxy:
        first = [(await expensive(proxy, "198.51.100.1")).status_code for _ in range(3)]
        other = await expensive(proxy, "198.51.100.2")
    assert first == [401, 401, 429]
    assert other.status_code == 401
