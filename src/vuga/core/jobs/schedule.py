"""Periodic jobs: each schedule queues its task once per period, however many processes run a scheduler.

Periods are aligned to the clock (a 10 s schedule fires in the slot 12:00:00-12:00:10, then the next), and a
process fires a slot only if it is the first to claim it (``SET NX`` in Redis), so every worker can run the
scheduler — no single scheduler process to keep alive — and a slot is still queued once. In the embedded
mode the claims are in memory: each API process schedules for itself, as its counters are its own.

A process fires the current slot of every schedule when it starts (so a fresh deployment maintains
partitions and flushes counters at once), then each next slot as it begins.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from redis.asyncio import Redis

from vuga.core.jobs.queue import Jobs

logger = logging.getLogger("vuga.jobs.schedule")
MAX_SLEEP_S = 5.0


@dataclass(frozen=True, slots=True)
class Schedule:
    task_name: str
    every_s: int


class SlotClaims(Protocol):
    async def claim(self, key: str, ttl_s: int) -> bool: ...
    async def close(self) -> None: ...


class MemorySlotClaims:
    def __init__(self) -> None:
        self._claimed: set[str] = set()

    async def claim(self, key: str, ttl_s: int) -> bool:
        if key in self._claimed:
            return False
        self._claimed.add(key)
        return True

    async def close(self) -> None:
        self._claimed.clear()


class RedisSlotClaims:
    def __init__(self, url: str) -> None:
        self._redis = Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0)

    async def claim(self, key: str, ttl_s: int) -> bool:
        return bool(await self._redis.set(f"vuga:jobs:slot:{key}", b"1", nx=True, ex=ttl_s))

    async def close(self) -> None:
        await self._redis.aclose()


class Scheduler:
    def __init__(
        self,
        jobs: Jobs,
        schedules: Sequence[Schedule],
        claims: SlotClaims,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.jobs = jobs
        self.claims = claims
        self.clock = clock
        self.schedules = [s for s in schedules if jobs.has_task(s.task_name)]
        for missing in {s.task_name for s in schedules} - {s.task_name for s in self.schedules}:
            logger.warning("schedule %s has no task registered under that name; it is not run", missing)
        self._fired: dict[str, int] = {}
        self._task: asyncio.Task[None] | None = None

    async def tick(self) -> list[str]:
        """Queue every schedule whose current slot this process has not fired; return the tasks queued."""
        now = self.clock()
        queued = []
        for schedule in self.schedules:
            slot = int(now // schedule.every_s)
            if self._fired.get(schedule.task_name) == slot:
                continue
            try:
                if await self.claims.claim(f"{schedule.task_name}:{slot}", schedule.every_s * 2):
                    await self.jobs.enqueue_periodic(schedule.task_name)
                    queued.append(schedule.task_name)
            except Exception:  # Redis away: try this slot again on the next tick
                logger.exception("queueing the scheduled job %s failed", schedule.task_name)
                continue
            self._fired[schedule.task_name] = slot
        return queued

    def _seconds_to_next_slot(self) -> float:
        now = self.clock()
        nearest = min(
            ((int(now // s.every_s) + 1) * s.every_s - now for s in self.schedules), default=MAX_SLEEP_S
        )
        return max(min(nearest, MAX_SLEEP_S), 0.05)

    async def run(self) -> None:
        while True:
            await self.tick()
            await asyncio.sleep(self._seconds_to_next_slot())

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name="job-scheduler")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self.claims.close()
