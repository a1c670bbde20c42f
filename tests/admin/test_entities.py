"""Admin API for the entities around titles: seasons, episodes, genres, languages, people, credits,
sources, subtitles and trailers."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory

ADMIN = "/api/v1/admin"


@pytest.fixture
def admin(client: AsyncClient, admin_headers: dict[str, str]) -> Any:
    async def call(method: str, path: str, body: Any = None) -> Any:
        return await client.request(method, ADMIN + path, json=body, headers=admin_headers)

    return call


async def test_season_and_episode_lifecycle(admin: Any, client: AsyncClient, make: CatalogFactory) -> None:
    series = await make.title(kind="series")
    season = await admin("POST", "/seasons", {"title_id": series.id, "number": 1, "name": "One"})
    assert season.status_code == 201, season.text
    season_id = season.json()["id"]
    episode = await admin("POST", "/episodes", {"season_id": season_id, "number": 1, "name": "Pilot"})
    assert episode.status_code == 201, episode.text
    episode_id = episode.json()["id"]

    assert (await admin("PATCH", f"/episodes/{episode_id}", {"name": "Pilot (uncut)"})).status_code == 204
    assert (await admin("PATCH", f"/seasons/{season_id}", {"name": "Season One"})).status_code == 204
    listed = (await client.get(f"/api/v1/titles/{series.id}/seasons/1/episodes")).json()["items"]
    assert [e["name"] for e in listed] == ["Pilot (uncut)"]
    detail = (await client.get(f"/api/v1/titles/{series.id}")).json()
    assert [(s["name"], s["episode_count"]) for s in detail["seasons"]] == [("Season One", 1)]

    assert (await admin("DELETE", f"/seasons/{season_id}")).status_code == 204
    assert (await admin("DELETE", f"/episodes/{episode_id}")).status_code == 404  # went with its season
    assert (await client.get(f"/api/v1/titles/{series.id}")).json()["seasons"] == []


async def test_season_rules(admin: Any, make: CatalogFactory) -> None:
    movie, series = await make.title(), await make.title(kind="series")
    on_movie = await admin("POST", "/seasons", {"title_id": movie.id, "number": 1})
    assert on_movie.status_code == 422
    assert on_movie.json()["errors"][0]["field"] == "title_id"
    assert (await admin("POST", "/seasons", {"title_id": 9999, "number": 1})).status_code == 404
    assert (await admin("POST", "/seasons", {"title_id": series.id, "number": 1})).status_code == 201
    duplicate = await admin("POST", "/seasons", {"title_id": series.id, "number": 1})
    assert duplicate.status_code == 409
    second = (await admin("POST", "/seasons", {"title_id": series.id, "number": 2})).json()["id"]
    assert (await admin("PATCH", f"/seasons/{second}", {"number": 1})).status_code == 409
    assert (await admin("POST", "/seasons", {"title_id": series.id, "number": -1})).status_code == 422


async def test_episode_rules(admin: Any, make: CatalogFactory) -> None:
    season = await make.season(await make.title(kind="series"))
    assert (
        await admin("POST", "/episodes", {"season_id": 9999, "number": 1, "name": "x"})
    ).status_code == 404
    assert (
        await admin("POST", "/episodes", {"season_id": season.id, "number": 1, "name": "x"})
    ).status_code == 201
    assert (
        await admin("POST", "/episodes", {"season_id": season.id, "number": 1, "name": "y"})
    ).status_code == 409
    bad = await admin(
        "POST", "/episodes", {"season_id": season.id, "number": 2, "name": "y", "duration_s": 0}
    )
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["field"] == "duration_s"


async def test_genres_languages_and_people(admin: Any, client: AsyncClient, make: CatalogFactory) -> None:
    genre = await admin("POST", "/genres", {"slug": "sci-fi", "name": "Science fiction"})
    assert genre.status_code == 201
    assert (await admin("POST", "/genres", {"slug": "sci-fi", "name": "Again"})).status_code == 409
    assert (await admin("POST", "/genres", {"slug": "Sci Fi", "name": "Bad"})).status_code == 422
    assert (await admin("PATCH", f"/genres/{genre.json()['id']}", {"position": 3})).status_code == 204
    assert [g["slug"] for g in (await client.get("/api/v1/genres")).json()["items"]] == ["sci-fi"]

    language = await admin("POST", "/languages", {"code": "pt-BR", "name": "Portuguese (Brazil)"})
    assert language.status_code == 201
    assert (await admin("POST", "/languages", {"code": "pt-br", "name": "Again"})).status_code == 409
    for bad in ({"code": "english", "name": "E"}, {"code": "e1", "name": "E"}, {"code": "en", "name": ""}):
        assert (await admin("POST", "/languages", bad)).status_code == 422, bad
    assert (await admin("DELETE", f"/languages/{language.json()['id']}")).status_code == 204

    person = await admin("POST", "/people", {"name": "Grace Director", "birth_date": "1970-02-03"})
    assert person.status_code == 201
    person_id = person.json()["id"]
    assert (await admin("PATCH", f"/people/{person_id}", {"biography": "Films."})).status_code == 204
    assert (await client.get(f"/api/v1/people/{person_id}")).json()["biography"] == "Films."
    assert (await admin("POST", "/people", {"name": "X", "birth_date": "yesterday"})).status_code == 422
    assert (await admin("DELETE", f"/people/{person_id}")).status_code == 204
    assert (await client.get(f"/api/v1/people/{person_id}")).status_code == 404


async def test_credits(admin: Any, client: AsyncClient, make: CatalogFactory) -> None:
    title, person = await make.title(), await make.person()
    body = {"title_id": title.id, "person_id": person.id, "role": "cast", "character": "Hero"}
    created = await admin("POST", "/credits", body)
    assert created.status_code == 201
    assert (await admin("POST", "/credits", body)).status_code == 409
    assert (await admin("POST", "/credits", body | {"person_id": 9999})).status_code == 404
    assert (await admin("POST", "/credits", body | {"role": "catering"})).status_code == 422
    assert (await admin("PATCH", f"/credits/{created.json()['id']}", {"billing_order": 2})).status_code == 204
    credits = (await client.get(f"/api/v1/titles/{title.id}")).json()["credits"]
    assert [(c["character"], c["billing_order"]) for c in credits] == [("Hero", 2)]
    assert (await admin("DELETE", f"/credits/{created.json()['id']}")).status_code == 204


async def test_sources_and_subtitles_attach_to_a_movie_or_an_episode(
    admin: Any, client: AsyncClient, make: CatalogFactory
) -> None:
    movie, series = await make.title(), await make.title(kind="series")
    episode = await make.episode(await make.season(series))
    source = {"kind": "hls", "url": "https://cdn.test/m.m3u8", "quality": "1080p", "access": "premium"}

    assert (await admin("POST", "/sources", source | {"title_id": movie.id})).status_code == 201
    assert (await admin("POST", "/sources", source | {"episode_id": episode.id})).status_code == 201
    for bad in ({}, {"title_id": movie.id, "episode_id": episode.id}, {"title_id": series.id}):
        response = await admin("POST", "/sources", source | bad)
        assert response.status_code == 422, bad
    assert (await admin("POST", "/sources", source | {"episode_id": 9999})).status_code == 404
    assert (
        await admin("POST", "/sources", source | {"title_id": movie.id, "quality": "8k"})
    ).status_code == 422

    subtitle = {"language_code": "fr", "format": "vtt", "url": "https://cdn.test/fr.vtt"}
    assert (await admin("POST", "/subtitles", subtitle | {"title_id": movie.id})).status_code == 201
    created = await admin("POST", "/subtitles", subtitle | {"episode_id": episode.id})
    assert created.status_code == 201
    assert (
        await admin("PATCH", f"/subtitles/{created.json()['id']}", {"label": "Français"})
    ).status_code == 204
    assert (
        await admin("POST", "/subtitles", subtitle | {"title_id": movie.id, "format": "ass"})
    ).status_code == 422

    detail = (await client.get(f"/api/v1/titles/{movie.id}")).json()
    assert [(s["quality"], s["access"]) for s in detail["sources"]] == [("1080p", "premium")]
    episodes = (await client.get(f"/api/v1/titles/{series.id}/seasons/1/episodes")).json()["items"]
    assert [s["label"] for s in episodes[0]["subtitles"]] == ["Français"]
    source_id = detail["sources"][0]["id"]
    assert (await admin("PATCH", f"/sources/{source_id}", {"access": "free"})).status_code == 204
    assert (await admin("DELETE", f"/sources/{source_id}")).status_code == 204
    assert (await client.get(f"/api/v1/titles/{movie.id}")).json()["sources"] == []


async def test_trailers(admin: Any, client: AsyncClient, make: CatalogFactory) -> None:
    title = await make.title()
    created = await admin(
        "POST", "/trailers", {"title_id": title.id, "kind": "youtube", "url": "https://yt.test/v"}
    )
    assert created.status_code == 201
    assert (await client.get(f"/api/v1/titles/{title.id}")).json()["trailers"][0][
        "url"
    ] == "https://yt.test/v"
    bad_trailers = [{"kind": "vimeo"}, {"url": "ftp://x"}, {"title_id": 9999}]
    for bad in bad_trailers:
        body = {"title_id": title.id, "kind": "youtube", "url": "https://yt.test/v"} | bad
        assert (await admin("POST", "/trailers", body)).status_code in (404, 422), bad
    assert (await admin("DELETE", f"/trailers/{created.json()['id']}")).status_code == 204
    assert (await admin("DELETE", f"/trailers/{created.json()['id']}")).status_code == 404


@pytest.mark.parametrize(
    "path",
    ["seasons", "episodes", "genres", "languages", "people", "credits", "sources", "subtitles", "trailers"],
)
async def test_deleting_or_patching_unknown_ids_is_404(admin: Any, path: str) -> None:
    assert (await admin("DELETE", f"/{path}/4242")).status_code == 404
    if path not in ("languages", "trailers"):
        assert (await admin("PATCH", f"/{path}/4242", {})).status_code == 404


async def test_entity_writes_run_a_constant_number_of_queries(
    admin: Any, make: CatalogFactory, queries: QueryCounter
) -> None:
    async def cost(extra_rows: int) -> list[int]:
        series = await make.title(kind="series")
        for _ in range(extra_rows):
            await make.title(kind="series")
        steps = [
            ("POST", "/seasons", {"title_id": series.id, "number": 1}),
            ("POST", "/people", {"name": "P"}),
        ]
        counts = []
        for method, path, body in steps:
            queries.reset()
            response = await admin(method, path, body)
            assert response.status_code == 201
            counts.append(queries.count)
            if path == "/seasons":
                season_id = response.json()["id"]
        queries.reset()
        episode = await admin("POST", "/episodes", {"season_id": season_id, "number": 1, "name": "E"})
        counts.append(queries.count)
        queries.reset()
        await admin("POST", "/sources", {"episode_id": episode.json()["id"], "kind": "mp4", "url": "/e.mp4"})
        counts.append(queries.count)
        queries.reset()
        await admin("DELETE", f"/seasons/{season_id}")
        counts.append(queries.count)
        return counts

    assert await cost(1) == await cost(15)
