"""Checking that a page answered from the near cache, in front of the router, is what its handler sends."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient
from litestar import Litestar

from tests.conftest import QueryCounter

COMPARED = ("etag", "cache-control", "vary", "content-type", "content-encoding", "content-length")


class CallCount:
    """Counts the calls of one async method of an object of the app's state (a handler's way to its body)."""

    def __init__(self, owner: object, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        method = getattr(owner, name)

        async def counted(*args: Any) -> Any:
            self.calls += 1
            return await method(*args)

        monkeypatch.setattr(owner, name, counted)


async def near_answers_as_the_handler(
    app: Litestar,
    client: AsyncClient,
    queries: QueryCounter,
    handler: CallCount,
    path: str,
    params: dict[str, str] | None = None,
) -> None:
    """In every encoding: once the handler has answered, the same request is answered in front of it, with
    no statement, the same body and headers, and a 304 for its ETag."""
    for encoding in ("br", "gzip", "identity"):
        app.state.response_cache.near.forget()
        await app.state.response_cache.near.check()
        headers = {"Accept-Encoding": encoding}
        built = await client.get(path, params=params, headers=headers)  # the handler: built or from the store
        assert built.status_code == 200
        queries.reset()
        calls = handler.calls
        near = await client.get(path, params=params, headers=headers)
        assert (queries.count, handler.calls) == (0, calls)  # answered in front of the handler
        assert near.content == built.content
        assert {h: near.headers.get(h) for h in COMPARED} == {h: built.headers.get(h) for h in COMPARED}
        etag = {"If-None-Match": built.headers["etag"]}
        not_modified = await client.get(path, params=params, headers=headers | etag)
        assert not_modified.status_code == 304
        assert handler.calls == calls
