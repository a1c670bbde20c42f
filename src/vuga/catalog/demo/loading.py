"""A demo catalog for a fresh install: genres, languages, people, movies and series with seasons, episodes,
credits, playable sources, subtitles, trailers, a top 10 and generated artwork.

Everything is invented from word lists by one seeded ``random.Random`` and a fixed base date, so two loads
with the same seed produce the same rows and images (ids aside, which the database assigns). Stream and
trailer URLs point at placeholder hosts; artwork is drawn with Pillow and its variants written to the object
store (the local one under ``media_dir`` unless the caller gives another).
The caller owns the transaction and guarantees an empty catalog; this module only adds rows and flushes.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from pathlib import Path

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.demo.artwork import DemoCard, render_artwork
from vuga.catalog.demo.rows import TitlePlan, invent_people, invent_seasons, plan_titles, title_extras
from vuga.catalog.demo.world import GENRES, LANGUAGES, STREAM_HOST
from vuga.catalog.models import (
    Access,
    ArtworkKind,
    Episode,
    Genre,
    Language,
    MediaSource,
    Season,
    SourceKind,
    SourceQuality,
    Top10Entry,
)
from vuga.core.db import Base
from vuga.core.images import ProcessedImage, store_image
from vuga.core.storage import ObjectStore
from vuga.core.storage.local import LocalStore

Progress = Callable[[str, int, int], None]


class DemoCatalog(msgspec.Struct, frozen=True):
    """What a load created, for the CLI to print."""

    titles: int
    seasons: int
    episodes: int
    people: int
    genres: int
    images: int


async def load_demo_catalog(
    session: AsyncSession,
    media_dir: Path,
    *,
    seed: int = 42,
    on_progress: Progress | None = None,
    store: ObjectStore | None = None,
) -> DemoCatalog:
    """Fill an empty catalog; its artwork goes to ``store`` (by default a local one in ``media_dir``)."""
    rng = random.Random(seed)  # noqa: S311 - invented demo data, seeded so that loads are reproducible
    report = on_progress or _no_progress
    genres = [Genre(slug=slug, name=name, position=i) for i, (slug, name) in enumerate(GENRES)]
    languages = [Language(code=code, name=name) for code, name in LANGUAGES.items()]
    people = invent_people(rng)
    session.add_all([*genres, *languages, *people])
    await session.flush()
    report("people", len(people), len(people))

    plans = plan_titles(rng, [language.id for language in languages])
    images = await _artwork(plans, store or LocalStore(media_dir), report)
    session.add_all([plan.row for plan in plans])
    await session.flush()
    report("titles", len(plans), len(plans))

    genre_ids = {genre.slug: genre.id for genre in genres}
    person_ids = [person.id for person in people]
    related: list[Base] = []
    series: list[tuple[TitlePlan, Season, list[Episode]]] = []
    for plan in plans:
        related += title_extras(rng, plan, genre_ids, person_ids)
        series += [(plan, season, episodes) for season, episodes in invent_seasons(rng, plan)]
    published = sorted((p.row for p in plans if p.row.is_published), key=lambda row: -row.popularity)
    related += [Top10Entry(position=i, title_id=row.id) for i, row in enumerate(published[:10], 1)]
    session.add_all([*related, *(season for _, season, _ in series)])
    await session.flush()
    report("details", len(plans), len(plans))

    for _, season, episodes in series:
        for episode in episodes:
            episode.season_id = season.id
    all_episodes = [episode for _, _, episodes in series for episode in episodes]
    session.add_all(all_episodes)
    await session.flush()
    session.add_all(
        MediaSource(
            title_id=episode.title_id,
            episode_id=episode.id,
            kind=SourceKind.HLS,
            url=f"{STREAM_HOST}/titles/{episode.title_id}/episodes/{episode.id}/master.m3u8",
            quality=SourceQuality.AUTO,
            # A premium series keeps the first episode of each season free as a teaser.
            access=Access.PREMIUM if plan.premium and episode.number > 1 else Access.FREE,
        )
        for plan, _, episodes in series
        for episode in episodes
    )
    await session.flush()
    report("episodes", len(all_episodes), len(all_episodes))
    return DemoCatalog(
        titles=len(plans),
        seasons=len(series),
        episodes=len(all_episodes),
        people=len(people),
        genres=len(genres),
        images=images,
    )


async def _artwork(plans: list[TitlePlan], store: ObjectStore, report: Progress) -> int:
    """Draw and process each title's artwork, then store it and point the title at it; returns how many
    images were made. Drawing and processing run in a worker thread, one title after another (more threads
    gain nothing: the encoders hold the interpreter lock for much of their work); the files are written
    meanwhile, all at once (the store syncs each file to disk, and syncs overlap)."""

    async def stored(plan: TitlePlan, processed: dict[ArtworkKind, ProcessedImage]) -> None:
        kinds = list(processed)
        images = await asyncio.gather(*(store_image(store, processed[kind]) for kind in kinds))
        plan.row.artwork_images = {
            kind.value: msgspec.to_builtins(image) for kind, image in zip(kinds, images, strict=True)
        }
        for kind, image in zip(kinds, images, strict=True):
            setattr(plan.row, f"{kind.value}_url", image.fallback().key)

    writes = []
    for done, plan in enumerate(plans, 1):
        # CPU-bound: off the event loop, so that a server calling this stays responsive.
        processed = await asyncio.to_thread(render_artwork, DemoCard.of(plan))
        writes.append(asyncio.create_task(stored(plan, processed)))
        report("images", done, len(plans))
    await asyncio.gather(*writes)
    return sum(len(plan.row.artwork_images or {}) for plan in plans)


def _no_progress(stage: str, done: int, total: int) -> None:
    """The progress sink when the caller draws no progress bar."""
