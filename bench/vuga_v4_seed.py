"""A generated VUGA v4 database (MySQL/MariaDB), for the importer's tests and its benchmark.

The schema is VUGA's own DDL (``mysql-schema-2025-08-23.sql`` of the reference files); the rows are invented by
one seeded ``random.Random`` and carry the legacy quirks an import meets in a real one: Android's percentage
positions with ``total_duration = 0`` next to iOS's seconds, csv ``genre_ids`` with junk, repeated
content-level watch-history rows, ``avatar_type = 'color'`` (kept as ``''`` by the enum column), hidden titles
in kids profiles' lists, orphaned cast rows, invalid and duplicate emails, a user past the profile limit.
Every quirk planted is counted in ``Planted``, so a test can check the import's report row for row.

Usage (the benchmark does this): ``await build(url, schema, Scale(...))``.
"""

from __future__ import annotations

import logging
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncmy

from vuga.compat_v2.importer.source import SourceAddress

# The DDL's DROP ... IF EXISTS and the non-strict inserts (the quirks themselves) are server notes that asyncmy
# logs one by one as warnings.
logging.getLogger("asyncmy").setLevel(logging.ERROR)

BASE = datetime(2025, 3, 1, tzinfo=UTC).replace(
    tzinfo=None
)  # MySQL TIMESTAMPs go in naive (the session is UTC)
GENRES = ["Action", "Drama", "Comedy", "Sci-Fi", "Sci Fi", "Horror", "Kids", "Documentary"]
AGE_LIMITS = [(1, "0-6", 0, 6, "G"), (2, "7-12", 7, 12, "PG"), (3, "13-16", 13, 16, "PG-13"), (4, "17-18", 17, 18, "R"),
              (5, "18+", 18, None, "NC-17")]  # fmt: skip


@dataclass(frozen=True)
class Scale:
    titles: int = 40
    users: int = 30
    history: int = 200
    series_share: float = 0.25
    seasons: int = 2
    episodes: int = 3


@dataclass
class Planted:
    """What the generator put in, quirk by quirk: the report must account for each."""

    rows: dict[str, int] = field(default_factory=dict)
    invalid_emails: int = 0
    missing_emails: int = 0
    duplicate_emails: int = 0
    inactive_profiles: int = 0
    profiles_over_limit: int = 0
    orphan_profiles: int = 0  # of users that are not imported
    colour_avatars: int = 0
    bad_type_titles: int = 0
    orphan_cast: int = 0
    duplicate_cast: int = 0
    leaked_watchlist: int = 0
    leaked_history: int = 0
    duplicate_history: int = 0
    percent_history: int = 0  # Android rows that are imported
    series_history_without_episode: int = 0
    zero_ratings: int = 0
    ratings: list[tuple[int, int, float]] = field(default_factory=list)  # (profile, content, rating)
    csv_junk_genres: int = 0


def statements(ddl: str) -> list[str]:
    """The DDL file's statements, honouring ``delimiter`` lines as the mysql client does."""
    delimiter, current, found = ";", [], []
    for line in ddl.splitlines():
        if match := re.match(r"^\s*delimiter\s+(\S+)\s*$", line, re.IGNORECASE):
            delimiter = match.group(1)
            continue
        current.append(line)
        if line.rstrip().endswith(delimiter):
            text = "\n".join(current).rstrip()[: -len(delimiter)].strip()
            current = []
            if text and not all(part.strip().startswith("--") for part in text.splitlines() if part.strip()):
                found.append(text)
    return found


async def connect(address: SourceAddress, database: str | None) -> Any:
    return await asyncmy.connect(
        host=address.host,
        port=address.port,
        user=address.user,
        password=address.password,
        database=database,
        charset="utf8mb4",
        autocommit=True,
    )


async def create_database(address: SourceAddress, schema: Path) -> None:
    """Drop and create ``address.database`` from VUGA's DDL. Its views and function are left out when they do
    not load (one view names a table the dump lacks); the importer reads tables only."""
    connection = await connect(address, None)
    async with connection.cursor() as cursor:
        await cursor.execute(f"DROP DATABASE IF EXISTS `{address.database}`")
        await cursor.execute(f"CREATE DATABASE `{address.database}` CHARACTER SET utf8mb4")
        await cursor.execute(f"USE `{address.database}`")
        for statement in statements(schema.read_text(encoding="utf-8")):  # noqa: ASYNC240 - once, small
            try:
                await cursor.execute(statement)
            except Exception:
                if not re.search(
                    r"\bCREATE\b.*\b(VIEW|FUNCTION)\b", statement[:200], re.IGNORECASE | re.DOTALL
                ):
                    raise
    connection.close()


