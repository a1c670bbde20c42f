"""GET /api/v1/titles: filters, sorts, cursor pagination, bad input and query count."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from httpx import AsyncClient

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory

URL = "/api/v1/titles"

URL_ONLY = {"blurhash": None, "width": None, "height": None, "variants": []}


async def walk(client: AsyncClient, params: dict[str, Any], limit: int = 3) -> list[int]:
    """Follow next_cursor until it is null, returning the ids in the order served."""
    ids: list[int] = []
    cursor = None
    for _ in range(1000):
        page_params = {**params, "limit": limit} | ({"cursor": cursor} if cursor else {})
        response = await client.get(URL, params=page_params)
        assert response.status_code == 200, response.text
        body = response.json()
        assert len(body["items"]) <= limit
        ids += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return ids
    raise AssertionError("pagination did not end")


async def test_lists_published_titles_with_their_summary_fields(
    client: AsyncClient, make: CatalogFactory
) -> None:
    drama = await make.genre("drama", "Drama")
    shown = await make.title(
        "The Harbor",
        genres=[drama],
        popularity=5,
        rating_avg=7.25,
        maturity_age=13,
        poster_url="/artwork/harbor.jpg",
        logo_url="https://elsewhere.test/logo.png",
    )
    await make.title("Hidden", published=False)

    response = await client.get(URL)

    assert response.status_code == 200
    body = response.json()
    assert body["next_cursor"] is None
    assert body["items"] == [
        {
            "id": shown.id,
            "title": "The Harbor",
            "kind": "movie",
            "release_year": 2020,
            "maturity_rating": "13+",
            "genres": [{"id": drama.id, "slug": "drama", "name": "Drama"}],
            "duration_s": 5400,
            "rating_avg": 7.25,
            "rating_count": 0,
            "artwork": {
                "poster": "https://cdn.test/media/artwork/harbor.jpg",
                "poster_wide": None,
                "backdrop": None,
                "logo": "https://elsewhere.test/logo.png",
                # Given as URLs, not uploaded: no variants, no blurhash, no size.
                "images": {
                    "poster": {**URL_ONLY, "url": "https://cdn.test/media/artwork/harbor.jpg"},
                    "poster_wide": None,
                    "backdrop": None,
                    "logo": {**URL_ONLY, "url": "https://elsewhere.test/logo.png"},
                },
            },
        }
    ]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("popular", ["b", "c", "a"]),
        ("newest", ["c", "b", "a"]),
        ("release_year", ["a", "c", "b"]),
        ("rating", ["c", "a", "b"]),
        ("title", ["a", "b", "c"]),
    ],
)
async def test_each_sort_orders_titles(
    client: AsyncClient, make: CatalogFactory, sort: str, expected: list[str]
) -> None:
    # created in order a, b, c: "newest" follows publication time
    await make.title("A", popularity=1, release_year=2024, rating_avg=8)
    await make.title("The B", popularity=9, release_year=1990, rating_avg=2)
    await make.title("c", popularity=5, release_year=2001, rating_avg=9)

    response = await client.get(URL, params={"sort": sort})

    assert [item["title"].removeprefix("The ").lower() for item in response.json()["items"]] == expected


async def test_filters_narrow_the_list(client: AsyncClient, make: CatalogFactory) -> None:
    drama, comedy = await make.genre("drama"), await make.genre("comedy")
    english, french = await make.language("en", "English"), await make.language("fr", "French")
    movie = await make.title("M", genres=[drama], release_year=2010, language=english, maturity_age=7)
    series = await make.title("S", kind="series", genres=[comedy], release_year=2020, language=french)
    adult = await make.title(
        "X", genres=[drama, comedy], release_year=2015, maturity_age=18, language=english
    )

    async def ids(**params: Any) -> set[int]:
        response = await client.get(URL, params=params)
        assert response.status_code == 200, response.text
        return {item["id"] for item in response.json()["items"]}

    assert await ids() == {movie.id, series.id, adult.id}
    assert await ids(kind="series") == {series.id}
    assert await ids(kind="movie") == {movie.id, adult.id}
    assert await ids(genre="drama") == {movie.id, adult.id}
    assert await ids(genre=str(comedy.id)) == {series.id, adult.id}
    assert await ids(genre="drama", year_from=2030) == set()  # a genre that exists, with nothing in it
    for unknown in ("no-such-genre", "999999"):  # an unknown genre is a mistake, not an empty genre
        refused = await client.get(URL, params={"genre": unknown})
        assert refused.status_code == 422
        assert [error["field"] for error in refused.json()["errors"]] == ["genre"]
    assert await ids(language="fr") == {series.id}
    assert await ids(year_from=2012) == {series.id, adult.id}
    assert await ids(year_to=2015) == {movie.id, adult.id}
    assert await ids(year_from=2011, year_to=2016) == {adult.id}
    assert await ids(max_maturity="16+") == {movie.id, series.id}
    assert await ids(max_maturity="all") == {series.id}
    assert await ids(kind="movie", genre="drama", max_maturity="13+", language="en") == {movie.id}


@pytest.mark.parametrize("sort", ["popular", "newest", "release_year", "rating", "title"])
async def test_pages_cover_every_title_once_in_every_sort(
    client: AsyncClient, make: CatalogFactory, sort: str
) -> None:
    genre = await make.genre("drama")
    # many ties in every sort key, so the id tie-breaker decides the order
    created = [
        await make.title(
            f"T{i % 3}", genres=[genre], popularity=i % 4, release_year=2000 + i % 2, rating_avg=i % 3
        )
        for i in range(11)
    ]
    served = await walk(client, {"sort": sort, "genre": "drama"})
    assert sorted(served) == sorted(t.id for t in created)
    first_page = (await client.get(URL, params={"sort": sort, "limit": 100})).json()["items"]
    assert served == [item["id"] for item in first_page]


async def test_titles_inserted_while_paging_are_neither_repeated_nor_skipped(
    client: AsyncClient, make: CatalogFactory
) -> None:
    genre = await make.genre("drama")
    existing = [await make.title(genres=[genre], popularity=10 * i) for i in range(10)]
    served: list[int] = []
    cursor = None
    inserted = []
    while True:
        params: dict[str, Any] = {"genre": "drama", "limit": 3} | ({"cursor": cursor} if cursor else {})
        body = (await client.get(URL, params=params)).json()
        served += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
        # one title lands above the pages already read, one among those still to come
        inserted.append(await make.title(genres=[genre], popularity=1000 + len(inserted)))
        inserted.append(await make.title(genres=[genre], popularity=-1 - len(inserted)))
    assert len(served) == len(set(served)), "a title was served twice"
    assert {t.id for t in existing} <= set(served), "a title that existed all along was skipped"
    assert {t.id for t in inserted if t.popularity < 0} <= set(served)


LONG = "x" * 10_000


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "0"},
        {"limit": "101"},
        {"limit": "-1"},
        {"limit": "abc"},
        {"sort": "random"},
        {"kind": "episode"},
        {"max_maturity": "21+"},
        {"year_from": "1200"},
        {"year_to": "abc"},
        {"year_from": "2020", "year_to": "2010"},
        {"genre": LONG},
        {"genre": "Bad Slug!"},
        {"language": LONG},
        {"cursor": LONG},
    ],
)
async def test_bad_parameters_are_a_422_problem(client: AsyncClient, params: dict[str, str]) -> None:
    response = await client.get(URL, params=params)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == 422
    assert problem["errors"], problem
    assert {error["field"] for error in problem["errors"]} <= set(params) | {"year_from"}


@pytest.mark.parametrize("cursor", ["garbage", "eyJ4IjoxfQ", "W10", "W1tdXQ"])
async def test_malformed_cursor_is_a_400_problem(client: AsyncClient, cursor: str) -> None:
    response = await client.get(URL, params={"cursor": cursor})
    assert response.status_code == 400
    assert "cursor" in response.json()["detail"]


async def test_cursor_from_another_list_is_refused(client: AsyncClient, make: CatalogFactory) -> None:
    for _ in range(3):
        await make.title()
    cursor = (await client.get(URL, params={"limit": 1, "sort": "popular"})).json()["next_cursor"]
    assert cursor is not None

    for other in ({"sort": "newest"}, {"sort": "popular", "kind": "movie"}):
        response = await client.get(URL, params={"limit": 1, "cursor": cursor} | other)
        assert response.status_code == 400
        assert "another list" in response.json()["detail"]


async def test_query_count_does_not_grow_with_the_catalog(
    client: AsyncClient, make: CatalogFactory, queries: QueryCounter, forget_cached: Callable[[], None]
) -> None:
    genres = [await make.genre() for _ in range(3)]

    async def count_for_first_two_pages() -> int:
        forget_cached()  # the first page is built, not served from the cache
        queries.reset()
        first = (await client.get(URL, params={"limit": 20, "genre": genres[0].slug})).json()
        await client.get(URL, params={"limit": 20, "genre": genres[0].slug, "cursor": first["next_cursor"]})
        return queries.count

    for _ in range(25):
        await make.title(genres=genres)
    small = await count_for_first_two_pages()
    for _ in range(225):
        await make.title(genres=genres)
    large = await count_for_first_two_pages()
    assert small == large == 4  # per page: the titles, then the genres of the page
