"""/metrics after real traffic: every series the operators' dashboard and alerts use is there, with values
that follow the traffic, and labels bounded to route templates, namespaces and task names."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import httpx
import pytest
from litestar import Litestar
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import app_client
from tests.factories import CatalogFactory
from tests.members import Member
from vuga.app import create_app
from vuga.settings import JobsSettings, RateLimitSettings, RedisSettings, Settings

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


async def scrape(client: httpx.AsyncClient) -> Samples:
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    samples: Samples = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def total(samples: Samples, name: str, **labels: str) -> float:
    wanted = set(labels.items())
    return sum(value for (n, found), value in samples.items() if n == name and wanted <= found)


@pytest.fixture
def settings(settings: Settings) -> Settings:
    # Rate limits on (anonymous callers get 30 expensive requests a minute), so that a refusal can be counted.
    return settings.model_copy(update={"rate_limit": RateLimitSettings(enabled=True, per_minute=30)})


async def test_traffic_shows_in_the_metrics(
    app: Litestar,
    client: httpx.AsyncClient,
    member: Member,
    admin_headers: dict[str, str],
    make: CatalogFactory,
) -> None:
    movie = await make.title()
    await make.session.commit()
    before = await scrape(client)
    detail = "/api/v1/titles/{title_id}"

    for _ in range(5):
        assert (await client.get(f"/api/v1/titles/{movie.id}", headers=member.headers)).status_code == 200
    assert (await client.get("/api/v1/titles/999999", headers=member.headers)).status_code == 404
    assert (await client.get("/api/v1/no-such-route/42")).status_code == 404
    beat = {
        "title_id": movie.id,
        "position_s": 12,
        "duration_s": 5400,
        "session_id": "metrics-session",
        "client_time": datetime.now(UTC).isoformat(),
    }
    progress = f"/api/v1/profiles/{member.profile_id}/progress"
    assert (await client.put(progress, json=beat, headers=member.headers)).status_code == 204
    # Anonymous: 30 expensive requests a minute; a search the cache cannot answer is one.
    statuses = [(await client.get("/api/v1/search", params={"q": f"w{n}"})).status_code for n in range(32)]
    assert statuses.count(429) >= 1
    queued = await client.post("/api/v1/admin/jobs/catalog.flush_counters/run", headers=admin_headers)
    assert queued.status_code == 202, queued.text
    await app.state.jobs.broker.wait_all()

    after = await scrape(client)

    def grew(name: str, **labels: str) -> float:
        return total(after, name, **labels) - total(before, name, **labels)

    # Requests and latency per route template; the raw path never becomes a label.
    assert grew("vuga_http_requests_total", path=detail, method="GET", status_code="200") == 5
    assert grew("vuga_http_requests_total", path=detail, status_code="404") == 1
    assert grew("vuga_http_request_duration_seconds_count", path=detail) == 6
    assert 0 < grew("vuga_http_request_duration_seconds_sum", path=detail) < 6 * 5.0
    assert not [labels for (_, labels) in after if ("path", f"/api/v1/titles/{movie.id}") in labels]
    assert grew("vuga_http_requests_total", path="unmatched", status_code="404") == 1
    # A heartbeat answered in front of the router is counted under its route all the same.
    progress_route = "/api/v1/profiles/{profile_id}/progress"
    assert grew("vuga_http_requests_total", path=progress_route, method="PUT", status_code="204") == 1
    assert not [labels for (_, labels) in after if ("path", "/api/v1/no-such-route/42") in labels]
    assert total(after, "vuga_http_requests_in_progress", path=detail) == 0  # none running now
    # SQL latency and the pool.
    assert grew("vuga_db_statement_duration_seconds_count", engine="writer", operation="select") >= 6
    assert total(after, "vuga_db_pool_size", engine="writer") == 5
    assert 0 <= total(after, "vuga_db_pool_checked_out_connections", engine="writer") <= 5
    # Cache lookups by namespace: the login sessions of the authenticated requests (heartbeat, admin).
    assert grew("vuga_cache_lookups_total", namespace="session", result="hit") >= 2
    # Rate-limit refusals, heartbeat batches, jobs and the queue.
    assert grew("vuga_rate_limit_rejections_total", limit="ip") == statuses.count(429)
    assert grew("vuga_heartbeat_batch_size_count") >= 1
    assert grew("vuga_job_runs_total", task="catalog.flush_counters", outcome="ok") == 1
    assert grew("vuga_job_duration_seconds_count", task="catalog.flush_counters") == 1
    assert ("vuga_job_queue_depth", frozenset({("queue", "vuga:jobs"), ("state", "dead")})) in after


async def test_queue_depth_counts_jobs_waiting_in_redis(settings: Settings, redis_url: str) -> None:
    queue = f"vuga:jobs:test-{uuid.uuid4().hex[:8]}"
    app = create_app(
        settings.model_copy(
            update={"redis": RedisSettings(url=redis_url), "jobs": JobsSettings(queue=queue, scheduler=False)}
        )
    )
    async with app_client(app) as client:
        for _ in range(3):  # no worker runs: they wait
            await app.state.jobs.enqueue("catalog.flush_counters")
        samples = await scrape(client)
        await app.state.jobs.broker.shutdown()
    from redis.asyncio import Redis

    redis = Redis.from_url(redis_url)
    await redis.delete(queue)
    await redis.aclose()
    assert total(samples, "vuga_job_queue_depth", queue=queue, state="ready") == 3
    assert total(samples, "vuga_job_queue_depth", queue=queue, state="pending") == 0
