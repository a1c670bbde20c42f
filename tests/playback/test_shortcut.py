"""The heartbeat shortcut in front of the router: it answers what it can accept, and passes the rest on whole.

Driven as an ASGI layer over the real app's state (database, cache, batcher); the app behind it is a stand-in
that records what reached it, so each test sees which of the two answered.
"""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from httpx import AsyncClient
from litestar import Litestar
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories import CatalogFactory
from tests.members import Member, add_profile, register
from tests.playback.test_progress import beat
from vuga.playback.models import WatchHistory
from vuga.playback.shortcut import MAX_BODY, HeartbeatShortcut


class Behind:
    """The app behind the shortcut: notes each request it gets and the body it reads, answers 299."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        self.bodies.append(body)
        await send({"type": "http.response.start", "status": 299, "headers": []})
        await send({"type": "http.response.body", "body": b"", "more_body": False})


class Call:
    def __init__(self, app: Litestar) -> None:
        self.app = app
        self.behind = Behind()
        self.shortcut = HeartbeatShortcut(self.behind)

    async def __call__(
        self,
        path: str,
        chunks: list[bytes],
        headers: dict[str, str] | None = None,
        method: str = "PUT",
    ) -> int:
        scope = {
            "type": "http",
            "method": method,
            "path": path,
            "query_string": b"",
            "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()],
            "app": self.app,
        }
        messages = [
            {"type": "http.request", "body": chunk, "more_body": n < len(chunks) - 1}
            for n, chunk in enumerate(chunks)
        ]
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await self.shortcut(scope, receive, send)  # type: ignore[arg-type]
        status: int = sent[0]["status"]
        return status


@pytest.fixture
async def call(app: Litestar, client: AsyncClient) -> Call:
    return Call(app)  # the client fixture started the app: its state is ready


async def stored(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(WatchHistory)) or 0)


def encoded(body: dict[str, Any]) -> bytes:
    return msgspec.json.encode(body)


async def test_an_acceptable_heartbeat_is_stored_and_answered_in_front(
    call: Call, member: Member, make: CatalogFactory, session: AsyncSession
) -> None:
    movie = await make.title()
    body = encoded(beat(movie.id, 60))
    path = f"/api/v1/profiles/{member.profile_id}/progress"
    assert await call(path, [body], member.headers) == 204
    assert await call(path, [body[:20], body[20:]], member.headers) == 204  # a body in two messages
    assert call.behind.bodies == []
    assert await stored(session) == 1  # the same session twice: one history row


async def test_whatever_it_cannot_accept_reaches_the_route_with_its_body(
    call: Call, client: AsyncClient, member: Member, make: CatalogFactory, session: AsyncSession
) -> None:
    movie = await make.title()
    adult = await make.title(maturity_age=18)
    stranger = await register(client)
    kids_profile = await add_profile(client, member, is_kids=True)
    path = f"/api/v1/profiles/{member.profile_id}/progress"
    refused = [
        (path, encoded(beat(movie.id, 60)), {}),  # no token
        (path, encoded(beat(movie.id, 60)), {"Authorization": "Bearer not-a-token"}),
        (path, encoded(beat(movie.id, 6000, duration=5400)), member.headers),  # past the end
        (path, b'{"title_id": 1', member.headers),  # not JSON
        (path, encoded(beat(movie.id, 60, extra_field=1)), member.headers),  # unknown field
        (path, encoded(beat(999_999, 60)), member.headers),  # no such title
        (f"/api/v1/profiles/{stranger.profile_id}/progress", encoded(beat(movie.id, 60)), member.headers),
        (f"/api/v1/profiles/{kids_profile}/progress", encoded(beat(adult.id, 60)), member.headers),
    ]
    for where, body, headers in refused:
        assert await call(where, [body], headers) == 299, body
    assert call.behind.bodies == [body for _, body, _ in refused]
    assert await stored(session) == 0


async def test_other_requests_pass_untouched(call: Call, member: Member, make: CatalogFactory) -> None:
    movie = await make.title()
    body = encoded(beat(movie.id, 60))
    for method, path in [
        ("GET", f"/api/v1/profiles/{member.profile_id}/progress"),
        ("PUT", f"/api/v1/profiles/{member.profile_id}/progressive"),
        ("PUT", "/api/v1/profiles/0/progress"),  # out of the route's bounds for an id
        ("PUT", f"/api/v1/profiles/{2**31}/progress"),
        ("PUT", "/api/v1/profiles/-1/progress"),
        ("PUT", "/api/v1/profiles/x1/progress"),
        ("PUT", "/api/v1/profiles/\u0663/progress"),  # a digit, but not an ASCII one
        ("PUT", "/api/v1/profiles//progress"),
        ("PUT", "/api/v1/titles/1/progress"),
    ]:
        assert await call(path, [body], member.headers, method=method) == 299, (method, path)
    assert call.behind.bodies == [body] * 9


async def test_a_large_body_is_passed_on_whole(call: Call, member: Member, make: CatalogFactory) -> None:
    movie = await make.title()
    body = encoded(beat(movie.id, 60, session="s" * 64)) + b" " * (MAX_BODY * 2)
    chunks = [body[n : n + 1000] for n in range(0, len(body), 1000)]
    assert await call(f"/api/v1/profiles/{member.profile_id}/progress", chunks, member.headers) == 299
    assert call.behind.bodies == [body]
