"""Query plans of the catalog's read endpoints on PostgreSQL at a chosen catalog size.

Seeds a synthetic catalog with COPY, then calls the same service code the API runs, captures every SQL
statement it sends with its parameters, and runs ``EXPLAIN (ANALYZE, BUFFERS)`` on each. The report shows
which index serves which query and what each costs.

    .venv/bin/python bench/explain_catalog.py --titles 10000 > bench/results/catalog-explain-10k.md

It drops and recreates the database it is given (default ``vuga_explain`` on the local server).
"""

from __future__ import annotations

import argparse
import asyncio
import random
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from alembic import command
from heartbeats import recreate_database, reset_sequences, vacuum_analyze  # the bench scripts' shared helpers
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

from vuga.catalog.schemas import TitleSort
from vuga.catalog.service import BrowseQuery, CatalogReader, GenreRef
from vuga.cli import alembic_config
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls

GENRES = 20
BASE_TIME = datetime(2026, 1, 1, tzinfo=UTC)


async def seed(engine: AsyncEngine, titles: int, rng: random.Random) -> None:
    """A catalog shaped like a real one: Zipf-like popularity, 1-3 genres, a quarter series."""
    async with engine.begin() as connection:
        raw = (await connection.get_raw_connection()).driver_connection
        assert raw is not None
        await raw.copy_records_to_table(
            "genres",
            records=[(i, f"genre-{i}", f"Genre {i}", i) for i in range(1, GENRES + 1)],
            columns=["id", "slug", "name", "position"],
        )
        await raw.copy_records_to_table(
            "languages",
            records=[(1, "en", "English"), (2, "fr", "French"), (3, "ja", "Japanese")],
            columns=["id", "code", "name"],
        )
        rows, links = [], []
        for i in range(1, titles + 1):
            kind = "series" if rng.random() < 0.25 else "movie"
            published = rng.random() < 0.9
            name = f"Title {i:07d}"
            rows.append(
                (
                    i,
                    kind,
                    name,
                    name.lower(),
                    "",
                    rng.randint(1950, 2026),
                    rng.randint(4800, 9000) if kind == "movie" else None,
                    rng.choice([m.min_age for m in Maturity]),
                    rng.randint(1, 3),
                    published,
                    BASE_TIME - timedelta(minutes=i) if published else None,
                    rng.random() < 0.01,
                    1000.0 / (rng.random() * titles + 1) ** 0.8,
                    round(rng.uniform(1, 10), 2),
                    rng.randint(0, 5000),
                )
            )
            links += [(i, g) for g in rng.sample(range(1, GENRES + 1), rng.randint(1, 3))]
        await raw.copy_records_to_table(
            "titles",
            records=rows,
            columns=[
                "id",
                "kind",
                "title",
                "sort_title",
                "synopsis",
                "release_year",
                "duration_s",
                "maturity_age",
                "language_id",
                "is_published",
                "published_at",
                "is_featured",
                "popularity",
                "rating_avg",
                "rating_count",
            ],
        )
        await raw.copy_records_to_table("title_genres", records=links, columns=["title_id", "genre_id"])
        people = titles // 2
        await raw.copy_records_to_table(
            "people", records=[(i, f"Person {i}") for i in range(1, people + 1)], columns=["id", "name"]
        )
        credits = [
            (title_id * 4 + n, title_id, person, "cast", n)
            for title_id in range(1, titles + 1)
            for n, person in enumerate(rng.sample(range(1, people + 1), 4))
        ]
        await raw.copy_records_to_table(
            "credits", records=credits, columns=["id", "title_id", "person_id", "role", "billing_order"]
        )
        series = [row[0] for row in rows if row[1] == "series"]
        seasons = [(t * 3 + n, t, n) for t in series for n in (1, 2, 3)]
        await raw.copy_records_to_table("seasons", records=seasons, columns=["id", "title_id", "number"])
        episodes = [(s * 10 + n, s, t, n, f"Episode {n}") for s, t, _ in seasons for n in range(1, 11)]
        await raw.copy_records_to_table(
            "episodes", records=episodes, columns=["id", "season_id", "title_id", "number", "name"]
        )
        sources = [(i, row[0], "hls", f"/s/{row[0]}.m3u8", "auto", "free") for i, row in enumerate(rows, 1)]
        await raw.copy_records_to_table(
            "media_sources", records=sources, columns=["id", "title_id", "kind", "url", "quality", "access"]
        )
        await reset_sequences(
            connection,
            ("genres", "languages", "titles", "people", "credits", "seasons", "episodes", "media_sources"),
        )
    await vacuum_analyze(engine)


