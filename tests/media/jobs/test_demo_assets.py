"""The demo catalog plays: demo clips become demo movies' videos once, and play through signed URLs."""

from __future__ import annotations

from pathlib import Path

import httpx
from litestar import Litestar
from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories import CatalogFactory
from tests.members import Member
from vuga.media.demo_assets import attach_demo_clips
from vuga.media.pipeline.demo import DemoClip, generate_demo_clips

TINY = DemoClip(
    name="demo-tiny",
    title="Tiny",
    duration_s=2,
    width=160,
    height=90,
    frame_rate=25,
    heights=(90,),
    tone_hz=440,
)


async def test_demo_clips_become_the_videos_of_demo_movies_once(
    app: Litestar,
    client: httpx.AsyncClient,
    member: Member,
    make: CatalogFactory,
    session: AsyncSession,
    tmp_path: Path,
) -> None:
    await make.title("A series", kind="series", popularity=9.0)  # more popular, but it plays by episode
    movie = await make.title("A movie", popularity=5.0)
    await session.commit()
    clips = await generate_demo_clips(tmp_path / "clips", [TINY])

    assert await attach_demo_clips(app.state.database, app.state.store, clips) == ["demo-tiny → A movie"]
    assert await attach_demo_clips(app.state.database, app.state.store, clips) == []  # a second run

    playback = f"/api/v1/profiles/{member.profile_id}/titles/{movie.id}/playback"
    answer = (await client.get(playback, headers=member.headers)).json()
    master = answer["sources"][0]["url"].removeprefix("https://cdn.test")
    assert master.endswith("/assets/demo-tiny/master.m3u8")
    served = await client.get(master)
    assert served.status_code == 200
    assert "#EXT-X-STREAM-INF" in served.text
