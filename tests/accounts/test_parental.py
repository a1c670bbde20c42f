"""The parental lock: PINs, unlock tokens, and a locked profile's routes refusing the account's token."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta
from typing import Any

import pytest
from httpx import AsyncClient
from litestar import Litestar
from sqlalchemy import text, update
from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories import CatalogFactory
from tests.members import Member, add_profile, register
from tests.test_authorization import bodies, heartbeat, png, routes
from vuga.accounts.models import Profile
from vuga.core.clock import utcnow

PROFILES = "/api/v1/profiles"
PIN = "4321"
THE_WAYS_IN = {"/api/v1/profiles/{profile_id:int}/pin", "/api/v1/profiles/{profile_id:int}/unlock"}


async def lock(client: AsyncClient, member: Member, profile_id: int, pin: str = PIN) -> None:
    body = {"pin": pin, "password": member.password}
    response = await client.put(f"{PROFILES}/{profile_id}/pin", json=body, headers=member.headers)
    assert response.status_code == 204, response.text


async def unlock(client: AsyncClient, member: Member, profile_id: int, pin: str = PIN) -> dict[str, str]:
    response = await client.post(f"{PROFILES}/{profile_id}/unlock", json={"pin": pin}, headers=member.headers)
    assert response.status_code == 200, response.text
    assert response.json()["profile_id"] == profile_id
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def pin_state(session: AsyncSession, profile_id: int) -> tuple[Any, ...]:
    row = await session.execute(
        text(
            "SELECT pin_hash IS NOT NULL, pin_failures, is_kids, max_maturity_age"
            " FROM profiles WHERE id = :id"
        ),
        {"id": profile_id},
    )
    locked, failures, is_kids, ceiling = row.one()
    await session.commit()
    return bool(locked), failures, bool(is_kids), ceiling


async def test_setting_and_removing_a_pin_needs_the_account_password(
    client: AsyncClient, member: Member, session: AsyncSession
) -> None:
    url = f"{PROFILES}/{member.profile_id}/pin"
    wrong = await client.put(url, json={"pin": PIN, "password": "not my password"}, headers=member.headers)
    assert wrong.status_code == 422
    assert wrong.json()["errors"][0]["field"] == "password"
    assert (await pin_state(session, member.profile_id))[0] is False
    await lock(client, member, member.profile_id)
    listed = (await client.get(PROFILES, headers=member.headers)).json()["items"]
    assert [p["locked"] for p in listed] == [True]

    assert (
        await client.request("DELETE", url, json={"password": "nope"}, headers=member.headers)
    ).status_code == 422
    assert (await pin_state(session, member.profile_id))[0] is True
    removed = await client.request("DELETE", url, json={"password": member.password}, headers=member.headers)
    assert removed.status_code == 204
    assert (await client.get(f"{PROFILES}/{member.profile_id}", headers=member.headers)).json()[
        "locked"
    ] is False


@pytest.mark.parametrize(
    "body",
    [
        {"pin": "123", "password": "x"},
        {"pin": "1234567", "password": "x"},
        {"pin": "12a4", "password": "x"},
        {"pin": 1234, "password": "x"},
        {"pin": "١٢٣٤", "password": "x"},  # other scripts' digits are not PIN digits
        {"pin": "1234"},
        {"pin": "1234", "password": "x", "profile_id": 1},
    ],
)
async def test_bad_pins_are_422_and_change_nothing(
    client: AsyncClient, member: Member, session: AsyncSession, body: dict[str, Any]
) -> None:
    before = await pin_state(session, member.profile_id)
    response = await client.put(f"{PROFILES}/{member.profile_id}/pin", json=body, headers=member.headers)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert await pin_state(session, member.profile_id) == before


async def test_a_locked_profile_s_routes_refuse_the_account_token_and_accept_its_unlock_token(
    app: Litestar, client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    title = await make.title()
    await add_profile(client, member)  # so that deleting the locked one would be allowed
    profile_id = member.profile_id
    await lock(client, member, profile_id)
    values = {
        "profile_id": profile_id,
        "title_id": title.id,
        "episode_id": 1,
        "entry_id": 1,
        "session_id": 1,
        "channel_id": 1,
        "notification_id": 1,
    }
    valid = bodies(title.id)
    walked = 0
    for method, path, _handler in routes(app, "/api/v1/profiles/{profile_id"):
        if path in THE_WAYS_IN:
            continue
        url = re.sub(r"\{(\w+):int\}", lambda match: str(values[match.group(1)]), path)
        body = valid.get((method, path))
        kwargs = {"files": {"file": ("a.png", png(), "image/png")}} if body == "avatar" else (body or {})
        response = await client.request(method, url, headers=member.headers, **kwargs)
        assert response.status_code == 403, f"{method} {path}: {response.status_code} {response.text}"
        assert response.headers["content-type"].startswith("application/problem+json")
        assert "unlock" in response.json()["detail"]
        walked += 1
    assert walked >= 15
    # Browsing the catalog or searching as the profile is switching into it too.
    for path in ("/api/v1/titles", "/api/v1/search"):
        params = {"profile_id": profile_id, "q": "a"}
        assert (await client.get(path, params=params, headers=member.headers)).status_code == 403

    token = await unlock(client, member, profile_id)
    base = f"{PROFILES}/{profile_id}"
    assert (await client.get(f"{base}/home", headers=token)).status_code == 200
    assert (await client.put(f"{base}/watchlist/{title.id}", headers=token)).status_code == 204
    assert len((await client.get(f"{base}/watchlist", headers=token)).json()["items"]) == 1
    beat = heartbeat(title.id, "kitchen-tv")
    assert (await client.put(f"{base}/progress", json=beat, headers=token)).status_code == 204
    assert (await client.get(f"{base}/continue-watching", headers=token)).status_code == 200
    # The heartbeat accepted for the unlock token is no pass for the account token (the access check cache).
    assert (await client.put(f"{base}/progress", json=beat, headers=member.headers)).status_code == 403
    assert (
        await client.get("/api/v1/titles", params={"profile_id": profile_id}, headers=token)
    ).status_code == 200
    renamed = await client.patch(base, json={"name": "Grown-ups"}, headers=token)
    assert renamed.json()["name"] == "Grown-ups"
    assert (await client.delete(base, headers=member.headers)).status_code == 403
    assert (await client.delete(base, headers=token)).status_code == 204


async def test_an_unlock_token_opens_its_own_profile_only(client: AsyncClient, member: Member) -> None:
    second = await add_profile(client, member)
    await lock(client, member, member.profile_id)
    await lock(client, member, second, pin="9999")
    first_token = await unlock(client, member, member.profile_id)
    refused = await client.get(f"{PROFILES}/{second}/home", headers=first_token)
    assert refused.status_code == 403
    # Another account's profile, locked or not, stays absent for it.
    stranger = await register(client)
    other = await add_profile(client, stranger)
    await lock(client, stranger, other)
    for profile_id in (stranger.profile_id, other):
        assert (await client.get(f"{PROFILES}/{profile_id}/home", headers=first_token)).status_code == 404
        answer = await client.post(
            f"{PROFILES}/{profile_id}/unlock", json={"pin": PIN}, headers=member.headers
        )
        assert answer.status_code == 404


async def test_a_new_pin_or_the_end_of_the_session_closes_old_unlock_tokens(
    client: AsyncClient, member: Member
) -> None:
    await lock(client, member, member.profile_id)
    token = await unlock(client, member, member.profile_id)
    home = f"{PROFILES}/{member.profile_id}/home"
    assert (await client.get(home, headers=token)).status_code == 200
    await lock(client, member, member.profile_id, pin="1111")
    assert (await client.get(home, headers=token)).status_code == 403
    token = await unlock(client, member, member.profile_id, pin="1111")
    assert (await client.post("/api/v1/auth/logout", headers=member.headers)).status_code == 204
    assert (await client.get(home, headers=token)).status_code == 401


async def test_wrong_pins_are_limited_and_the_lock_opens_again_later(
    client: AsyncClient, member: Member, session: AsyncSession
) -> None:
    await lock(client, member, member.profile_id)
    url = f"{PROFILES}/{member.profile_id}/unlock"
    wrong = [await client.post(url, json={"pin": "0000"}, headers=member.headers) for _ in range(5)]
    assert [r.status_code for r in wrong] == [422] * 5
    assert wrong[0].json()["errors"][0]["field"] == "pin"
    locked_out = await client.post(url, json={"pin": PIN}, headers=member.headers)  # even the right one
    assert locked_out.status_code == 429
    assert 800 < int(locked_out.headers["retry-after"]) <= 900
    # ...and the password route to the same profile, and a PIN given in a change's body.
    assert (
        await client.post(url, json={"password": member.password}, headers=member.headers)
    ).status_code == 429
    patch = await client.patch(
        f"{PROFILES}/{member.profile_id}", json={"name": "X", "pin": PIN}, headers=member.headers
    )
    assert patch.status_code == 429
    assert (await pin_state(session, member.profile_id))[1] == 5

    # Fifteen minutes later (moved in the database, not waited for), the right PIN opens it again.
    earlier = utcnow() - timedelta(minutes=15, seconds=1)
    await session.execute(
        update(Profile).where(Profile.id == member.profile_id).values(pin_failed_at=earlier)
    )
    await session.commit()
    await unlock(client, member, member.profile_id)
    assert (await pin_state(session, member.profile_id))[1] == 0


async def test_guesses_racing_at_once_get_no_more_than_the_limit_checked(
    client: AsyncClient, member: Member
) -> None:
    await lock(client, member, member.profile_id)
    url = f"{PROFILES}/{member.profile_id}/unlock"
    answers = await asyncio.gather(
        *(client.post(url, json={"pin": f"{n:04d}"}, headers=member.headers) for n in range(5000, 5010))
    )
    codes = sorted(answer.status_code for answer in answers)
    assert codes == [422] * 5 + [429] * 5


async def test_loosening_a_kids_profile_needs_the_password_or_its_pin(
    client: AsyncClient, member: Member, session: AsyncSession
) -> None:
    kid = await add_profile(client, member, is_kids=True)
    url = f"{PROFILES}/{kid}"
    before = await pin_state(session, kid)
    for body in ({"is_kids": False}, {"max_maturity": "7+", "is_kids": False}):
        refused = await client.patch(url, json=body, headers=member.headers)
        assert refused.status_code == 403
        assert "password" in refused.json()["detail"]
    wrong = await client.patch(url, json={"is_kids": False, "password": "guess"}, headers=member.headers)
    assert wrong.status_code == 422
    no_pin = await client.patch(url, json={"is_kids": False, "pin": "1234"}, headers=member.headers)
    assert no_pin.status_code == 422
    assert await pin_state(session, kid) == (before[0], 2, True, 7)

    # Tightening needs nothing.
    tighter = await client.patch(url, json={"max_maturity": "all"}, headers=member.headers)
    assert (tighter.status_code, tighter.json()["max_maturity"]) == (200, "all")
    back_up = await client.patch(url, json={"max_maturity": "7+"}, headers=member.headers)
    assert back_up.status_code == 403

    allowed = await client.patch(
        url,
        json={"is_kids": False, "max_maturity": "18+", "password": member.password},
        headers=member.headers,
    )
    assert allowed.status_code == 200
    assert (allowed.json()["is_kids"], allowed.json()["max_maturity"]) == (False, "18+")
    assert (await pin_state(session, kid))[1] == 0  # a right answer clears the wrong ones

    # A locked profile takes its PIN in the body instead of an unlock token.
    await lock(client, member, kid)
    assert (await client.patch(url, json={"name": "Teen"}, headers=member.headers)).status_code == 403
    with_pin = await client.patch(url, json={"name": "Teen", "pin": PIN}, headers=member.headers)
    assert (with_pin.status_code, with_pin.json()["name"]) == (200, "Teen")


async def test_a_kids_profile_still_gets_404_for_what_is_above_its_ceiling(
    client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    adult_only = await make.title(maturity_age=18)
    kid = await add_profile(client, member, is_kids=True)
    await lock(client, member, kid)
    token = await unlock(client, member, kid)
    for path in (
        f"/api/v1/titles/{adult_only.id}?profile_id={kid}",
        f"{PROFILES}/{kid}/titles/{adult_only.id}/resume",
    ):
        assert (await client.get(path, headers=token)).status_code == 404
    assert (await client.put(f"{PROFILES}/{kid}/watchlist/{adult_only.id}", headers=token)).status_code == 404


async def test_unlock_takes_a_pin_or_the_password_and_only_for_a_locked_profile(
    client: AsyncClient, member: Member
) -> None:
    url = f"{PROFILES}/{member.profile_id}/unlock"
    assert (await client.post(url, json={"pin": PIN}, headers=member.headers)).status_code == 409
    await lock(client, member, member.profile_id)
    both = await client.post(url, json={"pin": PIN, "password": member.password}, headers=member.headers)
    assert both.status_code == 422
    assert (await client.post(url, json={}, headers=member.headers)).status_code == 422
    forgot_pin = await client.post(url, json={"password": member.password}, headers=member.headers)
    assert forgot_pin.status_code == 200
    token = {"Authorization": f"Bearer {forgot_pin.json()['access_token']}"}
    assert forgot_pin.json()["expires_in"] == 4 * 3600
    assert (await client.get(f"{PROFILES}/{member.profile_id}/home", headers=token)).status_code == 200
