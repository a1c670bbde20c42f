"""The broker and the handle every process enqueues jobs with.

Production (``VUGA_REDIS_URL`` set): a Redis stream read by a consumer group. A worker acknowledges a job
only after running it, so a worker that dies mid-job leaves the job pending; another worker claims it once it
has been idle for ``VUGA_JOBS_REDELIVER_AFTER_S``. Delivery is at least once — tasks make their effects
idempotent (``receipts``).

Embedded (no Redis): taskiq's in-memory broker runs jobs as tasks of the API process itself.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import ResponseError
from taskiq import AckableMessage, AsyncBroker, Context, InMemoryBroker
from taskiq.kicker import AsyncKicker
from taskiq_redis import RedisStreamBroker

from vuga.core.cache import Cache
from vuga.core.clock import utcnow
from vuga.core.counters import Counters
from vuga.core.db import Database
from vuga.core.jobs.dead_letters import DeadLetter, DeadLetters
from vuga.core.jobs.middleware import PERIODIC_LABEL, JobObservability, RetryWithBackoff
from vuga.core.metrics import record_dead_job, record_queue_depth
from vuga.core.presence import MemoryPresence, Presence
from vuga.settings import Settings

logger = logging.getLogger("vuga.jobs")
CONSUMER_GROUP = "vuga-workers"


class ReclaimingStreamBroker(RedisStreamBroker):
    """taskiq-redis's stream broker, reclaiming the jobs of dead workers on every poll.

    The library looks for unacknowledged jobs (``XAUTOCLAIM``) only after a read that returned new ones, so
    on a quiet queue a dead worker's job would wait for the next new job. Here every poll does both.

    A job whose worker died ``max_deliveries`` times (one that kills its worker: out of memory, a crash in
    a native library) is not run again but becomes a dead letter, so it cannot take down worker after worker.
    """

    def __init__(self, url: str, *, dead_letters: DeadLetters, max_deliveries: int, **options: Any) -> None:
        super().__init__(url, **options)
        self.dead_letters = dead_letters
        self.max_deliveries = max_deliveries

    async def _too_often_delivered(self, redis: Redis, entry_id: bytes, data: bytes) -> bool:
        pending: Any = await redis.xpending_range(
            self.queue_name, self.consumer_group_name, min=entry_id, max=entry_id, count=1
        )
        deliveries = int(pending[0]["times_delivered"]) if pending else 0
        if deliveries <= self.max_deliveries:
            return False
        message = self.formatter.loads(data)
        await self.dead_letters.add(
            DeadLetter(
                id=message.task_id,
                task_name=message.task_name,
                args=list(message.args),
                kwargs=dict(message.kwargs),
                labels=dict(message.labels),
                error=f"its worker stopped during each of {deliveries - 1} deliveries",
                attempts=deliveries - 1,
                failed_at=utcnow().isoformat(),
            )
        )
        await redis.xack(self.queue_name, self.consumer_group_name, entry_id)
        record_dead_job(message.task_name)
        logger.error(
            "job %s killed its worker %d times; it is a dead letter now", message.task_id, deliveries - 1
        )
        return True

    async def listen(self) -> AsyncGenerator[AckableMessage, None]:
        async with Redis(connection_pool=self.connection_pool) as redis:
            while True:
                fetched: Any = await redis.xreadgroup(
                    self.consumer_group_name,
                    self.consumer_name,
                    {self.queue_name: ">"},
                    block=self.block,
                    count=self.count,
                )
                for stream, entries in fetched or []:
                    for entry_id, fields in entries:
                        yield AckableMessage(
                            data=fields[b"data"], ack=self._ack_generator(id=entry_id, queue_name=stream)
                        )
                reclaimed: Any = await redis.xautoclaim(
                    self.queue_name,
                    self.consumer_group_name,
                    self.consumer_name,
                    min_idle_time=self.idle_timeout,
                    count=self.unacknowledged_batch_size,
                )
                for entry_id, fields in reclaimed[1]:  # [next start id, entries, deleted ids]
                    if fields is None:  # deleted from the stream meanwhile (trimmed)
                        continue
                    if await self._too_often_delivered(redis, entry_id, fields[b"data"]):
                        continue
                    logger.warning("job %s of a dead or stalled worker is redelivered", entry_id)
                    yield AckableMessage(
                        data=fields[b"data"], ack=self._ack_generator(id=entry_id, queue_name=self.queue_name)
                    )


@dataclass(slots=True)
class WorkerResources:
    """What tasks work with; built once per process and reached through the task's context."""

    settings: Settings
    database: Database
    cache: Cache
    counters: Counters
    presence: Presence = field(default_factory=MemoryPresence)  # who is watching what now


def resources_of(context: Context) -> WorkerResources:
    resources: WorkerResources = context.state.resources
    return resources


