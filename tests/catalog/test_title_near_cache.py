"""A title's page answered from the near cache in front of the router, exactly as its handler answers it."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient
from litestar import Litestar

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory
from tests.members import Member

COMPARED = ("etag", "cache-control", "vary", "content-type", "content-encoding", "content-length")


class CountedPages:
    """Counts the requests that reached the title handler's page lookup."""

    def __init__(self, app: Litestar, monkeypatch: pytest.MonkeyPatch) -> None:
        self.handled = 0
        title = app.state.catalog_pages.title

        async def counted(*args: Any) -> Any:
            self.handled += 1
            return await title(*args)

        monkeypatch.setattr(app.state.catalog_pages, "title", counted)


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
    pages = CountedPages(app, monkeypatch)
    path = f"/api/v1/titles/{movie.id}"
    for encoding in ("br", "gzip", "identity"):
        app.state.response_cache.near.forget()
        await app.state.response_cache.near.check()
        headers = {"Accept-Encoding": encoding}
        built = await client.get(path, headers=headers)  # the handler: built, or read from the store
        assert built.status_code == 200
        queries.reset()
        handled = pages.handled
        near = await client.get(path, headers=headers)
        assert (queries.count, pages.handled) == (0, handled)  # answered in front of the handler
        assert near.content == built.content
        assert {h: near.headers.get(h) for h in COMPARED} == {h: built.headers.get(h) for h in COMPARED}
        not_modified = await client.get(path, headers=headers | {"If-None-Match": built.headers["etag"]})
        assert not_modified.status_code == 304
        assert pages.handled == handled


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
    pages = CountedPages(app, monkeypatch)

    as_profile = await client.get(path, params={"profile_id": member.profile_id}, headers=member.headers)
    assert as_profile.status_code == 200
    assert as_profile.headers["cache-control"] == "private, no-store"
    assert pages.handled == 1  # a profile's view is the handler's
    assert (await client.get(f"{path}?profile_id=nonsense")).status_code == 422
    for bad in ("0", str(2**31), "99999999999999999999999", "\u0663", "%D9%A3"):
        assert (await client.get(f"/api/v1/titles/{bad}")).status_code in (404, 422), bad
    assert (await client.get("/api/v1/titles/999999")).status_code == 404

    renamed = await client.patch(
        f"/api/v1/admin/titles/{movie.id}", json={"title": "After"}, headers=admin_headers
    )
    assert renamed.status_code == 200, renamed.text
    assert (await client.get(path)).json()["title"] == "After"  # the write emptied the near cache
