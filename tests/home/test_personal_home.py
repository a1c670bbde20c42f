"""A profile's home: continue watching, my list and because you watched on top of the shared rails, private,
filtered by the profile's ceiling, in a constant number of statements."""

from __future__ import annotations

import asyncio
import gzip
import json
from datetime import UTC, datetime
from typing import Any

import brotli
from httpx import AsyncClient

from tests.conftest import QueryCounter, app_client
from tests.factories import CatalogFactory
from tests.home.test_home import HOME, ids
from tests.members import Member, add_profile, register
from vuga.app import create_app
from vuga.core.cache import PRIVATE
from vuga.settings import Settings


async def watch(client: AsyncClient, member: Member, profile_id: int, title_id: int, position: float) -> None:
    beat = {
        "title_id": title_id,
        "position_s": position,
        "duration_s": 100.0,
        "session_id": f"session-{title_id}",
        "client_time": datetime.now(UTC).isoformat(),
    }
    response = await client.put(f"/api/v1/profiles/{profile_id}/progress", json=beat, headers=member.headers)
    assert response.status_code == 204, response.text


async def test_the_personal_home_adds_continue_watching_my_list_and_because_you_watched(
    client: AsyncClient, make: CatalogFactory, member: Member
) -> None:
    drama, comedy = await make.genre("drama"), await make.genre("comedy")
    finished = await make.title("Finished Drama", genres=[drama], duration_s=100)
    started = await make.title("Half Comedy", genres=[comedy], duration_s=100)
    similar = [await make.title(genres=[drama]) for _ in range(5)]
    listed = await make.title("On My List", genres=[comedy])
    profile = member.profile_id
    await watch(client, member, profile, finished.id, 99)
    await watch(client, member, profile, started.id, 40)
    assert (
        await client.put(f"/api/v1/profiles/{profile}/watchlist/{listed.id}", headers=member.headers)
    ).status_code == 204

    response = await client.get(f"/api/v1/profiles/{profile}/home", headers=member.headers)
    assert response.status_code == 200
    assert response.headers["cache-control"] == PRIVATE
    home = response.json()
    assert [item["title"]["id"] for item in home["continue_watching"]] == [started.id]
    assert [item["title"]["id"] for item in home["my_list"]] == [listed.id]
    because = home["because_you_watched"]
    assert because["name"] == "Because you watched Finished Drama"
    assert because["because_of"]["id"] == finished.id
    assert set(ids(because["items"])) == {t.id for t in similar}
    shared = (await client.get(HOME)).json()
    assert home["featured"] == shared["featured"]
    assert home["rails"] == shared["rails"]


async def test_because_you_watched_is_built_once_per_title_for_every_profile_and_follows_edits(
    client: AsyncClient,
    make: CatalogFactory,
    member: Member,
    admin_headers: dict[str, str],
    queries: QueryCounter,
) -> None:
    drama = await make.genre("drama")
    finished = await make.title("Finished Drama", genres=[drama], duration_s=100)
    similar = [await make.title(f"Similar {n}", genres=[drama]) for n in range(3)]
    other = await register(client)
    for viewer in (member, other):
        await watch(client, viewer, viewer.profile_id, finished.id, 99)

    async def because(viewer: Member) -> tuple[dict[str, Any], list[str]]:
        queries.reset()
        response = await client.get(f"/api/v1/profiles/{viewer.profile_id}/home", headers=viewer.headers)
        assert response.status_code == 200
        return response.json()["because_you_watched"], list(queries.statements)

    first, built = await because(member)
    assert set(ids(first["items"])) == {title.id for title in similar}
    shared, reused = await because(other)  # another account's profile: the same rail, not built again
    assert shared == first
    assert len(reused) < len(built)
    again, _ = await because(member)
    assert again == first

    renamed = await client.patch(
        f"/api/v1/admin/titles/{similar[0].id}", json={"title": "Renamed"}, headers=admin_headers
    )
    assert renamed.status_code == 200, renamed.text
    after_edit, _ = await because(other)
    assert "Renamed" in {item["title"] for item in after_edit["items"]}


