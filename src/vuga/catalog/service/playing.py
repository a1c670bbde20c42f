"""What a movie or an episode plays from, for the playback answer (``vuga.media``): visible to the profile or
a 404, with the sources and subtitles editors attached (external ones included: YouTube, other hosts)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import TitleKind
from vuga.catalog.repository import CatalogRepository
from vuga.catalog.schemas import SourceOut, SubtitleOut
from vuga.catalog.service import presenters
from vuga.core.errors import InvalidInput, NotFound
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls


@dataclass(frozen=True, slots=True)
class PlayableMedia:
    title_id: int
    episode_id: int | None
    duration_s: int | None
    sources: list[SourceOut]
    subtitles: list[SubtitleOut]
    next_episode_id: int | None = None  # what plays after an episode: the series' next, in viewing order


class PlayableMediaReader:
    def __init__(self, session: AsyncSession, media: MediaUrls) -> None:
        self.repository = CatalogRepository(session)
        self.media = media

    async def of_movie(self, title_id: int, max_maturity: Maturity | None) -> PlayableMedia:
        """A movie's media; 404 unless visible, 422 for a series (it plays episode by episode)."""
        kind = await self.repository.playable(title_id, None, _age(max_maturity))
        if kind is None:
            raise NotFound(f"title {title_id} does not exist")
        if kind != TitleKind.MOVIE:
            raise InvalidInput.field(
                "title_id", f"title {title_id} is a series: ask for one of its episodes' playback"
            )
        sources, subtitles = await self.repository.title_media(title_id)
        return PlayableMedia(
            title_id=title_id,
            episode_id=None,
            duration_s=None,
            sources=[presenters.source(row, self.media) for row in sources],
            subtitles=[presenters.subtitle(row, self.media) for row in subtitles],
        )

    async def of_episode(self, episode_id: int, max_maturity: Maturity | None) -> PlayableMedia:
        """An episode's media; 404 unless its series is visible to the profile."""
        rows = await self.repository.visible_episodes([episode_id], _age(max_maturity))
        if not rows:
            raise NotFound(f"episode {episode_id} does not exist")
        title_id = rows[0]["title_id"]
        sources, subtitles = await self.repository.episode_media([episode_id])
        in_order = (await self.repository.episode_order([title_id])).get(title_id, [])
        order = [episode for episode, _ in in_order]
        position = order.index(episode_id) if episode_id in order else len(order)
        return PlayableMedia(
            title_id=title_id,
            episode_id=episode_id,
            duration_s=rows[0]["duration_s"],
            sources=[presenters.source(row, self.media) for row in sources.get(episode_id, [])],
            subtitles=[presenters.subtitle(row, self.media) for row in subtitles.get(episode_id, [])],
            next_episode_id=order[position + 1] if position + 1 < len(order) else None,
        )


def _age(maturity: Maturity | None) -> int | None:
    return maturity.min_age if maturity else None
