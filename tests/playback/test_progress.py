"""Heartbeats, watch state, continue watching, resume, history and watched marks."""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory
from tests.members import Member, add_profile
from vuga.playback.models import TitleProgress, WatchHistory, WatchState

_sessions = itertools.count(1)


def beat(
    title_id: int,
    position: float,
    *,
    duration: float = 5400,
    episode_id: int | None = None,
    session: str | None = None,
    at: datetime | None = None,
    **extra: Any,
) -> dict[str, Any]:
    body = {
        "title_id": title_id,
        "position_s": position,
        "duration_s": duration,
        "session_id": session or f"session-{next(_sessions):04d}",
        "client_time": (at or datetime.now(UTC)).isoformat(),
    } | extra
    if episode_id is not None:
        body["episode_id"] = episode_id
    return body


async def send(
    client: AsyncClient, member: Member, body: dict[str, Any], profile_id: int | None = None
) -> int:
    response = await client.put(
        f"/api/v1/profiles/{profile_id or member.profile_id}/progress", json=body, headers=member.headers
    )
    return response.status_code


async def continue_watching(client: AsyncClient, member: Member) -> list[dict[str, Any]]:
    response = await client.get(
        f"/api/v1/profiles/{member.profile_id}/continue-watching", headers=member.headers
    )
    assert response.status_code == 200
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def test_a_heartbeat_is_stored_before_it_is_acknowledged(
    client: AsyncClient, member: Member, make: CatalogFactory, session: AsyncSession
) -> None:
    movie = await make.title("Movie")
    assert await send(client, member, beat(movie.id, 600)) == 204
    # acknowledged means committed: a fresh session reads it at once
    state = (await session.execute(select(WatchState))).scalar_one()
    assert (state.title_id, state.position_s, state.completed) == (movie.id, 600, False)
    items = await continue_watching(client, member)
    assert [(i["title"]["id"], i["position_s"], i["progress"]) for i in items] == [(movie.id, 600, 0.1111)]
    resume = (
        await client.get(
            f"/api/v1/profiles/{member.profile_id}/titles/{movie.id}/resume", headers=member.headers
        )
    ).json()
    assert (resume["position_s"], resume["episode_id"], resume["completed"]) == (600, None, False)


