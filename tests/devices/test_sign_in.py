"""TV sign-in by device code (RFC 8628): the flow, its refusals (pending, slow_down, denial, expiry,
reuse), the TV's own session, and what is stored of the codes."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from httpx import AsyncClient
from litestar import Litestar
from sqlalchemy import select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from tests.devices.flow import (
    APPROVE,
    DENY,
    DEVICE,
    TOKEN,
    TV_AGENT,
    approve,
    error_of,
    poll,
    signed_in_tv,
    start,
)
from tests.members import Member, add_profile, register
from vuga.core.clock import utcnow
from vuga.devices.codes import ALPHABET
from vuga.devices.models import DeviceGrant
from vuga.devices.service import GrantCleanup
from vuga.devices.tasks import DELETE_OLD_GRANTS
from vuga.worker import scheduled_task_names

USER_CODE = re.compile(f"[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}")


async def allow_next_poll(session: AsyncSession) -> None:
    """As if the TV had waited its interval since its last poll."""
    await session.execute(update(DeviceGrant).values(polled_at=utcnow() - timedelta(minutes=1)))
    await session.commit()


async def test_a_tv_signs_in_with_a_code_a_signed_in_phone_approves(
    client: AsyncClient, member: Member, session: AsyncSession
) -> None:
    kids = await add_profile(client, member, is_kids=True)
    grant = await start(client)
    assert USER_CODE.fullmatch(grant["user_code"])
    assert len(grant["device_code"]) >= 40
    assert grant["verification_uri"] == "http://vuga.test/activate"
    assert grant["verification_uri_complete"] == f"http://vuga.test/activate?code={grant['user_code']}"
    assert (grant["expires_in"], grant["interval"]) == (300, 5)

    assert error_of(await poll(client, grant["device_code"])) == "authorization_pending"
    # Typed on a phone: lower case, without its dash, with spaces.
    typed = grant["user_code"].lower().replace("-", " ")
    approved = await approve(client, member, typed, kids)
    assert approved.status_code == 200, approved.text
    assert approved.json() == {"client_name": "Living room TV"}
    assert approved.headers["cache-control"] == "no-store, private"

    tokens = await poll(client, grant["device_code"])  # right after the last poll: approved wins
    assert tokens.status_code == 200, tokens.text
    body = tokens.json()
    assert body["token_type"] == "bearer"
    assert body["profile_id"] == kids
    assert body["access_token"] != member.access_token
    assert body["refresh_token"] != member.refresh_token
    tv = {"Authorization": f"Bearer {body['access_token']}"}
    me = await client.get("/api/v1/me", headers=tv)
    assert me.json()["email"] == member.email
    # The TV's refresh token works as a login's.
    refreshed = await client.post("/api/v1/auth/refresh", json={"refresh_token": body["refresh_token"]})
    assert refreshed.status_code == 200

    # Nothing of either code is stored as it is.
    rows = (await session.execute(text("SELECT * FROM device_grants"))).mappings().all()
    stored = " ".join(str(value) for row in rows for value in row.values())
    assert grant["device_code"] not in stored
    assert grant["user_code"] not in stored
    assert grant["user_code"].replace("-", "") not in stored


async def test_a_tv_session_is_its_own(client: AsyncClient, member: Member) -> None:
    tv = await signed_in_tv(client, member)
    assert (await client.post("/api/v1/auth/logout", headers=member.headers)).status_code == 204
    assert (await client.get("/api/v1/me", headers=member.headers)).status_code == 401
    assert (await client.get("/api/v1/me", headers=tv.headers)).status_code == 200  # the phone's logout

    phone = await client.post("/api/v1/auth/login", json={"email": member.email, "password": member.password})
    phone_headers = {"Authorization": f"Bearer {phone.json()['access_token']}"}
    devices = (await client.get("/api/v1/me/devices", headers=phone_headers)).json()["items"]
    by_kind = {device["kind"]: device for device in devices}
    assert set(by_kind) == {"tv", "app"}  # the tests' client is no browser
    assert by_kind["tv"]["name"] == "Living room TV"
    assert by_kind["tv"]["last_address"] == "127.0.0.1"
    assert by_kind["tv"]["user_agent"] == TV_AGENT["User-Agent"]
    assert by_kind["app"]["current"]
    assert not by_kind["tv"]["current"]

    # Signing the TV out from the phone ends its tokens, its refresh token too.
    removed = await client.delete(f"/api/v1/me/devices/{by_kind['tv']['id']}", headers=phone_headers)
    assert removed.status_code == 204
    assert (await client.get("/api/v1/me", headers=tv.headers)).status_code == 401
    refresh = await client.post("/api/v1/auth/refresh", json={"refresh_token": tv.refresh_token})
    assert refresh.status_code == 401
    again = await client.delete(f"/api/v1/me/devices/{by_kind['tv']['id']}", headers=phone_headers)
    assert again.status_code == 404
    assert (await client.get("/api/v1/me", headers=phone_headers)).status_code == 200


async def test_polling_too_fast_slows_the_tv_down(client: AsyncClient, session: AsyncSession) -> None:
    grant = await start(client)
    assert error_of(await poll(client, grant["device_code"])) == "authorization_pending"
    slowed = await poll(client, grant["device_code"])
    assert error_of(slowed) == "slow_down"
    assert slowed.json()["interval"] == 10
    assert error_of(await poll(client, grant["device_code"])) == "slow_down"
    stored = (await session.execute(select(DeviceGrant.interval_s))).scalar_one()
    assert stored == 15  # committed: each poll too soon adds 5 s
    await allow_next_poll(session)
    assert error_of(await poll(client, grant["device_code"])) == "authorization_pending"


async def test_a_denied_code_tells_the_tv_access_denied(client: AsyncClient, member: Member) -> None:
    grant = await start(client)
    denied = await client.post(DENY, json={"user_code": grant["user_code"]}, headers=member.headers)
    assert denied.status_code == 204
    assert error_of(await poll(client, grant["device_code"])) == "access_denied"
    # A decided code is spent: approving it now finds no TV waiting.
    assert (await approve(client, member, grant["user_code"])).status_code == 404


async def test_an_expired_code_can_no_longer_be_approved_or_polled(
    client: AsyncClient, member: Member, session: AsyncSession
) -> None:
    grant = await start(client)
    await session.execute(update(DeviceGrant).values(expires_at=utcnow() - timedelta(seconds=1)))
    await session.commit()
    assert (await approve(client, member, grant["user_code"])).status_code == 404
    assert error_of(await poll(client, grant["device_code"])) == "expired_token"


async def test_a_code_works_once(client: AsyncClient, member: Member, session: AsyncSession) -> None:
    grant = await start(client)
    assert (await approve(client, member, grant["user_code"])).status_code == 200
    other = await register(client)
    assert (await approve(client, other, grant["user_code"])).status_code == 404  # nobody else's now
    assert (await poll(client, grant["device_code"])).status_code == 200
    await allow_next_poll(session)
    assert error_of(await poll(client, grant["device_code"])) == "invalid_grant"  # tokens go out once
    assert error_of(await poll(client, "not-a-device-code")) == "invalid_grant"


async def test_the_profile_must_be_the_approving_account_s(client: AsyncClient, member: Member) -> None:
    grant = await start(client)
    stranger = await register(client)
    refused = await approve(client, member, grant["user_code"], stranger.profile_id)
    assert refused.status_code == 404
    assert refused.headers["content-type"].startswith("application/problem+json")
    # The code is not spent by that: the owner's own profile still works.
    assert (await approve(client, member, grant["user_code"])).status_code == 200


async def test_approving_and_denying_need_a_signed_in_caller(client: AsyncClient) -> None:
    grant = await start(client)
    body = {"user_code": grant["user_code"], "profile_id": 1}
    assert (await client.post(APPROVE, json=body)).status_code == 401
    assert (await client.post(DENY, json={"user_code": grant["user_code"]})).status_code == 401
    assert error_of(await poll(client, grant["device_code"])) == "authorization_pending"


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (DEVICE, {"client_name": "x" * 101}),
        (DEVICE, {"name": "TV"}),
        (TOKEN, {}),
        (TOKEN, {"device_code": ""}),
        (TOKEN, {"device_code": "x" * 201}),
        (TOKEN, {"device_code": 12}),
        (APPROVE, {"user_code": "WDJB-MJHT"}),
        (APPROVE, {"user_code": "x" * 21, "profile_id": 1}),
        (APPROVE, {"user_code": "WDJB-MJHT", "profile_id": 0}),
        (APPROVE, {"user_code": "WDJB-MJHT", "profile_id": 2**31}),
        (DENY, {}),
    ],
)
async def test_bad_bodies_are_422(client: AsyncClient, member: Member, path: str, body: object) -> None:
    response = await client.post(path, json=body, headers=member.headers)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_another_grant_type_is_refused_as_rfc_6749_says(client: AsyncClient) -> None:
    grant = await start(client)
    body = {"device_code": grant["device_code"], "grant_type": "password"}
    assert error_of(await client.post(TOKEN, json=body)) == "unsupported_grant_type"


async def test_a_code_that_cannot_be_one_is_a_404_like_a_wrong_one(
    client: AsyncClient, member: Member
) -> None:
    for typed in ("AAAA-AAAA", "WDJB-MJH", "ÀÀÀÀ-ÀÀÀÀ", "-"):
        response = await approve(client, member, typed)
        assert response.status_code == 404, typed
        assert "no TV is waiting" in response.json()["detail"]


async def test_old_grants_are_deleted_by_a_scheduled_job(
    app: Litestar, client: AsyncClient, session: AsyncSession
) -> None:
    await start(client)
    kept = await start(client)
    await session.execute(
        update(DeviceGrant).where(DeviceGrant.id == 1).values(expires_at=utcnow() - timedelta(days=2))
    )
    await session.commit()
    assert DELETE_OLD_GRANTS in scheduled_task_names(app.state.settings.jobs)
    assert await GrantCleanup(session).delete_old_grants() == 1
    await session.commit()
    assert error_of(await poll(client, kept["device_code"])) == "authorization_pending"
