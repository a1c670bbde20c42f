"""What an operator does to accounts: a role change and a disable end the sessions in the database (not only
in a cache), a disabled account cannot log in, and finding accounts takes the text literally."""

from __future__ import annotations

from collections.abc import Callable

from httpx import AsyncClient
from litestar import Litestar
from sqlalchemy import text

from tests.members import Member, register
from vuga.accounts.administration import AccountAdministration
from vuga.accounts.auth import Authenticator
from vuga.accounts.models import Role
from vuga.core.cache import MemoryCache
from vuga.core.db import Database

EDITORS_ONLY = "/api/v1/admin/titles/999999"  # 404 for an editor or admin (no such title), 403 else


def _elsewhere(app: Litestar, database: Database) -> Authenticator:
    """An authenticator with a cache of its own, as in another process without Redis (the CLI's): what it
    revokes reaches the app through the database only."""
    mine: Authenticator = app.state.authenticator
    return Authenticator(mine.tokens, MemoryCache(), database, mine.cache_ttl_s)


async def _login(client: AsyncClient, member: Member) -> tuple[dict[str, str], str]:
    login = await client.post("/api/v1/auth/login", json={"email": member.email, "password": member.password})
    assert login.status_code == 200, login.text
    return {"Authorization": f"Bearer {login.json()['access_token']}"}, login.json()["refresh_token"]


async def _live_sessions(database: Database, email: str) -> int:
    async with database.writer() as session:
        count = await session.scalar(
            text(
                "SELECT count(*) FROM auth_sessions s JOIN accounts a ON a.id = s.account_id "
                "WHERE a.email = :email AND s.revoked_at IS NULL"
            ),
            {"email": email},
        )
    return int(count or 0)


async def test_demotion_ends_the_sessions_in_the_database_and_refuses_the_old_token(
    client: AsyncClient, app: Litestar, database: Database, forget_cached: Callable[[], None]
) -> None:
    boss = await register(client, email="boss@example.com")
    async with database.writer() as session, session.begin():
        await AccountAdministration(session, app.state.authenticator).set_role(boss.email, Role.ADMIN)
    headers, refresh_token = await _login(client, boss)
    assert (await client.get(EDITORS_ONLY, headers=headers)).status_code == 404

    async with database.writer() as session, session.begin():
        account, ended = await AccountAdministration(session, _elsewhere(app, database)).set_role(
            boss.email, Role.VIEWER
        )
    assert (account.role, ended) == (Role.VIEWER, 1)  # the admin login (the promotion ended the first)
    assert await _live_sessions(database, boss.email) == 0
    forget_cached()  # the app's cached "live" answer has expired: only the database speaks now

    assert (await client.get(EDITORS_ONLY, headers=headers)).status_code == 401
    assert (await client.get("/api/v1/me", headers=boss.headers)).status_code == 401
    refused = await client.post("/api/v1/auth/refresh", json={"refresh_token": refresh_token})
    assert refused.status_code == 401
    again, _ = await _login(client, boss)
    assert (await client.get(EDITORS_ONLY, headers=again)).status_code == 403


async def test_a_role_change_through_the_apps_cache_takes_effect_at_once(
    client: AsyncClient, app: Litestar, database: Database
) -> None:
    editor = await register(client)
    assert (await client.get("/api/v1/me", headers=editor.headers)).status_code == 200  # cached as live
    async with database.writer() as session, session.begin():
        await AccountAdministration(session, app.state.authenticator).set_role(editor.email, Role.EDITOR)
    assert (await client.get("/api/v1/me", headers=editor.headers)).status_code == 401


async def test_the_same_role_again_ends_nothing(
    client: AsyncClient, app: Litestar, database: Database
) -> None:
    viewer = await register(client)
    async with database.writer() as session, session.begin():
        _, ended = await AccountAdministration(session, app.state.authenticator).set_role(
            viewer.email, Role.VIEWER
        )
    assert ended == 0
    assert (await client.get("/api/v1/me", headers=viewer.headers)).status_code == 200


async def test_a_disabled_account_cannot_log_in_nor_use_its_sessions_until_enabled(
    client: AsyncClient, app: Litestar, database: Database, forget_cached: Callable[[], None]
) -> None:
    member = await register(client)
    async with database.writer() as session, session.begin():
        summary, ended = await AccountAdministration(session, _elsewhere(app, database)).disable(member.email)
    assert summary.disabled_at is not None
    assert ended == 1
    forget_cached()

    assert (await client.get("/api/v1/me", headers=member.headers)).status_code == 401
    login = await client.post("/api/v1/auth/login", json={"email": member.email, "password": member.password})
    assert login.status_code == 403
    assert login.headers["content-type"].startswith("application/problem+json")
    assert "disabled" in login.json()["detail"]
    wrong = await client.post("/api/v1/auth/login", json={"email": member.email, "password": "not it at all"})
    assert wrong.status_code == 401  # the state is told only to whoever knows the password

    async with database.writer() as session, session.begin():
        await AccountAdministration(session, app.state.authenticator).enable(member.email)
    headers, _ = await _login(client, member)
    assert (await client.get("/api/v1/me", headers=headers)).status_code == 200


async def test_a_session_of_a_disabled_account_is_never_live(
    client: AsyncClient, database: Database, forget_cached: Callable[[], None]
) -> None:
    """Even one the revocation missed (a login racing the disable): the session query checks the account."""
    member = await register(client)
    async with database.writer() as session, session.begin():
        await session.execute(
            text("UPDATE accounts SET disabled_at = CURRENT_TIMESTAMP WHERE email = :email"),
            {"email": member.email},
        )
    forget_cached()
    assert (await client.get("/api/v1/me", headers=member.headers)).status_code == 401


async def test_finding_accounts_takes_the_text_literally(
    client: AsyncClient, app: Litestar, database: Database
) -> None:
    for email in ("ann@studio.example", "bob@STUDIO.example", "cy_d@home.example", "cyxd@home.example"):
        await register(client, email=email)
    async with database.writer() as session:
        administration = AccountAdministration(session, app.state.authenticator)
        assert [a.email for a in await administration.find("Studio")] == [
            "ann@studio.example",
            "bob@studio.example",
        ]
        assert [a.email for a in await administration.find("cy_")] == ["cy_d@home.example"]
        assert await administration.find("%") == []
        first = await administration.page(limit=2)
        rest = await administration.page(after_id=first[-1].id, limit=10)
    assert [a.email for a in first + rest][:4] == [
        "ann@studio.example",
        "bob@studio.example",
        "cy_d@home.example",
        "cyxd@home.example",
    ]
