"""The catalog: languages, genres, people, titles (with their genres and age rating), seasons, episodes and
cast. What the titles play and the top 10 are ``title_media``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import (
    NAME_LENGTH,
    TEXT_LENGTH,
    Credit,
    CreditRole,
    Episode,
    Genre,
    Language,
    Person,
    Season,
    Title,
    TitleGenre,
    TitleKind,
)
from vuga.catalog.service.editing import sort_title
from vuga.compat_v2.importer.context import ImportContext
from vuga.compat_v2.importer.repository import ImportRepository
from vuga.compat_v2.importer.source import Row
from vuga.compat_v2.importer.steps.kinds import BatchOutcome, LinkStep, MappedStep, Skip, Step
from vuga.compat_v2.importer.values import (
    aware,
    birth_date,
    csv_ids,
    season_number,
    slug,
    title_maturity,
)

MIN_YEAR, MAX_YEAR = 1870, 2100


def orphan(what: str) -> Skip:
    """A row whose parent is not here. The reason names no id, so that the report counts such rows under one
    reason per kind of parent."""
    return Skip(f"orphan: its {what} was not imported (missing at VUGA, or skipped)")


async def _adopt(
    context: ImportContext,
    session: AsyncSession,
    source: str,
    natural: dict[int, str],
    table: Any,
    column: str,
) -> None:
    """Map legacy rows onto rows of ours with the same natural key (a language code, a genre slug) made before
    the import, so that they are updated rather than inserted a second time."""
    repository = ImportRepository(session)
    mapped = await repository.all_mappings(source)
    ours = {value: target for target, value in await repository.rows_of(table, ["id", column])}
    adopt = [
        (legacy, ours[value], "")  # an empty fingerprint: the first batch writes the legacy values over it
        for legacy, value in natural.items()
        if legacy not in mapped and value in ours and ours[value] not in mapped.values()
    ]
    await repository.put_mappings(source, adopt)


class LanguagesStep(MappedStep):
    source, keys, what = "app_language", ("app_language_id",), "languages"
    table = Language.__table__

    async def prepare(self, context: ImportContext, session: AsyncSession) -> None:
        rows = await context.legacy.rows("SELECT app_language_id, code FROM app_language")
        natural = {int(row["app_language_id"]): str(row["code"]).strip() for row in rows}
        await _adopt(context, session, self.source, natural, self.table, "code")

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        code = str(row["code"] or "").strip()
        if not code or len(code) > 35:
            return Skip("no language code, or one longer than 35 characters")
        return {"code": code, "name": str(row["title"] or code).strip()[:100]}


class GenresStep(MappedStep):
    source, keys, what = "category", ("category_id",), "genres"
    table = Genre.__table__

    async def prepare(self, context: ImportContext, session: AsyncSession) -> None:
        rows = await context.legacy.rows("SELECT category_id, title FROM category ORDER BY category_id")
        slugs: dict[int, str] = {}
        taken: set[str] = set()
        for row in rows:  # two titles may slug alike ("Sci-Fi", "Sci Fi"): the later one gets its id appended
            legacy = int(row["category_id"])
            made = slug(str(row["title"] or ""), f"genre-{legacy}")
            if made in taken:
                made = f"{made[:50]}-{legacy}"
            taken.add(made)
            slugs[legacy] = made
        context.prepared["genre_slugs"] = slugs
        await _adopt(context, session, self.source, slugs, self.table, "slug")

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        name = str(row["title"] or "").strip()
        if not name:
            return Skip("no title")
        return {"slug": context.prepared["genre_slugs"][int(row["category_id"])], "name": name[:100]}


class PeopleStep(MappedStep):
    source, keys, what = "actor", ("actor_id",), "people"
    table = Person.__table__

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        name = str(row["fullname"] or "").strip()
        if not name:
            return Skip("no name")
        return {
            "name": name[:NAME_LENGTH],
            "biography": str(row["bio"] or "")[:TEXT_LENGTH],
            "birth_date": birth_date(row["dob"]),
            "photo_url": context.media.rewrite(row["profile_image"]),
            "created_at": aware(row["created_at"]),
        }


class TitlesStep(MappedStep):
    source, keys, what = "content", ("content_id",), "titles (+ genres from the csv genre_ids)"
    table = Title.__table__
    batch_size = 1000

    async def prepare(self, context: ImportContext, session: AsyncSession) -> None:
        # The age limits a title has: the strictest one decides (VUGA's can_profile_access_content does so).
        rows = await context.legacy.rows(
            "SELECT cal.content_id, MAX(al.min_age) AS min_age FROM content_age_limit cal "
            "JOIN age_limit al ON al.age_limit_id = cal.age_limit_id GROUP BY cal.content_id"
        )
        context.prepared["min_age"] = {int(row["content_id"]): int(row["min_age"] or 0) for row in rows}
        context.prepared["unknown_csv_genres"] = 0

    async def lookups(self, context: ImportContext, session: AsyncSession) -> None:
        self.languages = await context.ids(session, "app_language")
        self.genres = await context.ids(session, "category")

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        kind = {1: TitleKind.MOVIE, 2: TitleKind.SERIES}.get(int(row["type"] or 0))
        if kind is None:
            return Skip(f"type {row['type']} is neither a movie (1) nor a series (2)")
        name = str(row["title"] or "").strip()
        if not name:
            return Skip("no title")
        created = aware(row["created_at"])
        year = int(row["release_year"] or 0)
        if not MIN_YEAR <= year <= MAX_YEAR:  # 0 or a typo: the year it was added is the best guess
            year = created.year if created else MAX_YEAR
        published = bool(row["is_show"])
        duration = int(row["duration"] or 0)
        return {
            "kind": kind.value,
            "title": name[:NAME_LENGTH],
            "sort_title": sort_title(name[:NAME_LENGTH]),
            "synopsis": str(row["description"] or "")[:TEXT_LENGTH],
            "release_year": year,
            "duration_s": duration if kind is TitleKind.MOVIE and duration > 0 else None,
            "maturity_age": title_maturity(context.prepared["min_age"].get(int(row["content_id"]))),
            "language_id": self.languages.get(int(row["language_id"] or 0)),
            "is_published": published,
            "published_at": created if published else None,
            "is_featured": bool(row["is_featured"]),
            "view_count": max(int(row["total_view"] or 0), 0),
            "share_count": max(int(row["total_share"] or 0), 0),
            "download_count": max(int(row["total_download"] or 0), 0),
            # The trending score starts from the views VUGA counted, so "popular" means something on day one.
            "popularity": float(max(int(row["total_view"] or 0), 0)),
            "poster_url": context.media.rewrite(row["vertical_poster"]),
            "poster_wide_url": context.media.rewrite(row["horizontal_poster"]),
            "created_at": created,
        }

    async def after_write(
        self, context: ImportContext, session: AsyncSession, written: Sequence[tuple[Row, int]]
    ) -> None:
        links = []
        for row, title_id in written:
            for legacy_genre in csv_ids(row["genre_ids"]):
                genre_id = self.genres.get(legacy_genre)
                if genre_id is None:
                    context.prepared["unknown_csv_genres"] += 1
                else:
                    links.append({"title_id": title_id, "genre_id": genre_id})
        await ImportRepository(session).upsert_if_different(
            TitleGenre.__table__, ("title_id", "genre_id"), links
        )


class TitleGenresStep(LinkStep):
    source, keys, what = "content_category", ("content_id", "category_id"), "title genres"
    table, target_key = TitleGenre.__table__, ("title_id", "genre_id")

    async def lookups(self, context: ImportContext, session: AsyncSession) -> None:
        self.titles = await context.ids(session, "content")
        self.genres = await context.ids(session, "category")

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        title_id = self.titles.get(int(row["content_id"]))
        genre_id = self.genres.get(int(row["category_id"]))
        if title_id is None:
            return orphan("content")
        if genre_id is None:
            return orphan("category")
        return {"title_id": title_id, "genre_id": genre_id}


class FoldedStep(Step):
    """A table with no table of its own here: its rows are folded into another's (age limits into titles'
    maturity). Counted as written when what they say reached our rows, skipped with the reason otherwise."""

    async def write(self, context: ImportContext, session: AsyncSession, rows: Sequence[Row]) -> BatchOutcome:
        outcome = BatchOutcome()
        titles = await context.ids(session, "content")
        for row in rows:
            reason = self.check(row, titles)
            if reason is None:
                outcome.written += 1
            else:
                outcome.skip(reason)
        return outcome

    def check(self, row: Row, titles: dict[int, int]) -> str | None:
        return None


class AgeLimitsStep(FoldedStep):
    source, keys, what = "age_limit", ("age_limit_id",), "the maturity scale (titles.maturity_age)"


class TitleAgeLimitsStep(FoldedStep):
    source, keys, what = (
        "content_age_limit",
        ("content_age_limit_id",),
        "titles.maturity_age (strictest wins)",
    )

    def check(self, row: Row, titles: dict[int, int]) -> str | None:
        return None if int(row["content_id"]) in titles else orphan("content").reason


class SeasonsStep(MappedStep):
    source, keys, what = "season", ("season_id",), "seasons"
    table = Season.__table__

    async def prepare(self, context: ImportContext, session: AsyncSession) -> None:
        """Numbers from the titles ("Season 2"); a season without one, or with one taken in its series, gets
        the next free number after the series' highest."""
        rows = await context.legacy.rows("SELECT season_id, content_id, title FROM season ORDER BY season_id")
        by_content: dict[int, list[Row]] = defaultdict(list)
        for row in rows:
            by_content[int(row["content_id"])].append(row)
        numbers: dict[int, int] = {}
        for seasons in by_content.values():
            taken: set[int] = set()
            later = []
            for row in seasons:
                number = season_number(str(row["title"] or ""))
                if number is None or number in taken or number > 1000:
                    later.append(row)
                else:
                    taken.add(number)
                    numbers[int(row["season_id"])] = number
            for row in later:
                number = max(taken, default=0) + 1
                taken.add(number)
                numbers[int(row["season_id"])] = number
        context.prepared["season_numbers"] = numbers

    async def lookups(self, context: ImportContext, session: AsyncSession) -> None:
        self.titles = await context.ids(session, "content")

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        title_id = self.titles.get(int(row["content_id"]))
        if title_id is None:
            return orphan("content")
        number = context.prepared["season_numbers"][int(row["season_id"])]
        if number > 1000:
            return Skip("more than 1000 seasons in one series")
        return {
            "title_id": title_id,
            "number": number,
            "name": str(row["title"] or "").strip()[:NAME_LENGTH],
            "created_at": aware(row["created_at"]),
        }


