"""What happens around every job: its request id and log lines, its metrics, its retries, its dead letter."""

from __future__ import annotations

import asyncio
import random
import time
from typing import Any

import structlog
from taskiq import TaskiqMessage, TaskiqMiddleware, TaskiqResult
from taskiq.kicker import AsyncKicker
from taskiq.middlewares import SmartRetryMiddleware

from vuga.core.clock import utcnow
from vuga.core.jobs.dead_letters import DeadLetter, DeadLetters
from vuga.core.logs import current_request_id
from vuga.core.metrics import record_dead_job, record_job_run
from vuga.settings import JobsSettings

logger = structlog.get_logger("vuga.jobs")
RETRIES_LABEL = "_retries"  # taskiq's own label: failed attempts so far
PERIODIC_LABEL = "periodic"  # set by the scheduler (Jobs.enqueue_periodic)


def attempt_of(message: TaskiqMessage) -> int:
    return int(message.labels.get(RETRIES_LABEL, 0)) + 1


def is_periodic(message: TaskiqMessage) -> bool:
    return bool(message.labels.get(PERIODIC_LABEL))


def did_nothing(return_value: object) -> bool:
    """What a task returns says what it did: a count, the items it touched, a mapping of those. Zero, empty
    or None is a run that found nothing to do."""
    if isinstance(return_value, dict):
        return all(did_nothing(value) for value in return_value.values())
    return not return_value


class JobObservability(TaskiqMiddleware):
    """Carries the enqueuing request's id in the job's labels; logs, times and counts every run.

    Periodic runs log only when they did something or failed (at DEBUG otherwise): a counter flush every
    10 s that found nothing printed 12 lines a minute to an idle server's console. Their metrics still
    count every run.
    """

    def __init__(self) -> None:
        super().__init__()
        self._started: dict[str, float] = {}

    def pre_send(self, message: TaskiqMessage) -> TaskiqMessage:
        request_id = current_request_id()
        if request_id is not None and "request_id" not in message.labels:
            message.labels["request_id"] = request_id
        # Scheduled jobs are queued every few seconds: only those a request queued are worth a line.
        log = logger.info if request_id is not None else logger.debug
        log("job enqueued", task=message.task_name, task_id=message.task_id)
        return message

    def pre_execute(self, message: TaskiqMessage) -> TaskiqMessage:
        # Each job runs in its own asyncio task, so these bindings stay with this job's log lines.
        structlog.contextvars.bind_contextvars(
            request_id=message.labels.get("request_id"),
            task=message.task_name,
            task_id=message.task_id,
            attempt=attempt_of(message),
        )
        self._started[message.task_id] = time.perf_counter()
        (logger.debug if is_periodic(message) else logger.info)("job started")
        return message

    def post_execute(self, message: TaskiqMessage, result: TaskiqResult[Any]) -> None:
        seconds = time.perf_counter() - self._started.pop(message.task_id, time.perf_counter())
        outcome = "error" if result.is_err else "ok"
        record_job_run(message.task_name, seconds, outcome)
        duration_ms = round(seconds * 1000, 2)
        if result.is_err:
            logger.warning("job failed", duration_ms=duration_ms, error=repr(result.error))
        elif is_periodic(message) and did_nothing(result.return_value):
            logger.debug("job finished", duration_ms=duration_ms)
        else:
            logger.info("job finished", duration_ms=duration_ms, did=_summary(result.return_value))


class RetryWithBackoff(SmartRetryMiddleware):
    """taskiq's retry middleware with doubling delays, and a dead letter once the attempts are used up.

    The delay is waited in the worker before the retry is queued, while the failed delivery is still
    unacknowledged: a worker that dies while waiting has the job redelivered rather than lost. The delay is
    therefore kept below the redelivery timeout, so that no other worker takes the job meanwhile.
    """

    def __init__(self, settings: JobsSettings, dead_letters: DeadLetters) -> None:
        super().__init__(
            default_retry_count=settings.max_attempts,
            default_retry_label=True,
            default_delay=settings.retry_delay_s,
            use_jitter=True,
            use_delay_exponent=True,
            max_delay_exponent=min(settings.retry_max_delay_s, settings.redeliver_after_s / 2),
        )
        self.dead_letters = dead_letters

    def make_delay(self, message: TaskiqMessage, retries: int) -> float:
        delay: float = min(self.default_delay * 2 ** (retries - 1), self.max_delay_exponent)
        return delay * (0.75 + random.random() / 2)  # noqa: S311 (jitter spreads retries, not secrets)

    async def on_send(self, kicker: AsyncKicker[Any, Any], message: TaskiqMessage, delay: float) -> None:
        await asyncio.sleep(delay)
        await kicker.kiq(*message.args, **message.kwargs)

    async def on_error(
        self, message: TaskiqMessage, result: TaskiqResult[Any], exception: BaseException
    ) -> None:
        attempts = attempt_of(message)
        max_attempts = int(message.labels.get("max_retries", self.default_retry_count))
        if attempts < max_attempts:
            logger.info("job will be retried", attempts=attempts, max_attempts=max_attempts)
            await super().on_error(message, result, exception)
            return
        letter = DeadLetter(
            id=message.task_id,
            task_name=message.task_name,
            args=list(message.args),
            kwargs=dict(message.kwargs),
            labels={k: v for k, v in message.labels.items() if k != RETRIES_LABEL},
            error=repr(exception)[:2000],
            attempts=attempts,
            failed_at=utcnow().isoformat(),
        )
        try:
            await self.dead_letters.add(letter)
        except Exception:
            # Not acknowledging would redeliver the job for ever; the letter's content is in this log line.
            logger.exception("recording a dead letter failed", letter=letter.to_json())
        record_dead_job(message.task_name)
        logger.error("job is dead after its last attempt", attempts=attempts, error=letter.error)


def _summary(return_value: object) -> object:
    """What the job did, for its log line: short values as they are, long lists by their length."""
    if isinstance(return_value, list | tuple | set) and len(return_value) > 10:
        return f"{len(return_value)} items"
    return (
        return_value
        if isinstance(return_value, int | str | list | tuple | dict | None)
        else repr(return_value)
    )
