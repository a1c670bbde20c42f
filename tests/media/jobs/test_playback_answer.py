"""The playback answer on a published asset (written as a finished job writes it, without transcoding): signed
URLs for the ladder and its tracks, sources by URL after it, the resume position; the profile's ceiling and
ownership; a constant number of statements."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory
from tests.members import Member, add_profile, register
from vuga.catalog.models import Title
from vuga.media.models import MediaAsset
from vuga.media.pipeline.manifest import Manifest, SourceSummary, SubtitleEntry, ThumbnailsEntry, VideoEntry


def manifest() -> Manifest:
    return Manifest(
        duration_s=42.0,
        segment_s=4.0,
        source=SourceSummary(
            container="mov,mp4",
            duration_s=42.0,
            size_bytes=1000,
            video_codec="h264",
            width=640,
            height=360,
            frame_rate=25.0,
            audio_tracks=1,
            subtitle_streams=0,
        ),
        renditions=[
            VideoEntry(
                name="v360",
                height=360,
                width=640,
                bandwidth=900_000,
                average_bandwidth=800_000,
                codecs="avc1.64001e,mp4a.40.2",
                video_codecs="avc1.64001e",
                frame_rate=25.0,
                playlist="v360/index.m3u8",
                segments=11,
            )
        ],
        audio=[],
        subtitles=[
            SubtitleEntry(
                language="en", name="English", playlist="subs/en.m3u8", vtt="subs/en.vtt", default=True
            )
        ],
        thumbnails=ThumbnailsEntry(
            poster="poster.jpg",
            vtt="thumbs/thumbs.vtt",
            sprites=["thumbs/sprite_1.jpg"],
            interval_s=5.0,
            width=160,
            height=90,
            columns=5,
            rows=5,
        ),
        encrypted=True,
    )


async def published(session: AsyncSession, title: Title, key: str, episode_id: int | None = None) -> None:
    session.add(
        MediaAsset(
            asset_key=key,
            title_id=title.id,
            episode_id=episode_id,
            duration_s=42.0,
            max_height=360,
            encrypted=True,
            manifest=msgspec.to_builtins(manifest()),
        )
    )
    await session.commit()


def playback_of(member: Member, title_id: int, profile_id: int | None = None) -> str:
    return f"/api/v1/profiles/{profile_id or member.profile_id}/titles/{title_id}/playback"


async def test_a_published_ladder_comes_first_with_signed_tracks_then_sources_by_url(
    client: httpx.AsyncClient, member: Member, make: CatalogFactory, session: AsyncSession
) -> None:
    movie = await make.title("Movie")
    await make.source(movie)  # an editor's source by URL
    await published(session, movie, "OldOldOldOldOldOldOldOld")
    await published(session, movie, "NewNewNewNewNewNewNewNew")  # the newest live asset plays
    beat = await client.put(
        f"/api/v1/profiles/{member.profile_id}/progress",
        json={
            "title_id": movie.id,
            "position_s": 12.5,
            "duration_s": 42.0,
            "session_id": "session-one",
            "client_time": datetime.now(UTC).isoformat(),
        },
        headers=member.headers,
    )
    assert beat.status_code == 204, beat.text

    answer = (await client.get(playback_of(member, movie.id), headers=member.headers)).json()
    ladder, by_url = answer["sources"]
    assert "/media/s/" in ladder["url"]
    assert ladder["url"].endswith("/assets/NewNewNewNewNewNewNewNew/master.m3u8")
    assert ladder["encrypted"] is True
    assert ladder["max_height"] == 360
    assert by_url["url"].endswith("/streams/master.m3u8")
    token = ladder["url"].split("/media/s/", 1)[1].split("/", 1)[0]
    assert answer["subtitles"][0]["url"].endswith(f"/s/{token}/assets/NewNewNewNewNewNewNewNew/subs/en.vtt")
    assert answer["thumbnails"].endswith(f"/s/{token}/assets/NewNewNewNewNewNewNewNew/thumbs/thumbs.vtt")
    assert answer["poster"].endswith("/poster.jpg")
    assert answer["duration_s"] == 42.0
    assert answer["expires_at"] is not None
    assert answer["resume_position_s"] == 12.5


async def test_without_a_ladder_the_sources_by_url_still_play(
    client: httpx.AsyncClient, member: Member, make: CatalogFactory, session: AsyncSession
) -> None:
    movie = await make.title("Movie")
    await make.source(movie)
    await session.commit()
    answer = (await client.get(playback_of(member, movie.id), headers=member.headers)).json()
    assert [source["kind"] for source in answer["sources"]] == ["hls"]
    assert answer["expires_at"] is None
    assert answer["thumbnails"] is None


async def test_an_episode_plays_its_own_ladder_and_a_series_asks_for_an_episode(
    client: httpx.AsyncClient, member: Member, make: CatalogFactory, session: AsyncSession
) -> None:
    series = await make.title("Series", kind="series")
    episode = await make.episode(await make.season(series))
    await published(session, series, "EpisodeEpisodeEpisodeEpi", episode_id=episode.id)
    answer = await client.get(
        f"/api/v1/profiles/{member.profile_id}/episodes/{episode.id}/playback", headers=member.headers
    )
    assert answer.status_code == 200
    assert answer.json()["episode_id"] == episode.id
    assert answer.json()["sources"][0]["url"].endswith("/assets/EpisodeEpisodeEpisodeEpi/master.m3u8")
    whole_series = await client.get(playback_of(member, series.id), headers=member.headers)
    assert whole_series.status_code == 422
    missing = f"/api/v1/profiles/{member.profile_id}/episodes/999999/playback"
    assert (await client.get(missing, headers=member.headers)).status_code == 404


async def test_what_a_profile_may_not_see_or_does_not_own_is_not_found(
    client: httpx.AsyncClient, member: Member, make: CatalogFactory, session: AsyncSession
) -> None:
    adult = await make.title("Adult", maturity_age=18)
    hidden = await make.title("Draft", published=False)
    await published(session, adult, "AdultAdultAdultAdultAdul")
    kids = await add_profile(client, member, is_kids=True)
    assert (await client.get(playback_of(member, adult.id, kids), headers=member.headers)).status_code == 404
    assert (await client.get(playback_of(member, hidden.id), headers=member.headers)).status_code == 404
    stranger = await register(client)
    theirs = playback_of(member, adult.id)
    assert (await client.get(theirs, headers=stranger.headers)).status_code == 404
    assert (await client.get(theirs)).status_code == 401
    assert (await client.get(playback_of(member, 0), headers=member.headers)).status_code == 422


async def test_the_answer_runs_a_constant_number_of_statements(
    client: httpx.AsyncClient,
    member: Member,
    make: CatalogFactory,
    session: AsyncSession,
    queries: QueryCounter,
) -> None:
    movie = await make.title("Movie")
    await published(session, movie, "CountCountCountCountCoun")

    async def statements() -> int:
        queries.reset()
        assert (await client.get(playback_of(member, movie.id), headers=member.headers)).status_code == 200
        return queries.count

    few = await statements()
    for number, language in enumerate(["fr", "de", "es", "it", "pt"]):
        await make.source(movie)
        await make.subtitle(movie, language_code=language)
        await published(session, movie, f"MoreMoreMoreMoreMoreMor{number}")
    assert await statements() == few


async def test_an_episode_names_the_next_in_viewing_order(
    client: httpx.AsyncClient, member: Member, make: CatalogFactory, session: AsyncSession
) -> None:
    series = await make.title("Series", kind="series")
    second_season = await make.season(series, number=2)  # made first: order is by number, not by id
    first_season = await make.season(series, number=1)
    s2e1 = await make.episode(second_season, 1)
    s1e2 = await make.episode(first_season, 2)
    s1e1 = await make.episode(first_season, 1)
    await session.commit()

    async def next_of(episode_id: int) -> object:
        answer = await client.get(
            f"/api/v1/profiles/{member.profile_id}/episodes/{episode_id}/playback", headers=member.headers
        )
        assert answer.status_code == 200, answer.text
        return answer.json()["next_episode_id"]

    assert await next_of(s1e1.id) == s1e2.id
    assert await next_of(s1e2.id) == s2e1.id  # across seasons
    assert await next_of(s2e1.id) is None  # the last one
