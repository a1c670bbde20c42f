"""Operators run a scheduled job now (after an import, to rebuild the most viewed list...): the job is queued
like its schedule would queue it, carrying the request's id into its log lines. And the jobs that failed
every attempt (dead letters): listed, queued again, or dropped — what `vuga jobs` does, for the admin UI."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from litestar import Router, delete, get, post
from litestar.datastructures import State
from litestar.params import Parameter

from vuga.accounts.auth import require_role
from vuga.accounts.models import Role
from vuga.core.cache import PERSONAL
from vuga.core.errors import NotFound
from vuga.core.jobs.dead_letters import DeadLetter
from vuga.core.jobs.queue import Jobs
from vuga.core.logs import current_request_id
from vuga.core.openapi import problems
from vuga.core.ratelimit import EXPENSIVE_WRITE, rate_cost


class QueuedJob(msgspec.Struct):
    task: str
    job_id: str
    request_id: str | None


@post(
    "/{task:str}/run",
    status_code=202,
    summary="Queue a scheduled job now",
    description="`task` is one of the scheduled jobs, e.g. `catalog.flush_counters`.",
)
async def run_job(
    state: State, task: Annotated[str, Parameter(max_length=100, description="The job's task name.")]
) -> QueuedJob:
    jobs: Jobs = state.jobs
    if not jobs.is_scheduled_task(task):
        raise NotFound(f"no scheduled job named {task!r}")
    job_id = await jobs.enqueue(task)
    return QueuedJob(task=task, job_id=job_id, request_id=current_request_id())


class DeadJob(msgspec.Struct):
    """A job that failed every attempt, with what it was called with and its last error."""

    id: str
    task_name: str
    args: list[Any]
    kwargs: dict[str, Any]
    error: str
    attempts: int
    failed_at: str  # ISO 8601 UTC


class DeadJobs(msgspec.Struct):
    items: list[DeadJob]


def _dead_job(letter: DeadLetter) -> DeadJob:
    return DeadJob(
        id=letter.id,
        task_name=letter.task_name,
        args=letter.args,
        kwargs=letter.kwargs,
        error=letter.error,
        attempts=letter.attempts,
        failed_at=letter.failed_at,
    )


LetterId = Annotated[str, Parameter(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
NO_LETTER = problems({404: "No dead job has this id (replayed or dropped already)."})


@get("/dead-letters", summary="The jobs that failed every attempt, newest first")
async def list_dead_letters(state: State) -> DeadJobs:
    """Each dead job's task, arguments, attempts and last error; queue one again
    (`POST .../dead-letters/{id}/replay`) or drop it (`DELETE .../dead-letters/{id}`). Admin role."""
    jobs: Jobs = state.jobs
    letters = sorted(await jobs.dead_letters.all(), key=lambda letter: letter.failed_at, reverse=True)
    return DeadJobs(items=[_dead_job(letter) for letter in letters])


@post(
    "/dead-letters/{letter_id:str}/replay", status_code=202, summary="Queue a dead job again", opt=NO_LETTER
)
async def replay_dead_letter(state: State, letter_id: LetterId) -> QueuedJob:
    """Queues the job again with its arguments and a fresh set of attempts, and removes its letter. A letter
    whose task no longer exists is a 404 too: drop it. Admin role."""
    jobs: Jobs = state.jobs
    try:
        letter, job_id = await jobs.replay(letter_id)
    except LookupError as exc:
        raise NotFound(str(exc)) from exc
    return QueuedJob(task=letter.task_name, job_id=job_id, request_id=current_request_id())


@delete("/dead-letters/{letter_id:str}", summary="Drop a dead job without running it", opt=NO_LETTER)
async def drop_dead_letter(state: State, letter_id: LetterId) -> None:
    """Deletes the dead job's letter. Admin role."""
    jobs: Jobs = state.jobs
    if not await jobs.dead_letters.remove(letter_id):
        raise NotFound(f"no dead job {letter_id}")


admin_jobs_router = Router(
    path="/admin/jobs",
    route_handlers=[run_job, list_dead_letters, replay_dead_letter, drop_dead_letter],
    cache_control=PERSONAL,
    guards=[require_role(Role.ADMIN)],
    opt=rate_cost(EXPENSIVE_WRITE),
    tags=["admin"],
)
