"""Editing the genres and languages titles are filed under; a change shows in every list that filters by
them."""

from __future__ import annotations

import msgspec

from vuga.catalog.models import Genre, Language
from vuga.catalog.schemas import GenreCreate, GenreUpdate, LanguageCreate
from vuga.catalog.service import cache_tags
from vuga.catalog.service.editing.steps import EditorSteps, sent_fields
from vuga.core.errors import Conflict


class GenreEditor(EditorSteps):
    async def create_genre(self, data: GenreCreate) -> int:
        genre = Genre(**msgspec.structs.asdict(data))
        await self._save(genre, f"a genre with slug {data.slug!r} exists")
        self.stale.add(cache_tags.GENRES)
        return genre.id

    async def update_genre(self, genre_id: int, data: GenreUpdate) -> None:
        genre = await self._require(Genre, genre_id, "genre")
        self._apply(genre, sent_fields(data))
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
