"""Removing what a newer ladder replaced: a retired asset's files stay while signed URLs naming it may still
be in use (``VUGA_DELIVERY_URL_TTL_S`` and an hour for paused players), then they go with the row."""

from __future__ import annotations

from datetime import datetime, timedelta

from vuga.core.cdn.requests import CdnPurges
from vuga.core.db import Database
from vuga.core.storage import ObjectStore
from vuga.media.delivery.serving import asset_files_purge
from vuga.media.flows import asset_prefix
from vuga.media.repository import MediaRepository

MARGIN = timedelta(hours=1)
BATCH = 100


class RetiredMedia:
    def __init__(
        self, database: Database, store: ObjectStore, purges: CdnPurges, media_base_url: str
    ) -> None:
        self.database = database
        self.store = store
        self.purges = purges
        self.media_base_url = media_base_url

    async def remove(self, retired_before: datetime) -> int:
        """Remove the files, then the rows, of assets retired before the moment, and purge their copies at
        the CDN; how many went. A crash in between leaves the row, and the next run removes what is left."""
        async with self.database.reader() as session:
            keys = await MediaRepository(session).retired_before(retired_before, BATCH)
        for key in keys:
            await self.store.delete_prefix(asset_prefix(key))
            async with self.database.writer() as session, session.begin():
                await MediaRepository(session).remove_asset(key)
            await self.purges.request(asset_files_purge(self.media_base_url, key))
        return len(keys)