async def explain(
    engine: AsyncEngine, scenarios: dict[str, Callable[[CatalogReader], Awaitable[Any]]]
) -> None:
    captured: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        captured.append((statement, parameters))

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    for name, scenario in scenarios.items():
        captured.clear()
        async with engine.connect() as connection:
            session = AsyncSession(bind=connection)
            await scenario(CatalogReader.for_session(session, MediaUrls("/media")))
            statements = list(captured)
            raw = (await connection.get_raw_connection()).driver_connection
            assert raw is not None
            print(f"\n## {name}\n\n{len(statements)} statements.\n")
            for statement, parameters in statements:
                plan = await raw.fetch(f"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {statement}", *parameters)
                lines = [row[0] for row in plan]
                first_line = " ".join(statement.split())[:160]
                print(f"```sql\n{first_line}...\n```\n```\n" + "\n".join(lines) + "\n```\n")
    event.remove(engine.sync_engine, "before_cursor_execute", record)


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--titles", type=int, default=10_000)
    parser.add_argument("--database-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/vuga_explain")
    args = parser.parse_args()

    await recreate_database(args.database_url)
    await asyncio.to_thread(command.upgrade, alembic_config(args.database_url), "head")  # type: ignore[arg-type]
    engine = create_async_engine(args.database_url)
    await seed(engine, args.titles, random.Random(7))
    async with engine.connect() as connection:
        series_id = (
            await connection.execute(
                text(
                    "SELECT id FROM titles WHERE kind = 'series' AND is_published"
                    " ORDER BY popularity DESC LIMIT 1"
                )
            )
        ).scalar_one()
        popular_title = (
            await connection.execute(
                text("SELECT id FROM titles WHERE is_published ORDER BY popularity DESC LIMIT 1")
            )
        ).scalar_one()

    async def second_page(reader: CatalogReader, query: BrowseQuery) -> None:
        first = await reader.browse(query, None, 20)
        await reader.browse(query, first.next_cursor, 20)

    print(f"# Catalog query plans on PostgreSQL, {args.titles:,} titles\n")
    print(f"Produced by `.venv/bin/python bench/explain_catalog.py --titles {args.titles}`.")
    scenarios: dict[str, Callable[[CatalogReader], Awaitable[Any]]] = {
        "GET /titles (popular, pages 1 and 2)": lambda r: second_page(r, BrowseQuery()),
        "GET /titles?kind=series (popular)": lambda r: r.browse(BrowseQuery(kind="series"), None, 20),
        "GET /titles?genre=genre-3 (popular)": lambda r: r.browse(
            BrowseQuery(genre=GenreRef(slug="genre-3")), None, 20
        ),
        "GET /titles?sort=newest": lambda r: r.browse(BrowseQuery(sort=TitleSort.NEWEST), None, 20),
        "GET /titles?sort=release_year&year_from=1990&year_to=1999": lambda r: r.browse(
            BrowseQuery(sort=TitleSort.RELEASE_YEAR, year_from=1990, year_to=1999), None, 20
        ),
        "GET /titles?sort=rating": lambda r: r.browse(BrowseQuery(sort=TitleSort.RATING), None, 20),
        "GET /titles?sort=title (pages 1 and 2)": lambda r: second_page(r, BrowseQuery(sort=TitleSort.TITLE)),
        "GET /titles?kind=movie&genre=genre-5&max_maturity=13+": lambda r: r.browse(
            BrowseQuery(kind="movie", genre=GenreRef(slug="genre-5"), max_maturity=Maturity.AGE_13), None, 20
        ),
        f"GET /titles/{popular_title}": lambda r: r.title(popular_title),
        f"GET /titles/{series_id}/seasons/1/episodes": lambda r: r.episodes(series_id, 1, None, 20),
        "GET /people/1": lambda r: r.person(1),
    }
    await explain(engine, scenarios)
    await engine.dispose()


if __name__ == "__main__":
    asyncio.run(main())
