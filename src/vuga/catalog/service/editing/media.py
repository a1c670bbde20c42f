"""Editing what a title plays: sources and subtitles, each of a movie or of one episode of a series, and
trailers."""

from __future__ import annotations

import msgspec

from vuga.catalog.models import Episode, MediaSource, Subtitle, Title, TitleKind, Trailer
from vuga.catalog.schemas import SourceCreate, SourceUpdate, SubtitleCreate, SubtitleUpdate, TrailerCreate
from vuga.catalog.service.editing.steps import EditorSteps, sent_fields
from vuga.core.errors import InvalidInput


class MediaEditor(EditorSteps):
    async def create_trailer(self, data: TrailerCreate) -> int:
        await self._require(Title, data.title_id, "title")
        trailer = Trailer(**msgspec.structs.asdict(data))
        await self._save(trailer)
        self._changed_title_parts(data.title_id)
        return trailer.id

    async def media_owner(self, title_id: int | None, episode_id: int | None) -> tuple[int, int | None]:
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

    def media_changed(self, title_id: int) -> None:
        """A ladder of the title (or of one of its episodes) was published or retired: its page is stale."""
        self._changed_title_parts(title_id)

    async def create_source(self, data: SourceCreate) -> int:
        title_id, episode_id = await self.media_owner(data.title_id, data.episode_id)
        fields = msgspec.structs.asdict(data) | {"title_id": title_id, "episode_id": episode_id}
        source = MediaSource(**fields)
        await self._save(source)
        self._changed_title_parts(title_id)
        return source.id

    async def update_source(self, source_id: int, data: SourceUpdate) -> None:
        source = await self._require(MediaSource, source_id, "source")
        self._apply(source, sent_fields(data))
        await self._save()
        self._changed_title_parts(source.title_id)

    async def create_subtitle(self, data: SubtitleCreate) -> int:
        title_id, episode_id = await self.media_owner(data.title_id, data.episode_id)
        fields = msgspec.structs.asdict(data) | {"title_id": title_id, "episode_id": episode_id}
        subtitle = Subtitle(**fields)
        await self._save(subtitle)
        self._changed_title_parts(title_id)
        return subtitle.id

    async def update_subtitle(self, subtitle_id: int, data: SubtitleUpdate) -> None:
        subtitle = await self._require(Subtitle, subtitle_id, "subtitle")
        self._apply(subtitle, sent_fields(data))
        await self._save()
        self._changed_title_parts(subtitle.title_id)