class Writer:
    def __init__(self, cursor: Any, planted: Planted) -> None:
        self.cursor = cursor
        self.planted = planted

    async def rows(self, table: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        sql = f"INSERT INTO `{table}` ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
        for start in range(0, len(rows), 5000):
            await self.cursor.executemany(sql, rows[start : start + 5000])
        self.planted.rows[table] = self.planted.rows.get(table, 0) + len(rows)


def _when(rng: random.Random) -> datetime:
    return BASE + timedelta(minutes=rng.randrange(0, 60 * 24 * 200))


async def build(address: SourceAddress, schema: Path, scale: Scale, seed: int = 7) -> Planted:
    await create_database(address, schema)
    connection = await connect(address, address.database)
    planted = Planted()
    async with connection.cursor() as cursor:
        # As a real VUGA database came to be: no strict mode (iOS's 'color' avatars were kept as ''), and rows
        # whose parents are gone (foreign keys were added late and checked by nobody).
        await cursor.execute("SET SESSION sql_mode = '', FOREIGN_KEY_CHECKS = 0, time_zone = '+00:00'")
        await _fill(Writer(cursor, planted), random.Random(seed), scale, planted)
    connection.close()
    return planted


async def _fill(w: Writer, rng: random.Random, scale: Scale, planted: Planted) -> None:  # noqa: PLR0912
    now = BASE
    await w.rows(
        "app_language", ["app_language_id", "title", "code"], [(1, "English", "en"), (2, "French", "fr")]
    )
    await w.rows("category", ["category_id", "title"], [(i, g) for i, g in enumerate(GENRES, 1)])
    await w.rows("age_limit", ["age_limit_id", "name", "min_age", "max_age", "code"], AGE_LIMITS)
    actors = max(scale.titles // 2, 5)
    await w.rows(
        "actor",
        ["actor_id", "fullname", "dob", "bio", "profile_image"],
        [(i, f"Actor {i}", "1980-01-0" + str(i % 9 + 1) if i % 3 else "unknown", "", f"/storage/actors/{i}.jpg")
         for i in range(1, actors + 1)],
    )  # fmt: skip

    # Titles: every tenth hidden, a share of series; duration in seconds for movies only.
    titles, series, movies, hidden = [], [], [], set()
    age_rows, category_rows = [], []
    for i in range(1, scale.titles + 1):
        kind = 2 if rng.random() < scale.series_share else 1
        is_show = 0 if i % 10 == 0 else 1
        if not is_show:
            hidden.add(i)
        genres = rng.sample(range(1, len(GENRES) + 1), 2)
        csv = f"{genres[0]}, {genres[1]}"
        if i % 7 == 0:  # junk in the csv: an empty item and a category that does not exist
            csv += ",,99"
            planted.csv_junk_genres += 1
        titles.append(
            (i, f"Title {i}", f"About title {i}", kind, rng.randrange(3600, 9000) if kind == 1 else None, 2000 + i % 25,
             rng.random() * 10, 1 + i % 2, f"/storage/posters/{i}.jpg", f"https://cdn.vuga.test/wide/{i}.jpg", csv,
             int(i % 5 == 0), is_show, rng.randrange(0, 5000), rng.randrange(0, 50), rng.randrange(0, 50), now)
        )  # fmt: skip
        (series if kind == 2 else movies).append(i)
        category_rows.append((i, genres[0]))
        if i % 4 == 0:
            age_rows.append((len(age_rows) + 1, i, rng.choice([1, 2, 3, 4, 5])))
    bad_type = scale.titles + 1  # a title of type 0: neither movie nor series
    titles.append((bad_type, "Broken", "", 0, None, 2020, 0, 1, None, None, "1", 0, 1, 0, 0, 0, now))
    planted.bad_type_titles = 1
    await w.rows(
        "content",
        ["content_id", "title", "description", "type", "duration", "release_year", "ratings", "language_id",
         "vertical_poster", "horizontal_poster", "genre_ids", "is_featured", "is_show", "total_view",
         "total_download", "total_share", "created_at"],
        titles,
    )  # fmt: skip
    await w.rows("content_category", ["content_id", "category_id"], category_rows)
    await w.rows("content_age_limit", ["content_age_limit_id", "content_id", "age_limit_id"], age_rows)

    # Cast: two actors per title, one orphan (an actor deleted) and one duplicate row.
    pairs = [(t, a) for t in range(1, scale.titles + 1) for a in rng.sample(range(1, actors + 1), 2)]
    cast = [(n, t, a, f"Role {t}-{a}") for n, (t, a) in enumerate(pairs, 1)]
    cast.append((len(cast) + 1, 1, actors + 50, "Ghost"))
    cast.append((len(cast) + 1, cast[0][1], cast[0][2], "Again"))
    planted.orphan_cast, planted.duplicate_cast = 1, 1
    await w.rows("content_cast", ["content_cast_id", "content_id", "actor_id", "character_name"], cast)

    # Seasons and episodes; one episode number used twice in a season.
    seasons, episodes, first_episode = [], [], {}
    for t in series:
        for s in range(1, scale.seasons + 1):
            seasons.append((len(seasons) + 1, t, f"Season {s}"))
            for e in range(1, scale.episodes + 1):
                episodes.append(
                    (len(episodes) + 1, len(seasons), e, f"Episode {e}", "", rng.randrange(1200, 3000))
                )
                first_episode.setdefault(t, len(episodes))
    if episodes:
        episodes.append((len(episodes) + 1, 1, 1, "Episode 1 again", "", 1500))
    await w.rows("season", ["season_id", "content_id", "title"], seasons)
    await w.rows(
        "episode", ["episode_id", "season_id", "number", "title", "description", "duration"], episodes
    )
    episode_title = {}
    for episode_id, season_id, *_ in episodes:
        episode_title[episode_id] = seasons[season_id - 1][1]
    episode_duration = {e[0]: e[5] for e in episodes}

    # Sources of every type, one of an unknown type; subtitles in .srt and .vtt, one .ass; trailers.
    sources = [(t, t, "Main", "1080p", "1.2 GB", 1, 1 + t % 3, 1 + t % 8, f"https://cdn.vuga.test/v/{t}.m3u8")
               for t in movies]  # fmt: skip
    sources.append(
        (len(sources) + 10_000, movies[0], "Odd", "HD", None, 0, 1, 0, "https://cdn.vuga.test/odd")
    )
    await w.rows(
        "content_source",
        ["content_source_id", "content_id", "title", "quality", "size", "is_download", "access_type", "type", "source"],
        sources,
    )  # fmt: skip
    await w.rows(
        "episode_source",
        ["episode_source_id", "episode_id", "title", "quality", "access_type", "type", "source"],
        [(e[0], e[0], "Main", "720p", 1, 2, f"/storage/episodes/{e[0]}.m3u8") for e in episodes],
    )
    await w.rows(
        "subtitle",
        ["subtitle_id", "content_id", "language_id", "file"],
        [(t, t, 1 + t % 2, f"/storage/subs/{t}.{['srt', 'vtt', 'ass'][t % 3]}") for t in movies],
    )
    await w.rows(
        "content_trailer",
        [
            "content_trailer_id",
            "content_id",
            "title",
            "youtube_id",
            "trailer_url",
            "is_primary",
            "sort_order",
        ],
        [(t, t, "Trailer", f"yt{t:08d}", f"https://www.youtube.com/watch?v=yt{t:08d}", 1, 0) for t in movies]
        + [(100_000, movies[0], "Odd", None, "ftp://old.test/trailer", 0, 1)],
    )
    top = [(i, i, t) for i, t in enumerate([*movies[:11], movies[0]], 1)]
    await w.rows("top_content", ["top_content_id", "content_index", "content_id"], top)

    # Users: valid ones, one invalid email, one without, one repeating another's (in capitals).
    users = [(u, f"User {u}", f"user{u}@example.com", 1 + u % 4, f"google-sub-{u}", u % 2, now)
             for u in range(1, scale.users + 1)]  # fmt: skip
    bad, empty, dup = scale.users + 1, scale.users + 2, scale.users + 3
    users += [(bad, "Bad", "not-an-email", 4, "x", 0, now), (empty, "Empty", None, 3, "apple-sub", 1, now),
              (dup, "Dup", "USER1@example.com", 2, "fb-1", 0, now)]  # fmt: skip
    planted.invalid_emails, planted.missing_emails, planted.duplicate_emails = 1, 1, 1
    await w.rows(
        "app_user",
        ["app_user_id", "fullname", "email", "login_type", "identity", "device_type", "created_at"],
        users,
    )

    # Profiles: one or two per user, every fifth user with a kids profile; colour avatars; an inactive one;
    # user 1 with six active profiles (one past our limit of five); a profile of the invalid user.
    profiles: list[tuple[Any, ...]] = []
    kids = []

    def profile(
        user: int, *, is_kids: int = 0, active: int = 1, colour: bool = False, age: int | None = None
    ) -> int:
        number = len(profiles) + 1
        avatar_type = "color" if colour else "default"
        profiles.append(
            (number, user, f"P{number}", avatar_type, "#2ecc70" if colour else None, is_kids, active, age)
        )
        return number

    adults = []
    for u in range(1, scale.users + 1):
        adults.append(profile(u, colour=u % 3 == 0))
        if u % 5 == 0:
            kids.append(profile(u, is_kids=1, age=8))
    planted.colour_avatars = sum(1 for u in range(1, scale.users + 1) if u % 3 == 0)
    for _ in range(5):  # user 1's profiles 2-6: one past our limit of five (its library stays empty)
        profile(1)
    planted.profiles_over_limit = 1
    profile(2, active=0)
    planted.inactive_profiles = 1
    profile(bad)
    planted.orphan_profiles = 1
    await w.rows(
        "app_user_profile",
        ["profile_id", "app_user_id", "name", "avatar_type", "avatar_color", "is_kids", "is_active", "age"],
        profiles,
    )

    visible_movies = [t for t in movies if t not in hidden]
    kid = kids[0] if kids else adults[0]
    # Watchlists and favourites: two titles per adult profile; a hidden title in a kids profile (the leak).
    watch = [(p, t, now) for p in adults for t in rng.sample(visible_movies, 2)]
    watch.append((kid, next(iter(sorted(hidden))), now))
    planted.leaked_watchlist = 1
    await w.rows("app_user_watchlist", ["profile_id", "content_id", "created_at"], watch)
    await w.rows("app_profile_favorite", ["profile_id", "content_id", "added_at"],
                 [(p, t, now) for p in adults[::2] for t in rng.sample(visible_movies, 1)])  # fmt: skip
    await w.rows("profile_watchlist", ["watchlist_id", "profile_id", "content_id", "added_at"],
                 [(1, watch[0][0], watch[0][1], now), (2, adults[-1], visible_movies[-1], now)])  # fmt: skip
    ratings = []
    for p in adults:
        for t in rng.sample(visible_movies, 2):
            ratings.append((p, t, rng.choice([0.0, 4.5, 7.4, 10.0, 3.0])))
    planted.zero_ratings = sum(1 for r in ratings if r[2] == 0)
    planted.ratings = ratings
    await w.rows("app_profile_rating", ["profile_id", "content_id", "rating"], ratings)

    # Watch history: Android (a percentage, total_duration = 0) and iOS (seconds) rows, content-level, with
    # repeated rows of one item; some on series at title level (as the apps sync them); a leaked kids row.
    history, seen = [], set()
    attempts = 0
    while len(history) < scale.history and attempts < scale.history * 20:
        attempts += 1
        p = adults[rng.randrange(len(adults))]
        t = rng.randrange(1, scale.titles + 1)
        if (p, t) in seen or t in hidden:
            continue
        seen.add((p, t))
        when = _when(rng)
        if t in series:
            episode = first_episode[t] if rng.random() < 0.7 else None
            if episode is None:
                planted.series_history_without_episode += 1
            duration = episode_duration[episode] if episode else 0
        else:
            episode, duration = None, titles[t - 1][4]
        if rng.random() < 0.5:  # Android
            history.append((len(history) + 1, p, t, episode, rng.randrange(1, 100), 0, 0, 1, when))
            planted.percent_history += episode is not None or t in movies
        else:  # iOS
            history.append((len(history) + 1, p, t, episode, rng.randrange(0, duration or 1), duration,
                            int(rng.random() < 0.2), 1, when))  # fmt: skip
    movie_rows = [row for row in history if row[3] is None and row[2] in movies]
    for row in movie_rows[:2]:  # the same (profile, content) again, older: a duplicate of a NULL-episode row
        history.append((len(history) + 1, row[1], row[2], None, 5, 0, 0, 1, row[8] - timedelta(days=3)))
    planted.duplicate_history = min(2, len(movie_rows))
    history.append((len(history) + 1, kid, sorted(hidden)[0], None, 50, 0, 0, 1, now))
    planted.leaked_history = 1
    await w.rows(
        "app_profile_watch_history",
        ["watch_history_id", "profile_id", "content_id", "episode_id", "last_watched_position", "total_duration",
         "completed", "device_type", "updated_at"],
        history,
    )  # fmt: skip

    # Tables of features we do not have yet: a few rows each, to be listed with their counts.
    await w.rows("tv_channel", ["tv_channel_id", "title", "source"], [(1, "News", "https://tv.test/1.m3u8")])
    await w.rows("custom_ad", ["custom_ad_id", "title"], [(1, "Ad")])
    await w.rows("subscription_pricing", ["pricing_id", "price", "display_name"], [(1, 4.99, "Monthly")])
    await w.rows(
        "promo_code", ["promo_code_id", "code", "discount_value", "created_by"], [(1, "DEVTEST100", 100, 1)]
    )
    await w.rows("content_distributor", ["content_distributor_id", "name", "code"], [(1, "Studio", "studio")])
