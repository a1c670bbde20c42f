"""The relevance set: queries a viewer types and the titles that must come first, on both engines.

One test per engine loads the catalog once and runs every query, then reports all the queries that failed
(rather than stopping at the first), so a ranking change shows its whole effect.
"""

from __future__ import annotations

from dataclasses import dataclass

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.search.catalog import load_catalog


@dataclass(frozen=True)
class Case:
    query: str
    first: tuple[str, ...] = ()  # these, in this order, before anything else
    top: frozenset[str] = frozenset()  # these, in any order, before anything else
    absent: tuple[str, ...] = ()  # never in the results
    endpoint: str = "search"
    why: str = ""


def first(query: str, *names: str, why: str = "", absent: tuple[str, ...] = ()) -> Case:
    return Case(query, first=names, why=why, absent=absent)


def top(query: str, *names: str, why: str = "", absent: tuple[str, ...] = ()) -> Case:
    return Case(query, top=frozenset(names), why=why, absent=absent)


def suggest(query: str, *names: str, why: str = "") -> Case:
    return Case(query, first=names, endpoint="suggest", why=why)


UNPUBLISHED = ("Interstellar: Extended Cut", "Secret Wormhole Project")

CASES = [
    first("interstellar", "Interstellar", why="exact title", absent=UNPUBLISHED),
    first("Interstellar", "Interstellar", why="case"),
    first("intersteler", "Interstellar", why="misspelling, despite more popular look-alikes"),
    first("godfater", "The Godfather", "The Godfather Part II", why="misspelling", absent=("The Godmother",)),
    first("the godfather", "The Godfather", "The Godfather Part II", why="exact title before its sequel"),
    first("godfather part ii", "The Godfather Part II", why="multi-word title"),
    first("jurasic park", "Jurassic Park", why="misspelling in a multi-word title"),
    first("stranger thngs", "Stranger Things", why="one word misspelt"),
    first("amelie", "Amélie", why="accent-insensitive, before the more popular look-alike Amelia"),
    first("AMÉLIE", "Amélie", why="accent and case"),
    first("pokemon", "Pokémon: The First Movie", why="accent in the title"),
    first("dark", "Dark", why="exact title beats a more popular title containing the word"),
    first("dark knight", "The Dark Knight", why="all words must match", absent=("Dark",)),
    first("up", "Up", "Up in the Air", why="short exact title"),
    first("matrix", "The Matrix", why="title without its article"),
    first("lord of the rings", "The Lord of the Rings: The Fellowship of the Ring", why="long title"),
    first("mad max", "Mad Max: Fury Road", why="title with punctuation"),
    first("crouching tiger", "Crouching Tiger, Hidden Dragon", why="title with a comma"),
    first("la la land", "La La Land", why="repeated words"),
    first("la casa de papel", "Money Heist", why="original title"),
    first("cidade de deus", "City of God", why="original title, other language"),
    first("money heist", "Money Heist", why="series title"),
    first("breaking bad", "Breaking Bad", why="series title"),
    first('"the crown"', "The Crown", why="phrase syntax"),
    first("wormhole", "Interstellar", why="synopsis only", absent=UNPUBLISHED),
    first("dinosaurs", "Jurassic Park", why="synopsis only"),
    first("lung cancer teacher", "Breaking Bad", why="synopsis words in another order"),
    first("miyazaki", "Spirited Away", why="director's surname"),
    first("audrey tautou", "Amélie", why="actor's full name"),
    top(
        "christopher nolan",
        "The Dark Knight",
        "Inception",
        "Interstellar",
        why="director → films",
        absent=UNPUBLISHED,
    ),
    top(
        "tom hanks",
        "Toy Story",
        "Forrest Gump",
        "Cast Away",
        "Saving Private Ryan",
        why="actor → films",
        absent=("Mad Max: Fury Road", *UNPUBLISHED),
    ),
    top("keanu reeves", "The Matrix", "John Wick", why="actor → films"),
    top("leonardo dicaprio", "Inception", "Titanic", why="actor → films"),
    top("animation", "Spirited Away", "Toy Story", "Up", "Pokémon: The First Movie", why="genre word"),
    top("documentary", "Planet Earth", "Stellar Voyage", why="genre word"),
    top("nolan -batman", "Inception", "Interstellar", why="exclusion", absent=("The Dark Knight",)),
    top("pacino or brando", "The Godfather", "The Godfather Part II", why="either word"),
    first("spirited away", "Spirited Away", why="title"),
    first("sen to chihiro", "Spirited Away", why="original title in romaji"),
    suggest("star w", "Star Wars", why="prefix of the last word"),
    suggest("inc", "Inception", why="prefix of a title"),
    suggest("tom han", "Tom Hanks", why="a person by prefix"),
    suggest("amelie", "Amélie", why="accent-insensitive prefix"),
    suggest("ameli", "Amelia", "Amélie", why="both start so: the more popular first"),
    suggest("godf", "The Godfather", "The Godfather Part II", why="prefix, most popular first"),
]


async def results(client: AsyncClient, case: Case) -> list[str]:
    path = "/api/v1/search" if case.endpoint == "search" else "/api/v1/search/suggest"
    response = await client.get(path, params={"q": case.query})
    assert response.status_code == 200, f"{case.query!r}: {response.status_code} {response.text}"
    return [item.get("title", item.get("name")) for item in response.json()["items"]]


def failure(case: Case, found: list[str]) -> str | None:
    expected = list(case.first) or sorted(case.top)
    head = found[: len(expected)]
    ok = head == list(case.first) if case.first else set(head) == case.top
    leaked = [name for name in case.absent if name in found]
    if ok and not leaked:
        return None
    return f"{case.endpoint} {case.query!r} ({case.why}): expected {expected} first, got {found[:8]}" + (
        f"; must not contain {leaked}" if leaked else ""
    )


async def test_relevance_set(client: AsyncClient, session: AsyncSession) -> None:
    await load_catalog(session)
    assert len(CASES) >= 30
    failures = [message for case in CASES if (message := failure(case, await results(client, case)))]
    assert not failures, "\n".join(failures)