def jobs_of(context: Context) -> Jobs:
    """The process's job queue, for a task that queues further jobs (a CDN purge after a publish)."""
    jobs: Jobs = context.state.jobs
    return jobs


@dataclass(frozen=True, slots=True)
class QueueDepth:
    ready: int  # queued, not yet taken by a worker
    pending: int  # taken, not yet acknowledged (running, or its worker died)
    dead: int


def create_broker(settings: Settings, dead_letters: DeadLetters) -> AsyncBroker:
    jobs = settings.jobs
    broker: AsyncBroker
    if settings.redis.url:
        broker = ReclaimingStreamBroker(
            settings.redis.url,
            dead_letters=dead_letters,
            max_deliveries=jobs.max_attempts,
            queue_name=jobs.queue,
            consumer_group_name=CONSUMER_GROUP,
            consumer_id="0",  # a group created after jobs were queued still gets them
            idle_timeout=int(jobs.redeliver_after_s * 1000),
            maxlen=jobs.stream_max_length,
            xread_block=1000,
            xread_count=jobs.concurrency,
        )
    else:
        broker = InMemoryBroker(max_async_tasks=jobs.concurrency, propagate_exceptions=False)
    broker.add_middlewares(JobObservability(), RetryWithBackoff(jobs, dead_letters))
    return broker


class Jobs:
    """Enqueue jobs by task name; report the queue's depth."""

    def __init__(
        self,
        broker: AsyncBroker,
        settings: Settings,
        dead_letters: DeadLetters,
        scheduled: frozenset[str] = frozenset(),
    ) -> None:
        self.broker = broker
        self.settings = settings
        self.dead_letters = dead_letters
        self.scheduled = scheduled  # the task names that have a schedule
        self.backend = "redis" if settings.redis.url else "memory"

    def has_task(self, task_name: str) -> bool:
        return self.broker.find_task(task_name) is not None

    def is_scheduled_task(self, task_name: str) -> bool:
        """A registered task with a schedule: one an operator may also run now."""
        return task_name in self.scheduled and self.has_task(task_name)

    async def enqueue(self, task_name: str, /, **kwargs: Any) -> str:
        """Queue ``task_name``; returns the job's id. The current request id travels in its labels."""
        return await self._kick(task_name, {}, kwargs)

    async def enqueue_periodic(self, task_name: str) -> str:
        """Queue a scheduled run of ``task_name``: labelled so that it logs only when it did something."""
        return await self._kick(task_name, {PERIODIC_LABEL: "1"}, {})

    async def _kick(self, task_name: str, labels: dict[str, Any], kwargs: dict[str, Any]) -> str:
        task = self.broker.find_task(task_name)
        if task is None:
            raise LookupError(f"no task named {task_name!r} is registered")
        kicker: AsyncKicker[Any, Any] = AsyncKicker(task_name, self.broker, dict(task.labels) | labels)
        sent = await kicker.kiq(**kwargs)
        return str(sent.task_id)

    async def replay(self, letter_id: str) -> tuple[DeadLetter, str]:
        """Queue a dead job again with its arguments and labels (a fresh set of attempts) and remove its
        letter; the letter and the new job's id. ``LookupError`` when there is no such letter, or its task
        no longer exists (drop the letter instead)."""
        letter = await self.dead_letters.get(letter_id)
        if letter is None:
            raise LookupError(f"no dead job {letter_id}")
        if not self.has_task(letter.task_name):
            raise LookupError(f"the task {letter.task_name} no longer exists; drop the letter instead")
        kicker: AsyncKicker[Any, Any] = AsyncKicker(letter.task_name, self.broker, letter.labels)
        sent = await kicker.kiq(*letter.args, **letter.kwargs)
        await self.dead_letters.remove(letter_id)
        return letter, str(sent.task_id)

    async def depth(self) -> QueueDepth:
        dead = await self.dead_letters.count()
        if not isinstance(self.broker, RedisStreamBroker):
            running = len(getattr(self.broker, "_running_tasks", ()))
            return QueueDepth(ready=0, pending=running, dead=dead)
        ready = pending = 0
        async with Redis(connection_pool=self.broker.connection_pool) as redis:
            try:
                groups = await redis.xinfo_groups(self.settings.jobs.queue)
            except ResponseError:  # no stream yet: nothing was ever queued
                groups = []
        for group in groups:
            name = group["name"].decode() if isinstance(group["name"], bytes) else group["name"]
            if name == CONSUMER_GROUP:
                ready, pending = int(group.get("lag") or 0), int(group["pending"])
        return QueueDepth(ready=ready, pending=pending, dead=dead)

    async def refresh_metrics(self) -> None:
        try:
            depth = await self.depth()
        except Exception:  # a scrape must still answer when Redis does not
            logger.warning("reading the queue depth failed", exc_info=True)
            return
        record_queue_depth(self.settings.jobs.queue, depth.ready, depth.pending, depth.dead)
