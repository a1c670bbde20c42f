"""Operators run a scheduled job now (after an import, to rebuild the most viewed list...): the job is queued
like its schedule would queue it, carrying the request's id into its log lines."""

from __future__ import annotations

from typing import Annotated

import msgspec
from litestar import Router, post
from litestar.datastructures import State
from litestar.params import Parameter

from vuga.accounts.auth import require_role
from vuga.accounts.models import Role
from vuga.core.cache import PERSONAL
from vuga.core.errors import NotFound
from vuga.core.jobs.queue import Jobs
from vuga.core.logs import current_request_id
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


admin_jobs_router = Router(
    path="/admin/jobs",
    route_handlers=[run_job],
    cache_control=PERSONAL,
    guards=[require_role(Role.ADMIN)],
    opt=rate_cost(EXPENSIVE_WRITE),
    tags=["admin"],
    security=[{"BearerToken": []}],
)
