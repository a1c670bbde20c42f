"""What caches may keep: nothing said to one caller, generated over the route table.

Every route with a guard (it needs a signed-in caller) declares ``private, no-store``, and so does every
accounts route (token responses); the personal reads answer with it, and so do their errors.
"""

from __future__ import annotations

import pytest
from httpx import AsyncClient
from litestar import Litestar

from tests.factories import CatalogFactory
from tests.members import Member
from tests.test_authorization import routes

PRIVATE = {"private", "no-store"}


def directives(cache_control: str | None) -> set[str]:
    return {part.strip() for part in (cache_control or "").split(",") if part.strip()}


def declared_cache_control(app: Litestar, prefix: str = "/api/v1") -> dict[tuple[str, str], str | None]:
    """Each guarded or accounts route's Cache-Control as the handler declares it for its responses."""
    declared = {}
    for method, path, handler in routes(app, prefix):
        if handler.resolve_guards() or "accounts" in (handler.resolve_tags() or ()):
            headers = {header.name: header.value for header in handler.resolve_response_headers()}
            declared[(method, path)] = headers.get("cache-control")
    return declared


def test_every_guarded_route_declares_private_no_store(app: Litestar) -> None:
    declared = declared_cache_control(app)
    assert len(declared) > 40  # the table was walked: profiles, library, playback, admin, accounts
    assert ("POST", "/api/v1/auth/login") in declared
    assert ("GET", "/api/v1/profiles/{profile_id:int}/continue-watching") in declared
    missing = {route: value for route, value in declared.items() if directives(value) != PRIVATE}
    assert missing == {}


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/me",
        "/api/v1/profiles",
        "/api/v1/profiles/{profile}",
        "/api/v1/profiles/{profile}/home",
        "/api/v1/profiles/{profile}/continue-watching",
        "/api/v1/profiles/{profile}/watchlist",
        "/api/v1/profiles/{profile}/favorites",
        "/api/v1/profiles/{profile}/history",
        "/api/v1/profiles/{profile}/titles/{title}/resume",
        "/api/v1/profiles/{profile}/ratings/{title}",
    ],
)
async def test_personal_reads_and_their_errors_are_private(
    client: AsyncClient, member: Member, make: CatalogFactory, path: str
) -> None:
    title = await make.title()
    await make.session.commit()
    mine = path.format(profile=member.profile_id, title=title.id)
    response = await client.get(mine, headers=member.headers)
    assert response.status_code in (200, 404), response.text  # 404: no rating, no progress yet
    expected = PRIVATE if response.status_code == 200 else {"no-store"}  # errors: kept by no one
    assert directives(response.headers["cache-control"]) == expected
    missing = await client.get(path.format(profile=2**31 - 1, title=title.id), headers=member.headers)
    if "{profile}" in path:
        assert missing.status_code == 404
    assert "no-store" in directives(missing.headers["cache-control"])
    anonymous = await client.get(mine)
    assert anonymous.status_code == 401
    assert "no-store" in directives(anonymous.headers["cache-control"])


async def test_token_responses_are_not_stored(client: AsyncClient, member: Member) -> None:
    login = await client.post("/api/v1/auth/login", json={"email": member.email, "password": member.password})
    assert login.status_code == 200
    assert directives(login.headers["cache-control"]) == PRIVATE
    refresh = await client.post("/api/v1/auth/refresh", json={"refresh_token": member.refresh_token})
    assert refresh.status_code == 200
    assert directives(refresh.headers["cache-control"]) == PRIVATE
