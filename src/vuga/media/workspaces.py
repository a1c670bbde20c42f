"""Transcode workspaces: each attempt of a media job works in a directory of its own on the worker's host,
``<var>/transcodes/<asset_key>.<attempt>`` (a worker that lost its lease may still be writing in its own),
and removes it when it ends. A worker that was killed cannot: what it left is swept by the next transcode
on the same host, which is where the leftovers are (each host has its own var directory)."""

from __future__ import annotations

import asyncio
import logging
import re
import shutil
from pathlib import Path

from vuga.core.db import Database
from vuga.media.repository import MediaRepository

logger = logging.getLogger("vuga.media")

WORKSPACE_NAME = re.compile(r"(?P<asset_key>[A-Za-z0-9_-]{1,64})\.(?P<attempt>[0-9]{1,6})")
SWEEP_BATCH = 500  # directories looked at per sweep; a longer backlog goes over the next transcodes


def transcodes_dir(var_dir: Path) -> Path:
    return var_dir / "transcodes"


def workspace_of(var_dir: Path, asset_key: str, attempt: int) -> Path:
    return transcodes_dir(var_dir) / f"{asset_key}.{attempt}"


class DeadWorkspaces:
    def __init__(self, database: Database, var_dir: Path) -> None:
        self.database = database
        self.root = transcodes_dir(var_dir)

    async def sweep(self) -> int:
        """Remove the workspaces of attempts that are not running any more; how many went.

        The directory is listed before the jobs are read, from the primary: an attempt that starts meanwhile
        claimed its job before making its directory, so its directory is either not listed or seen running.
        """
        found = await asyncio.to_thread(self._workspaces)
        if not found:
            return 0
        async with self.database.writer() as session:
            running = await MediaRepository(session).running_attempts({key for key, _ in found})
        dead = [path for attempt, path in found.items() if attempt not in running]
        for path in dead:
            await asyncio.to_thread(shutil.rmtree, path, ignore_errors=True)
        if dead:
            logger.info("removed %d workspaces of transcodes whose worker died", len(dead))
        return len(dead)

    def _workspaces(self) -> dict[tuple[str, int], Path]:
        found: dict[tuple[str, int], Path] = {}
        try:
            entries = list(self.root.iterdir())
        except FileNotFoundError:
            return found
        for path in entries[:SWEEP_BATCH]:
            if (match := WORKSPACE_NAME.fullmatch(path.name)) and path.is_dir():
                found[(match["asset_key"], int(match["attempt"]))] = path
        return found
