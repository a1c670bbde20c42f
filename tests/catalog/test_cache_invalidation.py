"""Every kind of admin write invalidates exactly the cached responses it affects.

Each test warms the cache with a set of public pages, makes one write through the admin API, and checks
that the affected pages show the change at once while the unaffected ones are still served from the cache
(no SQL at all).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from httpx import AsyncClient

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory

ADMIN = "/api/v1/admin"


@dataclass
class Catalog:
    drama: int
    comedy: int
    movie: int  # drama, with the director credited
    similar: int  # drama: in the movie's "more like this"
    other: int  # comedy, unrelated to the movie
    series: int  # comedy, with a first season
    season: int
    director: int

    @property
    def pages(self) -> dict[str, str]:
        return {
            "home": "/api/v1/home",
            "movie": f"/api/v1/titles/{self.movie}",
            "other": f"/api/v1/titles/{self.other}",
            "series": f"/api/v1/titles/{self.series}",
            "director": f"/api/v1/people/{self.director}",
            "genres": "/api/v1/genres",
            "languages": "/api/v1/languages",
            "browse": "/api/v1/titles?sort=newest",
        }


@pytest.fixture
async def catalog(client: AsyncClient, make: CatalogFactory) -> Catalog:
    drama, comedy = await make.genre("drama", "Drama"), await make.genre("comedy", "Comedy")
    movie = await make.title("The Movie", genres=[drama], popularity=10)
    similar = await make.title("A Similar Movie", genres=[drama], popularity=5)
    other = await make.title("Something Else", genres=[comedy], popularity=3)
    series = await make.title("The Series", kind="series", genres=[comedy], popularity=2)
    season = await make.season(series, 1)
    director = await make.person("Dana Director")
    await make.credit(movie, director, role="director")
    return Catalog(drama.id, comedy.id, movie.id, similar.id, other.id, series.id, season.id, director.id)


async def warm(client: AsyncClient, catalog: Catalog) -> None:
    for path in catalog.pages.values():
        assert (await client.get(path)).status_code == 200


async def served_from_cache(
    client: AsyncClient, queries: QueryCounter, catalog: Catalog, *names: str
) -> None:
    queries.reset()
    for name in names:
        assert (await client.get(catalog.pages[name])).status_code == 200
    assert queries.statements == [], f"{names} should still be cached"


async def page(client: AsyncClient, catalog: Catalog, name: str) -> Any:
    return (await client.get(catalog.pages[name])).json()


def titles_in_home(home: dict[str, Any]) -> set[str]:
    return {item["title"] for rail in home["rails"] for item in rail["items"]}


async def admin(client: AsyncClient, headers: dict[str, str], method: str, path: str, **body: Any) -> None:
    response = await client.request(method, ADMIN + path, headers=headers, json=body or None)
    assert response.status_code < 300, response.text


async def test_renaming_a_title_updates_its_page_lists_and_people(
    client: AsyncClient, admin_headers: dict[str, str], catalog: Catalog, queries: QueryCounter
) -> None:
    await warm(client, catalog)
    await admin(client, admin_headers, "PATCH", f"/titles/{catalog.movie}", title="The Renamed Movie")
    assert (await page(client, catalog, "movie"))["title"] == "The Renamed Movie"
    assert "The Renamed Movie" in titles_in_home(await page(client, catalog, "home"))
    assert "The Renamed Movie" in {item["title"] for item in (await page(client, catalog, "browse"))["items"]}
    credits = (await page(client, catalog, "director"))["credits"]
    assert [credit["title"]["title"] for credit in credits] == ["The Renamed Movie"]
    await served_from_cache(client, queries, catalog, "other", "series", "genres", "languages")


async def test_a_synopsis_change_touches_only_the_titles_page(
    client: AsyncClient, admin_headers: dict[str, str], catalog: Catalog, queries: QueryCounter
) -> None:
    await warm(client, catalog)
    await admin(client, admin_headers, "PATCH", f"/titles/{catalog.movie}", synopsis="Now with a plot.")
    assert (await page(client, catalog, "movie"))["synopsis"] == "Now with a plot."
    await served_from_cache(client, queries, catalog, "home", "browse", "other", "director", "genres")


async def test_unpublishing_and_publishing_hide_and_show_a_title_everywhere(
    client: AsyncClient, admin_headers: dict[str, str], catalog: Catalog, queries: QueryCounter
) -> None:
    await warm(client, catalog)
    await admin(client, admin_headers, "POST", f"/titles/{catalog.movie}/unpublish")
    assert (await client.get(catalog.pages["movie"])).status_code == 404
    assert "The Movie" not in titles_in_home(await page(client, catalog, "home"))
    assert (await page(client, catalog, "director"))["credits"] == []
    similar = (await client.get(f"/api/v1/titles/{catalog.similar}")).json()
    assert catalog.movie not in {item["id"] for item in similar["more_like_this"]}
    await served_from_cache(client, queries, catalog, "other", "genres")

    await admin(client, admin_headers, "POST", f"/titles/{catalog.movie}/publish")
    assert (await page(client, catalog, "movie"))["title"] == "The Movie"
    assert "The Movie" in titles_in_home(await page(client, catalog, "home"))


async def test_deleting_a_title_removes_it_from_every_page(
    client: AsyncClient, admin_headers: dict[str, str], catalog: Catalog, queries: QueryCounter
) -> None:
    await warm(client, catalog)
    await admin(client, admin_headers, "DELETE", f"/titles/{catalog.movie}")
    assert (await client.get(catalog.pages["movie"])).status_code == 404
    assert "The Movie" not in titles_in_home(await page(client, catalog, "home"))
    assert (await page(client, catalog, "director"))["credits"] == []
    await served_from_cache(client, queries, catalog, "other", "series", "genres")


async def test_setting_the_top10_updates_the_home_only(
    client: AsyncClient, admin_headers: dict[str, str], catalog: Catalog, queries: QueryCounter
) -> None:
    await warm(client, catalog)
    order = [catalog.other, catalog.movie]
    await admin(client, admin_headers, "PUT", "/top10", title_ids=order)
    rails = {rail["id"]: rail for rail in (await page(client, catalog, "home"))["rails"]}
    assert [item["id"] for item in rails["top10"]["items"]] == order
    await served_from_cache(client, queries, catalog, "movie", "other", "director", "genres")


async def test_renaming_a_genre_updates_lists_and_the_pages_showing_it(
    client: AsyncClient, admin_headers: dict[str, str], catalog: Catalog, queries: QueryCounter
) -> None:
    await warm(client, catalog)
    await admin(client, admin_headers, "PATCH", f"/genres/{catalog.drama}", name="Serious Drama")
    assert "Serious Drama" in {genre["name"] for genre in (await page(client, catalog, "genres"))["items"]}
    assert [genre["name"] for genre in (await page(client, catalog, "movie"))["genres"]] == ["Serious Drama"]
    credits = (await page(client, catalog, "director"))["credits"]
    assert credits[0]["title"]["genres"][0]["name"] == "Serious Drama"
    await served_from_cache(client, queries, catalog, "other", "series")  # comedies show no drama


async def test_renaming_a_person_updates_their_page_and_their_titles(
    client: AsyncClient, admin_headers: dict[str, str], catalog: Catalog, queries: QueryCounter
) -> None:
    await warm(client, catalog)
    await admin(client, admin_headers, "PATCH", f"/people/{catalog.director}", name="Dana Renamed")
    assert (await page(client, catalog, "director"))["name"] == "Dana Renamed"
    assert (await page(client, catalog, "movie"))["credits"][0]["person"]["name"] == "Dana Renamed"
    await served_from_cache(client, queries, catalog, "home", "browse", "other", "series", "genres")


async def test_credits_seasons_and_media_update_their_titles_page(
    client: AsyncClient,
    admin_headers: dict[str, str],
    catalog: Catalog,
    queries: QueryCounter,
    make: CatalogFactory,
) -> None:
    await warm(client, catalog)
    actor = await make.person("Alex Actor")
    await admin(
        client, admin_headers, "POST", "/credits", title_id=catalog.other, person_id=actor.id, role="cast"
    )
    assert [c["person"]["name"] for c in (await page(client, catalog, "other"))["credits"]] == ["Alex Actor"]
    await admin(client, admin_headers, "POST", "/seasons", title_id=catalog.series, number=2)
    assert [s["number"] for s in (await page(client, catalog, "series"))["seasons"]] == [1, 2]
    await admin(
        client,
        admin_headers,
        "POST",
        "/episodes",
        season_id=catalog.season,
        number=1,
        name="Pilot",
    )
    assert (await page(client, catalog, "series"))["seasons"][0]["episode_count"] == 1
    await admin(
        client, admin_headers, "POST", "/sources", title_id=catalog.movie, kind="hls", url="/streams/a.m3u8"
    )
    assert len((await page(client, catalog, "movie"))["sources"]) == 1
    await admin(
        client,
        admin_headers,
        "POST",
        "/trailers",
        title_id=catalog.movie,
        kind="youtube",
        url="https://youtube.test/watch?v=t",
    )
    assert len((await page(client, catalog, "movie"))["trailers"]) == 1
    await served_from_cache(client, queries, catalog, "home", "browse", "genres", "director")


async def test_new_genres_and_languages_appear_in_their_lists(
    client: AsyncClient, admin_headers: dict[str, str], catalog: Catalog, queries: QueryCounter
) -> None:
    await warm(client, catalog)
    await admin(client, admin_headers, "POST", "/genres", slug="horror", name="Horror")
    assert "horror" in {genre["slug"] for genre in (await page(client, catalog, "genres"))["items"]}
    await admin(client, admin_headers, "POST", "/languages", code="fr", name="French")
    assert "fr" in {language["code"] for language in (await page(client, catalog, "languages"))["items"]}
    await served_from_cache(client, queries, catalog, "movie", "other", "director")


async def test_a_failed_write_invalidates_nothing(
    client: AsyncClient, admin_headers: dict[str, str], catalog: Catalog, queries: QueryCounter
) -> None:
    await warm(client, catalog)
    response = await client.patch(
        f"{ADMIN}/genres/{catalog.drama}", headers=admin_headers, json={"slug": "comedy"}
    )  # clashes with the comedy genre's slug
    assert response.status_code == 409
    await served_from_cache(client, queries, catalog, *catalog.pages)


async def test_search_answers_are_cached_and_follow_catalog_writes(
    client: AsyncClient,
    admin_headers: dict[str, str],
    catalog: Catalog,
    queries: QueryCounter,
    make: CatalogFactory,
) -> None:
    search = {"q": "movie"}
    first = (await client.get("/api/v1/search", params=search)).json()
    assert catalog.movie in {item["id"] for item in first["items"]}
    queries.reset()
    assert (await client.get("/api/v1/search", params=search)).status_code == 200
    assert queries.statements == []  # the first page is cached
    await admin(client, admin_headers, "PATCH", f"/titles/{catalog.movie}", title="The Renamed Film")
    after = (await client.get("/api/v1/search", params=search)).json()  # the cached page was dropped
    assert catalog.movie not in {item["id"] for item in after["items"]}
    renamed = (await client.get("/api/v1/search", params={"q": "renamed"})).json()
    assert [item["id"] for item in renamed["items"]] == [catalog.movie]
    suggest = {"q": "dana"}
    assert [
        s["name"] for s in (await client.get("/api/v1/search/suggest", params=suggest)).json()["items"]
    ] == ["Dana Director"]
    await admin(client, admin_headers, "PATCH", f"/people/{catalog.director}", name="Dana Newname")
    names = [s["name"] for s in (await client.get("/api/v1/search/suggest", params=suggest)).json()["items"]]
    assert names == ["Dana Newname"]
    await admin(client, admin_headers, "POST", f"/titles/{catalog.movie}/unpublish")
    hidden = (await client.get("/api/v1/search", params={"q": "renamed"})).json()
    assert hidden["items"] == []
