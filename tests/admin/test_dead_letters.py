"""The dead letters over the admin API: listed newest first, replayed as a fresh job (its letter removed),
dropped; only administrators, and a letter that is not there (or whose task is gone) is a 404."""

from __future__ import annotations

from httpx import AsyncClient
from litestar import Litestar

from tests.members import Member
from vuga.core.jobs.dead_letters import DeadLetter

DEAD = "/api/v1/admin/jobs/dead-letters"


def letter(letter_id: str, task: str, failed_at: str) -> DeadLetter:
    return DeadLetter(letter_id, task, [], {}, {}, "RuntimeError('boom')", 5, failed_at)


async def test_dead_jobs_are_listed_replayed_and_dropped(
    app: Litestar, client: AsyncClient, admin_headers: dict[str, str]
) -> None:
    dead_letters = app.state.jobs.dead_letters
    await dead_letters.add(letter("older1", "catalog.flush_counters", "2026-01-01T00:00:00"))
    await dead_letters.add(letter("newer2", "playback.maintain_partitions", "2026-01-02T00:00:00"))
    await dead_letters.add(letter("gone3", "tests.no_such_task", "2026-01-03T00:00:00"))

    listed = await client.get(DEAD, headers=admin_headers)
    assert listed.status_code == 200, listed.text
    assert [item["id"] for item in listed.json()["items"]] == ["gone3", "newer2", "older1"]
    assert listed.json()["items"][1] == {
        "id": "newer2",
        "task_name": "playback.maintain_partitions",
        "args": [],
        "kwargs": {},
        "error": "RuntimeError('boom')",
        "attempts": 5,
        "failed_at": "2026-01-02T00:00:00",
    }
    assert listed.headers["cache-control"] == "no-store, private"

    replayed = await client.post(f"{DEAD}/older1/replay", headers=admin_headers)
    assert replayed.status_code == 202, replayed.text
    assert replayed.json()["task"] == "catalog.flush_counters"
    await app.state.jobs.broker.wait_all()
    assert await dead_letters.get("older1") is None  # replayed, and the job succeeded this time
    assert (await client.post(f"{DEAD}/older1/replay", headers=admin_headers)).status_code == 404

    gone = await client.post(f"{DEAD}/gone3/replay", headers=admin_headers)
    assert gone.status_code == 404
    assert "drop the letter" in gone.json()["detail"]
    assert (await client.delete(f"{DEAD}/gone3", headers=admin_headers)).status_code == 204
    assert (await client.delete(f"{DEAD}/gone3", headers=admin_headers)).status_code == 404
    assert [item["id"] for item in (await client.get(DEAD, headers=admin_headers)).json()["items"]] == [
        "newer2"
    ]


async def test_only_administrators_see_or_touch_dead_jobs(
    app: Litestar, client: AsyncClient, member: Member
) -> None:
    await app.state.jobs.dead_letters.add(letter("kept1", "catalog.flush_counters", "2026-01-01T00:00:00"))
    for method, path in (("GET", DEAD), ("POST", f"{DEAD}/kept1/replay"), ("DELETE", f"{DEAD}/kept1")):
        assert (await client.request(method, path, headers=member.headers)).status_code == 403
        assert (await client.request(method, path)).status_code == 401
    assert await app.state.jobs.dead_letters.get("kept1") is not None


async def test_bad_letter_ids_are_problems(client: AsyncClient, admin_headers: dict[str, str]) -> None:
    for letter_id, statuses in (("..%2Fsecret", (404, 422)), ("x" * 65, (422,)), ("a b", (422,))):
        response = await client.delete(f"{DEAD}/{letter_id}", headers=admin_headers)
        assert response.status_code in statuses, (letter_id, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