class EpisodesStep(MappedStep):
    source, keys, what = "episode", ("episode_id",), "episodes"
    table = Episode.__table__

    async def prepare(self, context: ImportContext, session: AsyncSession) -> None:
        """Episode numbers are unique per season here: a number used twice in one season goes to the later
        episode as the season's next free number."""
        rows = await context.legacy.rows(
            "SELECT episode_id, season_id, number FROM episode ORDER BY episode_id"
        )
        taken: dict[int, set[int]] = defaultdict(set)
        numbers: dict[int, int] = {}
        later = []
        for row in rows:
            number, season = int(row["number"] or 0), int(row["season_id"])
            if 0 <= number <= 10_000 and number not in taken[season]:
                taken[season].add(number)
                numbers[int(row["episode_id"])] = number
            else:
                later.append(row)
        for row in later:
            season = int(row["season_id"])
            number = max(taken[season], default=0) + 1
            taken[season].add(number)
            numbers[int(row["episode_id"])] = number
        context.prepared["episode_numbers"] = numbers

    async def lookups(self, context: ImportContext, session: AsyncSession) -> None:
        facts = await ImportRepository(session).mapped_facts("season", Season.__table__, ["title_id"])
        self.seasons = {legacy: (ours, title_id) for legacy, (ours, title_id) in facts.items()}

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        season = self.seasons.get(int(row["season_id"]))
        if season is None:
            return orphan("season")
        number = context.prepared["episode_numbers"][int(row["episode_id"])]
        if number > 10_000:
            return Skip("more than 10000 episodes in one season")
        duration = int(row["duration"] or 0)
        return {
            "season_id": season[0],
            "title_id": season[1],
            "number": number,
            "name": (str(row["title"] or "").strip() or f"Episode {number}")[:NAME_LENGTH],
            "synopsis": str(row["description"] or "")[:TEXT_LENGTH],
            "duration_s": duration if duration > 0 else None,
            "still_url": context.media.rewrite(row["thumbnail"]),
            "view_count": max(int(row["total_view"] or 0), 0),
            "download_count": max(int(row["total_download"] or 0), 0),
            "created_at": aware(row["created_at"]),
        }


