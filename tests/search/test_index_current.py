"""The search index follows every kind of catalog write, made through the admin API as editors make them."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories import CatalogFactory
from vuga.search.backends import SearchFilters
from vuga.search.backends.postgres import candidates_statement, source

# The tier indexes of migration 0007, by name suffix.
TIER_INDEXES = ("top", "pop_2", "pop_1", "pop_0a", "pop_0b", "pop_0c", "pop_0d")

SEARCH = "/api/v1/search"
SUGGEST = "/api/v1/search/suggest"


class Admin:
    def __init__(self, client: AsyncClient, headers: dict[str, str]) -> None:
        self.client = client
        self.headers = headers

    async def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = await self.client.request(method, f"/api/v1/admin{path}", json=body, headers=self.headers)
        assert response.is_success, f"{method} {path}: {response.status_code} {response.text}"
        return response.json() if response.content else None

    async def published_title(self, title: str, **fields: Any) -> int:
        body = {"kind": "movie", "title": title, "release_year": 2001} | fields
        title_id: int = (await self.call("POST", "/titles", body))["id"]
        await self.call("POST", f"/titles/{title_id}/publish")
        return title_id


async def found(client: AsyncClient, q: str, path: str = SEARCH) -> list[int]:
    response = await client.get(path, params={"q": q})
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


async def test_creating_publishing_and_unpublishing(
    client: AsyncClient, admin_headers: dict[str, str]
) -> None:
    admin = Admin(client, admin_headers)
    title_id = (
        await admin.call("POST", "/titles", {"kind": "movie", "title": "Zephyr", "release_year": 2001})
    )["id"]
    assert await found(client, "zephyr") == []  # created unpublished: not searchable
    await admin.call("POST", f"/titles/{title_id}/publish")
    assert await found(client, "zephyr") == [title_id]
    assert await found(client, "zeph", SUGGEST) == [title_id]
    await admin.call("POST", f"/titles/{title_id}/unpublish")
    assert await found(client, "zephyr") == []
    assert await found(client, "zeph", SUGGEST) == []
    await admin.call("POST", f"/titles/{title_id}/publish")
    await admin.call("DELETE", f"/titles/{title_id}")
    assert await found(client, "zephyr") == []


async def test_renaming_and_rewriting_a_title(client: AsyncClient, admin_headers: dict[str, str]) -> None:
    admin = Admin(client, admin_headers)
    title_id = await admin.published_title("Zephyr", synopsis="A balloonist crosses the sea.")
    assert await found(client, "balloonist") == [title_id]
    await admin.call("PATCH", f"/titles/{title_id}", {"title": "Mistral", "original_title": "Levante"})
    assert await found(client, "zephyr") == []
    assert await found(client, "mistral") == [title_id]
    assert await found(client, "levante") == [title_id]
    assert await found(client, "mist", SUGGEST) == [title_id]
    await admin.call("PATCH", f"/titles/{title_id}", {"synopsis": "A glider pilot flies over the alps."})
    assert await found(client, "balloonist") == []
    assert await found(client, "glider") == [title_id]


async def test_credits_and_people(client: AsyncClient, admin_headers: dict[str, str]) -> None:
    admin = Admin(client, admin_headers)
    title_id = await admin.published_title("Zephyr")
    person_id = (await admin.call("POST", "/people", {"name": "Ingrid Quarrington"}))["id"]
    assert await found(client, "quarrington") == []
    assert await found(client, "quarr", SUGGEST) == [person_id]  # people are suggested at once
    credit_id = (
        await admin.call(
            "POST", "/credits", {"title_id": title_id, "person_id": person_id, "role": "director"}
        )
    )["id"]
    assert await found(client, "quarrington") == [title_id]
    await admin.call("PATCH", f"/people/{person_id}", {"name": "Ingrid Vasquez-Orme"})
    assert await found(client, "quarrington") == []
    assert await found(client, "vasquez orme") == [title_id]
    assert await found(client, "vasq", SUGGEST) == [person_id]
    assert await found(client, "quarr", SUGGEST) == []
    await admin.call("DELETE", f"/credits/{credit_id}")
    assert await found(client, "vasquez") == []
    await admin.call("POST", "/credits", {"title_id": title_id, "person_id": person_id, "role": "cast"})
    assert await found(client, "vasquez") == [title_id]
    await admin.call("DELETE", f"/people/{person_id}")
    assert await found(client, "vasquez") == []
    assert await found(client, "vasq", SUGGEST) == []


async def test_genres(client: AsyncClient, admin_headers: dict[str, str]) -> None:
    admin = Admin(client, admin_headers)
    genre_id = (await admin.call("POST", "/genres", {"slug": "noir", "name": "Noir"}))["id"]
    other_id = (await admin.call("POST", "/genres", {"slug": "western", "name": "Western"}))["id"]
    title_id = await admin.published_title("Zephyr", genre_ids=[genre_id])
    assert await found(client, "noir") == [title_id]
    await admin.call("PATCH", f"/genres/{genre_id}", {"name": "Neo-noir Thriller"})
    assert await found(client, "thriller") == [title_id]
    await admin.call("PATCH", f"/titles/{title_id}", {"genre_ids": [other_id]})
    assert await found(client, "thriller") == []
    assert await found(client, "western") == [title_id]
    await admin.call("DELETE", f"/genres/{other_id}")
    assert await found(client, "western") == []


async def test_popularity_moves_a_title_between_tiers_only_when_it_crosses_one(
    client: AsyncClient, session: AsyncSession, make: CatalogFactory, database_url: str
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("popularity tiers are PostgreSQL's (FTS5 needs no help at the embedded mode's scale)")
    title = await make.title("Zephyr", popularity=5)

    async def tier_and_version() -> tuple[list[str], int]:
        row = (
            await session.execute(
                text(
                    "SELECT ARRAY(SELECT lexeme FROM unnest(document) WHERE lexeme LIKE 'pop\\_%'), "
                    "xmin::text::bigint FROM search_titles WHERE title_id = :id"
                ),
                {"id": title.id},
            )
        ).one()
        await session.commit()
        return list(row[0]), int(row[1])

    tiers, version = await tier_and_version()
    assert tiers == [f"pop_0{'abcd'[title.id % 4]}"]
    await session.execute(text("UPDATE titles SET popularity = 8 WHERE id = :id"), {"id": title.id})
    await session.commit()
    assert await tier_and_version() == (tiers, version)  # same tier: the index row is not rewritten
    await session.execute(text("UPDATE titles SET popularity = 50000 WHERE id = :id"), {"id": title.id})
    await session.commit()
    tiers, _ = await tier_and_version()
    assert tiers == ["pop_4"]
    assert await found(client, "zephyr") == [title.id]


async def test_each_popularity_tier_is_read_from_its_own_index(
    session: AsyncSession, make: CatalogFactory, database_url: str
) -> None:
    """The branches of the candidate statement name their tier as the tier indexes' predicates do (migration
    0007), so that the planner can use them: a tier test written differently would turn every branch into a
    scan of the whole table, and nothing else would notice."""
    if not database_url.startswith("postgresql"):
        pytest.skip("the tier indexes are PostgreSQL's")
    await make.title("Zephyr", popularity=5)
    tables, conditions, params = source(SearchFilters())
    statement = candidates_statement(tables, conditions)
    await session.execute(text("SET LOCAL enable_seqscan = off"))  # a handful of rows: force the index path
    plan = "\n".join(
        row[0]
        for row in await session.execute(
            text(f"EXPLAIN {statement.text}"),
            params | {"tsquery": "'zephyr'", "normalized": "zephyr", "text_limit": 100, "exact_limit": 20},
        )
    )
    await session.rollback()
    scanned = {line.split(" on ")[1].split()[0] for line in plan.splitlines() if "Index Scan on" in line}
    used = {name for name in scanned if name.startswith("ix_search_titles_document")}
    assert "Seq Scan on search_titles" not in plan, plan
    assert used == {f"ix_search_titles_document_{tier}" for tier in TIER_INDEXES}, plan
