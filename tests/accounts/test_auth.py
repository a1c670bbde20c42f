"""Registration, login, tokens and sessions."""

from __future__ import annotations

import base64
import json
import statistics
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pytest
from httpx import AsyncClient
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.members import PASSWORD, Member, register
from vuga.accounts.models import Account, AuthSession, Profile
from vuga.core.security import ALGORITHM, ISSUER
from vuga.settings import Settings

AUTH = "/api/v1/auth"


async def count(session: AsyncSession, model: type) -> int:
    return int((await session.execute(select(func.count()).select_from(model))).scalar_one())


async def test_register_logs_in_and_creates_a_first_profile(client: AsyncClient) -> None:
    response = await client.post(
        f"{AUTH}/register", json={"email": "Ada@Example.com", "password": PASSWORD, "display_name": "Ada"}
    )
    assert response.status_code == 201
    tokens = response.json()
    assert tokens["token_type"] == "bearer"
    assert tokens["expires_in"] == 900
    me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert me.json()["email"] == "ada@example.com"
    assert me.json()["role"] == "viewer"
    profiles = await client.get(
        "/api/v1/profiles", headers={"Authorization": f"Bearer {tokens['access_token']}"}
    )
    assert [(p["name"], p["max_maturity"]) for p in profiles.json()["items"]] == [("Ada", "18+")]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"email": "not-an-email", "password": PASSWORD}, "email"),
        ({"email": "a@b", "password": PASSWORD}, "email"),
        ({"email": "x" * 300 + "@example.com", "password": PASSWORD}, "email"),
        ({"email": "short@example.com", "password": "Tr0ub4d!"}, "password"),
        ({"email": "common@example.com", "password": "password123"}, "password"),
        ({"email": "aaaaaa@example.com", "password": "aaaaaaaaaaaaaa"}, "password"),
        ({"email": "sebastian@example.com", "password": "Sebastian-2024"}, "password"),
        ({"email": "long@example.com", "password": "p" * 129 + "q1w"}, "password"),
        ({"email": "long@example.com", "password": "x" * 5000}, "password"),
        ({"email": "role@example.com", "password": PASSWORD, "role": "admin"}, "role"),
        ({"email": "typed@example.com", "password": 12345678901}, "password"),
        ({"password": PASSWORD}, "email"),
    ],
)
async def test_bad_registrations_are_422_and_create_nothing(
    client: AsyncClient, session: AsyncSession, body: dict[str, Any], field: str
) -> None:
    response = await client.post(f"{AUTH}/register", json=body)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert field in {error["field"] for error in response.json()["errors"]}
    assert await count(session, Account) == 0


async def test_a_second_registration_of_an_email_is_409(client: AsyncClient, session: AsyncSession) -> None:
    await register(client, email="twice@example.com")
    response = await client.post(
        f"{AUTH}/register", json={"email": "TWICE@example.com", "password": PASSWORD}
    )
    assert response.status_code == 409
    assert await count(session, Account) == 1


