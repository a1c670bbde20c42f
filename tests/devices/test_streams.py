"""Concurrent streams through the API: a lease per stream, a 409 naming the devices past the limit, stop and
heartbeats, another account's lease or profile a 404; the playback endpoints take a lease themselves and sign
their URLs for it."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import httpx
import pytest
from litestar import Litestar
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import app_client
from tests.devices.flow import signed_in_tv
from tests.factories import CatalogFactory
from tests.media.jobs.test_playback_answer import published
from tests.members import Member, add_profile, register
from vuga.app import create_app
from vuga.devices.leases import MemoryLeases
from vuga.settings import RedisSettings, Settings

LIMIT = 2


def sessions_of(member: Member, profile_id: int | None = None) -> str:
    return f"/api/v1/profiles/{profile_id or member.profile_id}/playback-sessions"


@pytest.fixture
def app(settings: Settings) -> Litestar:
    """The app, with a limit of two streams an account."""
    devices = settings.devices.model_copy(update={"max_streams": LIMIT})
    return create_app(settings.model_copy(update={"devices": devices}))


async def test_an_account_plays_on_at_most_its_limit_of_devices(
    client: httpx.AsyncClient, member: Member
) -> None:
    tv = await signed_in_tv(client, member, "Kitchen TV")
    first = await client.post(sessions_of(member), headers=member.headers)
    assert first.status_code == 201, first.text
    assert first.headers["cache-control"] == "no-store, private"
    lease = first.json()
    assert lease["profile_id"] == member.profile_id
    assert lease["lease_ttl_s"] == 90
    assert lease["id"] >= 10**12
    assert (await client.post(sessions_of(tv), headers=tv.headers)).status_code == 201

    refused = await client.post(sessions_of(member), headers=member.headers)
    assert refused.status_code == 409
    assert refused.headers["content-type"].startswith("application/problem+json")
    detail = refused.json()["detail"]
    assert "2 devices" in detail
    assert "Kitchen TV" in detail
    assert "App" in detail  # the phone's session, named by its kind

    stopped = await client.delete(f"{sessions_of(member)}/{lease['id']}", headers=member.headers)
    assert stopped.status_code == 204
    assert (await client.post(sessions_of(member), headers=member.headers)).status_code == 201
    gone = await client.delete(f"{sessions_of(member)}/{lease['id']}", headers=member.headers)
    assert gone.status_code == 404


async def test_another_account_s_lease_or_profile_is_a_404(client: httpx.AsyncClient, member: Member) -> None:
    other = await register(client)
    theirs = (await client.post(sessions_of(other), headers=other.headers)).json()["id"]
    refused = await client.delete(f"{sessions_of(member)}/{theirs}", headers=member.headers)
    assert refused.status_code == 404
    # Through their profile's path with one's own token: the profile is not the caller's.
    assert (await client.delete(f"{sessions_of(other)}/{theirs}", headers=member.headers)).status_code == 404
    assert (await client.post(sessions_of(other), headers=member.headers)).status_code == 404
    assert (await client.delete(f"{sessions_of(other)}/{theirs}", headers=other.headers)).status_code == 204


async def test_bad_ids_and_no_token_are_refused(client: httpx.AsyncClient, member: Member) -> None:
    assert (await client.post(sessions_of(member))).status_code == 401
    for bad in ("0", "-1", "abc", str(2**63)):
        response = await client.delete(f"{sessions_of(member)}/{bad}", headers=member.headers)
        assert response.status_code in (404, 422), bad
        assert response.headers["content-type"].startswith("application/problem+json")
    assert (
        await client.post("/api/v1/profiles/0/playback-sessions", headers=member.headers)
    ).status_code == 422


async def test_heartbeats_renew_the_lease_they_name(
    app: Litestar,
    client: httpx.AsyncClient,
    member: Member,
    make: CatalogFactory,
    session: AsyncSession,
) -> None:
    title = await make.title()
    await session.commit()
    lease = (await client.post(sessions_of(member), headers=member.headers)).json()["id"]
    store: MemoryLeases = app.state.streams.store
    account = next(iter(store._accounts))

    def lapses_at() -> float:
        return store._accounts[account][lease][0]

    before = lapses_at()
    beat = {
        "title_id": title.id,
        "position_s": 10,
        "duration_s": 600,
        "session_id": str(lease),
        "client_time": datetime.now(UTC).isoformat(),
    }
    response = await client.put(
        f"/api/v1/profiles/{member.profile_id}/progress", json=beat, headers=member.headers
    )
    assert response.status_code == 204, response.text
    assert lapses_at() > before


async def test_the_playback_endpoints_take_a_lease_and_sign_for_it(
    client: httpx.AsyncClient, member: Member, make: CatalogFactory, session: AsyncSession
) -> None:
    movie = await make.title("Movie")
    await published(session, movie, "LeaseLeaseLeaseLeaseLeas")
    url = f"/api/v1/profiles/{member.profile_id}/titles/{movie.id}/playback"
    first = (await client.get(url, headers=member.headers)).json()
    lease = first["playback_session_id"]
    token = first["sources"][0]["url"].split("/media/s/", 1)[1].split("/", 1)[0]
    assert re.fullmatch(rf"l\d+_{lease}", token.split(".")[2])  # the URL's session: account and lease
    # Asked again with its lease, the same stream: no second one is spent.
    again = await client.get(url, params={"playback_session_id": lease}, headers=member.headers)
    assert again.json()["playback_session_id"] == lease
    second = (await client.get(url, headers=member.headers)).json()["playback_session_id"]
    assert second != lease
    # The limit holds whether or not the player asked for a session first.
    kids = await add_profile(client, member, is_kids=True)
    refused = await client.get(f"/api/v1/profiles/{kids}/titles/{movie.id}/playback", headers=member.headers)
    assert refused.status_code == 409
    assert (await client.delete(f"{sessions_of(member)}/{lease}", headers=member.headers)).status_code == 204
    assert (await client.get(url, headers=member.headers)).status_code == 200
    # A lease id the account does not hold is not kept: a new one is taken (or refused at the limit).
    stale = await client.get(url, params={"playback_session_id": 10**12}, headers=member.headers)
    assert stale.status_code == 409


async def test_without_redis_a_stream_cannot_start_but_heartbeats_go_on(
    settings: Settings, make: CatalogFactory
) -> None:
    # A port nothing listens on: the lease store is unreachable (the cache and rate limits tolerate it).
    unreachable = settings.model_copy(update={"redis": RedisSettings(url="redis://127.0.0.1:1/0")})
    async with app_client(create_app(unreachable)) as client:
        member = await register(client)
        refused = await client.post(sessions_of(member), headers=member.headers)
        assert refused.status_code == 503
        assert refused.headers["content-type"].startswith("application/problem+json")
        assert refused.headers["retry-after"] == "2"
        beat = {
            "title_id": (await make.title()).id,
            "position_s": 10,
            "duration_s": 600,
            "session_id": str(10**12),
            "client_time": datetime.now(UTC).isoformat(),
        }
        await make.session.commit()
        response = await client.put(
            f"/api/v1/profiles/{member.profile_id}/progress", json=beat, headers=member.headers
        )
        assert response.status_code == 204, response.text


async def test_a_live_channel_plays_under_a_lease_too(
    client: httpx.AsyncClient, member: Member, admin_headers: dict[str, str]
) -> None:
    from tests.livetv.guide import create_channel

    channel = await create_channel(client, admin_headers, "Leased News")
    url = f"/api/v1/profiles/{member.profile_id}/channels/{channel}/playback"
    first = await client.get(url, headers=member.headers)
    assert first.status_code == 200, first.text
    lease = first.json()["playback_session_id"]
    again = await client.get(url, params={"playback_session_id": lease}, headers=member.headers)
    assert again.json()["playback_session_id"] == lease  # the same stream, no second one spent
    assert (await client.get(url, headers=member.headers)).status_code == 200  # the second of two
    refused = await client.get(url, headers=member.headers)
    assert refused.status_code == 409  # past the limit, no stream URL
    assert "live.example.com" not in refused.text
    # A channel's heartbeat names its lease and keeps it; stopping frees it for another stream.
    beat = {"channel_id": channel, "session_id": str(lease), "client_time": datetime.now(UTC).isoformat()}
    renewed = await client.put(
        f"/api/v1/profiles/{member.profile_id}/progress", json=beat, headers=member.headers
    )
    assert renewed.status_code == 204
    assert (await client.delete(f"{sessions_of(member)}/{lease}", headers=member.headers)).status_code == 204
    assert (await client.get(url, headers=member.headers)).status_code == 200
