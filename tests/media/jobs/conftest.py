"""Media jobs' fixtures: an app whose ladders are tiny (the suite shares two cores), a real two-second clip
made once per run, and an editor's completed tus upload of it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
import pytest_asyncio

from tests.conftest import settings_for
from tests.media.pipeline.conftest import tiny_settings
from tests.media.uploads.conftest import create, headers_with_role, patch_headers
from vuga.core.db import Database
from vuga.media.pipeline.demo import make_test_source
from vuga.settings import Settings


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return settings_for(database_url, tmp_path).model_copy(update={"transcode": tiny_settings()})


@pytest_asyncio.fixture(scope="session")
async def source_clip(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """2 s of 160x90 video at 25 fps with a tone: a ladder of 90 lines (the tiny ladder's heights)."""
    path = tmp_path_factory.mktemp("jobs") / "clip.mp4"
    await make_test_source(path, duration_s=2, width=160, height=90, frame_rate=25)
    return path.read_bytes()


@pytest.fixture
async def editor(client: httpx.AsyncClient, database: Database) -> dict[str, str]:
    return await headers_with_role(client, database, "editor")


async def uploaded(client: httpx.AsyncClient, headers: dict[str, str], body: bytes) -> int:
    """A completed tus upload of ``body``; its id."""
    location = await create(client, headers, len(body))
    response = await client.patch(location, content=body, headers={**headers, **patch_headers(0)})
    assert response.status_code == 204, response.text
    return int(location.rstrip("/").rsplit("/", 1)[1])


async def finished_job(client: httpx.AsyncClient, headers: dict[str, str], job_id: int) -> dict[str, object]:
    """The job once it has left queued and running (the embedded mode runs it in this process)."""
    for _ in range(600):
        job: dict[str, object] = (
            await client.get(f"/api/v1/admin/media-jobs/{job_id}", headers=headers)
        ).json()
        if job["state"] not in ("queued", "running"):
            return job
        await asyncio.sleep(0.1)
    raise AssertionError(f"media job {job_id} did not finish within 60 s: {job}")
