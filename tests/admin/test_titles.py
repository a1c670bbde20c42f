"""Admin API for titles: authentication, create, update, publish, delete, top 10."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory

TITLES = "/api/v1/admin/titles"
MOVIE = {"kind": "movie", "title": "The Long Night", "release_year": 2021}


async def public_ids(client: AsyncClient) -> set[int]:
    return {
        item["id"] for item in (await client.get("/api/v1/titles", params={"limit": 100})).json()["items"]
    }


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic dGVzdA=="}, {"Authorization": "Bearer"}],
)
async def test_admin_api_needs_an_editor_or_admin(client: AsyncClient, headers: dict[str, str]) -> None:
    response = await client.post(TITLES, json=MOVIE, headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")
    assert await public_ids(client) == set()


async def test_create_then_publish_makes_a_title_visible(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory
) -> None:
    drama = await make.genre("drama")
    await make.language("en", "English")

    created = await client.post(
        TITLES,
        json=MOVIE | {"genre_ids": [drama.id], "language": "en", "maturity_rating": "16+"},
        headers=admin_headers,
    )
    assert created.status_code == 201, created.text
    title = created.json()
    assert title["is_published"] is False
    assert title["genre_ids"] == [drama.id]
    assert title["maturity_rating"] == "16+"
    assert title["id"] not in await public_ids(client)

    published = await client.post(f"{TITLES}/{title['id']}/publish", headers=admin_headers)
    assert published.status_code == 200
    assert published.json()["published_at"] is not None
    assert title["id"] in await public_ids(client)
    detail = (await client.get(f"/api/v1/titles/{title['id']}")).json()
    assert detail["language"]["code"] == "en"

    unpublished = await client.post(f"{TITLES}/{title['id']}/unpublish", headers=admin_headers)
    assert unpublished.json()["is_published"] is False
    assert (await client.get(f"/api/v1/titles/{title['id']}")).status_code == 404


async def test_patch_changes_only_the_fields_sent(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory
) -> None:
    drama, comedy = await make.genre("drama"), await make.genre("comedy")
    title = await make.title("Old Name", genres=[drama], release_year=1999)

    response = await client.patch(
        f"{TITLES}/{title.id}",
        json={"title": "The New Name", "genre_ids": [comedy.id]},
        headers=admin_headers,
    )

    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["title"], body["release_year"], body["genre_ids"]) == ("The New Name", 1999, [comedy.id])
    by_title = (await client.get("/api/v1/titles", params={"sort": "title", "genre": "comedy"})).json()[
        "items"
    ]
    assert [item["title"] for item in by_title] == ["The New Name"]


async def test_delete_removes_a_title_and_what_hangs_off_it(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory
) -> None:
    movie = await make.full_movie([await make.genre()])
    assert (await client.delete(f"{TITLES}/{movie.id}", headers=admin_headers)).status_code == 204
    assert (await client.get(f"/api/v1/titles/{movie.id}")).status_code == 404
    assert (await client.delete(f"{TITLES}/{movie.id}", headers=admin_headers)).status_code == 404


LONG = "x" * 10_000


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "movie", "title": "No year"}, "release_year"),
        (MOVIE | {"kind": "documentary"}, "kind"),
        (MOVIE | {"title": ""}, "title"),
        (MOVIE | {"title": LONG}, "title"),
        (MOVIE | {"release_year": "twenty"}, "release_year"),
        (MOVIE | {"release_year": [2020]}, "release_year"),
        (MOVIE | {"title": 123}, "title"),
        (MOVIE | {"is_featured": "maybe"}, "is_featured"),
        (MOVIE | {"release_year": 1500}, "release_year"),
        (MOVIE | {"duration_s": -5}, "duration_s"),
        (MOVIE | {"duration_s": 1e300}, "duration_s"),
        (MOVIE | {"maturity_rating": "PG"}, "maturity_rating"),
        (MOVIE | {"genre_ids": "1,2"}, "genre_ids"),
        (MOVIE | {"genre_ids": [0]}, "genre_ids[0]"),
        (MOVIE | {"poster_url": "javascript:alert(1)"}, "poster_url"),
        (MOVIE | {"language": "english!"}, "language"),
        (MOVIE | {"language": "zz"}, "language"),
        (MOVIE | {"is_published": True}, "is_published"),
        (MOVIE | {"synopsis": LONG * 2}, "synopsis"),
    ],
)
async def test_invalid_title_is_a_422_naming_the_field_and_changes_nothing(
    client: AsyncClient, admin_headers: dict[str, str], body: dict[str, Any], field: str
) -> None:
    response = await client.post(TITLES, json=body, headers=admin_headers)
    assert response.status_code == 422, response.text
    problem = response.json()
    assert field in {error["field"] for error in problem["errors"]}, problem
    assert (await client.get(f"{TITLES}/1", headers=admin_headers)).status_code == 404


@pytest.mark.parametrize("raw", [b"{not json", b"[]", b"null", b'"x"'])
async def test_malformed_json_is_a_4xx_problem(
    client: AsyncClient, admin_headers: dict[str, str], raw: bytes
) -> None:
    response = await client.post(
        TITLES, content=raw, headers=admin_headers | {"content-type": "application/json"}
    )
    assert response.status_code in (400, 422)
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_unknown_genre_is_404_and_nothing_is_created(
    client: AsyncClient, admin_headers: dict[str, str]
) -> None:
    response = await client.post(TITLES, json=MOVIE | {"genre_ids": [12345]}, headers=admin_headers)
    assert response.status_code == 404
    assert "12345" in response.json()["detail"]
    assert (await client.get(f"{TITLES}/1", headers=admin_headers)).status_code == 404


async def test_unknown_title_ids_are_404(client: AsyncClient, admin_headers: dict[str, str]) -> None:
    for method, path in [
        ("GET", f"{TITLES}/777"),
        ("PATCH", f"{TITLES}/777"),
        ("DELETE", f"{TITLES}/777"),
        ("POST", f"{TITLES}/777/publish"),
    ]:
        response = await client.request(
            method, path, json={} if method == "PATCH" else None, headers=admin_headers
        )
        assert response.status_code == 404, (method, path)


async def test_top10_is_set_in_order_and_validated(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory
) -> None:
    titles = [await make.title() for _ in range(3)]
    hidden = await make.title(published=False)
    order = [titles[2].id, titles[0].id]

    response = await client.put("/api/v1/admin/top10", json={"title_ids": order}, headers=admin_headers)
    assert response.status_code == 200
    assert response.json() == {"title_ids": order}

    for bad in ([titles[0].id, titles[0].id], [hidden.id], list(range(1, 12)), [99999]):
        response = await client.put("/api/v1/admin/top10", json={"title_ids": bad}, headers=admin_headers)
        assert response.status_code in (404, 422), bad
    replaced = await client.put("/api/v1/admin/top10", json={"title_ids": []}, headers=admin_headers)
    assert replaced.json() == {"title_ids": []}


async def test_top10_runs_a_constant_number_of_queries(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory, queries: QueryCounter
) -> None:
    titles = [await make.title() for _ in range(10)]

    async def cost(count: int) -> int:
        queries.reset()
        body = {"title_ids": [t.id for t in titles[:count]]}
        assert (await client.put("/api/v1/admin/top10", json=body, headers=admin_headers)).status_code == 200
        return queries.count

    assert await cost(1) == await cost(10)


async def test_title_writes_run_a_constant_number_of_queries(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory, queries: QueryCounter
) -> None:
    async def cost(genre_count: int) -> list[int]:
        genre_ids = [(await make.genre()).id for _ in range(genre_count)]
        for _ in range(genre_count):
            await make.title(genres=[])
        counts = []
        queries.reset()
        created = (
            await client.post(TITLES, json=MOVIE | {"genre_ids": genre_ids}, headers=admin_headers)
        ).json()
        counts.append(queries.count)
        for method, path, body in [
            ("PATCH", f"{TITLES}/{created['id']}", {"genre_ids": genre_ids, "title": "Renamed"}),
            ("POST", f"{TITLES}/{created['id']}/publish", None),
            ("DELETE", f"{TITLES}/{created['id']}", None),
        ]:
            queries.reset()
            response = await client.request(method, path, json=body, headers=admin_headers)
            assert response.status_code < 300, response.text
            counts.append(queries.count)
        return counts

    assert await cost(2) == await cost(20)
