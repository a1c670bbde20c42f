"""The background worker, and the job system as the API process runs it.

``vuga worker`` (production, Redis configured) takes jobs from the Redis stream, runs up to
``VUGA_JOBS_CONCURRENCY`` at once, and runs the scheduler (every worker may: each period fires once).
``JobRuntime`` is the same machinery inside an API process: there it only enqueues — except in the embedded
mode (no Redis), where it also runs the jobs and the scheduler, so that one process is the whole server.

Features' tasks are registered by importing their ``tasks`` modules (``TASK_MODULES``); the schedules and
their settings are listed in ``schedules``.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import signal
from dataclasses import dataclass

from redis.exceptions import RedisError
from taskiq.acks import AcknowledgeType
from taskiq.receiver import Receiver

from vuga.core.cache import create_cache
from vuga.core.counters import create_counters
from vuga.core.db import Database
from vuga.core.jobs.dead_letters import DeadLetters, create_dead_letters
from vuga.core.jobs.queue import Jobs, WorkerResources, create_broker
from vuga.core.jobs.schedule import MemorySlotClaims, RedisSlotClaims, Schedule, Scheduler, SlotClaims
from vuga.core.logs import configure_logging
from vuga.core.presence import create_presence
from vuga.core.telemetry import configure_tracing, flush_traces
from vuga.settings import JobsSettings, LiveTvSettings, NotificationsSettings, Settings, UploadsSettings

logger = logging.getLogger("vuga.worker")

TASK_MODULES = (
    "vuga.core.jobs.tasks",
    "vuga.core.cdn.tasks",
    "vuga.catalog.tasks",
    "vuga.playback.tasks",
    "vuga.accounts.tasks",
    "vuga.devices.tasks",
    "vuga.home.tasks",
    "vuga.media.uploads.tasks",
    "vuga.media.tasks",
    "vuga.livetv.tasks",
    "vuga.notifications.tasks",
    "vuga.billing.tasks",
)


def register_tasks() -> None:
    for module in TASK_MODULES:
        importlib.import_module(module)


def schedules(
    settings: JobsSettings,
    uploads: UploadsSettings | None = None,
    livetv: LiveTvSettings | None = None,
    notifications: NotificationsSettings | None = None,
) -> list[Schedule]:
    uploads = uploads or UploadsSettings()
    livetv = livetv or LiveTvSettings()
    notifications = notifications or NotificationsSettings()
    return [
        Schedule("catalog.flush_counters", settings.counter_flush_every_s),
        Schedule("playback.maintain_partitions", settings.partition_maintenance_every_s),
        Schedule("playback.recompute_most_viewed", settings.top10_every_s),
        Schedule("home.rewarm", settings.home_rewarm_every_s),
        Schedule("accounts.delete_ended_sessions", settings.session_cleanup_every_s),
        Schedule("devices.delete_old_grants", settings.session_cleanup_every_s),
        Schedule("jobs.prune_receipts", settings.receipt_cleanup_every_s),
        Schedule("media.remove_expired_uploads", uploads.cleanup_every_s),
        Schedule("media.resume_stalled", settings.media_jobs_sweep_every_s),
        Schedule("media.remove_retired", settings.retired_media_cleanup_every_s),
        Schedule("livetv.prune_programmes", livetv.prune_every_s),
        Schedule("livetv.record_audience", livetv.audience_every_s),
        Schedule("billing.expire_ended_periods", settings.subscription_expiry_every_s),
        *([Schedule("livetv.refresh_epg", livetv.epg_refresh_every_s)] if livetv.epg_urls else []),
        Schedule("notifications.deliver_due", notifications.deliver_every_s),
    ]


def scheduled_task_names(settings: JobsSettings) -> list[str]:
    return [schedule.task_name for schedule in schedules(settings)]


@dataclass
class JobRuntime:
    """The broker, the scheduler (when this process runs one) and the dead letters of one process."""

    jobs: Jobs
    dead_letters: DeadLetters
    scheduler: Scheduler | None

    @classmethod
    def create(cls, resources: WorkerResources, run_scheduler: bool) -> JobRuntime:
        register_tasks()
        settings = resources.settings
        dead_letters = create_dead_letters(settings)
        broker = create_broker(settings, dead_letters)
        broker.state.resources = resources
        jobs = Jobs(broker, settings, dead_letters, frozenset(scheduled_task_names(settings.jobs)))
        broker.state.jobs = jobs
        scheduler = None
        if run_scheduler:
            claims: SlotClaims = (
                RedisSlotClaims(settings.redis.url) if settings.redis.url else MemorySlotClaims()
            )
            scheduler = Scheduler(
                jobs,
                schedules(settings.jobs, settings.uploads, settings.livetv, settings.notifications),
                claims,
            )
        return cls(jobs, dead_letters, scheduler)

    async def start(self, *, tolerate_unreachable_redis: bool = False) -> None:
        """Start the broker; an API process starts even while Redis is down (``/readyz`` tells)."""
        try:
            await self.jobs.broker.startup()
        except (RedisError, OSError):
            if not tolerate_unreachable_redis:
                raise
            logger.warning(
                "the job queue is unreachable; queueing jobs fails until it is back", exc_info=True
            )
        if self.scheduler is not None:
            self.scheduler.start()

    async def stop(self) -> None:
        if self.scheduler is not None:
            await self.scheduler.stop()
        wait_all = getattr(self.jobs.broker, "wait_all", None)
        if wait_all is not None:  # the in-memory broker: let running jobs finish
            await wait_all()
        await self.jobs.broker.shutdown()
        await self.dead_letters.close()


def build_resources(settings: Settings) -> WorkerResources:
    return WorkerResources(
        settings=settings,
        database=Database.from_settings(settings.database),
        cache=create_cache(settings.redis),
        counters=create_counters(settings.redis),
        presence=create_presence(settings.redis),
    )


async def close_resources(resources: WorkerResources) -> None:
    await resources.counters.close()
    await resources.presence.close()
    await resources.cache.close()
    await resources.database.dispose()


async def run_worker(settings: Settings, *, run_scheduler: bool = True) -> None:
    """Take jobs from the Redis stream until SIGTERM or SIGINT; then finish the running ones and stop."""
    if not settings.redis.url:
        raise RuntimeError(
            "a separate worker needs VUGA_REDIS_URL; without Redis the API process runs the jobs itself"
        )
    configure_logging(settings.observability)
    resources = build_resources(settings)
    configure_tracing(settings.observability, resources.database.engines)
    if settings.jobs.metrics_port:
        from prometheus_client import start_http_server

        start_http_server(settings.jobs.metrics_port)
    runtime = JobRuntime.create(resources, run_scheduler)
    finish = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, finish.set)
    receiver = Receiver(
        runtime.jobs.broker,
        max_async_tasks=settings.jobs.concurrency,
        ack_type=AcknowledgeType.WHEN_EXECUTED,  # a job is acknowledged only once it has run
        propagate_exceptions=False,
        run_startup=False,
        wait_tasks_timeout=settings.jobs.redeliver_after_s,
    )
    runtime.jobs.broker.is_worker_process = True
    await runtime.start()
    logger.info("worker started", extra={"queue": settings.jobs.queue})
    try:
        await receiver.listen(finish)
    finally:
        await runtime.stop()
        await close_resources(resources)
        flush_traces()
        logger.info("worker stopped")
