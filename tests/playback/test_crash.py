"""An acknowledged heartbeat survives the server being killed (SIGKILL) under load."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from tests.conftest import TABLES
from tests.members import register
from tests.test_rate_limits import free_port

SESSIONS = 40


async def test_every_acknowledged_heartbeat_is_in_postgres_after_a_sigkill(
    postgres_url: str, tmp_path: Path
) -> None:
    engine = create_async_engine(postgres_url)
    async with engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE"))
        title_id = (
            await connection.execute(
                text(
                    "INSERT INTO titles (kind, title, sort_title, release_year, is_published, published_at)"
                    " VALUES ('movie', 'Crash Test', 'crash test', 2020, true, now()) RETURNING id"
                )
            )
        ).scalar_one()
    port = free_port()
    env = os.environ | {
        "VUGA_DATABASE_URL": postgres_url,
        "VUGA_RATE_LIMIT_ENABLED": "false",
        "VUGA_AUTH_SECRET_KEY": "crash-test-key-" + "y" * 40,
        "VUGA_MEDIA_DIR": str(tmp_path / "media"),
        "VUGA_VAR_DIR": str(tmp_path / "var"),
    }
    server = subprocess.Popen(  # noqa: ASYNC220 (started once, before the event loop has work)
        [sys.executable, "-m", "vuga", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    acknowledged: dict[str, datetime] = {}
    acknowledgements = 0
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=5) as client:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if (await client.get("/healthz")).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, "the server did not start"
                await asyncio.sleep(0.2)
            member = await register(client)
            start = datetime.now(UTC) - timedelta(minutes=30)

            async def play(session_id: str) -> None:
                for step in range(10_000):
                    client_time = start + timedelta(seconds=step)
                    body = {
                        "title_id": title_id,
                        "position_s": step,
                        "duration_s": 20_000,
                        "session_id": session_id,
                        "client_time": client_time.isoformat(),
                    }
                    try:
                        response = await client.put(
                            f"/api/v1/profiles/{member.profile_id}/progress",
                            json=body,
                            headers=member.headers,
                        )
                    except httpx.TransportError:
                        return  # the server is gone
                    if response.status_code == 204:
                        nonlocal acknowledgements
                        acknowledged[session_id] = client_time
                        acknowledgements += 1

            players = [asyncio.create_task(play(f"crash-session-{n:03d}")) for n in range(SESSIONS)]
            await asyncio.sleep(3)
            os.killpg(server.pid, signal.SIGKILL)  # no shutdown, no flush: the process just stops
            server.wait(timeout=10)
            await asyncio.gather(*players)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)

    assert len(acknowledged) == SESSIONS
    assert acknowledgements > 10 * SESSIONS, "the server was killed before it was under load"
    async with engine.connect() as connection:
        rows = await connection.execute(text("SELECT session_id, last_client_time FROM watch_history"))
        stored = dict(rows.all())
    await engine.dispose()
    lost = {s: t for s, t in acknowledged.items() if s not in stored or stored[s] < t}
    assert not lost, f"{len(lost)} acknowledged heartbeats are missing, e.g. {next(iter(lost.items()))}"
