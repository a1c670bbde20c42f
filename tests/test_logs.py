"""Logs are JSON lines, and the id of a request travels into the job it queued — in the API process itself
(embedded mode) and through Redis into a separate worker process."""

from __future__ import annotations

import io
import json
import logging
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from litestar import Litestar

from tests.conftest import app_client
from vuga.app import create_app
from vuga.core.logs import configure_logging
from vuga.settings import JobsSettings, ObservabilitySettings, RedisSettings, Settings


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"observability": ObservabilitySettings(access_log=True)})


@pytest.fixture
def log_stream() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    configure_logging(ObservabilitySettings(), stream=stream)
    yield stream
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == "vuga-structured"]:
        root.removeHandler(handler)


def json_lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]  # fails on a non-JSON line


async def test_request_id_is_echoed_and_follows_the_job_it_queued(
    app: Litestar, client: httpx.AsyncClient, admin_headers: dict[str, str], log_stream: io.StringIO
) -> None:
    headers = admin_headers | {"X-Request-ID": "edge-4f2a9c"}
    response = await client.post("/api/v1/admin/jobs/playback.maintain_partitions/run", headers=headers)
    assert response.status_code == 202, response.text
    assert response.headers["x-request-id"] == "edge-4f2a9c"
    assert response.json()["request_id"] == "edge-4f2a9c"
    job_id = response.json()["job_id"]
    await app.state.jobs.broker.wait_all()

    lines = json_lines(log_stream.getvalue())
    of_request = [line for line in lines if line.get("request_id") == "edge-4f2a9c"]
    events = [(line["event"], line.get("task_id")) for line in of_request]
    assert ("job enqueued", job_id) in events
    assert ("job started", job_id) in events
    assert ("job finished", job_id) in events
    access = [line for line in of_request if line["event"] == "request"]
    assert len(access) == 1
    assert access[0]["route"] == "/api/v1/admin/jobs/{task}/run"
    assert access[0]["status"] == 202
    assert all({"timestamp", "level", "logger"} <= line.keys() for line in lines)


@pytest.mark.parametrize("sent", ["has spaces in it", "x" * 200, ""])
async def test_an_unusable_request_id_is_replaced(client: httpx.AsyncClient, sent: str) -> None:
    response = await client.get("/api/v1/genres", headers={"X-Request-ID": sent})
    assert response.status_code == 200
    generated = response.headers["x-request-id"]
    assert generated != sent
    assert re.fullmatch("[0-9a-f]{32}", generated)


async def test_unknown_job_is_a_404_problem(client: httpx.AsyncClient, admin_headers: dict[str, str]) -> None:
    response = await client.post("/api/v1/admin/jobs/no.such.task/run", headers=admin_headers)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    forbidden = await client.post("/api/v1/admin/jobs/catalog.flush_counters/run")
    assert forbidden.status_code == 401


async def test_a_worker_logs_json_with_the_request_id_of_the_job(
    settings: Settings, postgres_url: str, redis_url: str, tmp_path: Path
) -> None:
    if not settings.database.url.startswith("postgresql"):
        pytest.skip("one run is enough: the worker uses PostgreSQL")
    queue = f"vuga:jobs:test-{uuid.uuid4().hex[:8]}"
    shared = settings.model_copy(
        update={"redis": RedisSettings(url=redis_url), "jobs": JobsSettings(queue=queue, scheduler=False)}
    )
    app = create_app(shared)
    async with app_client(app) as client:
        from tests.members import register

        admin = await register(client, email="ops@example.com")
        from sqlalchemy import text

        async with app.state.database.writer() as session, session.begin():
            await session.execute(text("UPDATE accounts SET role = 'admin' WHERE email = 'ops@example.com'"))
        login = await client.post(
            "/api/v1/auth/login", json={"email": admin.email, "password": admin.password}
        )
        headers = {
            "Authorization": f"Bearer {login.json()['access_token']}",
            "X-Request-ID": "req-to-worker-1",
        }
        response = await client.post("/api/v1/admin/jobs/accounts.delete_ended_sessions/run", headers=headers)
        assert response.status_code == 202
        job_id = response.json()["job_id"]

    log = tmp_path / "worker.log"
    env = os.environ | {
        "VUGA_DATABASE_URL": postgres_url,
        "VUGA_REDIS_URL": redis_url,
        "VUGA_JOBS_QUEUE": queue,
        "VUGA_VAR_DIR": str(tmp_path / "var"),
    }
    with log.open("wb") as stderr:
        worker = subprocess.Popen(  # noqa: ASYNC220 (started once; the test then only polls a file)
            [sys.executable, "-m", "vuga", "worker", "--no-scheduler"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 30
        # The registration's verification mail is a job too: wait for the admin's own to finish.
        while not any('"job finished"' in line and job_id in line for line in log.read_text().splitlines()):
            assert time.monotonic() < deadline, log.read_text()[-2000:]
            assert worker.poll() is None, log.read_text()[-2000:]
            time.sleep(0.1)  # noqa: ASYNC251 (nothing else runs in this loop meanwhile)
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=20)
        from redis.asyncio import Redis

        redis = Redis.from_url(redis_url)
        await redis.delete(queue)
        await redis.aclose()
    lines = json_lines(log.read_text())
    finished = [line for line in lines if line["event"] == "job finished" and line["task_id"] == job_id]
    assert finished[0]["request_id"] == "req-to-worker-1"
    assert finished[0]["task"] == "accounts.delete_ended_sessions"
    assert lines[-1]["event"] == "worker stopped"
