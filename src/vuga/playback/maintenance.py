"""Keeping the watch history's partitions: months ahead created, expired months dropped — at start-up and
then daily, in every API process (both steps are idempotent, so several processes doing it is harmless)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from vuga.core.clock import utcnow
from vuga.core.db import Database
from vuga.playback.partitions import create_partitions, drop_expired
from vuga.settings import PlaybackSettings

logger = logging.getLogger("vuga.playback")
DAY_S = 24 * 3600


class PartitionMaintenance:
    def __init__(self, database: Database, settings: PlaybackSettings) -> None:
        self.database = database
        self.settings = settings
        self._task: asyncio.Task[None] | None = None

    async def run_once(self) -> tuple[list[str], list[str]]:
        today = utcnow().date()
        async with self.database.writer_engine.begin() as connection:
            created = await create_partitions(connection, today, self.settings.partitions_ahead_months)
            dropped = await drop_expired(connection, today, self.settings.history_retention_months)
        if created or dropped:
            logger.info("watch history partitions created %s, dropped %s", created, dropped)
        return created, dropped

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="partition-maintenance")

    async def run_safely(self) -> None:
        """At start-up: a database that is down must not keep the server from starting (readiness says so)."""
        try:
            await self.run_once()
        except Exception:
            logger.exception("watch history maintenance failed; retrying tomorrow")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(DAY_S)
            await self.run_safely()
