"""Search latency on PostgreSQL at 10K, 100K and 1M titles, next to the old server's ``LIKE '%term%'`` search.

    .venv/bin/python bench/search.py --sizes 10000,100000,1000000 > bench/results/search.md

What it does, for each size (about 12 minutes in all with the defaults, most of it loading 1M titles):

1. drops and recreates the database ``vuga_bench_search_<size>`` and migrates it with Alembic
   (``--reuse`` keeps a database already loaded with that size, from ``--keep-database``);
2. generates a deterministic synthetic catalog and loads it with COPY, the search triggers skipped
   (``session_replication_role = replica``): titles of 1-4 words and synopses of 12-30 words drawn from a
   50,000-word vocabulary with Zipf frequencies (real English words at the top ranks, generated words in the
   tail), one person per five titles with three credits per title (Zipf again: some people are in thousands
   of titles), 20 genres, 1-3 per title, Zipf-like popularity assigned in random order (so popularity is not
   the physical order of the rows);
3. runs ANALYZE, builds the search index with ``PostgresSearch.reindex`` (what ``vuga search reindex``
   runs), then VACUUM ANALYZE;
4. measures, one call at a time, ``SearchService.search`` (the endpoint minus HTTP: ranking, candidate SQL
   and the catalog's summaries) for common, mid-frequency and rare words, two-word queries, people's names
   and misspelt title words (the trigram path), and ``SearchService.suggest`` for 2-6 letter prefixes;
5. measures the old server's search on the same data: ``title ILIKE '%term%'`` ordered by views, pages of
   20 by OFFSET (page 1 and page 5);
6. prints ``EXPLAIN (ANALYZE, BUFFERS)`` of the candidate statement for one query of each kind;
7. with ``--http``: starts one server process (``taskset -c 0``, rate limits off, in-process cache) on the
   same database and runs wrk from core 1 (``bench/search.lua``) over the same queries and prefixes, at one
   connection and at ``--http-connections``.

Writes a Markdown report on stdout, raw figures as JSON to ``--json``, progress on stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heartbeats as hb

from vuga.cli import alembic_config
from vuga.core.media import MediaUrls
from vuga.search.backends.postgres import PostgresSearch
from vuga.search.service import SearchRequest, SearchService

log = hb.log

COMMON_WORDS = [
    "the",
    "of",
    "and",
    "a",
    "to",
    "in",
    "is",
    "you",
    "that",
    "it",
    "he",
    "was",
    "for",
    "on",
    "are",
    "as",
    "with",
    "his",
    "they",
    "at",
    "be",
    "this",
    "have",
    "from",
    "or",
    "one",
    "had",
    "by",
    "word",
    "but",
    "not",
    "what",
    "all",
    "were",
    "we",
    "when",
    "your",
    "can",
    "said",
    "there",
    "use",
    "an",
    "each",
    "which",
    "she",
    "do",
    "how",
    "their",
    "if",
    "will",
    "up",
    "other",
    "about",
    "out",
    "many",
    "then",
    "them",
    "these",
    "so",
    "some",
    "her",
    "would",
    "make",
    "like",
    "him",
    "into",
    "time",
    "has",
    "look",
    "two",
    "more",
    "write",
    "go",
    "see",
    "number",
    "no",
    "way",
    "could",
    "people",
    "my",
    "than",
    "first",
    "water",
    "been",
    "call",
    "who",
    "oil",
    "its",
    "now",
    "find",
    "long",
    "down",
    "day",
    "did",
    "get",
    "come",
    "made",
    "may",
    "part",
    "love",
    "night",
    "man",
    "woman",
    "city",
    "last",
    "dark",
    "life",
    "world",
    "home",
    "war",
    "girl",
    "boy",
    "house",
    "secret",
    "dead",
    "blood",
    "king",
    "story",
    "heart",
    "game",
    "road",
    "river",
    "star",
    "black",
    "white",
    "red",
    "summer",
    "winter",
    "sea",
    "fire",
    "shadow",
    "dream",
    "family",
    "lost",
    "return",
    "stranger",
    "island",
    "ghost",
    "mountain",
    "queen",
    "brother",
    "sister",
    "father",
    "mother",
    "son",
    "daughter",
    "journey",
    "murder",
    "town",
    "school",
    "friend",
    "death",
    "light",
    "moon",
    "sun",
    "storm",
    "golden",
    "silver",
    "wild",
    "hunter",
    "soldier",
]
FIRST_NAMES = [
    "James",
    "Mary",
    "John",
    "Patricia",
    "Robert",
    "Jennifer",
    "Michael",
    "Linda",
    "William",
    "Elizabeth",
    "David",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Charles",
    "Karen",
    "Daniel",
    "Lisa",
    "Matthew",
    "Nancy",
    "Anthony",
    "Betty",
    "Mark",
    "Sandra",
    "Paul",
    "Ashley",
    "Steven",
    "Kimberly",
    "Andrew",
    "Emily",
    "Kenneth",
    "Donna",
    "Joshua",
    "Michelle",
    "Kevin",
    "Carol",
    "Brian",
    "Amanda",
    "George",
    "Melissa",
    "Timothy",
    "Deborah",
    "Ronald",
    "Stephanie",
    "Jason",
    "Rebecca",
    "Edward",
    "Sharon",
    "Jeffrey",
    "Laura",
    "Ryan",
    "Cynthia",
    "Jacob",
    "Amy",
    "Gary",
    "Kathleen",
    "Nicholas",
    "Angela",
    "Eric",
    "Shirley",
    "Jonathan",
    "Anna",
    "Stephen",
    "Brenda",
    "Larry",
    "Pamela",
    "Justin",
    "Emma",
    "Scott",
    "Nicole",
    "Brandon",
    "Helen",
    "Benjamin",
    "Samantha",
    "Samuel",
    "Katherine",
    "Gregory",
    "Christine",
    "Alexander",
    "Debra",
    "Frank",
    "Rachel",
    "Patrick",
    "Carolyn",
    "Raymond",
    "Janet",
    "Jack",
    "Maria",
    "Dennis",
    "Olivia",
    "Jerry",
    "Heather",
    "Tyler",
    "Catherine",
    "Aaron",
    "Amélie",
    "José",
    "Zoë",
    "Søren",
    "Björn",
    "Chloé",
    "Renée",
    "François",
    "Müller",
    "Łukasz",
]
GENRES = [
    "Action",
    "Adventure",
    "Animation",
    "Biography",
    "Comedy",
    "Crime",
    "Documentary",
    "Drama",
    "Family",
    "Fantasy",
    "History",
    "Horror",
    "Musical",
    "Mystery",
    "Romance",
    "Sci-Fi",
    "Sport",
    "Thriller",
    "War",
    "Western",
]
LANGUAGES = ["en", "fr", "es", "de", "it", "ja", "ko", "pt", "hi", "zh"]
SYLLABLES = [
    "ka",
    "ri",
    "to",
    "na",
    "mo",
    "le",
    "sa",
    "vi",
    "do",
    "ra",
    "en",
    "al",
    "or",
    "in",
    "ter",
    "ba",
    "lu",
    "ne",
    "mi",
    "ko",
    "ta",
    "pe",
    "si",
    "ro",
    "da",
    "ve",
    "li",
    "no",
    "ma",
    "su",
    "be",
    "ga",
    "fi",
    "lo",
    "ze",
    "ho",
    "ju",
    "an",
    "el",
    "ar",
    "on",
    "us",
    "ir",
    "ol",
    "ek",
    "am",
    "ul",
]
VOCABULARY_SIZE = 50_000
ZIPF_S = 1.0


def vocabulary(rng: random.Random) -> list[str]:
    """Real words for the top ranks, then generated words, all distinct."""
    words = list(dict.fromkeys(COMMON_WORDS))
    seen = set(words)
    while len(words) < VOCABULARY_SIZE:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def zipf_weights(n: int, s: float = ZIPF_S) -> list[float]:
    return list(itertools.accumulate(1.0 / (rank**s) for rank in range(1, n + 1)))


class Catalog:
    """The deterministic synthetic catalog, generated in chunks."""

    def __init__(self, titles: int, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.titles = titles
        self.words = vocabulary(self.rng)
        self.cumulative = zipf_weights(len(self.words))
        # Title words skip the first 60 ranks (function words), except a leading "The".
        self.title_words = self.words[60:]
        self.title_cumulative = zipf_weights(len(self.title_words))
        self.people = max(50, titles // 5)
        self.people_cumulative = zipf_weights(self.people, 0.8)
        ranks = list(range(1, titles + 1))
        self.rng.shuffle(ranks)
        self.popularity_rank = ranks

    def person_name(self, person_id: int) -> str:
        rng = random.Random(person_id)
        last = self.title_words[rng.randrange(200, 20_000)].capitalize()
        return f"{rng.choice(FIRST_NAMES)} {last}"

    def people_rows(self) -> list[tuple[Any, ...]]:
        return [(i, self.person_name(i)) for i in range(1, self.people + 1)]

    def title_rows(self, start: int, stop: int, now: datetime) -> tuple[list[tuple[Any, ...]], ...]:
        rng = self.rng
        titles, genres, credits = [], [], []
        count = stop - start
        title_words = rng.choices(self.title_words, cum_weights=self.title_cumulative, k=count * 4)
        synopsis_words = rng.choices(self.words, cum_weights=self.cumulative, k=count * 30)
        cast = rng.choices(range(1, self.people + 1), cum_weights=self.people_cumulative, k=count * 3)
        for n, title_id in enumerate(range(start, stop)):
            length = rng.randint(1, 4)
            name = " ".join(title_words[n * 4 : n * 4 + length]).title()
            if rng.random() < 0.3:
                name = "The " + name
            synopsis = " ".join(synopsis_words[n * 30 : n * 30 + rng.randint(12, 30)]).capitalize() + "."
            kind = "series" if rng.random() < 0.2 else "movie"
            popularity = 100_000.0 / self.popularity_rank[title_id - 1]
            titles.append(
                (
                    title_id, kind, name, name.lower().removeprefix("the "), synopsis, 1950 + rng.randrange(76),
                    None if kind == "series" else 4800 + rng.randrange(3600), rng.choice((0, 0, 7, 13, 16, 18)),
                    1 + rng.randrange(len(LANGUAGES)), True, now - timedelta(days=rng.randrange(2000)),
                    popularity, int(popularity * 10),
                )
            )  # fmt: skip
            for genre_id in rng.sample(range(1, len(GENRES) + 1), rng.randint(1, 3)):
                genres.append((title_id, genre_id))
            for order, person_id in enumerate(dict.fromkeys(cast[n * 3 : n * 3 + 3])):
                credits.append((title_id * 3 + order, title_id, person_id, "cast", order))
        return titles, genres, credits

    def queries(self, rng: random.Random) -> dict[str, list[str]]:
        """The measured queries by kind, words picked by their rank in the vocabulary."""
        words = self.words
        title_words = self.title_words
        typo = []
        for word in rng.sample(title_words[100:3000], 40):
            i = rng.randrange(1, len(word) - 1)
            typo.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # two letters swapped
        return {
            "common word": rng.sample(words[:120], 40),
            "mid word": rng.sample(words[300:3000], 40),
            "rare word": rng.sample(words[10_000:], 40),
            "two words": [f"{a} {b}" for a, b in zip(rng.sample(words[60:600], 40), rng.sample(words[:200], 40), strict=True)],
            "person": [self.person_name(rng.randint(1, self.people)) for _ in range(40)],
            "misspelt title word": typo,
        }  # fmt: skip

    def prefixes(self, rng: random.Random) -> dict[str, list[str]]:
        sources = rng.sample(self.title_words[:5000], 60) + [
            self.person_name(rng.randint(1, self.people)).split()[0] for _ in range(20)
        ]
        return {
            f"{n} letters": [word[:n].lower() for word in sources if len(word) >= n][:60]
            for n in (2, 3, 4, 6)
        }


async def load(url: str, titles: int, chunk: int) -> dict[str, float]:
    timings: dict[str, float] = {}
    catalog = Catalog(titles)
    now = datetime.now(UTC)
    engine = create_async_engine(url)
    async with engine.connect() as connection:
        raw = (await connection.get_raw_connection()).driver_connection
        assert raw is not None
        await raw.execute("SET session_replication_role = replica")  # no triggers: the index is built after
        started = time.monotonic()
        await raw.copy_records_to_table(
            "genres", records=[(i, g.lower(), g, i) for i, g in enumerate(GENRES, 1)],
            columns=["id", "slug", "name", "position"],
        )  # fmt: skip
        await raw.copy_records_to_table(
            "languages", records=[(i, c, c.upper()) for i, c in enumerate(LANGUAGES, 1)],
            columns=["id", "code", "name"],
        )  # fmt: skip
        await raw.copy_records_to_table("people", records=catalog.people_rows(), columns=["id", "name"])
        for start in range(1, titles + 1, chunk):
            stop = min(start + chunk, titles + 1)
            rows, genres, credits = catalog.title_rows(start, stop, now)
            await raw.copy_records_to_table(
                "titles", records=rows,
                columns=["id", "kind", "title", "sort_title", "synopsis", "release_year", "duration_s",
                         "maturity_age", "language_id", "is_published", "published_at", "popularity",
                         "view_count"],
            )  # fmt: skip
            await raw.copy_records_to_table("title_genres", records=genres, columns=["title_id", "genre_id"])
            await raw.copy_records_to_table(
                "credits", records=credits, columns=["id", "title_id", "person_id", "role", "billing_order"]
            )
            log(
                f"{titles:,}: titles {stop - 1:,}/{titles:,} ({(stop - 1) / (time.monotonic() - started):,.0f}/s)"
            )
        await raw.execute("SET session_replication_role = origin")
        await connection.commit()
        for table in ("titles", "people", "credits", "genres", "languages"):
            await connection.execute(
                text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
            )
        await connection.commit()
    timings["COPY catalog"] = time.monotonic() - started

    started = time.monotonic()
    async with engine.connect() as connection:  # statistics first: the index build joins credits and genres
        await connection.execute(text("COMMIT"))
        await connection.execute(text("ANALYZE"))
    timings["ANALYZE"] = time.monotonic() - started
    started = time.monotonic()
    async with AsyncSession(engine) as session:
        last = [0.0]

        def progress(done: int, total: int) -> None:
            if time.monotonic() - last[0] > 10 or done == total:
                last[0] = time.monotonic()
                log(f"{titles:,}: indexed {done:,}/{total:,}")

        await PostgresSearch(session).reindex(10_000, progress)
    timings["search reindex"] = time.monotonic() - started
    started = time.monotonic()
    async with engine.connect() as connection:
        await connection.execute(text("COMMIT"))
        await connection.execute(text("VACUUM ANALYZE"))
    timings["VACUUM ANALYZE"] = time.monotonic() - started
    await engine.dispose()
    return timings


def percentiles(values_ms: list[float]) -> dict[str, float]:
    ordered = sorted(values_ms)
    pick = lambda p: ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]  # noqa: E731
    return {"n": len(ordered), "p50": pick(50), "p95": pick(95), "p99": pick(99), "max": ordered[-1],
            "mean": statistics.fmean(ordered)}  # fmt: skip


async def timed(
    factory: async_sessionmaker[AsyncSession], call: Any, repeat: int
) -> tuple[list[float], list[int]]:
    times, sizes = [], []
    for _ in range(repeat):
        async with factory() as session:
            started = time.perf_counter()
            page = await call(SearchService.for_session(session, MediaUrls("https://cdn.example/")))
            times.append((time.perf_counter() - started) * 1000)
            sizes.append(len(page.items))
    return times, sizes


async def measure(url: str, catalog: Catalog, repeat: int) -> dict[str, Any]:
    rng = random.Random(11)
    engine = create_async_engine(url, pool_size=2)
    factory = async_sessionmaker(engine, expire_on_commit=False)
    out: dict[str, Any] = {"search": {}, "suggest": {}, "like": {}}
    # Warm the caches and the connection pool once, unmeasured.
    for query in catalog.queries(random.Random(99))["mid word"][:10]:
        await timed(factory, lambda s, q=query: s.search(SearchRequest(q=q), None, 20), 1)

    everything: list[float] = []
    for kind, queries in catalog.queries(rng).items():
        times, sizes = [], []
        for query in queries:
            t, n = await timed(factory, lambda s, q=query: s.search(SearchRequest(q=q), None, 20), repeat)
            times += t
            sizes += n
        everything += times
        out["search"][kind] = percentiles(times) | {"results": statistics.fmean(sizes), "example": queries[0]}
        log(
            f"search {kind}: p50 {out['search'][kind]['p50']:.1f} ms, p95 {out['search'][kind]['p95']:.1f} ms"
        )
    out["search"]["all kinds"] = percentiles(everything)
    everything = []
    for kind, prefixes in catalog.prefixes(rng).items():
        times, sizes = [], []
        for prefix in prefixes:
            t, n = await timed(factory, lambda s, q=prefix: s.suggest(q, None), repeat)
            times += t
            sizes += n
        everything += times
        out["suggest"][kind] = percentiles(times) | {
            "results": statistics.fmean(sizes),
            "example": prefixes[0],
        }
        log(
            f"suggest {kind}: p50 {out['suggest'][kind]['p50']:.1f} ms, p95 {out['suggest'][kind]['p95']:.1f} ms"
        )
    out["suggest"]["all kinds"] = percentiles(everything)

    # The old server: title LIKE '%term%' (case-insensitive in MySQL), most viewed first, OFFSET pages.
    like = text(
        "SELECT id, title FROM titles WHERE is_published AND title ILIKE :pattern "
        "ORDER BY view_count DESC LIMIT 20 OFFSET :offset"
    )
    terms = [q for qs in catalog.queries(random.Random(5)).values() for q in qs[:3]]
    for page in (1, 5):
        times = []
        for term in terms:
            async with factory() as session:
                started = time.perf_counter()
                await session.execute(like, {"pattern": f"%{term}%", "offset": (page - 1) * 20})
                times.append((time.perf_counter() - started) * 1000)
        out["like"][f"page {page}"] = percentiles(times)
        log(f"LIKE page {page}: p50 {out['like'][f'page {page}']['p50']:.1f} ms")
    out["plans"] = await explain(
        engine, factory, {kind: qs[0] for kind, qs in catalog.queries(random.Random(3)).items()}
    )
    await engine.dispose()
    return out


async def explain(
    engine: AsyncEngine, factory: async_sessionmaker[AsyncSession], queries: dict[str, str]
) -> dict[str, str]:
    """EXPLAIN (ANALYZE, BUFFERS) of the candidate statement each query sends."""
    plans = {}
    captured: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        captured.append((statement, parameters))

    for kind, query in queries.items():
        captured.clear()
        event.listen(engine.sync_engine, "before_cursor_execute", record)
        async with factory() as session:
            await SearchService.for_session(session, MediaUrls("https://cdn.example/")).search(
                SearchRequest(q=query), None, 20
            )
        event.remove(engine.sync_engine, "before_cursor_execute", record)
        statement, parameters = captured[0]
        async with engine.connect() as connection:
            raw = (await connection.get_raw_connection()).driver_connection
            assert raw is not None
            rows = await raw.fetch(f"EXPLAIN (ANALYZE, BUFFERS) {statement}", *parameters)
        plans[f"{kind}: {query!r}"] = "\n".join(row[0] for row in rows)
    return plans


LUA = Path(__file__).resolve().parent / "search.lua"


def run_http(url: str, catalog: Catalog, args: argparse.Namespace) -> dict[str, Any]:
    """wrk against one server process on the loaded database: search and suggest, 1 connection (sequential
    latency) and ``--http-connections``."""
    rng = random.Random(13)
    search_paths = [
        "/api/v1/search?q=" + urllib.parse.quote_plus(q) for qs in catalog.queries(rng).values() for q in qs
    ]
    suggest_paths = [
        "/api/v1/search/suggest?q=" + urllib.parse.quote_plus(q)
        for qs in catalog.prefixes(rng).values()
        for q in qs
    ]
    out: dict[str, Any] = {}
    port = 8790
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as scratch:
        workdir = Path(scratch)
        env = os.environ | {
            "VUGA_DATABASE_URL": url,
            "VUGA_RATE_LIMIT_ENABLED": "false",
            "VUGA_VAR_DIR": str(workdir / "var"),
            "VUGA_MEDIA_DIR": str(workdir / "media"),
        }
        env.pop("VUGA_REDIS_URL", None)
        server = hb.start_server(args.server_core, port, env, workdir)
        try:
            hb.wait_ready(base, server)
            for name, paths in (("search", search_paths), ("suggest", suggest_paths)):
                data = workdir / f"{name}.lua"
                data.write_text("return { paths = {" + ",".join(json.dumps(p) for p in paths) + "} }\n")
                for connections in (1, args.http_connections):
                    cmd = [
                        "taskset", "-c", args.wrk_core, "wrk", "-t1", f"-c{connections}",
                        f"-d{args.http_duration}s", "--timeout", "10s", "--latency", "-s", str(LUA), base,
                    ]  # fmt: skip
                    log("running: " + " ".join(cmd))
                    output = subprocess.run(
                        cmd, env=os.environ | {"SEARCH_DATA": str(data)}, capture_output=True, text=True,
                        check=True,
                    ).stdout  # fmt: skip
                    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
                    out[f"{name} c{connections}"] = json.loads(line.removeprefix("RESULT "))
                    log(f"{name} c{connections}: {out[f'{name} c{connections}']['latency_us']}")
        finally:
            hb.stop(server)
    return out


def report(results: dict[int, dict[str, Any]], args: argparse.Namespace) -> str:
    cpu, pg = hb.machine()
    lines = [
        "# Search benchmark",
        "",
        f"`{' '.join(sys.argv)}` — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {cpu}, PostgreSQL {pg}, "
        f"one call at a time, {args.repeat} calls per query. Times in ms, measured around "
        "`SearchService.search` / `.suggest` (statements, ranking, summaries; no HTTP).",
        "",
    ]
    for size, result in results.items():
        lines += [f"## {size:,} titles", ""]
        lines += ["Load: " + ", ".join(f"{k} {v:.0f} s" for k, v in result["load"].items()), ""]
        lines += ["| search | example | p50 | p95 | p99 | max | results |", "|---|---|---|---|---|---|---|"]
        for kind, p in result["search"].items():
            lines.append(
                f"| {kind} | {p.get('example', '')} | {p['p50']:.2f} | {p['p95']:.2f} | {p['p99']:.2f} | {p['max']:.1f} | {p.get('results', 0):.1f} |"
            )
        lines += [
            "",
            "| suggest | example | p50 | p95 | p99 | max | results |",
            "|---|---|---|---|---|---|---|",
        ]
        for kind, p in result["suggest"].items():
            lines.append(
                f"| {kind} | {p.get('example', '')} | {p['p50']:.2f} | {p['p95']:.2f} | {p['p99']:.2f} | {p['max']:.1f} | {p.get('results', 0):.1f} |"
            )
        lines += ["", "| old `title ILIKE '%term%'` + OFFSET | p50 | p95 | max |", "|---|---|---|---|"]
        for page, p in result["like"].items():
            lines.append(f"| {page} | {p['p50']:.2f} | {p['p95']:.2f} | {p['max']:.1f} |")
        lines += [""]
        if result.get("http"):
            lines += [
                f"HTTP, one server process on core {args.server_core}, wrk on core {args.wrk_core} "
                f"({args.http_duration} s per run, queries and prefixes above in turn; in-process cache, rate "
                "limits off):",
                "",
                "| endpoint, connections | requests/s | p50 | p95 | p99 | max | non-200 |",
                "|---|---|---|---|---|---|---|",
            ]
            for name, r in result["http"].items():
                lat = r["latency_us"]
                bad = sum(n for status, n in r["statuses"].items() if status != "200")
                rps = r["requests"] / (r["duration_us"] / 1e6)
                lines.append(
                    f"| {name} | {rps:.0f} | {lat['p50'] / 1000:.2f} | {lat['p95'] / 1000:.2f} | "
                    f"{lat['p99'] / 1000:.2f} | {lat['max'] / 1000:.1f} | {bad} |"
                )
            lines += [""]
        for name, plan in result["plans"].items():
            lines += [
                f"<details><summary>EXPLAIN ANALYZE — {name}</summary>",
                "",
                "```",
                plan,
                "```",
                "",
                "</details>",
                "",
            ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--server-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432")
    parser.add_argument("--database-prefix", default="vuga_bench_search")
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=3, help="calls per query")
    parser.add_argument("--chunk", type=int, default=50_000, help="titles per COPY")
    parser.add_argument("--reuse", action="store_true", help="use an already loaded database of that size")
    parser.add_argument("--keep-database", action="store_true")
    parser.add_argument("--json", type=Path, default=Path("bench/results/search.json"))
    parser.add_argument("--http", action="store_true", help="also measure over HTTP with wrk")
    parser.add_argument("--http-duration", type=int, default=15)
    parser.add_argument("--http-connections", type=int, default=8)
    parser.add_argument("--server-core", default="0")
    parser.add_argument("--wrk-core", default="1")
    args = parser.parse_args()
    results: dict[int, dict[str, Any]] = {}
    for size in (int(s) for s in args.sizes.split(",")):
        url = f"{args.server_url}/{args.database_prefix}_{size}"
        if args.reuse and asyncio.run(_has_titles(url, size)):
            load_timings: dict[str, float] = {"reused": 0.0}
        else:
            asyncio.run(hb.recreate_database(url))
            command.upgrade(alembic_config(url), "head")  # type: ignore[arg-type]
            load_timings = asyncio.run(load(url, size, args.chunk))
        result = asyncio.run(measure(url, Catalog(size), args.repeat))
        result["load"] = load_timings
        if args.http:
            if shutil.which("wrk") is None:
                sys.exit("wrk is not installed (apt-get install wrk)")
            result["http"] = run_http(url, Catalog(size), args)
        results[size] = result
        if not args.keep_database:
            asyncio.run(hb.drop_database(url))
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({str(k): v for k, v in results.items()}, indent=1))
    print(report(results, args))


async def _has_titles(url: str, size: int) -> bool:
    try:
        return bool(await hb.scalar(url, "SELECT count(*) = :n FROM search_titles", n=size))
    except Exception:
        return False


if __name__ == "__main__":
    main()
