"""Editing titles: create, change, delete, publish and unpublish them; the editorial top 10, the most viewed
list, and a title's rating aggregates when viewers rate it."""

from __future__ import annotations

from collections.abc import Sequence

from vuga.catalog.models import Genre, Title, TitleKind
from vuga.catalog.schemas import AdminTitle, TitleCreate, TitleUpdate, Top10Update
from vuga.catalog.service import cache_tags
from vuga.catalog.service.editing.artwork import without_replaced_images
from vuga.catalog.service.editing.steps import EditorSteps, sent_fields, sort_title
from vuga.core.clock import utcnow
from vuga.core.errors import InvalidInput, NotFound
from vuga.core.maturity import Maturity

# Title fields that only its own page shows; a change to any other field can change lists too.
DETAIL_ONLY_FIELDS = frozenset({"synopsis", "original_title"})


class TitleEditor(EditorSteps):
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
            original_title=title.original_title,
            synopsis=title.synopsis,
            duration_s=title.duration_s,
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
        fields = sent_fields(data)
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
        if title.artwork_images:
            fields["artwork_images"] = without_replaced_images(title.artwork_images, fields)
        self._apply(title, fields)
        title.updated_at = utcnow()
        await self._save()
        self._changed_title(title, lists_too=bool(sent_fields(data).keys() - DETAIL_ONLY_FIELDS))
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
