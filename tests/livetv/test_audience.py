"""Channels' audience: heartbeats carrying a ``channel_id`` count who is watching now and a view per profile,
the ``livetv.record_audience`` job adds them up per hour, and editors read it per channel."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from litestar import Litestar

from tests.conftest import QueryCounter
from tests.livetv.guide import ADMIN, create_channel
from tests.members import Member, add_profile, register
from vuga.livetv.service import AudienceRecorder

pytestmark = pytest.mark.usefixtures("admin_headers")


def beat(channel_id: int, session: str = "live-session-1", **fields: object) -> dict[str, object]:
    now = datetime.now(UTC).isoformat()
    return {"channel_id": channel_id, "session_id": session, "client_time": now, "device": "web"} | fields


async def send(
    client: httpx.AsyncClient, member: Member, body: dict[str, object], profile_id: int | None = None
):  # type: ignore[no-untyped-def]
    return await client.put(
        f"/api/v1/profiles/{profile_id or member.profile_id}/progress", json=body, headers=member.headers
    )


async def record(app: Litestar) -> int:
    state = app.state
    return await AudienceRecorder(
        state.database, state.counters, state.presence, state.settings.livetv
    ).record()


async def audience(client: httpx.AsyncClient, headers: dict[str, str], channel_id: int, **params: object):  # type: ignore[no-untyped-def]
    return await client.get(f"{ADMIN}/channels/{channel_id}/audience", params=params, headers=headers)


async def test_heartbeats_count_viewers_now_and_one_view_per_profile(
    client: httpx.AsyncClient, app: Litestar, admin_headers: dict[str, str], member: Member
) -> None:
    channel = await create_channel(client, admin_headers, "Watched")
    second_profile = await add_profile(client, member)
    other = await register(client)
    for who, profile, session in [
        (member, member.profile_id, "phone-session"),
        (member, member.profile_id, "phone-session"),  # the same player again
        (member, second_profile, "tv-session-1"),
        (other, other.profile_id, "other-session"),
    ]:
        response = await send(client, who, beat(channel, session), profile)
        assert response.status_code == 204, response.text

    before = (await audience(client, admin_headers, channel)).json()
    assert (before["watching_now"], before["view_count"], before["hours"]) == (3, 0, [])
    assert await record(app) >= 1
    after = (await audience(client, admin_headers, channel)).json()
    assert after["view_count"] == 3  # one per profile
    [this_hour] = after["hours"]
    assert (this_hour["views"], this_hour["peak_watching"]) == (3, 3)

    # Another beat of a profile already counted is no new view; the peak stays the highest seen.
    assert (await send(client, member, beat(channel, "phone-session-2"))).status_code == 204
    await record(app)
    again = (await audience(client, admin_headers, channel)).json()
    assert again["view_count"] == 3
    assert again["watching_now"] == 4  # a second player of the same profile is watching too
    assert again["hours"][0]["peak_watching"] == 4


async def test_a_channel_heartbeat_is_refused_where_its_playback_is(
    client: httpx.AsyncClient, app: Litestar, admin_headers: dict[str, str], member: Member
) -> None:
    family = await create_channel(client, admin_headers, "Family")
    adult = await create_channel(client, admin_headers, "Adult", maturity_rating="18+")
    off_air = await create_channel(client, admin_headers, "Off Air", is_enabled=False)
    kids = await add_profile(client, member, is_kids=True)
    other = await register(client)

    assert (await send(client, member, beat(adult), kids)).status_code == 404
    assert (await send(client, member, beat(off_air))).status_code == 404
    assert (await send(client, member, beat(999_999))).status_code == 404
    assert (await send(client, member, beat(family), other.profile_id)).status_code == 404
    assert (
        await client.put(f"/api/v1/profiles/{member.profile_id}/progress", json=beat(family))
    ).status_code == 401
    await client.patch(f"{ADMIN}/channels/{family}", json={"is_premium": True}, headers=admin_headers)
    app.state.settings.livetv.premium_open = False
    assert (await send(client, member, beat(family, "premium-session"))).status_code == 403

    await record(app)
    for channel in (adult, off_air):
        body = (await audience(client, admin_headers, channel)).json()
        assert (body["watching_now"], body["view_count"]) == (0, 0)


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"title_id": 1, "position_s": 1, "duration_s": 10}, ["title_id"]),  # both a title and a channel
        ({}, ["title_id"]),  # neither
        ({"episode_id": 4}, ["episode_id"]),  # a channel has no episodes
    ],
)
async def test_a_heartbeat_naming_the_wrong_things_is_a_422(
    client: httpx.AsyncClient,
    admin_headers: dict[str, str],
    member: Member,
    body: dict[str, object],
    fields: list[str],
) -> None:
    channel = await create_channel(client, admin_headers, "Strict")
    payload = beat(channel) | body
    if not body:
        del payload["channel_id"]
    response = await send(client, member, payload)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert [error["field"] for error in response.json()["errors"]] == fields


async def test_a_title_heartbeat_names_every_missing_field(client: httpx.AsyncClient, member: Member) -> None:
    body = {"title_id": 1, "session_id": "title-session", "client_time": datetime.now(UTC).isoformat()}
    response = await send(client, member, body)
    assert response.status_code == 422, response.text
    assert [error["field"] for error in response.json()["errors"]] == ["position_s", "duration_s"]


async def test_the_audience_is_for_editors_and_bounded(
    client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member
) -> None:
    channel = await create_channel(client, admin_headers, "Counted")
    assert (await audience(client, member.headers, channel)).status_code == 403
    assert (await client.get(f"{ADMIN}/channels/{channel}/audience")).status_code == 401
    assert (await audience(client, admin_headers, 999_999)).status_code == 404
    for hours in (0, 745, "many"):
        response = await audience(client, admin_headers, channel, hours=hours)
        assert response.status_code in (400, 422), (hours, response.text)
    ok = await audience(client, admin_headers, channel, hours=168)
    assert ok.status_code == 200
    assert ok.headers["cache-control"] == "no-store, private"


async def test_query_counts_stay_constant_as_viewers_and_hours_grow(
    client: httpx.AsyncClient, app: Litestar, admin_headers: dict[str, str], queries: QueryCounter
) -> None:
    channel = await create_channel(client, admin_headers, "Growing")
    beats, reads = [], []
    for viewers in (1, 4):
        members = [await register(client) for _ in range(viewers)]
        for n, viewer in enumerate(members):
            assert (await send(client, viewer, beat(channel, f"grow-{viewers}-{n}"))).status_code == 204
        queries.reset()
        assert (await send(client, members[-1], beat(channel, f"grow-{viewers}-last"))).status_code == 204
        beats.append(queries.count)
        await record(app)
        queries.reset()
        assert (await audience(client, admin_headers, channel)).status_code == 200
        reads.append(queries.count)
    assert beats[0] == beats[1], beats
    assert reads[0] == reads[1], reads


async def test_editors_change_a_programme_and_the_guide_follows(
    client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member
) -> None:
    channel = await create_channel(client, admin_headers, "Edited")
    made = []
    for start, end in (("10:00", "11:00"), ("11:00", "12:00")):
        response = await client.post(
            f"{ADMIN}/programmes",
            json={
                "channel_id": channel,
                "starts_at": f"2030-01-01T{start}:00Z",
                "ends_at": f"2030-01-01T{end}:00Z",
                "title": f"At {start}",
            },
            headers=admin_headers,
        )
        assert response.status_code == 201, response.text
        made.append(response.json()["id"])
    first, second = made
    guide = {"channels": str(channel), "start": "2030-01-01T10:00:00Z", "end": "2030-01-01T12:00:00Z"}
    assert (await client.get("/api/v1/live/guide", params=guide)).status_code == 200

    changed = await client.patch(
        f"{ADMIN}/programmes/{first}", json={"title": "Morning News", "subtitle": None}, headers=admin_headers
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["title"] == "Morning News"
    grid = (await client.get("/api/v1/live/guide", params=guide)).json()
    assert [p["title"] for p in grid["items"][0]["programmes"]] == ["Morning News", "At 11:00"]

    clash = await client.patch(
        f"{ADMIN}/programmes/{first}", json={"ends_at": "2030-01-01T11:30:00Z"}, headers=admin_headers
    )
    assert clash.status_code == 409
    assert str(second) in clash.json()["detail"]
    backwards = await client.patch(
        f"{ADMIN}/programmes/{first}", json={"ends_at": "2030-01-01T09:00:00Z"}, headers=admin_headers
    )
    assert backwards.status_code == 422
    assert (
        await client.patch(f"{ADMIN}/programmes/{first}", json={"title": ""}, headers=admin_headers)
    ).status_code == 422
    assert (
        await client.patch(f"{ADMIN}/programmes/{first}", json={"colour": "red"}, headers=admin_headers)
    ).status_code == 422
    assert (
        await client.patch(f"{ADMIN}/programmes/999999", json={"title": "x"}, headers=admin_headers)
    ).status_code == 404
    assert (
        await client.patch(f"{ADMIN}/programmes/{first}", json={"title": "x"}, headers=member.headers)
    ).status_code == 403
    moved = await client.patch(
        f"{ADMIN}/programmes/{first}",
        json={"starts_at": "2030-01-01T09:30:00Z", "ends_at": "2030-01-01T10:45:00Z"},
        headers=admin_headers,
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["starts_at"].startswith("2030-01-01T09:30:00")
