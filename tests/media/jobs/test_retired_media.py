"""Ladders a newer one replaced are removed once no signed URL can name them: files first, then the row."""

from __future__ import annotations

from datetime import timedelta

from litestar import Litestar
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories import CatalogFactory
from tests.media.jobs.test_playback_answer import published
from vuga.core.clock import utcnow
from vuga.core.storage import ObjectStore
from vuga.media.maintenance import RetiredMedia
from vuga.media.models import MediaAsset
from vuga.worker import scheduled_task_names

KEYS = ("OldOldOldOldOldOldOldOld", "RecentRecentRecentRecent", "LiveLiveLiveLiveLiveLive")


async def test_only_assets_retired_before_the_cutoff_go_with_their_files(
    app: Litestar, make: CatalogFactory, session: AsyncSession
) -> None:
    movie = await make.title("Movie")
    store: ObjectStore = app.state.store
    for key in KEYS:
        await published(session, movie, key)
        await store.put_bytes(f"assets/{key}/master.m3u8", b"#EXTM3U\n", content_type="application/x-mpegurl")
    now = utcnow()
    assets = {asset.asset_key: asset for asset in (await session.scalars(select(MediaAsset))).all()}
    assets["OldOldOldOldOldOldOldOld"].retired_at = now - timedelta(days=2)
    assets["RecentRecentRecentRecent"].retired_at = now - timedelta(minutes=5)
    await session.commit()

    removed = await RetiredMedia(app.state.database, store, app.state.cdn_purges, "/media").remove(
        now - timedelta(hours=7)
    )

    assert removed == 1
    assert await store.stat("assets/OldOldOldOldOldOldOldOld/master.m3u8") is None
    assert await store.stat("assets/RecentRecentRecentRecent/master.m3u8") is not None
    assert await store.stat("assets/LiveLiveLiveLiveLiveLive/master.m3u8") is not None
    session.expire_all()
    left = set((await session.scalars(select(MediaAsset.asset_key))).all())
    assert left == {"RecentRecentRecentRecent", "LiveLiveLiveLiveLiveLive"}
    assert (
        await RetiredMedia(app.state.database, store, app.state.cdn_purges, "/media").remove(
            now - timedelta(hours=7)
        )
        == 0
    )
    assert "media.remove_retired" in scheduled_task_names(app.state.settings.jobs)
