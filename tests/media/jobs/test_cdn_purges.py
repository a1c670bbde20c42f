"""What the media jobs make stale is purged at the CDN, through queued ``cdn.purge`` jobs, against a real
local endpoint standing in for the CDN: a published ladder purges the title's pages, and a removed retired
ladder purges its files."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
from litestar import Litestar
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tests.cdn_endpoint import PurgeEndpoint, purge_endpoint
from tests.factories import CatalogFactory
from tests.media.jobs.conftest import finished_job, uploaded
from tests.media.jobs.test_playback_answer import published
from vuga.core.clock import utcnow
from vuga.core.storage import ObjectStore
from vuga.media.maintenance import RetiredMedia
from vuga.media.models import MediaAsset
from vuga.settings import CdnSettings, Settings


@pytest.fixture
def endpoint() -> Iterator[PurgeEndpoint]:
    with purge_endpoint() as running:
        yield running


@pytest.fixture
def settings(settings: Settings, endpoint: PurgeEndpoint) -> Settings:
    return settings.model_copy(
        update={"cdn": CdnSettings(provider="http", purge_url=endpoint.url, timeout_s=2)}
    )


async def purged(endpoint: PurgeEndpoint, keys: set[str], paths: set[str], timeout_s: float = 10) -> set[str]:
    """The surrogate keys purged so far, once ``keys`` and ``paths`` are among what was purged."""
    for _ in range(int(timeout_s / 0.02)):
        purged_keys = {request.headers.get("surrogate-key", "") for request in endpoint.requests}
        if keys <= purged_keys and paths <= {request.path for request in endpoint.requests}:
            return purged_keys
        await asyncio.sleep(0.02)
    raise AssertionError(f"not all of {sorted(keys | paths)} purged: {endpoint.requests}")


async def test_a_published_ladder_purges_the_titles_pages(
    client: httpx.AsyncClient,
    editor: dict[str, str],
    endpoint: PurgeEndpoint,
    make: CatalogFactory,
    session: AsyncSession,
    source_clip: bytes,
) -> None:
    movie = await make.title("Clip", kind="movie")
    await session.commit()
    upload_id = await uploaded(client, editor, source_clip)
    endpoint.requests.clear()
    attached = await client.post(
        f"/api/v1/admin/titles/{movie.id}/media", json={"upload_id": upload_id}, headers=editor
    )
    assert (await finished_job(client, editor, attached.json()["id"]))["state"] == "done"

    await purged(endpoint, {f"title:{movie.id}"}, {f"/api/v1/titles/{movie.id}*"})


async def test_removing_a_retired_ladder_purges_its_files(
    app: Litestar, endpoint: PurgeEndpoint, make: CatalogFactory, session: AsyncSession
) -> None:
    movie = await make.title("Movie")
    store: ObjectStore = app.state.store
    for key in ("OldOldOldOldOldOldOldOld", "LiveLiveLiveLiveLiveLive"):
        await published(session, movie, key)
    old = await session.scalar(select(MediaAsset).where(MediaAsset.asset_key == "OldOldOldOldOldOldOldOld"))
    assert old is not None
    old.retired_at = utcnow() - timedelta(days=2)
    await session.commit()
    settings: Settings = app.state.settings

    retired = RetiredMedia(app.state.database, store, app.state.cdn_purges, settings.media.base_url)
    assert await retired.remove(utcnow() - timedelta(hours=7)) == 1

    keys = await purged(
        endpoint, {"asset:OldOldOldOldOldOldOldOld"}, {"/media/assets/OldOldOldOldOldOldOldOld/*"}
    )
    assert "asset:LiveLiveLiveLiveLiveLive" not in keys
