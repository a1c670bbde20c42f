"""Media jobs end to end: an editor uploads a real clip, attaches it to a movie, the job transcodes and
publishes it, and a viewer's playback answer plays it through signed URLs. And every refusal."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories import CatalogFactory
from tests.media.jobs.conftest import finished_job, uploaded
from tests.media.uploads.conftest import headers_with_role
from tests.members import Member
from vuga.core.db import Database
from vuga.media.models import MediaAsset, MediaJob


async def count(session: AsyncSession, model: type[MediaAsset] | type[MediaJob]) -> int:
    return (await session.execute(select(func.count()).select_from(model))).scalar_one()


async def test_an_upload_attached_to_a_movie_plays_for_viewers(
    client: httpx.AsyncClient,
    editor: dict[str, str],
    member: Member,
    make: CatalogFactory,
    session: AsyncSession,
    source_clip: bytes,
) -> None:
    movie = await make.title("Clip", kind="movie")
    await session.commit()
    upload_id = await uploaded(client, editor, source_clip)

    attached = await client.post(
        f"/api/v1/admin/titles/{movie.id}/media", json={"upload_id": upload_id}, headers=editor
    )
    assert attached.status_code == 202, attached.text
    assert attached.json()["state"] == "queued"
    job = await finished_job(client, editor, attached.json()["id"])
    assert job["state"] == "done", job
    assert job["percent"] == 100.0
    assert job["asset_key"]

    answer = await client.get(
        f"/api/v1/profiles/{member.profile_id}/titles/{movie.id}/playback", headers=member.headers
    )
    assert answer.status_code == 200, answer.text
    assert answer.headers["cache-control"] == "no-store, private"
    body = answer.json()
    ladder = body["sources"][0]
    assert ladder["kind"] == "hls"
    assert ladder["encrypted"] is True
    assert f"/assets/{job['asset_key']}/master.m3u8" in ladder["url"]
    assert body["thumbnails"].endswith("thumbs/thumbs.vtt")
    assert body["duration_s"] == pytest.approx(2.0, abs=0.2)
    assert body["resume_position_s"] == 0.0

    # The signed URL opens the ladder: the master, a media playlist and the key it names.
    path = ladder["url"].removeprefix("https://cdn.test")
    master = await client.get(path)
    assert master.status_code == 200, master.text
    assert "#EXT-X-STREAM-INF" in master.text
    variant = next(line for line in master.text.splitlines() if line.endswith(".m3u8") and "v" in line)
    media_playlist = await client.get(path.rsplit("/", 1)[0] + "/" + variant)
    assert media_playlist.status_code == 200
    assert 'URI="../key"' in media_playlist.text
    key = await client.get(path.rsplit("/", 1)[0] + "/key")
    assert key.status_code == 200
    assert len(key.content) == 16

    # The upload fed the job: its bytes are released and it cannot feed another.
    again = await client.post(
        f"/api/v1/admin/titles/{movie.id}/media", json={"upload_id": upload_id}, headers=editor
    )
    assert again.status_code == 404


async def test_a_file_that_is_not_a_video_fails_its_job_and_publishes_nothing(
    client: httpx.AsyncClient, editor: dict[str, str], make: CatalogFactory, session: AsyncSession
) -> None:
    movie = await make.title("Not a film", kind="movie")
    await session.commit()
    upload_id = await uploaded(client, editor, b"PK\x03\x04 this is a zip, not a film" * 64)
    attached = await client.post(
        f"/api/v1/admin/titles/{movie.id}/media", json={"upload_id": upload_id}, headers=editor
    )
    job = await finished_job(client, editor, attached.json()["id"])
    assert job["state"] == "failed"
    assert str(job["error"]).startswith("not a playable video")
    assert job["asset_key"] is None
    assert await count(session, MediaAsset) == 0


async def test_attaching_refuses_what_cannot_be_attached_and_changes_nothing(
    client: httpx.AsyncClient,
    database: Database,
    editor: dict[str, str],
    make: CatalogFactory,
    session: AsyncSession,
) -> None:
    movie = await make.title("Movie", kind="movie")
    series = await make.title("Series", kind="series")
    await session.commit()
    other_editor = await headers_with_role(client, database, "editor")
    theirs = await uploaded(client, other_editor, b"x" * 100)
    mine = await uploaded(client, editor, b"x" * 100)

    async def attach(path: str, body: object, headers: dict[str, str] = editor) -> httpx.Response:
        return await client.post(f"/api/v1/admin/{path}/media", json=body, headers=headers)

    assert (await attach(f"titles/{series.id}", {"upload_id": mine})).status_code == 422  # episodes play
    assert (await attach("titles/999999", {"upload_id": mine})).status_code == 404
    assert (await attach("episodes/999999", {"upload_id": mine})).status_code == 404
    assert (await attach(f"titles/{movie.id}", {"upload_id": theirs})).status_code == 404  # not yours
    assert (await attach(f"titles/{movie.id}", {"upload_id": 0})).status_code == 422
    assert (await attach(f"titles/{movie.id}", {"upload": mine})).status_code == 422
    refused = await attach(f"titles/{movie.id}", {"upload_id": "1; DROP"})
    assert refused.status_code == 422
    assert refused.headers["content-type"] == "application/problem+json"
    viewer = await headers_with_role(client, database, "viewer")
    assert (await attach(f"titles/{movie.id}", {"upload_id": mine}, viewer)).status_code == 403
    assert (
        await client.post(f"/api/v1/admin/titles/{movie.id}/media", json={"upload_id": mine})
    ).status_code == 401
    assert await count(session, MediaJob) == 0


async def test_jobs_list_newest_first_by_cursor_and_state_and_cancel_once(
    client: httpx.AsyncClient, editor: dict[str, str], make: CatalogFactory, session: AsyncSession
) -> None:
    movie = await make.title("Movie", kind="movie")
    await session.commit()
    for _ in range(3):  # not videos: each job fails fast
        upload_id = await uploaded(client, editor, b"plain text, not a film\n" * 20)
        job = await client.post(
            f"/api/v1/admin/titles/{movie.id}/media", json={"upload_id": upload_id}, headers=editor
        )
        await finished_job(client, editor, job.json()["id"])
    first = (await client.get("/api/v1/admin/media-jobs?limit=2", headers=editor)).json()
    assert len(first["items"]) == 2
    second = (
        await client.get(f"/api/v1/admin/media-jobs?limit=2&cursor={first['next_cursor']}", headers=editor)
    ).json()
    ids = [job["id"] for job in first["items"] + second["items"]]
    assert ids == sorted(ids, reverse=True)
    assert len(ids) == 3
    assert second["next_cursor"] is None
    failed = (await client.get("/api/v1/admin/media-jobs?state=failed", headers=editor)).json()
    assert len(failed["items"]) == 3
    done = (await client.get("/api/v1/admin/media-jobs?state=done", headers=editor)).json()
    assert done["items"] == []
    assert (await client.get("/api/v1/admin/media-jobs?state=lost", headers=editor)).status_code == 422
    assert (await client.get("/api/v1/admin/media-jobs?cursor=nonsense", headers=editor)).status_code == 400

    finished = await client.post(f"/api/v1/admin/media-jobs/{ids[0]}/cancel", headers=editor)
    assert finished.status_code == 409
    assert (await client.post("/api/v1/admin/media-jobs/999999/cancel", headers=editor)).status_code == 404
    assert (await client.get("/api/v1/admin/media-jobs/999999", headers=editor)).status_code == 404