async def test_out_of_order_heartbeats_never_move_a_position_back(
    client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    movie = await make.title()
    start = datetime.now(UTC) - timedelta(minutes=10)
    beats = [
        beat(movie.id, 60 * i, session="s-ordered", at=start + timedelta(seconds=60 * i)) for i in range(1, 9)
    ]
    await asyncio.gather(*(send(client, member, b) for b in reversed(beats)))  # all at once, newest first
    await send(client, member, beats[2])  # a straggler, late
    items = await continue_watching(client, member)
    assert items[0]["position_s"] == 480


@pytest.mark.parametrize(
    ("position", "duration", "completed"),
    [(4859, 5400, False), (4860, 5400, True), (5330, 5400, True), (260, 300, False), (270, 300, True)],
)
async def test_completion_at_ninety_percent_or_in_the_credits(
    client: AsyncClient,
    member: Member,
    make: CatalogFactory,
    position: float,
    duration: float,
    completed: bool,
) -> None:
    movie = await make.title()
    assert await send(client, member, beat(movie.id, position, duration=duration)) == 204
    titles = [i["title"]["id"] for i in await continue_watching(client, member)]
    assert (movie.id not in titles) is completed


async def test_up_next_crosses_into_the_next_season(
    client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    series = await make.title(kind="series")
    first, second = await make.season(series, 1), await make.season(series, 2)
    s1e1, s1e2 = await make.episode(first, 1), await make.episode(first, 2)
    s2e1 = await make.episode(second, 1, duration_s=2400)
    url = f"/api/v1/profiles/{member.profile_id}/titles/{series.id}/resume"

    await send(client, member, beat(series.id, 100, duration=1800, episode_id=s1e1.id))
    assert (await client.get(url, headers=member.headers)).json()["episode_id"] == s1e1.id
    await send(client, member, beat(series.id, 1790, duration=1800, episode_id=s1e2.id))
    resume = (await client.get(url, headers=member.headers)).json()
    assert (resume["episode_id"], resume["position_s"], resume["duration_s"]) == (s2e1.id, 0, 2400)
    [item] = await continue_watching(client, member)
    assert (item["episode"]["id"], item["episode"]["season_number"]) == (s2e1.id, 2)

    await send(client, member, beat(series.id, 2390, duration=2400, episode_id=s2e1.id))
    assert await continue_watching(client, member) == []  # the series is finished
    assert (await client.get(url, headers=member.headers)).json()["completed"] is True


async def test_a_kids_profile_cannot_report_an_adult_title(
    client: AsyncClient, member: Member, make: CatalogFactory, session: AsyncSession
) -> None:
    kid = await add_profile(client, member, is_kids=True)
    adult = await make.title(maturity_age=16)
    assert await send(client, member, beat(adult.id, 60), profile_id=kid) == 404
    assert (await session.execute(select(func.count()).select_from(WatchState))).scalar_one() == 0


@pytest.mark.parametrize(
    "change",
    [
        {"position_s": -1},
        {"position_s": "NaN"},
        {"position_s": "1e999"},
        {"position_s": 1e300},
        {"duration_s": 1e12},
        {"duration_s": 0},
        {"position_s": 6000},
        {"title_id": 999_999},
        {"title_id": 0},
        {"session_id": None},
        {"session_id": "bad id!"},
        {"client_time": "yesterday"},
        {"client_time": "2026-01-01T10:00:00"},
        {"client_time": (datetime.now(UTC) + timedelta(hours=2)).isoformat()},
        {"client_time": (datetime.now(UTC) - timedelta(days=30)).isoformat()},
        {"device": "toaster"},
        {"episode_id": 999_999},
        {"extra": 1},
    ],
)
async def test_bad_heartbeats_are_4xx_and_write_nothing(
    client: AsyncClient, member: Member, make: CatalogFactory, session: AsyncSession, change: dict[str, Any]
) -> None:
    movie = await make.title()
    body = beat(movie.id, 60) | change
    if change.get("session_id", "") is None:
        del body["session_id"]
    status = await send(client, member, body)
    assert 400 <= status < 500, status
    for model in (WatchState, TitleProgress, WatchHistory):
        assert (await session.execute(select(func.count()).select_from(model))).scalar_one() == 0


async def test_raw_nan_and_infinity_tokens_are_refused(
    client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    movie = await make.title()
    for token in ("NaN", "Infinity", "-Infinity"):
        raw = (
            f'{{"title_id": {movie.id}, "position_s": {token}, "duration_s": 100, '
            f'"session_id": "raw-session", "client_time": "{datetime.now(UTC).isoformat()}"}}'
        )
        response = await client.put(
            f"/api/v1/profiles/{member.profile_id}/progress",
            content=raw,
            headers=member.headers | {"content-type": "application/json"},
        )
        assert 400 <= response.status_code < 500


async def test_series_heartbeats_need_an_episode_of_that_series(
    client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    series, other = await make.title(kind="series"), await make.title(kind="series")
    foreign_episode = await make.episode(await make.season(other))
    assert await send(client, member, beat(series.id, 60)) == 422
    assert await send(client, member, beat(series.id, 60, episode_id=foreign_episode.id)) == 404


async def test_history_records_sessions_and_can_be_pruned(
    client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    movies = [await make.title() for _ in range(3)]
    start = datetime.now(UTC) - timedelta(minutes=5)
    for index, movie in enumerate(movies):
        for step in range(3):
            await send(
                client,
                member,
                beat(
                    movie.id, 10 * step, session=f"history-{index}", at=start + timedelta(seconds=10 * step)
                ),
            )
    url = f"/api/v1/profiles/{member.profile_id}/history"
    first = (await client.get(url, params={"limit": 2}, headers=member.headers)).json()
    assert [e["title"]["id"] for e in first["items"]] == [movies[2].id, movies[1].id]
    assert first["items"][0]["seconds_watched"] == 20
    second = (
        await client.get(url, params={"limit": 2, "cursor": first["next_cursor"]}, headers=member.headers)
    ).json()
    assert [e["title"]["id"] for e in second["items"]] == [movies[0].id]
    assert second["next_cursor"] is None

    entry = first["items"][0]["id"]
    assert (await client.delete(f"{url}/{entry}", headers=member.headers)).status_code == 204
    assert (await client.delete(f"{url}/{entry}", headers=member.headers)).status_code == 404
    assert len((await client.get(url, headers=member.headers)).json()["items"]) == 2
    assert (await client.delete(url, headers=member.headers)).status_code == 204
    assert (await client.get(url, headers=member.headers)).json()["items"] == []
    assert await continue_watching(client, member) == []


async def test_marking_watched_and_unwatched(
    client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    movie, other = await make.title(), await make.title()
    await send(client, member, beat(movie.id, 600))
    await send(client, member, beat(other.id, 600))
    base = f"/api/v1/profiles/{member.profile_id}/titles"
    assert (await client.post(f"{base}/{movie.id}/completed", headers=member.headers)).status_code == 204
    assert [i["title"]["id"] for i in await continue_watching(client, member)] == [other.id]
    assert (await client.delete(f"{base}/{other.id}/completed", headers=member.headers)).status_code == 204
    assert await continue_watching(client, member) == []
    resume = (await client.get(f"{base}/{other.id}/resume", headers=member.headers)).json()
    assert resume["position_s"] == 0
    assert (await client.post(f"{base}/999999/completed", headers=member.headers)).status_code == 404


async def test_playback_reads_run_a_constant_number_of_queries(
    client: AsyncClient, member: Member, make: CatalogFactory, queries: QueryCounter
) -> None:
    genres = [await make.genre() for _ in range(2)]
    series = await make.title(kind="series", genres=genres)
    season = await make.season(series)
    episode_numbers = itertools.count(1)
    await client.get("/api/v1/me", headers=member.headers)

    async def cost(extra: int) -> list[int]:
        for _ in range(extra):
            movie = await make.title(genres=genres)
            await send(client, member, beat(movie.id, 100))
            episode = await make.episode(season, next(episode_numbers))
            await send(client, member, beat(series.id, 100, duration=1800, episode_id=episode.id))
        counts = []
        for path in ("continue-watching", "history", f"titles/{series.id}/resume"):
            queries.reset()
            assert (
                await client.get(f"/api/v1/profiles/{member.profile_id}/{path}", headers=member.headers)
            ).is_success
            counts.append(queries.count)
        return counts

    assert await cost(2) == await cost(15)


async def test_a_lowered_ceiling_leaves_full_pages_not_empty_ones(
    client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    """History and continue watching leave out what the profile may no longer see in the query itself, so
    a page is as full as the visible rows allow and the last page says so (no empty pages with a cursor)."""
    family = [await make.title(f"Family {n}") for n in range(3)]
    adult = [await make.title(f"Adult {n}", maturity_age=18) for n in range(22)]
    await make.session.commit()
    start = datetime.now(UTC) - timedelta(hours=1)
    for minutes, title in enumerate([*family, *adult]):  # the adult titles watched last
        assert await send(client, member, beat(title.id, 600, at=start + timedelta(minutes=minutes))) == 204
    profile = f"/api/v1/profiles/{member.profile_id}"
    lowered = await client.patch(profile, json={"max_maturity": "7+"}, headers=member.headers)
    assert lowered.status_code == 200, lowered.text

    assert [i["title"]["id"] for i in await continue_watching(client, member)] == [
        title.id for title in reversed(family)
    ]
    seen, cursor, pages = [], None, 0
    while True:
        params: dict[str, Any] = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = (await client.get(f"{profile}/history", params=params, headers=member.headers)).json()
        pages += 1
        assert page["items"], "an empty page"
        seen += [entry["title"]["id"] for entry in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [title.id for title in reversed(family)]
    assert pages == 2