async def test_the_personal_home_is_gzip_with_only_its_own_rails_compressed_per_request(
    client: AsyncClient, make: CatalogFactory, member: Member
) -> None:
    genre = await make.genre()
    titles = [await make.title(genres=[genre], duration_s=100) for _ in range(6)]
    await watch(client, member, member.profile_id, titles[0].id, 40)
    path = f"/api/v1/profiles/{member.profile_id}/home"

    async def raw(accept_encoding: str) -> tuple[dict[str, str], bytes]:
        headers = member.headers | {"Accept-Encoding": accept_encoding}
        async with client.stream("GET", path, headers=headers) as response:
            assert response.status_code == 200
            return dict(response.headers), b"".join([chunk async for chunk in response.aiter_raw()])

    plain_headers, plain = await raw("identity")
    assert "content-encoding" not in plain_headers
    # Gzip whenever it is accepted, brotli or not: the shared rails' deflated bytes are reused.
    for accepted in ("gzip", "gzip, deflate", "br;q=0, gzip;q=0.5", "gzip, deflate, br", "*"):
        headers, body = await raw(accepted)
        assert headers["content-encoding"] == "gzip", accepted
        assert headers["vary"] == "Accept-Encoding"
        assert gzip.decompress(body) == plain  # one valid member: CRC and length of the whole body
    headers, body = await raw("br, gzip;q=0")  # brotli alone: the whole body compressed with it
    assert headers["content-encoding"] == "br"
    assert brotli.decompress(body) == plain
    assert json.loads(plain)["continue_watching"][0]["title"]["id"] == titles[0].id


async def test_more_personal_homes_at_once_than_pooled_connections_all_succeed(
    settings: Settings, make: CatalogFactory
) -> None:
    """A profile's home reads its rails on three connections: a request that kept the one it checked the
    profile with while waiting for them would, beyond a pool's worth of requests, wait for the others."""
    genre = await make.genre()
    for _ in range(6):
        await make.title(genres=[genre], duration_s=100)
    small_pool = settings.database.model_copy(update={"pool_size": 2, "pool_timeout_s": 3.0})
    app = create_app(settings.model_copy(update={"database": small_pool}))
    async with app_client(app) as client:
        member = await register(client)
        path = f"/api/v1/profiles/{member.profile_id}/home"
        responses = await asyncio.gather(*(client.get(path, headers=member.headers) for _ in range(8)))
    assert [response.status_code for response in responses] == [200] * 8


async def test_a_kids_profile_home_is_filtered_everywhere(
    client: AsyncClient, make: CatalogFactory, member: Member
) -> None:
    genre = await make.genre()
    for _ in range(5):
        await make.title(genres=[genre])
    adult = await make.title("Adult Drama", genres=[genre], maturity_age=18, popularity=50)
    kid = await add_profile(client, member, is_kids=True)
    home = (await client.get(f"/api/v1/profiles/{kid}/home", headers=member.headers)).json()
    assert adult.id not in {item["id"] for rail in home["rails"] for item in rail["items"]}
    grown_up = (await client.get(f"/api/v1/profiles/{member.profile_id}/home", headers=member.headers)).json()
    assert adult.id in {item["id"] for rail in grown_up["rails"] for item in rail["items"]}


async def test_another_accounts_profile_home_is_404_and_no_token_is_401(
    client: AsyncClient, member: Member
) -> None:
    stranger = await register(client)
    path = f"/api/v1/profiles/{member.profile_id}/home"
    assert (await client.get(path, headers=stranger.headers)).status_code == 404
    assert (await client.get(path)).status_code == 401


async def test_personal_home_statements_do_not_grow_with_the_profiles_data(
    client: AsyncClient, make: CatalogFactory, member: Member, queries: QueryCounter
) -> None:
    genre = await make.genre()
    profile = member.profile_id

    async def cost(titles: int) -> int:
        for _ in range(titles):
            title = await make.title(genres=[genre], duration_s=100)
            await watch(client, member, profile, title.id, 30)
            await client.put(f"/api/v1/profiles/{profile}/watchlist/{title.id}", headers=member.headers)
        finished = await make.title(genres=[genre], duration_s=100)
        await watch(client, member, profile, finished.id, 99)
        queries.reset()
        assert (
            await client.get(f"/api/v1/profiles/{profile}/home", headers=member.headers)
        ).status_code == 200
        return queries.count

    await cost(1)  # warms the shared part, so both counts below are the personal part alone
    assert await cost(2) == await cost(30)
