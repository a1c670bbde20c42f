"""The home page: shared rails in a constant number of statements, per maturity ceiling, cached as bytes with
HTTP caching headers; a profile's home with its own rails on top."""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import brotli
import pytest
from httpx import AsyncClient
from litestar import Litestar
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import QueryCounter, app_client
from tests.factories import CatalogFactory
from tests.members import Member
from tests.near_cache import CallCount, near_answers_as_the_handler
from vuga.app import create_app
from vuga.catalog.models import Genre, Top10Entry
from vuga.catalog.repository import RailsRepository
from vuga.catalog.service import CatalogEditor
from vuga.settings import HomeSettings, Settings

HOME = "/api/v1/home"


def rails_by_id(home: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {rail["id"]: rail for rail in home["rails"]}


def ids(items: list[dict[str, Any]]) -> list[int]:
    return [item["id"] for item in items]


async def test_the_shared_home_has_featured_top10_new_releases_and_genre_rails(
    client: AsyncClient, make: CatalogFactory, session: AsyncSession
) -> None:
    drama = await make.genre("drama", "Drama", position=2)
    comedy = await make.genre("comedy", "Comedy", position=1)
    sparse = await make.genre("western", "Western", position=3)
    dramas = [await make.title(genres=[drama], popularity=float(n)) for n in range(6)]
    comedies = [await make.title(genres=[comedy], popularity=float(10 + n)) for n in range(25)]
    await make.title(genres=[sparse])  # one western: too few for a rail
    featured = await make.title("Banner", genres=[drama], is_featured=True, popularity=1)
    await make.title("Draft", genres=[drama], published=False, is_featured=True)
    session.add_all(
        [Top10Entry(position=1, title_id=dramas[0].id), Top10Entry(position=2, title_id=comedies[0].id)]
    )
    await session.commit()

    response = await client.get(HOME)
    assert response.status_code == 200
    home = response.json()
    assert ids(home["featured"]) == [featured.id]
    assert [rail["id"] for rail in home["rails"]] == ["top10", "new-releases", "genre-comedy", "genre-drama"]
    rails = rails_by_id(home)
    assert ids(rails["top10"]["items"]) == [dramas[0].id, comedies[0].id]  # editorial order
    assert ids(rails["new-releases"]["items"])[0] == featured.id  # the latest published
    assert len(rails["new-releases"]["items"]) == 20
    comedy_rail = rails["genre-comedy"]
    assert comedy_rail["genre"] == {"id": comedy.id, "slug": "comedy", "name": "Comedy"}
    assert ids(comedy_rail["items"]) == [t.id for t in reversed(comedies)][:20]  # most popular first
    assert "Draft" not in {item["title"] for rail in home["rails"] for item in rail["items"]}
    assert response.headers["cache-control"].startswith("public, max-age=")
    assert "s-maxage=" in response.headers["cache-control"]
    assert "stale-while-revalidate=" in response.headers["cache-control"]


async def test_without_an_editorial_top10_the_most_viewed_list_leads(
    client: AsyncClient, make: CatalogFactory, session: AsyncSession
) -> None:
    genre = await make.genre()
    titles = [await make.title(genres=[genre]) for _ in range(12)]
    hidden = await make.title(genres=[genre], published=False)
    ranked = [(titles[3].id, 50), (hidden.id, 40), (titles[7].id, 30), (titles[1].id, 10)]
    editor = CatalogEditor.for_session(session)
    assert await editor.replace_most_viewed(ranked) == [titles[3].id, titles[7].id, titles[1].id]
    await session.commit()
    rails = rails_by_id((await client.get(HOME)).json())
    assert ids(rails["top10"]["items"]) == [titles[3].id, titles[7].id, titles[1].id]


async def test_a_new_most_viewed_list_reaches_the_cached_home(
    app: Litestar, client: AsyncClient, make: CatalogFactory, member: Member
) -> None:
    genre = await make.genre()
    watched = await make.title(genres=[genre], duration_s=100)
    await make.title(genres=[genre])
    assert "top10" not in rails_by_id((await client.get(HOME)).json())  # cached, with no top 10 yet
    for offset in range(0, 61, 10):  # one session past 30 s: a view
        beat = {
            "title_id": watched.id,
            "position_s": float(offset),
            "duration_s": 6000.0,
            "session_id": "viewing-session",
            "client_time": (datetime.now(UTC) - timedelta(seconds=60 - offset)).isoformat(),
        }
        response = await client.put(
            f"/api/v1/profiles/{member.profile_id}/progress", json=beat, headers=member.headers
        )
        assert response.status_code == 204
    await app.state.jobs.enqueue("playback.recompute_most_viewed")
    await app.state.jobs.broker.wait_all()
    await asyncio.sleep(0.3)  # the near cache hears of the job's invalidation within its check interval
    rails = rails_by_id((await client.get(HOME)).json())
    assert ids(rails["top10"]["items"]) == [watched.id]


@pytest.fixture
def ordered_app(settings: Settings) -> Litestar:
    home = HomeSettings(rails=["genres", "new_releases"], rail_size=10, genre_rail_min_titles=1)
    return create_app(settings.model_copy(update={"home": home}))


async def test_rail_order_and_sizes_come_from_settings(ordered_app: Litestar, make: CatalogFactory) -> None:
    genre = await make.genre("drama")
    for _ in range(15):
        await make.title(genres=[genre])
    async with app_client(ordered_app) as client:
        home = (await client.get(HOME)).json()
    assert [rail["id"] for rail in home["rails"]] == ["genre-drama", "new-releases"]
    assert all(len(rail["items"]) == 10 for rail in home["rails"])


async def test_maturity_variants_leave_out_what_the_ceiling_forbids(
    client: AsyncClient, make: CatalogFactory
) -> None:
    genre = await make.genre()
    for _ in range(5):
        await make.title(genres=[genre], maturity_age=0)
    adult = await make.title("Adults Only", genres=[genre], maturity_age=18, popularity=100)
    everyone = (await client.get(HOME)).json()
    kids = (await client.get(HOME, params={"max_maturity": "7+"})).json()

    def shown(home: dict[str, Any]) -> set[int]:
        return {item["id"] for rail in home["rails"] for item in rail["items"]}

    assert adult.id in shown(everyone)
    assert adult.id not in shown(kids)
    assert len(shown(kids)) == 5


async def test_bad_input_is_a_4xx(client: AsyncClient, member: Member) -> None:
    assert (await client.get(HOME, params={"max_maturity": "21+"})).status_code == 422
    for profile_id in ("0", "-1", "abc", str(2**40)):
        response = await client.get(f"/api/v1/profiles/{profile_id}/home", headers=member.headers)
        assert response.status_code in (404, 422), (profile_id, response.status_code)


async def test_shared_home_statements_do_not_grow_with_genres_and_a_hit_runs_none(
    client: AsyncClient,
    make: CatalogFactory,
    session: AsyncSession,
    queries: QueryCounter,
    forget_cached: Callable[[], None],
) -> None:
    async def cost(genre_count: int) -> int:
        existing = len((await client.get("/api/v1/genres")).json()["items"])
        for n in range(existing, genre_count):
            genre = Genre(slug=f"g{n}", name=f"G{n}", position=n)
            session.add(genre)
            await session.flush()
            for _ in range(6):
                await make.title(genres=[genre])
        forget_cached()
        queries.reset()
        home = (await client.get(HOME)).json()
        assert len([rail for rail in home["rails"] if rail["id"].startswith("genre-")]) == genre_count
        return queries.count

    assert await cost(5) == await cost(50) <= 4
    queries.reset()
    assert (await client.get(HOME)).status_code == 200
    assert queries.count == 0


async def test_etag_and_304(client: AsyncClient, make: CatalogFactory) -> None:
    genre = await make.genre()
    for _ in range(8):
        await make.title(genres=[genre])
    for path in (HOME, "/api/v1/genres", "/api/v1/titles", "/api/v1/titles?sort=newest&limit=5"):
        first = await client.get(path)
        etag = first.headers["etag"]
        assert etag.startswith('"')
        assert first.headers["vary"] == "Accept-Encoding"
        again = await client.get(path, headers={"If-None-Match": etag})
        assert again.status_code == 304
        assert again.content == b""
        assert again.headers["etag"] == etag
        other = await client.get(path, headers={"If-None-Match": '"something-else"'})
        assert other.status_code == 200


async def test_cached_bodies_are_sent_in_the_encoding_asked_for(
    client: AsyncClient, make: CatalogFactory
) -> None:
    genre = await make.genre()
    for _ in range(30):
        await make.title(genres=[genre])
    plain = await client.get(HOME, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    for encoding, decompress in (("br", brotli.decompress), ("gzip", gzip.decompress)):
        async with client.stream("GET", HOME, headers={"Accept-Encoding": encoding}) as response:
            assert response.headers["content-encoding"] == encoding
            raw = b"".join([chunk async for chunk in response.aiter_raw()])
        assert len(raw) < len(plain.content) / 5
        assert decompress(raw) == plain.content


async def test_the_near_cache_shortcut_answers_exactly_as_the_handler(
    app: Litestar,
    client: AsyncClient,
    make: CatalogFactory,
    queries: QueryCounter,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    genre = await make.genre()
    for _ in range(8):
        await make.title(genres=[genre])
    handler = CallCount(app.state.shared_home, "body", monkeypatch)
    for params in ({}, {"max_maturity": "7+"}):
        await near_answers_as_the_handler(app, client, queries, handler, HOME, params)
    assert (await client.get(HOME, params={"max_maturity": "7+", "x": "1"})).status_code == 200  # handler
    assert (await client.get(HOME, params={"max_maturity": "nope"})).status_code == 422


async def test_genre_rails_come_from_the_most_popular_titles_visible_at_the_ceiling(
    make: CatalogFactory, session: AsyncSession
) -> None:
    """Rails are drawn from a pool of the most popular visible titles, so a build's cost does not grow with
    the catalog; a genre none of whose visible titles is in the pool gets no rows."""
    popular, niche = await make.genre("popular"), await make.genre("niche")
    top = [await make.title(genres=[popular], popularity=100.0 + n) for n in range(3)]
    for_adults = await make.title(genres=[popular, niche], popularity=500.0, maturity_age=18)
    await make.title(genres=[niche], popularity=1.0)  # visible, but below the pool

    rails = RailsRepository(session)
    rows = await rails.genre_rails(max_age=None, size=20, pool=4)
    assert [(row["genre_id"], row["id"]) for row in rows] == [  # genres by name: Niche, Popular
        (niche.id, for_adults.id),
        (popular.id, for_adults.id),
        *((popular.id, title.id) for title in reversed(top)),
    ]
    kids_rows = await rails.genre_rails(max_age=12, size=2, pool=3)  # the 18+ title leaves the pool
    assert [(row["genre_id"], row["id"]) for row in kids_rows] == [
        (popular.id, top[2].id),
        (popular.id, top[1].id),
    ]
