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
from prometheus_client import REGISTRY
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
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


# --- failures: answered once, logged and counted ---------------------------------------------------------


def front_errors(kind: str) -> float:
    value = REGISTRY.get_sample_value("vuga_front_errors_total", {"layer": "heartbeat", "kind": kind})
    return value or 0.0


async def test_a_failing_batch_write_is_attempted_once_and_answered_as_the_route_would(
    app: Litestar,
    client: AsyncClient,
    member: Member,
    make: CatalogFactory,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    movie = await make.title()
    batcher = app.state.heartbeats
    attempts = []

    async def failing_commit(batch: list[Any]) -> list[Any]:
        attempts.append(len(batch))
        raise OperationalError("INSERT INTO watch_state ...", {}, ConnectionError("the database went away"))

    monkeypatch.setattr(batcher, "_commit", failing_commit)
    before = front_errors("write")
    progress = f"/api/v1/profiles/{member.profile_id}/progress"
    response = await client.put(progress, json=beat(movie.id, 30), headers=member.headers)
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 500
    assert attempts == [1]  # the route did not submit it a second time
    assert front_errors("write") == before + 1
    assert "a heartbeat could not be stored" in caplog.text


async def test_a_bug_in_the_shortcut_is_logged_and_counted_not_hidden(
    app: Litestar,
    client: AsyncClient,
    member: Member,
    make: CatalogFactory,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    movie = await make.title()
    intake = app.state.heartbeat_intake
    calls = []

    async def broken(*args: Any) -> None:
        calls.append(args)
        raise AttributeError("a bug")

    monkeypatch.setattr(intake, "accept", broken)
    before = front_errors("bug")
    progress = f"/api/v1/profiles/{member.profile_id}/progress"
    response = await client.put(progress, json=beat(movie.id, 30), headers=member.headers)
    assert response.status_code == 500
    assert response.json()["detail"] == "The server could not complete the request."
    assert len(calls) == 1  # not handed to the route to fail again
    assert front_errors("bug") == before + 1
    assert "the heartbeat shortcut failed" in caplog.text
    assert "AttributeError: a bug" in caplog.text


async def test_refusals_still_reach_the_route(
    client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    movie = await make.title()
    progress = f"/api/v1/profiles/{member.profile_id}/progress"
    before = front_errors("bug") + front_errors("write")
    assert (await client.put(progress, json=beat(movie.id, 30))).status_code == 401
    assert (await client.put(progress, json={"title_id": "x"}, headers=member.headers)).status_code == 422
    missing = await client.put(progress, json=beat(999_999, 30), headers=member.headers)
    assert missing.status_code in (404, 422)
    assert front_errors("bug") + front_errors("write") == before
