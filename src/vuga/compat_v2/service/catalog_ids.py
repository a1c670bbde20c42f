"""The ids the apps know our titles and episodes by.

A migrated viewer's app keeps VUGA's content and episode ids on the device (Android's and iOS's local watch
history, the TV's last screens) and sends them back after the switch. So an imported title is shown to the
apps under its VUGA id (the importer's ``legacy_ids`` map it, both ways), and a title VUGA never had under
ours plus ``OFFSET``: the two ranges cannot meet (VUGA's ids are small auto-increments; ours stay far below
2^31 - ``OFFSET``), so every id an app sends names one title, whichever side of the switch it learnt it on.

The map is small (a catalog's titles and episodes) and only changes when an import runs, so each process
holds it in memory and reads it again every ``ttl_s`` (one query), rather than once per answer.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from vuga.compat_v2.repository import legacy_catalog_ids
from vuga.core.db import Database

OFFSET = 1_000_000_000  # above every VUGA id; our id + OFFSET stays within the apps' 31-bit ints
TITLES, EPISODES = "content", "episode"


@dataclass(frozen=True, slots=True)
class CatalogIdMap:
    titles_out: dict[int, int] = field(default_factory=dict)  # ours → VUGA's
    titles_in: dict[int, int] = field(default_factory=dict)  # VUGA's → ours
    episodes_out: dict[int, int] = field(default_factory=dict)
    episodes_in: dict[int, int] = field(default_factory=dict)

    def title(self, ours: int) -> int:
        """The apps' id of one of our titles."""
        return self.titles_out.get(ours) or ours + OFFSET

    def episode(self, ours: int) -> int:
        return self.episodes_out.get(ours) or ours + OFFSET

    def title_of(self, app_id: int) -> int | None:
        """Our title an app's id names (None: none)."""
        return app_id - OFFSET if app_id > OFFSET else self.titles_in.get(app_id)

    def episode_of(self, app_id: int) -> int | None:
        return app_id - OFFSET if app_id > OFFSET else self.episodes_in.get(app_id)


class CatalogIds:
    """The process's ``CatalogIdMap``, read again from the database every ``ttl_s``."""

    def __init__(self, database: Database, ttl_s: float = 300.0) -> None:
        self.database = database
        self.ttl_s = ttl_s
        self._map = CatalogIdMap()
        self._read_at: float | None = None
        self._lock = asyncio.Lock()

    def forget(self) -> None:
        """Read the map again at the next use (after an import in this process, and in tests)."""
        self._read_at = None

    async def current(self) -> CatalogIdMap:
        if self._read_at is not None and time.monotonic() - self._read_at < self.ttl_s:
            return self._map
        async with self._lock:  # one reader per process; the others wait for its map
            if self._read_at is None or time.monotonic() - self._read_at >= self.ttl_s:
                self._map = await self._read()
                self._read_at = time.monotonic()
        return self._map

    async def _read(self) -> CatalogIdMap:
        read = CatalogIdMap()
        async with self.database.reader() as session:
            for source, legacy_id, target_id in await legacy_catalog_ids(session, (TITLES, EPISODES)):
                if source == TITLES:
                    read.titles_out[target_id], read.titles_in[legacy_id] = legacy_id, target_id
                else:
                    read.episodes_out[target_id], read.episodes_in[legacy_id] = legacy_id, target_id
        return read
