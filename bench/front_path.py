"""CPU per request of the path in front of the router, in this process, with no network and no server.

    .venv/bin/python bench/front_path.py [--requests 20000] [--runs 3]

Builds the app on an embedded SQLite database in a temporary directory (migrated, one published movie, one
registered viewer), runs its start-up, then drives the ASGI app directly with a minimal ``receive`` and
``send``: ``--requests`` of each of

- ``near-hit``: ``GET /api/v1/titles/{id}`` answered from the near cache (brotli, as browsers ask);
- ``heartbeat``: ``PUT /api/v1/profiles/{id}/progress``, a new viewing session each, sent ``--concurrency``
  at a time so that they share batch writes as a server's would;
- ``passed-on``: ``GET /healthz``, which every layer in front of the router passes on to the router.

Each figure is process CPU time (``time.process_time``) over the requests, per request, in microseconds:
it includes the database writes of the heartbeats' batches, and none of the wall time spent waiting. Rate
limits are off and logging is quiet, as in the other benchmarks. It compares two commits run one after the
other on the same machine, not machines.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import msgspec
from alembic import command
from litestar import Litestar
from sqlalchemy.ext.asyncio import create_async_engine

from vuga.app import create_app
from vuga.catalog.models import Title
from vuga.cli import alembic_config
from vuga.core.logs import configure_logging
from vuga.settings import (
    AuthSettings,
    DatabaseSettings,
    JobsSettings,
    MediaSettings,
    ObservabilitySettings,
    RateLimitSettings,
    RedisSettings,
    Settings,
)

Scenario = Callable[[int], Awaitable[None]]


def settings_in(directory: Path) -> Settings:
    return Settings(
        database=DatabaseSettings(url=f"sqlite+aiosqlite:///{directory / 'vuga.db'}"),
        redis=RedisSettings(url=None),
        auth=AuthSettings(secret_key="bench-signing-key-" + "0123456789abcdef" * 4),
        rate_limit=RateLimitSettings(enabled=False),
        media=MediaSettings(dir=directory / "media", base_url="https://cdn.test/media"),
        var_dir=directory / "var",
        jobs=JobsSettings(scheduler=False),  # no periodic jobs' work inside the measured runs
    )


async def add_movie(url: str) -> int:
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        result = await connection.execute(
            Title.__table__.insert().returning(Title.__table__.c.id),
            {
                "kind": "movie",
                "title": "Bench Movie",
                "sort_title": "bench movie",
                "release_year": 2020,
                "maturity_age": 0,
                "duration_s": 5400,
                "is_published": True,
                "published_at": datetime(2026, 1, 1, tzinfo=UTC),
            },
        )
        title_id = int(result.scalar_one())
    await engine.dispose()
    return title_id


def scope_of(method: str, path: str, headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": headers,
        "client": ("127.0.0.1", 40000),
        "server": ("127.0.0.1", 8106),
    }


class Requests:
    """One request shape sent through the app, with a fresh scope each time (layers write into it)."""

    def __init__(self, app: Litestar, method: str, path: str, headers: list[tuple[bytes, bytes]]) -> None:
        self.app = app
        self.template = scope_of(method, path, headers)
        self.statuses: dict[int, int] = {}
        self.problems: set[bytes] = set()

    async def one(self, body: bytes = b"") -> None:
        received = False

        async def receive() -> dict[str, Any]:
            nonlocal received
            if received:
                await asyncio.sleep(3600)  # as a server does: nothing more until the client goes
            received = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: Any) -> None:
            if message["type"] == "http.response.start":
                status = message["status"]
                self.statuses[status] = self.statuses.get(status, 0) + 1
            elif message.get("body") and self.statuses.keys() - {200, 204}:
                self.problems.add(bytes(message["body"])[:300])

        await self.app(dict(self.template), receive, send)


async def measure(name: str, count: int, runs: int, scenario: Scenario) -> list[float]:
    await scenario(min(count, 500))  # warm: caches, connections, code paths
    figures = []
    for _ in range(runs):
        started = time.process_time()
        await scenario(count)
        figures.append((time.process_time() - started) / count * 1e6)
    print(
        f"{name:10s} "
        + "  ".join(f"{figure:7.1f}" for figure in figures)
        + f"   median {statistics.median(figures):7.1f} µs/request"
    )
    return figures


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=200, help="heartbeats in flight at once")
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory() as directory:
        settings = settings_in(Path(directory))
        # Alembic's env runs its own event loop: outside this one.
        await asyncio.to_thread(command.upgrade, alembic_config(settings.database.url), "head")
        title_id = await add_movie(settings.database.url)
        app = create_app(settings)
        async with app.lifespan():
            async with httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://vuga.test"
            ) as client:
                tokens = (
                    await client.post(
                        "/api/v1/auth/register",
                        json={"email": "bench@example.com", "password": "correct horse battery"},
                    )
                ).json()
                auth = {"Authorization": f"Bearer {tokens['access_token']}"}
                profile_id = (await client.get("/api/v1/profiles", headers=auth)).json()["items"][0]["id"]
                assert (
                    await client.get(f"/api/v1/titles/{title_id}")
                ).status_code == 200  # into the near cache

            title = Requests(
                app, "GET", f"/api/v1/titles/{title_id}", [(b"accept-encoding", b"gzip, deflate, br")]
            )
            health = Requests(app, "GET", "/healthz", [])
            bearer = [
                (b"authorization", auth["Authorization"].encode()),
                (b"content-type", b"application/json"),
            ]
            progress = Requests(app, "PUT", f"/api/v1/profiles/{profile_id}/progress", bearer)
            sessions = iter(range(10**9))

            async def near_hits(count: int) -> None:
                for _ in range(count):
                    await title.one()

            async def passed_on(count: int) -> None:
                for _ in range(count):
                    await health.one()

            async def heartbeats(count: int) -> None:
                def body() -> bytes:
                    beat = {
                        "title_id": title_id,
                        "position_s": 60,
                        "duration_s": 5400,
                        "session_id": f"bench-session-{next(sessions)}",
                        "client_time": datetime.now(UTC).isoformat(),
                    }
                    return msgspec.json.encode(beat)

                for start in range(0, count, arguments.concurrency):
                    batch = min(arguments.concurrency, count - start)
                    await asyncio.gather(*(progress.one(body()) for _ in range(batch)))

            print(
                f"{arguments.requests} requests a run, CPU µs per request, {arguments.runs} runs",
                file=sys.stderr,
            )
            await measure("near-hit", arguments.requests, arguments.runs, near_hits)
            await measure("heartbeat", arguments.requests, arguments.runs, heartbeats)
            await measure("passed-on", arguments.requests, arguments.runs, passed_on)
            for requests in (title, progress, health):
                print(
                    f"# {requests.template['method']} {requests.template['path']}: {requests.statuses}",
                    file=sys.stderr,
                )
                for problem in requests.problems:
                    print(f"#   {problem!r}", file=sys.stderr)


if __name__ == "__main__":
    with open(os.devnull, "w") as quiet:  # the app's log lines are not what is measured
        configure_logging(ObservabilitySettings(log_level="ERROR"), stream=quiet)
        asyncio.run(main())
