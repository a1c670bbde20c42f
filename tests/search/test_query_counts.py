"""Search runs the same number of statements whatever the catalog holds: one for the candidates (two when
it falls back to trigrams), two for the page's summaries and genres, and the profile check.
Answered again from the cache, it runs none (but the profile check)."""

from __future__ import annotations

from collections.abc import Callable

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory
from tests.members import Member
from tests.search.catalog import CATALOG, load_catalog

REQUESTS = [
    ("/api/v1/search", {"q": "tom hanks"}),
    ("/api/v1/search", {"q": "drama", "kind": "movie", "genre": "drama", "limit": "5"}),
    ("/api/v1/search", {"q": "intersteler"}),
    ("/api/v1/search/suggest", {"q": "the"}),
    ("/api/v1/search/suggest", {"q": "tom h"}),
]


async def costs(
    client: AsyncClient, queries: QueryCounter, member: Member, forget_cached: Callable[[], None]
) -> list[int]:
    forget_cached()  # the answers are built, not served from the cache
    counted = []
    for path, params in REQUESTS:
        for profile in (None, member.profile_id):
            queries.reset()
            extra = {"profile_id": str(profile)} if profile else {}
            response = await client.get(path, params=params | extra, headers=member.headers)
            assert response.status_code == 200, response.text
            assert response.json()["items"], f"{path} {params}: nothing found, nothing counted"
            counted.append(queries.count)
    return counted


async def test_statement_counts_do_not_grow_with_the_catalog(
    client: AsyncClient,
    session: AsyncSession,
    make: CatalogFactory,
    queries: QueryCounter,
    member: Member,
    forget_cached: Callable[[], None],
) -> None:
    await load_catalog(session, CATALOG)
    await client.get("/api/v1/me", headers=member.headers)  # the session is resolved once, then cached
    small = await costs(client, queries, member, forget_cached)
    drama = await make.genre("more-drama", "Drama")
    for i in range(60):  # more of everything the queries touch: titles, genres, people, credits
        title = await make.title(f"The Drama {i}", genres=[drama], popularity=i, synopsis="tom hanks drama")
        await make.credit(title, await make.person(f"Tom Hollis {i}"))
    large = await costs(client, queries, member, forget_cached)
    # Equal, but where the larger catalog gave full text enough and spared the typo-tolerant statement.
    assert all(0 <= before - after <= 1 for before, after in zip(small, large, strict=True)), (small, large)
    assert max(small) <= 6
    queries.reset()
    for path, params in REQUESTS:  # again, anonymous: all from the cache
        assert (await client.get(path, params=params)).status_code == 200
    assert queries.count == 0