class CastStep(MappedStep):
    source, keys, what = "content_cast", ("content_cast_id",), "credits (cast)"
    table = Credit.__table__

    async def prepare(self, context: ImportContext, session: AsyncSession) -> None:
        """An actor appears once per title here: the first cast row wins, the others are duplicates. The
        billing order is the rows' order within the title."""
        rows = await context.legacy.rows(
            "SELECT content_cast_id, content_id, actor_id FROM content_cast ORDER BY content_cast_id"
        )
        first: dict[tuple[int, int], int] = {}
        order: dict[int, int] = {}
        count: dict[int, int] = defaultdict(int)
        for row in rows:
            pair = (int(row["content_id"]), int(row["actor_id"]))
            if pair not in first:
                first[pair] = int(row["content_cast_id"])
                order[int(row["content_cast_id"])] = min(count[pair[0]], 32_000)
                count[pair[0]] += 1
        context.prepared["cast_first"], context.prepared["cast_order"] = first, order

    async def lookups(self, context: ImportContext, session: AsyncSession) -> None:
        self.titles = await context.ids(session, "content")
        self.people = await context.ids(session, "actor")

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        cast_id, content_id, actor_id = (
            int(row["content_cast_id"]),
            int(row["content_id"]),
            int(row["actor_id"]),
        )
        if content_id not in self.titles:
            return orphan("content")
        if actor_id not in self.people:
            return orphan("actor")
        if context.prepared["cast_first"][(content_id, actor_id)] != cast_id:
            return Skip("duplicate: the same actor is cast in the same title by an earlier row")
        return {
            "title_id": self.titles[content_id],
            "person_id": self.people[actor_id],
            "role": CreditRole.CAST.value,
            "character": str(row["character_name"] or "").strip()[:NAME_LENGTH] or None,
            "billing_order": context.prepared["cast_order"][cast_id],
        }
