"""A title's page answered from the near cache in front of the router, exactly as its handler answers it."""

from __future__ import annotations

import pytest
from httpx import AsyncClient
from litestar import Litestar

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory
from tests.members import Member
from tests.near_cache import CallCount, near_answers_as_the_handler
from vuga.core.cache import PRIVATE


async def test_an_anonymous_title_page_comes_from_the_near_cache_as_the_handler_sends_it(
    app: Litestar,
    client: AsyncClient,
    make: CatalogFactory,
    queries: QueryCounter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    genre = await make.genre()
    movie = await make.title(genres=[genre])
    await make.title(genres=[genre])  # something "more like this"
    pages = CallCount(app.state.catalog_pages, "title", monkeypatch)
    await near_answers_as_the_handler(app, client, queries, pages, f"/api/v1/titles/{movie.id}")


async def test_what_the_near_cache_cannot_answer_reaches_the_handler(
    app: Litestar,
    client: AsyncClient,
    make: CatalogFactory,
    member: Member,
    admin_headers: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    movie = await make.title("Before")
    path = f"/api/v1/titles/{movie.id}"
    assert (await client.get(path)).status_code == 200  # now in the near cache
    pages = CallCount(app.state.catalog_pages, "title", monkeypatch)

    as_profile = await client.get(path, params={"profile_id": member.profile_id}, headers=member.headers)
    assert as_profile.status_code == 200
    assert as_profile.headers["cache-control"] == PRIVATE
    assert pages.calls == 1  # a profile's view is the handler's
    assert (await client.get(f"{path}?profile_id=nonsense")).status_code == 422
    for bad in ("0", str(2**31), "99999999999999999999999", "\u0663", "%D9%A3"):
        assert (await client.get(f"/api/v1/titles/{bad}")).status_code in (404, 422), bad
    assert (await client.get("/api/v1/titles/999999")).status_code == 404

    renamed = await client.patch(
        f"/api/v1/admin/titles/{movie.id}", json={"title": "After"}, headers=admin_headers
    )
    assert renamed.status_code == 200, renamed.text
    assert (await client.get(path)).json()["title"] == "After"  # the write emptied the near cache
