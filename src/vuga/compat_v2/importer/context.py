"""What every step of one import shares: the options, the source, and what earlier steps made of the legacy
rows — id maps and the facts later rows are checked against (a title's visibility and rating, a profile's
ceiling), read from our database so that a resumed run sees exactly what a whole one would."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.models import Profile
from vuga.catalog.models import Episode, Title
from vuga.compat_v2.importer.repository import ImportRepository
from vuga.compat_v2.importer.source import LegacyDatabase
from vuga.compat_v2.importer.values import MediaPrefixes
from vuga.core.maturity import Maturity
from vuga.playback.ids import HistoryIds
from vuga.settings import PlaybackSettings


@dataclass(frozen=True, slots=True)
class TitleFacts:
    id: int
    kind: str
    is_published: bool
    maturity_age: int
    duration_s: int | None


@dataclass(frozen=True, slots=True)
class EpisodeFacts:
    id: int
    title_id: int
    legacy_content_id: int | None
    duration_s: int | None


@dataclass(frozen=True, slots=True)
class ProfileFacts:
    id: int
    is_kids: bool
    ceiling: int


@dataclass
class ImportContext:
    legacy: LegacyDatabase
    media: MediaPrefixes
    max_profiles: int
    kids_ceiling: Maturity
    playback: PlaybackSettings
    history_ids: HistoryIds
    # Filled by the steps' ``prepare``: whatever a step computes over a whole legacy table before its batches.
    prepared: dict[str, Any] = field(default_factory=dict)
    _ids: dict[str, dict[int, int]] = field(default_factory=dict)
    _titles: dict[int, TitleFacts] | None = None
    _episodes: dict[int, EpisodeFacts] | None = None
    _profiles: dict[int, ProfileFacts] | None = None

    def forget(self, source: str) -> None:
        """``source`` was written to: what was read of it is stale."""
        self._ids.pop(source, None)
        if source == "content":
            self._titles = None
        if source == "episode":
            self._episodes = None
        if source == "app_user_profile":
            self._profiles = None

    async def ids(self, session: AsyncSession, source: str) -> dict[int, int]:
        if source not in self._ids:
            self._ids[source] = await ImportRepository(session).all_mappings(source)
        return self._ids[source]

    async def titles(self, session: AsyncSession) -> dict[int, TitleFacts]:
        if self._titles is None:
            facts = await ImportRepository(session).mapped_facts(
                "content", Title.__table__, ["kind", "is_published", "maturity_age", "duration_s"]
            )
            self._titles = {legacy: TitleFacts(*values) for legacy, values in facts.items()}
        return self._titles

    async def episodes(self, session: AsyncSession) -> dict[int, EpisodeFacts]:
        if self._episodes is None:
            facts = await ImportRepository(session).mapped_facts(
                "episode", Episode.__table__, ["title_id", "duration_s"]
            )
            content_of = {ours: legacy for legacy, ours in (await self.ids(session, "content")).items()}
            self._episodes = {
                legacy: EpisodeFacts(ours, title_id, content_of.get(title_id), duration)
                for legacy, (ours, title_id, duration) in facts.items()
            }
        return self._episodes

    async def profiles(self, session: AsyncSession) -> dict[int, ProfileFacts]:
        if self._profiles is None:
            facts = await ImportRepository(session).mapped_facts(
                "app_user_profile", Profile.__table__, ["is_kids", "max_maturity_age"]
            )
            self._profiles = {legacy: ProfileFacts(*values) for legacy, values in facts.items()}
        return self._profiles
