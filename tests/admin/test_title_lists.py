"""The admin's lists: the titles table (unpublished included, search, filters, sorts, cursor), a series'
seasons and episodes, and the editorial top 10 as it stands."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from httpx import AsyncClient

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory
from tests.members import Member
from tests.test_input_bounds import tampered

TITLES = "/api/v1/admin/titles"


async def all_pages(client: AsyncClient, headers: dict[str, str], **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = params | ({"cursor": cursor} if cursor else {})
        response = await client.get(TITLES, params=query, headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        items.extend(body["items"])
        if not (cursor := body["next_cursor"]):
            return items


async def test_lists_published_and_unpublished_titles_with_their_genres(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory
) -> None:
    drama = await make.genre("drama", name="Drama")
    shown = await make.title("Shown", genres=[drama])
    hidden = await make.title("Hidden", kind="series", published=False)

    response = await client.get(TITLES, headers=admin_headers)

    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store, private"
    rows = {row["id"]: row for row in response.json()["items"]}
    assert rows.keys() == {shown.id, hidden.id}
    assert rows[shown.id]["is_published"] is True
    assert rows[shown.id]["genres"] == [{"id": drama.id, "name": "Drama"}]
    assert rows[hidden.id] | {"updated_at": None} == {
        "id": hidden.id,
        "title": "Hidden",
        "kind": "series",
        "is_published": False,
        "published_at": None,
        "release_year": 2020,
        "maturity_rating": "all",
        "genres": [],
        "poster_url": None,
        "updated_at": None,
    }


async def test_search_and_filters_narrow_the_table(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory
) -> None:
    drama = await make.genre("drama")
    night = await make.title("The Long Night", genres=[drama])
    nights = await make.title("Nights of 100% Rain", kind="series", published=False, genres=[drama])
    await make.title("Day Trip")

    async def ids(**params: Any) -> set[int]:
        return {row["id"] for row in await all_pages(client, admin_headers, **params)}

    assert await ids(q="night") == {night.id, nights.id}
    assert await ids(q="NIGHT", kind="series") == {nights.id}
    assert await ids(q="100%") == {nights.id}
    assert await ids(q="_") == set()  # LIKE's wildcards are plain text
    assert await ids(published="false") == {nights.id}
    assert await ids(published="true", genre=drama.id) == {night.id}


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("title", ["Alpha", "The Beta", "Gamma"]),  # by sort title: "The Beta" under B
        ("release_year", ["Gamma", "Alpha", "The Beta"]),
        ("updated", ["The Beta", "Gamma", "Alpha"]),
    ],
)
async def test_sorts_page_through_every_title_once(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory, sort: str, expected: list[str]
) -> None:
    base = datetime(2026, 1, 1, tzinfo=UTC)
    await make.title("Alpha", release_year=2010, updated_at=base)
    await make.title("The Beta", release_year=2000, published=False, updated_at=base + timedelta(hours=2))
    await make.title("Gamma", release_year=2020, updated_at=base + timedelta(hours=1))

    rows = await all_pages(client, admin_headers, sort=sort, limit=1)

    assert [row["title"] for row in rows] == expected


async def test_a_cursor_works_only_with_its_own_list(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory
) -> None:
    for _ in range(3):
        await make.title()
    first = (await client.get(TITLES, params={"limit": 1}, headers=admin_headers)).json()
    other = await client.get(
        TITLES, params={"limit": 1, "sort": "title", "cursor": first["next_cursor"]}, headers=admin_headers
    )
    assert other.status_code == 400
    assert other.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize(
    ("params", "status", "field"),
    [
        ({"limit": 0}, 422, "limit"),
        ({"limit": 101}, 422, "limit"),
        ({"sort": "popular"}, 422, "sort"),
        ({"kind": "documentary"}, 422, "kind"),
        ({"published": "maybe"}, 422, "published"),
        ({"genre": "drama"}, 422, "genre"),
        ({"genre": 2**31}, 422, "genre"),
        ({"genre": 999}, 422, "genre"),  # no such genre
        ({"q": "x" * 101}, 422, "q"),
        ({"q": "a\x00b"}, 422, "q"),
        ({"cursor": "not-a-cursor"}, 400, None),
        ({"cursor": "x" * 513}, 422, "cursor"),
    ],
)
async def test_bad_parameters_are_problems(
    client: AsyncClient,
    admin_headers: dict[str, str],
    params: dict[str, Any],
    status: int,
    field: str | None,
) -> None:
    response = await client.get(TITLES, params=params, headers=admin_headers)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    if field:
        assert field in {error["field"] for error in response.json()["errors"]}


@pytest.mark.parametrize("path", [TITLES, f"{TITLES}/1/seasons", "/api/v1/admin/top10"])
async def test_a_viewer_is_refused(client: AsyncClient, member: Member, path: str) -> None:
    response = await client.get(path, headers=member.headers)
    assert response.status_code == 403
    assert (await client.get(path)).status_code == 401


async def test_seasons_with_their_episodes_in_order(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory
) -> None:
    series = await make.title("Show", kind="series", published=False)
    second, first = await make.season(series, 2), await make.season(series, 1)
    pilot_b, pilot = await make.episode(first, 2), await make.episode(first, 1)
    await make.source(series, pilot)
    movie = await make.title("Film")

    response = await client.get(f"{TITLES}/{series.id}/seasons", headers=admin_headers)

    assert response.status_code == 200, response.text
    body = response.json()
    assert [season["id"] for season in body["items"]] == [first.id, second.id]
    episodes = body["items"][0]["episodes"]
    assert [(e["id"], e["has_media"]) for e in episodes] == [(pilot.id, True), (pilot_b.id, False)]
    assert body["items"][1]["episodes"] == []
    assert (await client.get(f"{TITLES}/{movie.id}/seasons", headers=admin_headers)).status_code == 422
    assert (await client.get(f"{TITLES}/99999/seasons", headers=admin_headers)).status_code == 404


async def test_top10_reads_back_what_was_set(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory
) -> None:
    assert (await client.get("/api/v1/admin/top10", headers=admin_headers)).json() == {"items": []}
    a, b = await make.title("A"), await make.title("B")
    put = await client.put("/api/v1/admin/top10", json={"title_ids": [b.id, a.id]}, headers=admin_headers)
    assert put.status_code == 200
    await client.post(f"{TITLES}/{b.id}/unpublish", headers=admin_headers)

    items = (await client.get("/api/v1/admin/top10", headers=admin_headers)).json()["items"]

    assert [(i["position"], i["id"], i["is_published"]) for i in items] == [(1, b.id, False), (2, a.id, True)]


async def grow(make: CatalogFactory, times: int) -> tuple[int, int]:
    genres = [await make.genre() for _ in range(times)]
    series = await make.title(kind="series", genres=genres)
    for number in range(1, times + 1):
        season = await make.season(series, number)
        for episode in range(1, times + 1):
            await make.episode(season, episode)
        await make.title(genres=genres, published=number % 2 == 0)
    return series.id, genres[0].id


async def list_costs(
    client: AsyncClient, headers: dict[str, str], make: CatalogFactory, queries: QueryCounter, times: int
) -> dict[str, int]:
    series_id, genre_id = await grow(make, times)
    costs = {}
    for name, path, params in [
        ("titles", TITLES, {"limit": 100}),
        ("filtered", TITLES, {"q": "title", "kind": "movie", "published": "true", "genre": genre_id}),
        ("seasons", f"{TITLES}/{series_id}/seasons", {}),
        ("top10", "/api/v1/admin/top10", {}),
    ]:
        queries.statements.clear()
        assert (await client.get(path, params=params, headers=headers)).status_code == 200
        costs[name] = len(queries.statements)
    return costs


async def test_lists_run_a_constant_number_of_queries(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory, queries: QueryCounter
) -> None:
    await client.get(TITLES, headers=admin_headers)  # the account's role is cached from here on
    small = await list_costs(client, admin_headers, make, queries, 1)
    assert await list_costs(client, admin_headers, make, queries, 4) == small


@pytest.mark.parametrize(
    ("sort", "bad_key"),
    [
        ("title", ["a\x00b", 1]),
        ("title", ["a", 2**31]),
        ("release_year", [2**15, 1]),
        ("updated", ["2026-01-01", 1]),  # a date without its UTC offset
        ("updated", ["9999-12-31T23:59:59-14:00", 1]),
    ],
)
async def test_a_tampered_cursor_is_a_bad_request(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory, sort: str, bad_key: list[Any]
) -> None:
    for _ in range(2):
        await make.title()
    first = (await client.get(TITLES, params={"limit": 1, "sort": sort}, headers=admin_headers)).json()

    response = await client.get(
        TITLES,
        params={"limit": 1, "sort": sort, "cursor": tampered(first["next_cursor"], bad_key)},
        headers=admin_headers,
    )

    assert response.status_code == 400, response.text
    assert "malformed" in response.json()["detail"]
