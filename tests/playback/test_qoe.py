"""Players' quality-of-experience beacons: accepted for one's own profile, refused whole when any part is
wrong, never for another account's profile, and visible in /metrics as the ``vuga_qoe_*`` series."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import QueryCounter
from tests.members import Member, register
from tests.test_metrics import scrape, total


def beacon(**fields: Any) -> dict[str, Any]:
    return {"session_id": "viewing-0001", "title_id": 1, **fields}


async def report(client: httpx.AsyncClient, member: Member, *beacons: dict[str, Any]) -> httpx.Response:
    return await client.post(
        f"/api/v1/profiles/{member.profile_id}/qoe", json={"beacons": list(beacons)}, headers=member.headers
    )


async def test_beacons_become_the_qoe_metrics(client: httpx.AsyncClient, member: Member) -> None:
    before = await scrape(client)
    first = beacon(startup_ms=800, watched_s=50, height=360, rebuffers=2, rebuffer_s=1.5, bitrate_switches=3)
    later = beacon(
        watched_s=10, height=700, errors=[{"kind": "network", "fatal": True, "code": "fragLoadError"}]
    )
    answer = await report(client, member, first, later)
    assert answer.status_code == 204, answer.text
    assert answer.headers["cache-control"] == "no-store, private"

    after = await scrape(client)

    def grew(name: str, **labels: str) -> float:
        return total(after, name, **labels) - total(before, name, **labels)

    assert grew("vuga_qoe_startup_seconds_count") == 1
    assert grew("vuga_qoe_startup_seconds_sum") == pytest.approx(0.8)
    assert grew("vuga_qoe_watched_seconds_total", height="360") == 50
    assert grew("vuga_qoe_watched_seconds_total", height="720") == 10  # 700 lines count as 720p
    assert grew("vuga_qoe_rebuffers_total") == 2
    assert grew("vuga_qoe_rebuffer_seconds_total") == pytest.approx(1.5)
    assert grew("vuga_qoe_bitrate_switches_total") == 3
    assert grew("vuga_qoe_errors_total", kind="network", fatal="true") == 1


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"beacons": []},
        {"beacons": [beacon()] * 21},
        {"beacons": [beacon(session_id="short")]},
        {"beacons": [beacon(session_id="../../etc/passwd")]},
        {"beacons": [beacon(title_id=0)]},
        {"beacons": [beacon(watched_s=-1)]},
        {"beacons": [beacon(watched_s=3601)]},
        {"beacons": [beacon(startup_ms=10**9)]},
        {"beacons": [beacon(height=0)]},
        {"beacons": [beacon(rebuffers=1.5)]},
        {"beacons": [beacon(errors=[{"kind": "meteor"}])]},
        {"beacons": [beacon(errors=[{"kind": "media", "code": "<script>"}])]},
        {"beacons": [beacon(errors=[{"kind": "media"}] * 21)]},
        {"beacons": [beacon(mood="grumpy")]},
        {"beacons": [beacon(), "not a beacon"]},
    ],
)
async def test_a_bad_report_is_refused_whole(
    client: httpx.AsyncClient, member: Member, body: dict[str, Any]
) -> None:
    before = await scrape(client)
    answer = await client.post(f"/api/v1/profiles/{member.profile_id}/qoe", json=body, headers=member.headers)
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    after = await scrape(client)
    assert total(after, "vuga_qoe_watched_seconds_total") == total(before, "vuga_qoe_watched_seconds_total")


async def test_only_the_profiles_own_account_reports(client: httpx.AsyncClient, member: Member) -> None:
    stranger = await register(client)
    theirs = await client.post(
        f"/api/v1/profiles/{stranger.profile_id}/qoe", json={"beacons": [beacon()]}, headers=member.headers
    )
    assert theirs.status_code == 404
    assert theirs.headers["content-type"] == "application/problem+json"
    missing = await client.post(
        "/api/v1/profiles/999999/qoe", json={"beacons": [beacon()]}, headers=member.headers
    )
    assert missing.status_code == 404
    anonymous = await client.post(f"/api/v1/profiles/{member.profile_id}/qoe", json={"beacons": [beacon()]})
    assert anonymous.status_code == 401


async def test_a_report_costs_the_same_statements_whatever_its_size(
    client: httpx.AsyncClient, member: Member, queries: QueryCounter
) -> None:
    assert (await report(client, member, beacon())).status_code == 204  # warm: the session is resolved
    queries.reset()
    assert (await report(client, member, beacon())).status_code == 204
    one = queries.count
    queries.reset()
    assert (await report(client, member, *[beacon(watched_s=n) for n in range(20)])).status_code == 204
    assert queries.count == one
