"""The synthetic catalog for bench/search.py: deterministic, loaded with COPY, millions of titles in minutes.

Titles of 1-4 words and synopses of 12-30 words are drawn from a 50,000-word vocabulary with Zipf frequencies
(real English words at the top ranks, generated words in the tail); one person per five titles, three credits
per title (Zipf again: some people are in thousands of titles); 20 genres, 1-3 per title; Zipf-like
popularity assigned in random order, so that popularity is not the physical order of the rows.
"""

from __future__ import annotations

import itertools
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heartbeats as hb

from vuga.search.backends.postgres import PostgresSearch

log = hb.log

COMMON_WORDS = (
    "the of and a to in is you that it he was for on are as with his they at be this have from or one had "
    "by word but not what all were we when your can said there use an each which she do how their if will "
    "up other about out many then them these so some her would make like him into time has look two more "
    "write go see number no way could people my than first water been call who oil its now find long down "
    "day did get come made may part love night man woman city last dark life world home war girl boy "
    "house secret dead blood king story heart game road river star black white red summer winter sea fire "
    "shadow dream family lost return stranger island ghost mountain queen brother sister father mother "
    "son daughter journey murder town school friend death light moon sun storm golden silver wild hunter "
    "soldier"
).split()
FIRST_NAMES = (
    "James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan "
    "Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Paul "
    "Ashley Steven Kimberly Andrew Emily Kenneth Donna Joshua Michelle Kevin Carol Brian Amanda George "
    "Melissa Timothy Deborah Ronald Stephanie Jason Rebecca Edward Sharon Jeffrey Laura Ryan Cynthia "
    "Jacob Amy Gary Kathleen Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela "
    "Justin Emma Scott Nicole Brandon Helen Benjamin Samantha Samuel Katherine Gregory Christine "
    "Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet Jack Maria Dennis Olivia Jerry Heather "
    "Tyler Catherine Aaron Amélie José Zoë Søren Björn Chloé Renée François Müller Łukasz"
).split()
GENRES = (
    "Action Adventure Animation Biography Comedy Crime Documentary Drama Family Fantasy History Horror "
    "Musical Mystery Romance Sci-Fi Sport Thriller War Western"
).split()
LANGUAGES = ["en", "fr", "es", "de", "it", "ja", "ko", "pt", "hi", "zh"]
SYLLABLES = (
    "ka ri to na mo le sa vi do ra en al or in ter ba lu ne mi ko ta pe si ro da ve li no ma su be ga fi "
    "lo ze ho ju an el ar on us ir ol ek am ul"
).split()
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
        await hb.reset_sequences(connection, ("titles", "people", "credits", "genres", "languages"))
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
    timings["VACUUM ANALYZE"] = await hb.vacuum_analyze(engine)
    await engine.dispose()
    return timings
