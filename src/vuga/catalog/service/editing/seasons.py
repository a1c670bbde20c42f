"""Editing a series' seasons and their episodes: only series have seasons, and numbers are unique within
their series or season."""

from __future__ import annotations

import msgspec

from vuga.catalog.models import Episode, Season, Title, TitleKind
from vuga.catalog.schemas import EpisodeCreate, EpisodeUpdate, SeasonCreate, SeasonUpdate
from vuga.catalog.service.editing.steps import EditorSteps, sent_fields
from vuga.core.errors import InvalidInput


class SeasonEditor(EditorSteps):
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
        self._apply(season, sent_fields(data))
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
        self._apply(episode, sent_fields(data))
        await self._save(clash=f"the season already has an episode {episode.number}")
        self._changed_title_parts(episode.title_id)
