"""The CDN in front of the catalog: public responses name what they hold (surrogate keys), and admin writes
purge it through a job — against a real local endpoint standing in for the CDN, which may fail."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from httpx import AsyncClient
from litestar import Litestar

from tests.cdn_endpoint import PurgeEndpoint, purge_endpoint
from tests.factories import CatalogFactory
from tests.jobs.test_jobs import record_views
from tests.members import Member
from vuga.core.jobs.dead_letters import DeadLetters
from vuga.settings import CdnSettings, JobsSettings, Settings

TITLES = "/api/v1/admin/titles"


@pytest.fixture
def endpoint() -> Iterator[PurgeEndpoint]:
    with purge_endpoint() as running:
        yield running


@pytest.fixture
def settings(settings: Settings, endpoint: PurgeEndpoint) -> Settings:
    return settings.model_copy(
        update={
            "cdn": CdnSettings(provider="http", purge_url=endpoint.url, timeout_s=2),
            "jobs": JobsSettings(scheduler=False, max_attempts=3, retry_delay_s=0.05, retry_max_delay_s=0.1),
        }
    )


async def purged(endpoint: PurgeEndpoint, count: int, timeout_s: float = 10) -> None:
    for _ in range(int(timeout_s / 0.02)):
        if len(endpoint.requests) >= count:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"{len(endpoint.requests)} purge requests, not {count}: {endpoint.requests}")


async def test_public_responses_carry_the_cache_tags_as_surrogate_keys(
    client: AsyncClient, make: CatalogFactory, member: Member
) -> None:
    drama = await make.genre("drama")
    title = await make.title(genres=[drama])
    detail = await client.get(f"/api/v1/titles/{title.id}")
    keys = detail.headers["surrogate-key"].split()
    assert f"title:{title.id}" in keys
    assert f"genre:{drama.id}" in keys
    assert detail.headers["cache-tag"].split(",") == keys
    again = await client.get(f"/api/v1/titles/{title.id}", headers={"If-None-Match": detail.headers["etag"]})
    assert again.status_code == 304
    assert again.headers["surrogate-key"] == detail.headers["surrogate-key"]  # a near-cache answer too

    assert (await client.get("/api/v1/titles")).headers["surrogate-key"] == "listing"
    assert "genres" in (await client.get("/api/v1/genres")).headers["surrogate-key"].split()
    # What one viewer sees is never a CDN's to keep, nor named to one.
    personal = await client.get("/api/v1/profiles", headers=member.headers)
    assert "surrogate-key" not in personal.headers
    as_profile = await client.get(
        f"/api/v1/titles/{title.id}", params={"profile_id": member.profile_id}, headers=member.headers
    )
    assert "private" in as_profile.headers["cache-control"]
    assert "surrogate-key" not in as_profile.headers


async def test_publishing_and_editing_purge_what_they_made_stale(
    client: AsyncClient, admin_headers: dict[str, str], endpoint: PurgeEndpoint
) -> None:
    created = await client.post(
        TITLES, json={"kind": "movie", "title": "Edge", "release_year": 2020}, headers=admin_headers
    )
    title_id = created.json()["id"]
    endpoint.requests.clear()

    published = await client.post(f"{TITLES}/{title_id}/publish", headers=admin_headers)
    assert published.status_code == 200
    await purged(endpoint, 1)
    await asyncio.sleep(0.2)  # every request of the job
    by_key = [r for r in endpoint.requests if r.path == "/"]
    assert len(by_key) == 1
    assert {f"title:{title_id}", "listing"} <= set(by_key[0].headers["surrogate-key"].split())
    paths = {r.path for r in endpoint.requests if r.method == "PURGE" and r.path != "/"}
    assert {f"/api/v1/titles/{title_id}*", "/api/v1/titles*", "/api/v1/home*"} <= paths

    endpoint.requests.clear()
    await client.patch(f"{TITLES}/{title_id}", json={"synopsis": "A new synopsis."}, headers=admin_headers)
    await purged(endpoint, 1)
    assert f"title:{title_id}" in endpoint.requests[0].headers["surrogate-key"].split()


async def test_a_failing_cdn_never_fails_the_write_and_the_purge_is_retried(
    client: AsyncClient, admin_headers: dict[str, str], endpoint: PurgeEndpoint
) -> None:
    created = await client.post(
        TITLES, json={"kind": "movie", "title": "Down", "release_year": 2020}, headers=admin_headers
    )
    title_id = created.json()["id"]
    endpoint.requests.clear()
    endpoint.fail_next(503)  # the first attempt's first request

    published = await client.post(f"{TITLES}/{title_id}/publish", headers=admin_headers)
    assert published.status_code == 200
    assert (await client.get(f"/api/v1/titles/{title_id}")).status_code == 200
    await purged(endpoint, 2)  # refused, then asked again by the retry
    assert endpoint.requests[0].headers["surrogate-key"] == endpoint.requests[1].headers["surrogate-key"]


async def test_a_cdn_that_refuses_every_time_leaves_a_dead_letter(
    app: Litestar, client: AsyncClient, admin_headers: dict[str, str], endpoint: PurgeEndpoint
) -> None:
    created = await client.post(
        TITLES, json={"kind": "movie", "title": "Gone", "release_year": 2020}, headers=admin_headers
    )
    endpoint.status = 500
    published = await client.post(f"{TITLES}/{created.json()['id']}/publish", headers=admin_headers)
    assert published.status_code == 200
    dead_letters: DeadLetters = app.state.job_runtime.dead_letters
    for _ in range(200):
        letters = [letter for letter in await dead_letters.all() if letter.task_name == "cdn.purge"]
        if letters:
            break
        await asyncio.sleep(0.05)
    assert letters, "the purge never became a dead letter"
    assert letters[0].attempts == 3
    assert "500" in letters[0].error


async def test_a_new_top_10_purges_the_pages_that_show_it(
    app: Litestar, endpoint: PurgeEndpoint, make: CatalogFactory, member: Member
) -> None:
    watched = await make.title()
    await record_views(make, member, [(watched.id, datetime.now(UTC), 2)])
    await make.session.commit()
    await app.state.jobs.enqueue("playback.recompute_most_viewed")
    for _ in range(200):  # then the purge job it queued, on the same broker
        await app.state.jobs.broker.wait_all()
        if any(request.path == "/api/v1/home*" for request in endpoint.requests):
            break
        await asyncio.sleep(0.02)
    purged_paths = {request.path for request in endpoint.requests}
    assert "/api/v1/home*" in purged_paths, purged_paths
