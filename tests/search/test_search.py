"""GET /api/v1/search and /search/suggest: bad input, filters, maturity, unpublished titles, pages."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories import CatalogFactory
from tests.members import Member, add_profile, register
from tests.search.catalog import CATALOG, load_catalog

SEARCH = "/api/v1/search"
SUGGEST = "/api/v1/search/suggest"


async def names(client: AsyncClient, path: str = SEARCH, **params: Any) -> list[str]:
    response = await client.get(path, params=params)
    assert response.status_code == 200, response.text
    return [item.get("title", item.get("name")) for item in response.json()["items"]]


# --- bad input --------------------------------------------------------------------------------------------

ANSWERED = [
    "",
    " ",
    "a",
    "x" * 200,
    "!!!",
    "& | ! : * ( )",
    "star & | ! : * ( ) wars",
    "'; DROP TABLE titles; --",
    '" OR 1=1 --',
    "' or ''='",
    '"',
    "'",
    '"unclosed phrase',
    "\\",
    "%",
    "_",
    "%_%",
    "😀",
    "🎬 star",
    "\x00",
    "star\x00wars",
    "\x01\x02\x1f",
    "Ωμέγα",
    "日本語のタイトル",
    "-",
    "--",
    "-star",
    "or",
    "star or",
    "or or or",
    "NOT star",
    "star:*",
    "star <-> wars",
    "{names} : star",
    "NEAR(star wars)",
    "^star",
    "star*",
    "a " * 99,
    "\u202e\u200b\ufeff",
]


@pytest.mark.parametrize("path", [SEARCH, SUGGEST])
async def test_no_query_text_is_an_error(client: AsyncClient, session: AsyncSession, path: str) -> None:
    await load_catalog(session, CATALOG[:6])
    for q in ANSWERED:
        response = await client.get(path, params={"q": q})
        assert response.status_code == 200, f"{q!r}: {response.status_code} {response.text}"
        body = response.json()
        assert isinstance(body["items"], list)
        assert len(body["items"]) <= 20
    # Injection attempts changed nothing.
    assert (await session.execute(text("SELECT count(*) FROM titles"))).scalar_one() == 6


async def test_operators_and_noise_are_plain_text(client: AsyncClient, session: AsyncSession) -> None:
    await load_catalog(session, CATALOG[:6])
    assert (await names(client, q="star & | ! : * ( ) wars"))[0] == "Star Wars"
    assert (await names(client, q="star\x00wars"))[0] == "Star Wars"
    assert (await names(client, q="🎬 interstellar 🚀"))[0] == "Interstellar"
    assert await names(client, q="!!!") == []
    assert await names(client, q="") == []
    assert await names(client, SUGGEST, q="s") == []  # one character: too little to suggest from


@pytest.mark.parametrize("path", [SEARCH, SUGGEST])
@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"q": "x" * 201}, "q"),
        ({"q": "x" * 10_000}, "q"),
        ({}, "q"),
        ({"q": "star", "profile_id": "0"}, "profile_id"),
        ({"q": "star", "profile_id": "abc"}, "profile_id"),
        ({"q": "star", "max_maturity": "21+"}, "max_maturity"),
    ],
)
async def test_bad_parameters_are_a_clear_problem(
    client: AsyncClient, path: str, params: dict[str, str], field: str
) -> None:
    response = await client.get(path, params=params)
    assert response.status_code in (400, 422), response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert field in response.text


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "cartoon"},
        {"genre": "Not A Slug"},
        {"language": "english!"},
        {"year_from": "1800"},
        {"year_from": "2020", "year_to": "2010"},
        {"limit": "0"},
        {"limit": "101"},
        {"cursor": "not-a-cursor"},
        {"cursor": "x" * 600},
    ],
)
async def test_bad_filters_are_a_clear_problem(client: AsyncClient, params: dict[str, str]) -> None:
    response = await client.get(SEARCH, params={"q": "star"} | params)
    assert response.status_code in (400, 422), response.text
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_invalid_percent_encoding_is_not_a_server_error(client: AsyncClient) -> None:
    for raw in ("%ff%fe", "%C3%28", "%00", "%E2%82", "%"):
        response = await client.get(f"{SEARCH}?q={raw}")
        assert response.status_code < 500, f"{raw}: {response.status_code} {response.text}"


# --- results ----------------------------------------------------------------------------------------------


async def test_items_are_the_catalog_list_shape(client: AsyncClient, session: AsyncSession) -> None:
    await load_catalog(session, CATALOG[:6])
    search = (await client.get(SEARCH, params={"q": "interstellar"})).json()["items"][0]
    browse = (await client.get("/api/v1/titles", params={"sort": "popular"})).json()["items"]
    assert search == next(item for item in browse if item["id"] == search["id"])
    assert {g["name"] for g in search["genres"]} == {"Sci-Fi", "Drama"}


async def test_filters(client: AsyncClient, session: AsyncSession) -> None:
    catalog = await load_catalog(session)
    assert set(await names(client, q="tom hanks", kind="movie")) == {
        "Toy Story", "Forrest Gump", "Cast Away", "Saving Private Ryan",
    }  # fmt: skip
    # the genre (weight C) before the synopsis (weight D)
    assert await names(client, q="crime", kind="series") == ["Breaking Bad", "Money Heist", "Knight Rider"]
    assert set(await names(client, q="tom hanks", genre="animation")) == {"Toy Story"}
    assert set(await names(client, q="tom hanks", genre=str(catalog.genres["War"]))) == {
        "Saving Private Ryan"
    }
    assert set(await names(client, q="tom hanks", year_from="1995", year_to="1998")) == {
        "Toy Story", "Saving Private Ryan",
    }  # fmt: skip
    assert set(await names(client, q="drama", language="pt")) == {"City of God"}
    assert set(await names(client, q="tom hanks", max_maturity="all")) == {"Toy Story"}
    unknown = await client.get("/api/v1/search", params={"q": "tom hanks", "genre": "no-such-genre"})
    assert unknown.status_code == 422  # a mistake in the filter, not a genre without Tom Hanks
    assert [error["field"] for error in unknown.json()["errors"]] == ["genre"]
    assert await names(client, q="tom hanks", language="xx") == []


async def test_suggest_is_typed_and_short(client: AsyncClient, session: AsyncSession) -> None:
    catalog = await load_catalog(session)
    items = (await client.get(SUGGEST, params={"q": "tom"})).json()["items"]
    assert {item["kind"] for item in items} == {"person"}
    assert {item["name"] for item in items} == {"Tom Hanks", "Tom Hardy"}
    assert all(catalog.people[item["name"]] == item["id"] for item in items)
    items = (await client.get(SUGGEST, params={"q": "the"})).json()["items"]
    assert len(items) == 10  # more titles start so: capped
    assert all(item["kind"] == "title" and catalog.titles[item["name"]] == item["id"] for item in items)
    assert (await client.get(SUGGEST, params={"q": "the"})).json()["next_cursor"] is None


async def test_unpublished_titles_never_appear(client: AsyncClient, session: AsyncSession) -> None:
    await load_catalog(session)
    for q in ("wormhole", "secret wormhole project", "extended cut", "interstellar", "intersteler"):
        assert "Secret Wormhole Project" not in await names(client, q=q)
        assert "Interstellar: Extended Cut" not in await names(client, q=q)
    assert "Interstellar: Extended Cut" not in await names(client, SUGGEST, q="inters")
    assert "Secret Wormhole Project" not in await names(client, SUGGEST, q="secret")


# --- maturity ---------------------------------------------------------------------------------------------


async def test_a_profile_s_ceiling_applies(
    client: AsyncClient, session: AsyncSession, member: Member
) -> None:
    await load_catalog(session)
    kids = await add_profile(client, member, is_kids=True)
    headers = member.headers

    async def as_profile(path: str, q: str, profile_id: int) -> list[str]:
        response = await client.get(path, params={"q": q, "profile_id": profile_id}, headers=headers)
        assert response.status_code == 200, response.text
        return [item.get("title", item.get("name")) for item in response.json()["items"]]

    assert set(await as_profile(SEARCH, "tom hanks", kids)) == {"Toy Story"}
    assert set(await as_profile(SEARCH, "tom hanks", member.profile_id)) == {
        "Toy Story", "Forrest Gump", "Cast Away", "Saving Private Ryan",
    }  # fmt: skip
    assert "Breaking Bad" not in await as_profile(SUGGEST, "breaking", kids)
    assert "Breaking Bad" in await as_profile(SUGGEST, "breaking", member.profile_id)
    # A stricter max_maturity still applies; a looser one does not lift the profile's ceiling.
    response = await client.get(
        SEARCH, params={"q": "tom hanks", "profile_id": kids, "max_maturity": "18+"}, headers=headers
    )
    assert {item["title"] for item in response.json()["items"]} == {"Toy Story"}


@pytest.mark.parametrize("path", [SEARCH, SUGGEST])
async def test_another_account_s_profile_is_not_found(client: AsyncClient, member: Member, path: str) -> None:
    stranger = await register(client)
    response = await client.get(
        path, params={"q": "star", "profile_id": member.profile_id}, headers=stranger.headers
    )
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    anonymous = await client.get(path, params={"q": "star", "profile_id": member.profile_id})
    assert anonymous.status_code == 401


# --- pages ------------------------------------------------------------------------------------------------


async def test_pages_cover_every_match_once_in_rank_order(client: AsyncClient, make: CatalogFactory) -> None:
    genre = await make.genre("drama", "Drama")
    for i in range(25):  # ties in text relevance and popularity: the id decides
        await make.title(f"Ocean {i}", genres=[genre], popularity=i % 3, synopsis="waves" * (i % 2))
    await make.title("Desert", genres=[genre])
    served: list[int] = []
    cursor = None
    pages = 0
    while True:
        params: dict[str, Any] = {"q": "ocean", "limit": 10} | ({"cursor": cursor} if cursor else {})
        body = (await client.get(SEARCH, params=params)).json()
        served += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        pages += 1
        if cursor is None:
            break
    assert pages == 3
    assert len(served) == len(set(served)) == 25
    everything = (await client.get(SEARCH, params={"q": "ocean", "limit": 100})).json()["items"]
    assert served == [item["id"] for item in everything]


async def test_a_cursor_belongs_to_its_query(client: AsyncClient, make: CatalogFactory) -> None:
    for i in range(5):
        await make.title(f"Ocean {i}")
    cursor = (await client.get(SEARCH, params={"q": "ocean", "limit": 2})).json()["next_cursor"]
    assert cursor
    for other in ({"q": "sea"}, {"q": "ocean", "kind": "series"}, {"q": "ocean", "year_from": "2000"}):
        response = await client.get(SEARCH, params=other | {"cursor": cursor, "limit": 2})
        assert response.status_code == 400, response.text
        assert "another list" in response.json()["detail"]


async def test_random_text_never_breaks_search(client: AsyncClient, session: AsyncSession) -> None:
    """Seeded random strings over every Unicode plane, the syntax characters of tsquery, FTS5 and SQL, and
    the first 10 words of each: all answered."""
    import random

    await load_catalog(session, CATALOG[:6])
    rng = random.Random(20261126)
    alphabet = [*"&|!:*()<->\"'^{}[]%_\\;-+~@#$. \t", "or", "OR", "AND", "NOT", "NEAR", "star", "é", "ß"]
    for _ in range(120):
        parts = []
        for _ in range(rng.randint(1, 30)):
            if rng.random() < 0.5:
                parts.append(rng.choice(alphabet))
            else:
                plane = rng.choice([0x7F, 0x2FF, 0xFFFF, 0x10FFFF])
                code = rng.randint(1, plane)
                if 0xD800 <= code <= 0xDFFF:  # surrogates cannot travel in UTF-8
                    continue
                parts.append(chr(code))
        q = "".join(parts)[:200]
        for path in (SEARCH, SUGGEST):
            response = await client.get(path, params={"q": q})
            assert response.status_code == 200, f"{q!r}: {response.status_code} {response.text}"
