"""Rows for tests, written straight to the database (fast, and independent of the admin API under test)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import (
    Credit,
    Episode,
    Genre,
    Language,
    MediaSource,
    Person,
    Season,
    Subtitle,
    Title,
    TitleGenre,
    Trailer,
)
from vuga.catalog.service.editing import sort_title

BASE_TIME = datetime(2026, 1, 1, tzinfo=UTC)


class CatalogFactory:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self._sequence = itertools.count(1)

    async def _save(self, row: Any) -> Any:
        self.session.add(row)
        await self.session.commit()
        return row

    async def genre(self, slug: str | None = None, name: str | None = None, position: int = 0) -> Genre:
        n = next(self._sequence)
        slug = slug or f"genre-{n}"
        return await self._save(Genre(slug=slug, name=name or slug.title(), position=position))

    async def language(self, code: str = "en", name: str = "English") -> Language:
        return await self._save(Language(code=code, name=name))

    async def title(
        self,
        title: str | None = None,
        *,
        kind: str = "movie",
        genres: list[Genre] | tuple[Genre, ...] = (),
        published: bool = True,
        release_year: int = 2020,
        popularity: float = 0.0,
        rating_avg: float = 0.0,
        maturity_age: int = 0,
        language: Language | None = None,
        published_at: datetime | None = None,
        **fields: Any,
    ) -> Title:
        n = next(self._sequence)
        name = title or f"Title {n:05d}"
        row = Title(
            kind=kind,
            title=name,
            sort_title=sort_title(name),
            release_year=release_year,
            popularity=popularity,
            rating_avg=rating_avg,
            maturity_age=maturity_age,
            language_id=language.id if language else None,
            is_published=published,
            published_at=(published_at or BASE_TIME + timedelta(minutes=n)) if published else None,
            **({"duration_s": 5400 if kind == "movie" else None} | fields),
        )
        await self._save(row)
        if genres:
            self.session.add_all(TitleGenre(title_id=row.id, genre_id=genre.id) for genre in genres)
            await self.session.commit()
        return row

    async def season(self, title: Title, number: int = 1) -> Season:
        return await self._save(Season(title_id=title.id, number=number, name=f"Season {number}"))

    async def episode(self, season: Season, number: int = 1, **fields: Any) -> Episode:
        fields.setdefault("duration_s", 1800)
        return await self._save(
            Episode(
                season_id=season.id,
                title_id=season.title_id,
                number=number,
                name=f"Episode {number}",
                **fields,
            )
        )

    async def person(self, name: str | None = None) -> Person:
        return await self._save(Person(name=name or f"Person {next(self._sequence)}"))

    async def credit(
        self, title: Title, person: Person, role: str = "cast", billing_order: int = 0
    ) -> Credit:
        return await self._save(
            Credit(
                title_id=title.id,
                person_id=person.id,
                role=role,
                character="Someone",
                billing_order=billing_order,
            )
        )

    async def source(self, title: Title, episode: Episode | None = None) -> MediaSource:
        return await self._save(
            MediaSource(
                title_id=title.id,
                episode_id=episode.id if episode else None,
                kind="hls",
                url="/streams/master.m3u8",
                quality="auto",
                access="free",
            )
        )

    async def subtitle(
        self, title: Title, episode: Episode | None = None, language_code: str = "en"
    ) -> Subtitle:
        return await self._save(
            Subtitle(
                title_id=title.id,
                episode_id=episode.id if episode else None,
                language_code=language_code,
                format="vtt",
                url="https://subs.test/en.vtt",
            )
        )

    async def trailer(self, title: Title) -> Trailer:
        return await self._save(
            Trailer(title_id=title.id, kind="youtube", url="https://youtube.test/watch?v=x")
        )

    async def full_movie(self, genres: list[Genre], **fields: Any) -> Title:
        """A movie with everything the detail page shows: credits, sources, subtitles, a trailer."""
        title = await self.title(genres=genres, **fields)
        await self.credit(title, await self.person(), role="director")
        await self.credit(title, await self.person(), role="cast", billing_order=1)
        await self.source(title)
        await self.subtitle(title)
        await self.trailer(title)
        return title
