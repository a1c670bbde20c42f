"""``POST /admin/jobs/{task}/run``: only administrators queue jobs, and only the scheduled ones."""

from __future__ import annotations

from httpx import AsyncClient

from tests.members import Member

RUN = "/api/v1/admin/jobs/{task}/run"


async def test_an_administrator_queues_a_scheduled_job(
    client: AsyncClient, admin_headers: dict[str, str]
) -> None:
    response = await client.post(RUN.format(task="catalog.flush_counters"), headers=admin_headers)
    assert response.status_code == 202, response.text
    assert response.json()["task"] == "catalog.flush_counters"
    assert response.json()["job_id"]


async def test_members_and_anonymous_callers_cannot(client: AsyncClient, member: Member) -> None:
    path = RUN.format(task="catalog.flush_counters")
    assert (await client.post(path, headers=member.headers)).status_code == 403
    assert (await client.post(path)).status_code == 401


async def test_bad_task_names_are_a_clear_problem(client: AsyncClient, admin_headers: dict[str, str]) -> None:
    for task, status in (("x" * 101, 422), ("no.such.task", 404), ("catalog.flush_counters'--", 404)):
        response = await client.post(RUN.format(task=task), headers=admin_headers)
        assert response.status_code == status, (task, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
