"""The demo catalog plays: each demo clip's ladder (``vuga.media.pipeline.demo``) becomes the published
video of one demo movie, as a finished media job would publish it. Run by ``vuga demo-clips`` (``make run``);
a second run changes nothing. The clips are not encrypted: they are test patterns."""

from __future__ import annotations

from collections.abc import Sequence

import msgspec
from sqlalchemy import select

from vuga.catalog.models import Title, TitleKind
from vuga.core.db import Database
from vuga.core.storage import ObjectStore
from vuga.media.flows import asset_prefix, copy_into_store
from vuga.media.models import MediaAsset
from vuga.media.pipeline.demo import DemoResult


async def attach_demo_clips(database: Database, store: ObjectStore, clips: Sequence[DemoResult]) -> list[str]:
    """Give each clip not yet attached to the next published movie without a video; what was attached, as
    "clip → title" lines."""
    attached: list[str] = []
    async with database.writer() as session, session.begin():
        known = set((await session.scalars(select(MediaAsset.asset_key))).all())
        playing = select(MediaAsset.title_id).where(MediaAsset.retired_at.is_(None))
        movies = (
            await session.execute(
                select(Title.id, Title.title)
                .where(Title.kind == TitleKind.MOVIE.value, Title.is_published, Title.id.not_in(playing))
                .order_by(Title.popularity.desc(), Title.id)
                .limit(len(clips))
            )
        ).all()
        waiting = [clip for clip in clips if clip.clip.name not in known]
        for clip, (title_id, name) in zip(waiting, movies, strict=False):
            await _into_store(store, clip)
            manifest = clip.manifest
            session.add(
                MediaAsset(
                    asset_key=clip.clip.name,
                    title_id=title_id,
                    duration_s=manifest.duration_s,
                    max_height=max(rendition.height for rendition in manifest.renditions),
                    encrypted=manifest.encrypted,
                    manifest=msgspec.to_builtins(manifest),
                )
            )
            attached.append(f"{clip.clip.name} → {name}")
    return attached


async def _into_store(store: ObjectStore, clip: DemoResult) -> None:
    """Copy the clip's files into the store unless they are there (the local store writes them in place)."""
    prefix = asset_prefix(clip.clip.name)
    if await store.stat(prefix + clip.manifest.master) is not None:
        return
    await copy_into_store(store, clip.directory, prefix)