async def test_login_and_wrong_credentials(client: AsyncClient, member: Member) -> None:
    ok = await client.post(f"{AUTH}/login", json={"email": member.email, "password": member.password})
    assert ok.status_code == 200
    assert (
        await client.get("/api/v1/me", headers={"Authorization": f"Bearer {ok.json()['access_token']}"})
    ).is_success
    wrong = await client.post(f"{AUTH}/login", json={"email": member.email, "password": "wrong password!"})
    unknown = await client.post(
        f"{AUTH}/login", json={"email": "nobody@example.com", "password": member.password}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.content == unknown.content


async def test_unknown_and_known_emails_take_the_same_time(client: AsyncClient, member: Member) -> None:
    async def timed_login(email: str) -> float:
        started = time.perf_counter()
        response = await client.post(f"{AUTH}/login", json={"email": email, "password": "not the password"})
        assert response.status_code == 401
        return time.perf_counter() - started

    known, unknown = [], []
    for _ in range(200):  # alternating one by one, so that drift of the machine's speed affects both alike
        known.append(await timed_login(member.email))
        unknown.append(await timed_login("nobody@example.com"))
    difference_ms = abs(statistics.median(known) - statistics.median(unknown)) * 1000
    assert difference_ms < 5, f"medians differ by {difference_ms:.2f} ms"


def forge(claims: dict[str, Any], key: str, kid: str | None = None, algorithm: str = ALGORITHM) -> str:
    headers = {"kid": kid} if kid else None
    return jwt.encode(claims, key, algorithm=algorithm, headers=headers)


def claims_of(token: str) -> dict[str, Any]:
    return jwt.decode(token, options={"verify_signature": False})


def kid_of(token: str) -> str:
    return str(jwt.get_unverified_header(token)["kid"])


async def test_forged_and_wrong_tokens_are_401(
    client: AsyncClient, member: Member, settings: Settings
) -> None:
    real = member.access_token
    claims = claims_of(real)
    key = settings.auth.secret_key.get_secret_value()  # type: ignore[union-attr]
    now = datetime.now(UTC)
    header, payload, signature = real.split(".")
    tampered_payload = base64.urlsafe_b64encode(
        json.dumps(claims | {"sub": str(int(claims["sub"]) + 1)}).encode()
    ).rstrip(b"=")
    unsigned = (
        base64.urlsafe_b64encode(
            json.dumps({"alg": "none", "typ": "JWT", "kid": kid_of(real)}).encode()
        ).rstrip(b"=")
        + b"."
        + payload.encode()
        + b"."
    )
    bad_tokens = {
        "alg none": unsigned.decode(),
        "wrong key": forge(claims, "another-key-entirely-0123456789abcdef", kid_of(real)),
        "expired by one second": forge(
            claims | {"exp": int((now - timedelta(seconds=1)).timestamp()), "iat": int(now.timestamp()) - 60},
            key,
            kid_of(real),
        ),
        "tampered payload": f"{header}.{tampered_payload.decode()}.{signature}",
        "refresh token as access token": member.refresh_token,
        "wrong issuer": forge(claims | {"iss": "someone-else"}, key, kid_of(real)),
        "not an access token": forge(claims | {"typ": "refresh"}, key, kid_of(real)),
        "no kid": forge(claims, key),
        "HS512": forge(claims, key, kid_of(real), algorithm="HS512"),
        "garbage": "abc.def.ghi",
    }
    for name, token in bad_tokens.items():
        response = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401, name
    assert (await client.get("/api/v1/me")).status_code == 401
    assert (await client.get("/api/v1/me", headers={"Authorization": f"Basic {real}"})).status_code == 401
    valid = forge(claims | {"iss": ISSUER}, key, kid_of(real))
    assert (await client.get("/api/v1/me", headers={"Authorization": f"Bearer {valid}"})).status_code == 200


async def test_refresh_rotates_and_a_replay_ends_the_family(client: AsyncClient, member: Member) -> None:
    first = await client.post(f"{AUTH}/refresh", json={"refresh_token": member.refresh_token})
    assert first.status_code == 200
    rotated = first.json()
    assert rotated["refresh_token"] != member.refresh_token
    assert (
        await client.get("/api/v1/me", headers={"Authorization": f"Bearer {rotated['access_token']}"})
    ).is_success

    replay = await client.post(f"{AUTH}/refresh", json={"refresh_token": member.refresh_token})
    assert replay.status_code == 401
    assert replay.headers["content-type"].startswith("application/problem+json")
    # the whole family is revoked: the newest refresh token and the access tokens of the session too
    assert (
        await client.post(f"{AUTH}/refresh", json={"refresh_token": rotated["refresh_token"]})
    ).status_code == 401
    for token in (rotated["access_token"], member.access_token):
        assert (
            await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        ).status_code == 401


@pytest.mark.parametrize("token", ["", "vrt_unknown", "x" * 201, None, 42])
async def test_bad_refresh_tokens_are_4xx(client: AsyncClient, token: object) -> None:
    response = await client.post(f"{AUTH}/refresh", json={"refresh_token": token})
    assert response.status_code in (401, 422)


async def test_logout_ends_only_this_session(client: AsyncClient, member: Member) -> None:
    other = (
        await client.post(f"{AUTH}/login", json={"email": member.email, "password": member.password})
    ).json()
    assert (await client.post(f"{AUTH}/logout", headers=member.headers)).status_code == 204
    assert (await client.get("/api/v1/me", headers=member.headers)).status_code == 401
    assert (
        await client.post(f"{AUTH}/refresh", json={"refresh_token": member.refresh_token})
    ).status_code == 401
    other_headers = {"Authorization": f"Bearer {other['access_token']}"}
    assert (await client.get("/api/v1/me", headers=other_headers)).status_code == 200


async def test_logout_all_ends_every_session(client: AsyncClient, member: Member) -> None:
    other = (
        await client.post(f"{AUTH}/login", json={"email": member.email, "password": member.password})
    ).json()
    assert (await client.post(f"{AUTH}/logout-all", headers=member.headers)).status_code == 204
    for token in (member.access_token, other["access_token"]):
        assert (
            await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        ).status_code == 401


async def test_password_change_ends_other_sessions_and_checks_both_passwords(
    client: AsyncClient, member: Member
) -> None:
    other = (
        await client.post(f"{AUTH}/login", json={"email": member.email, "password": member.password})
    ).json()
    wrong = await client.post(
        f"{AUTH}/password",
        json={"current_password": "not it at all", "new_password": "a new long passphrase"},
        headers=member.headers,
    )
    assert wrong.status_code == 422
    weak = await client.post(
        f"{AUTH}/password",
        json={"current_password": member.password, "new_password": "short"},
        headers=member.headers,
    )
    assert weak.status_code == 422
    assert weak.json()["errors"][0]["field"] == "new_password"
    # nothing changed so far: the other session still works
    assert (
        await client.get("/api/v1/me", headers={"Authorization": f"Bearer {other['access_token']}"})
    ).is_success

    changed = await client.post(
        f"{AUTH}/password",
        json={"current_password": member.password, "new_password": "a new long passphrase"},
        headers=member.headers,
    )
    assert changed.status_code == 204
    assert (await client.get("/api/v1/me", headers=member.headers)).status_code == 200
    assert (
        await client.get("/api/v1/me", headers={"Authorization": f"Bearer {other['access_token']}"})
    ).status_code == 401
    old = await client.post(f"{AUTH}/login", json={"email": member.email, "password": member.password})
    new = await client.post(
        f"{AUTH}/login", json={"email": member.email, "password": "a new long passphrase"}
    )
    assert (old.status_code, new.status_code) == (401, 200)


async def test_login_rehashes_when_the_hash_parameters_grow(
    client: AsyncClient, member: Member, settings: Settings, session: AsyncSession
) -> None:
    from tests.conftest import app_client
    from vuga.app import create_app

    stronger = settings.model_copy(update={"auth": settings.auth.model_copy(update={"argon2_time_cost": 3})})
    async with app_client(create_app(stronger)) as stronger_client:
        response = await stronger_client.post(
            f"{AUTH}/login", json={"email": member.email, "password": member.password}
        )
    assert response.status_code == 200
    stored = (await session.execute(text("SELECT password_hash FROM accounts"))).scalar_one()
    assert ",t=3," in stored


async def test_me_can_change_only_the_display_name(client: AsyncClient, member: Member) -> None:
    updated = await client.patch("/api/v1/me", json={"display_name": "New Name"}, headers=member.headers)
    assert updated.status_code == 200
    assert updated.json()["display_name"] == "New Name"
    for forbidden in ({"role": "admin"}, {"id": 99}, {"email": "x@example.com"}, {"display_name": "x" * 101}):
        response = await client.patch("/api/v1/me", json=forbidden, headers=member.headers)
        assert response.status_code == 422, forbidden
    me = (await client.get("/api/v1/me", headers=member.headers)).json()
    assert (me["role"], me["display_name"], me["email"]) == ("viewer", "New Name", member.email)


async def test_deleting_the_account_removes_its_personal_data(
    client: AsyncClient, member: Member, session: AsyncSession
) -> None:
    other = await register(client)
    assert (await client.delete("/api/v1/me", headers=member.headers)).status_code == 204
    assert (await client.get("/api/v1/me", headers=member.headers)).status_code == 401
    login = await client.post(f"{AUTH}/login", json={"email": member.email, "password": member.password})
    assert login.status_code == 401
    assert await count(session, Account) == 1
    assert await count(session, Profile) == 1  # the other account's
    remaining_sessions = await session.execute(select(AuthSession.account_id).distinct())
    assert set(remaining_sessions.scalars()) == {
        (await session.execute(select(Account.id).where(Account.email == other.email))).scalar_one()
    }


async def test_sessions_are_shared_and_revoked_across_instances_through_redis(
    settings: Settings, redis_url: str
) -> None:
    from redis.asyncio import Redis

    from tests.conftest import app_client
    from vuga.app import create_app
    from vuga.settings import RedisSettings

    redis = Redis.from_url(redis_url)
    await redis.flushdb()
    shared = settings.model_copy(update={"redis": RedisSettings(url=redis_url)})
    async with app_client(create_app(shared)) as first, app_client(create_app(shared)) as second:
        member = await register(first)
        assert (await second.get("/api/v1/me", headers=member.headers)).status_code == 200
        assert await redis.keys("vuga:cache:session:*")  # the resolved session is cached for both
        assert (await first.post(f"{AUTH}/logout", headers=member.headers)).status_code == 204
        assert (await second.get("/api/v1/me", headers=member.headers)).status_code == 401
    await redis.aclose()


async def test_an_unreachable_redis_costs_no_request(settings: Settings) -> None:
    from tests.conftest import app_client
    from vuga.app import create_app
    from vuga.settings import RedisSettings

    broken = settings.model_copy(update={"redis": RedisSettings(url="redis://127.0.0.1:1/0")})
    async with app_client(create_app(broken)) as client:
        member = await register(client)
        assert (await client.get("/api/v1/me", headers=member.headers)).status_code == 200
        assert (await client.post(f"{AUTH}/logout", headers=member.headers)).status_code == 204
        assert (await client.get("/api/v1/me", headers=member.headers)).status_code == 401


async def test_ids_of_deleted_accounts_and_sessions_are_not_reused(client: AsyncClient) -> None:
    # SQLite would hand the last deleted id out again; the new session must not inherit the old one's
    # revocation (nor a new account the old one's tokens).
    first = await register(client)
    assert (await client.delete("/api/v1/me", headers=first.headers)).status_code == 204
    second = await register(client)
    assert (await client.get("/api/v1/me", headers=second.headers)).status_code == 200
    assert (await client.get("/api/v1/me", headers=first.headers)).status_code == 401
