"""How editors change the catalog. Each method checks the rules a row cannot enforce alone (a season belongs
to a series, a source to exactly one movie or episode, referenced ids exist), then flushes; the request
commits. Unique clashes surface from the database as 409 so that two editors racing cannot both win.

Each write also names the cached responses it makes stale (``cache_tags``); they are invalidated once the
request's transaction has committed.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any, TypeVar

import msgspec
from sqlalchemy.exc import IntegrityError
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
    TitleKind,
    Trailer,
)
from vuga.catalog.repository import CatalogRepository
from vuga.catalog.schemas import (
    AdminTitle,
    CreditCreate,
    CreditUpdate,
    EpisodeCreate,
    EpisodeUpdate,
    GenreCreate,
    GenreUpdate,
    LanguageCreate,
    PersonCreate,
    PersonUpdate,
    SeasonCreate,
    SeasonUpdate,
    SourceCreate,
    SourceUpdate,
    SubtitleCreate,
    SubtitleUpdate,
    TitleCreate,
    TitleUpdate,
    Top10Update,
    TrailerCreate,
)
from vuga.catalog.service import cache_tags
from vuga.core.clock import utcnow
from vuga.core.db import Base, after_commit
from vuga.core.errors import Conflict, InvalidInput, NotFound
from vuga.core.maturity import Maturity

RowT = TypeVar("RowT", bound=Base)
Invalidate = Callable[[Sequence[str]], Awaitable[None]]

# Title fields that only its own page shows; a change to any other field can change lists too.
DETAIL_ONLY_FIELDS = frozenset({"synopsis", "original_title"})

_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)


def sort_title(title: str) -> str:
    """The key titles sort by: case-folded, without a leading English article."""
    return _LEADING_ARTICLE.sub("", title.strip()).casefold()


def _sent_fields(update: msgspec.Struct) -> dict[str, Any]:
    return {
        field: value
        for field in update.__struct_fields__
        if (value := getattr(update, field)) is not msgspec.UNSET
    }


class CatalogEditor:
    def __init__(self, repository: CatalogRepository) -> None:
        self.repository = repository
        self.stale: set[str] = set()  # cache tags of what this request's writes changed

    @classmethod
    def for_session(cls, session: AsyncSession, invalidate: Invalidate | None = None) -> CatalogEditor:
        """An editor on ``session``; with ``invalidate``, the responses its writes make stale are
        invalidated after the session commits."""
        editor = cls(CatalogRepository(session))
        if invalidate is not None:

            async def invalidate_stale() -> None:
                if editor.stale:
                    await invalidate(sorted(editor.stale))

            after_commit(session, invalidate_stale)
        return editor

    # --- shared steps -----------------------------------------------------------------------------------

    def _changed_title(self, title: Title, *, lists_too: bool = True) -> None:
        """A title's row changed: its page, and unless only page fields changed its summary wherever shown
        and the lists it may move in or out of, are stale if viewers can see it."""
        if title.is_published:
            self.stale.update((cache_tags.title(title.id), cache_tags.SEARCH))  # a synopsis is searched too
            if lists_too:
                self.stale.update((cache_tags.summary(title.id), cache_tags.LISTING))

    def _changed_title_parts(self, title_id: int) -> None:
        """A season, episode, credit or media row of a title changed: its page is stale."""
        self.stale.add(cache_tags.title(title_id))

    async def _require(self, model: type[RowT], row_id: int, name: str) -> RowT:
        row = await self.repository.get(model, row_id)
        if row is None:
            raise NotFound(f"{name} {row_id} does not exist")
        return row

    async def _require_all(self, model: type[Base], ids: Iterable[int], name: str) -> None:
        wanted = set(ids)
        missing = sorted(wanted - await self.repository.existing_ids(model, wanted))
        if missing:
            raise NotFound(f"{name} {', '.join(map(str, missing))} do(es) not exist")

    async def _save(self, row: Base | None = None, clash: str = "a conflicting row exists") -> None:
        if row is not None:
            self.repository.add(row)
        try:
            await self.repository.flush()
        except IntegrityError as exc:
            raise Conflict(clash) from exc

    async def _language_id(self, code: str | None) -> int | None:
        if code is None:
            return None
        language_id = await self.repository.language_id(code)
        if language_id is None:
            raise InvalidInput.field("language", f"unknown language code {code!r}; see GET /api/v1/languages")
        return language_id

    @staticmethod
    def _apply(row: Base, fields: dict[str, Any]) -> None:
        for field, value in fields.items():
            setattr(row, field, value)

    async def catalog_is_empty(self) -> bool:
        return await self.repository.is_empty()

    # --- titles -----------------------------------------------------------------------------------------

    async def admin_title(self, title_id: int) -> AdminTitle:
        title = await self._require(Title, title_id, "title")
        return AdminTitle(
            id=title.id,
            title=title.title,
            kind=TitleKind(title.kind),
            is_published=title.is_published,
            published_at=title.published_at,
            is_featured=title.is_featured,
            release_year=title.release_year,
            maturity_rating=Maturity.from_min_age(title.maturity_age),
            genre_ids=await self.repository.genre_ids_of(title.id),
            updated_at=title.updated_at,
        )

    async def create_title(self, data: TitleCreate) -> AdminTitle:
        await self._require_all(Genre, data.genre_ids, "genre")
        title = Title(
            kind=data.kind.value,
            title=data.title,
            sort_title=sort_title(data.title),
            original_title=data.original_title,
            synopsis=data.synopsis,
            release_year=data.release_year,
            duration_s=data.duration_s,
            maturity_age=data.maturity_rating.min_age,
            language_id=await self._language_id(data.language),
            is_featured=data.is_featured,
            poster_url=data.poster_url,
            poster_wide_url=data.poster_wide_url,
            backdrop_url=data.backdrop_url,
            logo_url=data.logo_url,
        )
        await self._save(title)
        await self.repository.replace_genres(title.id, data.genre_ids)
        await self._save()
        await self.repository.session.refresh(title)
        return await self.admin_title(title.id)

    async def update_title(self, title_id: int, data: TitleUpdate) -> AdminTitle:
        title = await self._require(Title, title_id, "title")
        fields = _sent_fields(data)
        if "genre_ids" in fields:
            genre_ids = fields.pop("genre_ids")
            await self._require_all(Genre, genre_ids, "genre")
            await self.repository.replace_genres(title_id, genre_ids)
        if "maturity_rating" in fields:
            fields["maturity_age"] = fields.pop("maturity_rating").min_age
        if "language" in fields:
            fields["language_id"] = await self._language_id(fields.pop("language"))
        if "title" in fields:
            fields["sort_title"] = sort_title(fields["title"])
        self._apply(title, fields)
        title.updated_at = utcnow()
        await self._save()
        self._changed_title(title, lists_too=bool(_sent_fields(data).keys() - DETAIL_ONLY_FIELDS))
        return await self.admin_title(title_id)

    async def delete_title(self, title_id: int) -> None:
        title = await self._require(Title, title_id, "title")
        self._changed_title(title)
        await self.repository.delete(title)
        await self._save()

    async def set_published(self, title_id: int, published: bool) -> AdminTitle:
        title = await self._require(Title, title_id, "title")
        self._changed_title(title)  # visible before
        title.is_published = published
        self._changed_title(title)  # or visible now
        if published and title.published_at is None:
            # The first publication date stays: re-publishing a fixed title does not make it "new".
            title.published_at = utcnow()
        title.updated_at = utcnow()
        await self._save()
        return await self.admin_title(title_id)

    async def set_top10(self, data: Top10Update) -> list[int]:
        if len(set(data.title_ids)) != len(data.title_ids):
            raise InvalidInput.field("title_ids", "a title can hold only one place in the top 10")
        published = await self.repository.publication_states(data.title_ids)
        missing = sorted(set(data.title_ids) - published.keys())
        if missing:
            raise NotFound(f"title {', '.join(map(str, missing))} do(es) not exist")
        unpublished = [title_id for title_id in data.title_ids if not published[title_id]]
        if unpublished:
            raise InvalidInput.field("title_ids", f"titles {unpublished} are not published")
        await self.repository.replace_top10(data.title_ids)
        await self._save()
        self.stale.add(cache_tags.LISTING)
        return await self.repository.top10_title_ids()

    async def replace_most_viewed(self, ranked: Sequence[tuple[int, int]], limit: int = 10) -> list[int]:
        """Store the most viewed list from ``(title id, views)`` pairs, best first: published titles only."""
        published = await self.repository.publication_states([title_id for title_id, _ in ranked])
        kept = [(title_id, views) for title_id, views in ranked if published.get(title_id)][:limit]
        if [title_id for title_id, _ in kept] != await self.repository.most_viewed_title_ids():
            self.stale.add(cache_tags.LISTING)  # the home's top 10 falls back to this list
        await self.repository.replace_most_viewed(kept, utcnow())
        await self._save()
        return [title_id for title_id, _ in kept]

    async def record_rating_change(
        self, title_id: int, total_delta: int, count_delta: int
    ) -> tuple[float, int]:
        """A viewer's rating was added, changed or removed: move the title's aggregates by the difference."""
        return await self.repository.add_to_rating(title_id, total_delta, count_delta)

    # --- seasons and episodes ---------------------------------------------------------------------------

    async def create_season(self, data: SeasonCreate) -> int:
        title = await self._require(Title, data.title_id, "title")
        if title.kind != TitleKind.SERIES:
            raise InvalidInput.field("title_id", f"title {title.id} is a movie; only series have seasons")
        season = Season(**msgspec.structs.asdict(data))
        await self._save(season, f"title {title.id} already has a season {data.number}")
        self._changed_title_parts(title.id)
        return season.id

    async def update_season(self, season_id: int, data: SeasonUpdate) -> None:
        season = await self._require(Season, season_id, "season")
        self._apply(season, _sent_fields(data))
        await self._save(clash=f"the title already has a season {season.number}")
        self._changed_title_parts(season.title_id)

    async def create_episode(self, data: EpisodeCreate) -> int:
        season = await self._require(Season, data.season_id, "season")
        episode = Episode(title_id=season.title_id, **msgspec.structs.asdict(data))
        await self._save(episode, f"season {season.id} already has an episode {data.number}")
        self._changed_title_parts(season.title_id)
        return episode.id

    async def update_episode(self, episode_id: int, data: EpisodeUpdate) -> None:
        episode = await self._require(Episode, episode_id, "episode")
        self._apply(episode, _sent_fields(data))
        await self._save(clash=f"the season already has an episode {episode.number}")
        self._changed_title_parts(episode.title_id)

    # --- genres, languages, people, credits, trailers --------------------------------------------------

    async def create_genre(self, data: GenreCreate) -> int:
        genre = Genre(**msgspec.structs.asdict(data))
        await self._save(genre, f"a genre with slug {data.slug!r} exists")
        self.stale.add(cache_tags.GENRES)
        return genre.id

    async def update_genre(self, genre_id: int, data: GenreUpdate) -> None:
        genre = await self._require(Genre, genre_id, "genre")
        self._apply(genre, _sent_fields(data))
        await self._save(clash=f"a genre with slug {genre.slug!r} exists")
        self.stale.update(
            (cache_tags.GENRES, cache_tags.genre(genre_id), cache_tags.LISTING, cache_tags.SEARCH)
        )

    async def create_language(self, data: LanguageCreate) -> int:
        if await self.repository.language_id(data.code) is not None:
            raise Conflict(f"language {data.code!r} exists")
        language = Language(code=data.code, name=data.name)
        await self._save(language, f"language {data.code!r} exists")
        self.stale.add(cache_tags.LANGUAGES)
        return language.id

    async def create_person(self, data: PersonCreate) -> int:
        person = Person(**msgspec.structs.asdict(data))
        await self._save(person)
        return person.id

    async def update_person(self, person_id: int, data: PersonUpdate) -> None:
        person = await self._require(Person, person_id, "person")
        self._apply(person, _sent_fields(data))
        await self._save()
        self.stale.update((cache_tags.person(person_id), cache_tags.SEARCH))

    async def create_credit(self, data: CreditCreate) -> int:
        await self._require(Title, data.title_id, "title")
        await self._require(Person, data.person_id, "person")
        credit = Credit(
            title_id=data.title_id,
            person_id=data.person_id,
            role=data.role.value,
            character=data.character,
            billing_order=data.billing_order,
        )
        await self._save(credit, f"person {data.person_id} is already credited as {data.role} on this title")
        self._changed_title_parts(data.title_id)
        self.stale.update((cache_tags.person(data.person_id), cache_tags.SEARCH))
        return credit.id

    async def update_credit(self, credit_id: int, data: CreditUpdate) -> None:
        credit = await self._require(Credit, credit_id, "credit")
        self._apply(credit, _sent_fields(data))
        await self._save(clash="the person already holds that role on this title")
        self._changed_title_parts(credit.title_id)
        self.stale.update((cache_tags.person(credit.person_id), cache_tags.SEARCH))

    async def create_trailer(self, data: TrailerCreate) -> int:
        await self._require(Title, data.title_id, "title")
        trailer = Trailer(**msgspec.structs.asdict(data))
        await self._save(trailer)
        self._changed_title_parts(data.title_id)
        return trailer.id

    # --- playable media ---------------------------------------------------------------------------------

    async def _media_owner(self, title_id: int | None, episode_id: int | None) -> tuple[int, int | None]:
        """The (title, episode) a source or subtitle belongs to: a movie, or one episode of a series."""
        if (title_id is None) == (episode_id is None):
            raise InvalidInput.field("title_id", "give exactly one of title_id (a movie) or episode_id")
        if episode_id is not None:
            episode = await self._require(Episode, episode_id, "episode")
            return episode.title_id, episode.id
        assert title_id is not None
        title = await self._require(Title, title_id, "title")
        if title.kind != TitleKind.MOVIE:
            raise InvalidInput.field(
                "title_id", f"title {title_id} is a series; attach media to its episodes"
            )
        return title.id, None

    async def create_source(self, data: SourceCreate) -> int:
        title_id, episode_id = await self._media_owner(data.title_id, data.episode_id)
        fields = msgspec.structs.asdict(data) | {"title_id": title_id, "episode_id": episode_id}
        source = MediaSource(**fields)
        await self._save(source)
        self._changed_title_parts(title_id)
        return source.id

    async def update_source(self, source_id: int, data: SourceUpdate) -> None:
        source = await self._require(MediaSource, source_id, "source")
        self._apply(source, _sent_fields(data))
        await self._save()
        self._changed_title_parts(source.title_id)

    async def create_subtitle(self, data: SubtitleCreate) -> int:
        title_id, episode_id = await self._media_owner(data.title_id, data.episode_id)
        fields = msgspec.structs.asdict(data) | {"title_id": title_id, "episode_id": episode_id}
        subtitle = Subtitle(**fields)
        await self._save(subtitle)
        self._changed_title_parts(title_id)
        return subtitle.id

    async def update_subtitle(self, subtitle_id: int, data: SubtitleUpdate) -> None:
        subtitle = await self._require(Subtitle, subtitle_id, "subtitle")
        self._apply(subtitle, _sent_fields(data))
        await self._save()
        self._changed_title_parts(subtitle.title_id)

    # --- deletes ----------------------------------------------------------------------------------------

    async def delete(self, entity: str, row_id: int) -> None:
        """Delete one row by entity name; its dependants (a season's episodes, ...) go with it."""
        row = await self._require(DELETABLE[entity], row_id, entity)
        self.stale.update(_stale_after_deleting(row))
        await self.repository.delete(row)
        await self._save()


def _stale_after_deleting(row: Base) -> list[str]:
    if isinstance(row, Genre):
        return [cache_tags.GENRES, cache_tags.genre(row.id), cache_tags.LISTING, cache_tags.SEARCH]
    if isinstance(row, Language):
        return [cache_tags.LANGUAGES, cache_tags.language(row.id), cache_tags.LISTING]
    if isinstance(row, Person):
        return [cache_tags.person(row.id), cache_tags.SEARCH]
    if isinstance(row, Credit):
        return [cache_tags.title(row.title_id), cache_tags.person(row.person_id), cache_tags.SEARCH]
    # seasons, episodes, sources, subtitles and trailers all belong to a title
    title_id: int = row.title_id  # type: ignore[attr-defined]
    return [cache_tags.title(title_id)]


DELETABLE: dict[str, type[Base]] = {
    "season": Season,
    "episode": Episode,
    "genre": Genre,
    "language": Language,
    "person": Person,
    "credit": Credit,
    "source": MediaSource,
    "subtitle": Subtitle,
    "trailer": Trailer,
}
