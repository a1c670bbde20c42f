"""A profile's notifications: the audiences reach exactly their profiles, a kids profile never gets a link
above its ceiling, popups are listed until shown once, dismissed ones never again; another account's
profile or a notification outside the profile's audience is a 404; the list's query count is constant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from httpx import AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory
from tests.members import Member, add_profile, register
from tests.notifications.flow import compose, inbox, listed, watch


async def test_each_audience_reaches_its_profiles_only(
    client: AsyncClient, member: Member, admin_headers: dict[str, str], make: CatalogFactory
) -> None:
    adult = member.profile_id
    kid = await add_profile(client, member, is_kids=True)
    other = await register(client)
    title = await make.title("Ocean Deep")
    await watch(client, member, adult, title.id)
    everyone = await compose(client, admin_headers)
    kids = await compose(client, admin_headers, audience="kids")
    grown_ups = await compose(client, admin_headers, audience="non_kids")
    watched = await compose(client, admin_headers, audience="watched", audience_title_id=title.id)
    account_id = (await client.get("/api/v1/me", headers=other.headers)).json()["id"]
    theirs = await compose(client, admin_headers, audience="account", audience_account_id=account_id)

    newest_first = [theirs, watched, grown_ups, kids, everyone]
    assert await listed(client, member, adult) == [n["id"] for n in newest_first if n not in (kids, theirs)]
    assert await listed(client, member, kid) == [kids["id"], everyone["id"]]
    assert await listed(client, other) == [theirs["id"], grown_ups["id"], everyone["id"]]


async def test_a_kids_profile_never_gets_a_link_above_its_ceiling(
    client: AsyncClient,
    member: Member,
    admin_headers: dict[str, str],
    make: CatalogFactory,
    session: AsyncSession,
) -> None:
    kid = await add_profile(client, member, is_kids=True)  # a ceiling of 7+
    teen = await add_profile(client, member, max_maturity="13+")
    for_adults = await make.title("Night Shift", maturity_age=18)
    for_kids = await make.title("Little Bear", maturity_age=0)
    channel = (
        await session.execute(
            text("INSERT INTO live_channels (name, maturity_age) VALUES ('Late', 18) RETURNING id")
        )
    ).scalar_one()
    await session.commit()
    adult_title = await compose(client, admin_headers, link_title_id=for_adults.id)
    adult_channel = await compose(client, admin_headers, link_channel_id=channel)
    kids_title = await compose(client, admin_headers, link_title_id=for_kids.id, audience="kids")
    # "everyone" and even "kids" as the audience: the ceiling still decides
    kids_but_adult = await compose(client, admin_headers, link_title_id=for_adults.id, audience="kids")

    assert await listed(client, member, kid) == [kids_title["id"]]
    assert await listed(client, member, teen) == []
    ids = await listed(client, member, member.profile_id)
    assert ids == [adult_channel["id"], adult_title["id"]]
    for refused in (adult_title, adult_channel, kids_but_adult):
        response = await client.post(f"{inbox(kid)}/{refused['id']}/shown", headers=member.headers)
        assert response.status_code == 404
    page = (await client.get(inbox(member.profile_id), headers=member.headers)).json()["items"]
    assert page[1]["link"] == {"kind": "title", "id": for_adults.id, "name": "Night Shift"}
    assert page[0]["link"] == {"kind": "channel", "id": channel, "name": "Late"}


async def test_a_popup_is_listed_until_shown_once_and_dismissed_is_never_listed(
    client: AsyncClient, member: Member, admin_headers: dict[str, str]
) -> None:
    second = await add_profile(client, member)
    popup = await compose(client, admin_headers, popup=True)
    plain = await compose(client, admin_headers)
    base = inbox(member.profile_id)
    assert await listed(client, member) == [plain["id"], popup["id"]]

    for _ in range(2):  # again: no change, still 204
        assert (await client.post(f"{base}/{popup['id']}/shown", headers=member.headers)).status_code == 204
        assert (await client.post(f"{base}/{plain['id']}/shown", headers=member.headers)).status_code == 204
    items = (await client.get(base, headers=member.headers)).json()["items"]
    assert [(item["id"], item["shown"]) for item in items] == [(plain["id"], True)]
    assert await listed(client, member, second) == [plain["id"], popup["id"]]  # per profile

    for _ in range(2):
        response = await client.post(f"{base}/{plain['id']}/dismissed", headers=member.headers)
        assert response.status_code == 204
    assert await listed(client, member) == []
    counts = (await client.get(f"/api/v1/admin/notifications/{plain['id']}", headers=admin_headers)).json()
    assert (counts["shown"], counts["dismissed"]) == (1, 1)


async def test_scheduled_and_expired_notifications_are_not_listed(
    client: AsyncClient, member: Member, admin_headers: dict[str, str], session: AsyncSession
) -> None:
    later = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    scheduled = await compose(client, admin_headers, send_at=later)
    assert scheduled["state"] == "scheduled"
    ending = await compose(client, admin_headers)
    assert await listed(client, member) == [ending["id"]]
    past = datetime.now(UTC) - timedelta(minutes=1)
    await session.execute(
        text("UPDATE notifications SET send_at = :sent, expires_at = :past WHERE id = :id"),
        {"sent": past - timedelta(days=1), "past": past, "id": ending["id"]},
    )
    await session.commit()
    assert await listed(client, member) == []
    response = await client.post(
        f"{inbox(member.profile_id)}/{scheduled['id']}/shown", headers=member.headers
    )
    assert response.status_code == 404


async def test_another_account_s_profile_and_unknown_notifications_are_404(
    client: AsyncClient, member: Member, admin_headers: dict[str, str]
) -> None:
    other = await register(client)
    notification = await compose(client, admin_headers)
    mine = inbox(member.profile_id)
    for method, url in [
        ("GET", mine),
        ("POST", f"{mine}/{notification['id']}/shown"),
        ("POST", f"{mine}/{notification['id']}/dismissed"),
    ]:
        response = await client.request(method, url, headers=other.headers)
        assert response.status_code == 404, (url, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
    assert await listed(client, member) == [notification["id"]]  # B's attempts changed nothing
    for bad in ("0", "-1", "abc", str(2**31)):
        response = await client.post(f"{mine}/{bad}/shown", headers=member.headers)
        assert response.status_code in (400, 404, 422), (bad, response.status_code)
    missing = await client.post(f"{mine}/{notification['id'] + 1000}/dismissed", headers=member.headers)
    assert missing.status_code == 404


async def test_the_list_pages_with_a_cursor(
    client: AsyncClient, member: Member, admin_headers: dict[str, str]
) -> None:
    ids = [(await compose(client, admin_headers, title=f"N{n}"))["id"] for n in range(5)]
    seen: list[int] = []
    cursor = None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = (await client.get(inbox(member.profile_id), params=params, headers=member.headers)).json()
        seen += [item["id"] for item in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    assert seen == ids[::-1]
    bad = await client.get(inbox(member.profile_id), params={"cursor": "bm9wZQ"}, headers=member.headers)
    assert bad.status_code == 400


@pytest.mark.parametrize("grow_by", [2])
async def test_the_list_and_marks_cost_the_same_whatever_the_data(
    client: AsyncClient,
    member: Member,
    admin_headers: dict[str, str],
    make: CatalogFactory,
    queries: QueryCounter,
    grow_by: int,
) -> None:
    title = await make.title()
    await watch(client, member, member.profile_id, title.id)
    base = inbox(member.profile_id)

    async def costs() -> list[int]:
        notification = await compose(client, admin_headers, link_title_id=title.id)
        result = []
        for method, url in [
            ("GET", base),
            ("POST", f"{base}/{notification['id']}/shown"),
            ("POST", f"{base}/{notification['id']}/dismissed"),
        ]:
            queries.reset()
            assert (await client.request(method, url, headers=member.headers)).is_success
            result.append(queries.count)
        return result

    before = await costs()
    for _ in range(grow_by):
        await compose(client, admin_headers, audience="watched", audience_title_id=title.id, popup=True)
        await compose(client, admin_headers, audience="kids")
        other = await register(client)
        await add_profile(client, other, is_kids=True)
    assert await costs() == before
