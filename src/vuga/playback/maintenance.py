"""Keeping the watch history's partitions: months ahead created, expired months dropped.

Run by the ``playback.maintain_partitions`` job (daily by default) and once when an API process starts, so
that the partitions a heartbeat needs exist before the first one arrives. Both steps are idempotent, so
several processes doing it is harmless.
"""

from __future__ import annotations

import logging

from vuga.core.clock import utcnow
from vuga.core.db import Database
from vuga.playback.partitions import create_partitions, drop_expired
from vuga.settings import PlaybackSettings

logger = logging.getLogger("vuga.playback")


class PartitionMaintenance:
    def __init__(self, database: Database, settings: PlaybackSettings) -> None:
        self.database = database
        self.settings = settings

    async def run_once(self) -> tuple[list[str], list[str]]:
        today = utcnow().date()
        async with self.database.writer_engine.begin() as connection:
            created = await create_partitions(connection, today, self.settings.partitions_ahead_months)
            dropped = await drop_expired(connection, today, self.settings.history_retention_months)
        if created or dropped:
            logger.info("watch history partitions created %s, dropped %s", created, dropped)
        return created, dropped

    async def run_safely(self) -> None:
        """At start-up: a database that is down must not keep the server from starting (readiness says so)."""
        try:
            await self.run_once()
        except Exception:
            logger.exception("watch history maintenance failed; the scheduled job retries it")
