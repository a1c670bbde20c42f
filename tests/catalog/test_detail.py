"""Title detail, episodes of a season, people, genres and languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from httpx import AsyncClient

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory


async def test_title_detail_has_everything_a_title_page_shows(
    client: AsyncClient, make: CatalogFactory
) -> None:
    drama, crime = await make.genre("drama"), await make.genre("crime")
    english = await make.language("en", "English")
    movie = await make.full_movie([drama], language=english, poster_url="/artwork/m.jpg")
    related_popular = await make.title("Popular", genres=[drama], popularity=50)
    related_less = await make.title("Less", genres=[drama, crime], popularity=10)
    await make.title("Unrelated", genres=[crime], popularity=99)
    await make.title("Hidden", genres=[drama], published=False, popularity=100)

    response = await client.get(f"/api/v1/titles/{movie.id}")

    assert response.status_code == 200
    body = response.json()
    assert body["id"] == movie.id
    assert body["language"] == {"id": english.id, "code": "en", "name": "English"}
    assert [g["slug"] for g in body["genres"]] == ["drama"]
    assert [c["role"] for c in body["credits"]] == ["director", "cast"]
    assert body["credits"][1]["person"]["name"].startswith("Person")
    assert body["sources"] == [
        {
            "id": body["sources"][0]["id"],
            "kind": "hls",
            "url": "https://cdn.test/media/streams/master.m3u8",
            "quality": "auto",
            "access": "free",
            "is_downloadable": False,
            "size_bytes": None,
        }
    ]
    assert [s["language_code"] for s in body["subtitles"]] == ["en"]
    assert [t["kind"] for t in body["trailers"]] == ["youtube"]
    assert body["seasons"] == []
    assert body["artwork"]["poster"] == "https://cdn.test/media/artwork/m.jpg"
    assert [t["id"] for t in body["more_like_this"]] == [related_popular.id, related_less.id]
    assert body["more_like_this"][1]["genres"][0]["slug"] in {"drama", "crime"}


async def test_series_detail_lists_seasons_with_episode_counts(
    client: AsyncClient, make: CatalogFactory
) -> None:
    series = await make.title(kind="series")
    first, second = await make.season(series, 1), await make.season(series, 2)
    for number in (1, 2, 3):
        await make.episode(first, number)
    await make.episode(second, 1)

    body = (await client.get(f"/api/v1/titles/{series.id}")).json()

    assert [(s["number"], s["episode_count"]) for s in body["seasons"]] == [(1, 3), (2, 1)]
    assert body["duration_s"] is None


async def test_unpublished_and_unknown_titles_are_404(client: AsyncClient, make: CatalogFactory) -> None:
    hidden = await make.title(published=False)
    for title_id in (hidden.id, 999_999):
        response = await client.get(f"/api/v1/titles/{title_id}")
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize("path", ["/api/v1/titles/0", "/api/v1/titles/99999999999999999999"])
async def test_out_of_range_ids_are_4xx_not_500(client: AsyncClient, path: str) -> None:
    response = await client.get(path)
    assert 400 <= response.status_code < 500


async def test_episodes_page_through_a_season_with_their_media(
    client: AsyncClient, make: CatalogFactory
) -> None:
    series = await make.title(kind="series")
    season = await make.season(series, 2)
    episodes = [await make.episode(season, number) for number in (3, 1, 2)]
    await make.source(series, episodes[1])
    await make.subtitle(series, episodes[1], "fr")

    first = (await client.get(f"/api/v1/titles/{series.id}/seasons/2/episodes", params={"limit": 2})).json()
    assert [e["number"] for e in first["items"]] == [1, 2]
    assert first["items"][0]["season_number"] == 2
    assert [s["kind"] for s in first["items"][0]["sources"]] == ["hls"]
    assert [s["language_code"] for s in first["items"][0]["subtitles"]] == ["fr"]
    assert first["items"][1]["sources"] == []
    second = (
        await client.get(
            f"/api/v1/titles/{series.id}/seasons/2/episodes",
            params={"limit": 2, "cursor": first["next_cursor"]},
        )
    ).json()
    assert [e["number"] for e in second["items"]] == [3]
    assert second["next_cursor"] is None


async def test_episodes_of_missing_season_or_hidden_series_are_404(
    client: AsyncClient, make: CatalogFactory
) -> None:
    series = await make.title(kind="series")
    hidden = await make.title(kind="series", published=False)
    await make.season(series, 1)
    await make.season(hidden, 1)
    assert (await client.get(f"/api/v1/titles/{series.id}/seasons/9/episodes")).status_code == 404
    assert (await client.get(f"/api/v1/titles/{hidden.id}/seasons/1/episodes")).status_code == 404


async def test_episode_cursor_of_another_season_is_refused(client: AsyncClient, make: CatalogFactory) -> None:
    series = await make.title(kind="series")
    one, two = await make.season(series, 1), await make.season(series, 2)
    for season in (one, two):
        for number in (1, 2):
            await make.episode(season, number)
    cursor = (await client.get(f"/api/v1/titles/{series.id}/seasons/1/episodes", params={"limit": 1})).json()[
        "next_cursor"
    ]
    response = await client.get(f"/api/v1/titles/{series.id}/seasons/2/episodes", params={"cursor": cursor})
    assert response.status_code == 400


async def test_person_lists_their_published_titles(client: AsyncClient, make: CatalogFactory) -> None:
    person = await make.person("Ada Actor")
    shown = await make.title(popularity=5)
    more_popular = await make.title(popularity=9)
    hidden = await make.title(published=False)
    for title in (shown, more_popular, hidden):
        await make.credit(title, person)

    response = await client.get(f"/api/v1/people/{person.id}")

    assert response.status_code == 200
    body = response.json()
    assert body["name"] == "Ada Actor"
    assert [c["title"]["id"] for c in body["credits"]] == [more_popular.id, shown.id]
    assert body["credits"][0]["role"] == "cast"
    assert (await client.get("/api/v1/people/424242")).status_code == 404


async def test_genres_and_languages_are_listed_in_display_order(
    client: AsyncClient, make: CatalogFactory
) -> None:
    await make.genre("thriller", "Thriller", position=2)
    await make.genre("action", "Action", position=1)
    await make.language("fr", "French")
    await make.language("en", "English")

    genres = (await client.get("/api/v1/genres")).json()
    languages = (await client.get("/api/v1/languages")).json()

    assert [g["slug"] for g in genres["items"]] == ["action", "thriller"]
    assert genres["next_cursor"] is None
    assert [lang["code"] for lang in languages["items"]] == ["en", "fr"]


async def test_read_endpoints_run_a_constant_number_of_queries(
    client: AsyncClient, make: CatalogFactory, queries: QueryCounter, forget_cached: Callable[[], None]
) -> None:
    genres = [await make.genre() for _ in range(2)]
    movie = await make.full_movie(genres)
    series = await make.title(kind="series", genres=genres)
    season = await make.season(series, 1)
    person = await make.person()

    async def counts() -> dict[str, int]:
        forget_cached()  # built from the database, not served from the cache
        result = {}
        for path in (
            f"/api/v1/titles/{movie.id}",
            f"/api/v1/titles/{series.id}",
            f"/api/v1/titles/{series.id}/seasons/1/episodes",
            f"/api/v1/people/{person.id}",
            "/api/v1/genres",
            "/api/v1/languages",
        ):
            queries.reset()
            assert (await client.get(path)).status_code == 200
            result[path] = queries.count
        return result

    episode_number = 0

    async def grow(times: int) -> None:
        nonlocal episode_number
        for _ in range(times):
            await make.genre()
            related = await make.full_movie(genres)
            await make.credit(related, person)
            await make.credit(movie, await make.person())
            await make.source(movie)
            episode_number += 1
            episode = await make.episode(season, number=episode_number)
            await make.source(series, episode)
            await make.subtitle(series, episode)

    await grow(2)
    small = await counts()
    await grow(20)
    large = await counts()
    assert small == large
    assert max(small.values()) <= 9
    queries.reset()
    for path in (f"/api/v1/titles/{movie.id}", f"/api/v1/people/{person.id}", "/api/v1/genres"):
        assert (await client.get(path)).status_code == 200
    assert queries.count == 0  # served from the cache
