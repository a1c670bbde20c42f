"""Password reset and email verification, with the mail delivered to a real SMTP server on this machine."""

from __future__ import annotations

import asyncio
import logging
import re
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from httpx import AsyncClient
from litestar import Litestar
from sqlalchemy import text, update
from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import app_client
from tests.members import PASSWORD, Member, register
from vuga.accounts.models import AccountToken
from vuga.app import create_app
from vuga.core.clock import utcnow
from vuga.core.jobs.queue import Jobs
from vuga.settings import AuthSettings, MailSettings, RateLimitSettings, Settings

AUTH = "/api/v1/auth"
NEW_PASSWORD = "a brand new passphrase 42"
TOKEN_IN_LINK = re.compile(r"https://app\.vuga\.test/(reset-password|verify-email)#token=([\w-]+)")


@dataclass
class Inbox:
    """What the SMTP server received."""

    messages: list[EmailMessage] = field(default_factory=list)

    async def handle_DATA(self, _server: SMTP, _session: Session, envelope: Envelope) -> str:
        content = envelope.content if isinstance(envelope.content, bytes) else b""
        self.messages.append(message_from_bytes(content, policy=policy.default))  # type: ignore[arg-type]
        return "250 OK"

    def to(self, address: str, page: str) -> list[EmailMessage]:
        return [
            m for m in self.messages if m["To"] == address and page in m.get_body(("plain",)).get_content()
        ]  # type: ignore[union-attr]


def parts(message: EmailMessage) -> tuple[str, str]:
    plain, html = message.get_body(("plain",)), message.get_body(("html",))
    assert plain is not None, "a mail has a text part"
    assert html is not None, "a mail has an HTML part"
    return plain.get_content(), html.get_content()


def token_of(message: EmailMessage) -> str:
    plain, html = parts(message)
    found = TOKEN_IN_LINK.search(plain)
    assert found is not None, plain
    assert f'href="{found.group(0)}"' in html  # the same link in the HTML part
    return found.group(2)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    handler, port = Inbox(), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()


@pytest.fixture
def settings(settings: Settings, inbox: tuple[Inbox, int]) -> Settings:
    mail = MailSettings(
        backend="smtp",
        smtp_host="127.0.0.1",
        smtp_port=inbox[1],
        smtp_starttls=False,
        link_base_url="https://app.vuga.test",
    )
    return settings.model_copy(update={"mail": mail})


@pytest.fixture
def mails(inbox: tuple[Inbox, int]) -> Inbox:
    return inbox[0]


async def delivered(app: Litestar) -> None:
    """Wait for the queued mail jobs (run in this process: no Redis in these tests) to finish."""
    jobs: Jobs = app.state.jobs
    await jobs.broker.wait_all()  # type: ignore[attr-defined]


async def ask_reset(client: AsyncClient, email: str) -> Any:
    return await client.post(f"{AUTH}/password-reset", json={"email": email})


async def reset_token(app: Litestar, client: AsyncClient, mails: Inbox, email: str) -> str:
    assert (await ask_reset(client, email)).status_code == 202
    await delivered(app)
    return token_of(mails.to(email, "reset-password")[-1])


async def login(client: AsyncClient, email: str, password: str) -> int:
    return (await client.post(f"{AUTH}/login", json={"email": email, "password": password})).status_code


async def password_hash(session: AsyncSession, email: str) -> str:
    row = await session.execute(text("SELECT password_hash FROM accounts WHERE email = :e"), {"e": email})
    value: str = row.scalar_one()
    await session.commit()
    return value


async def test_the_reset_link_arrives_works_once_and_ends_every_session(
    app: Litestar, client: AsyncClient, mails: Inbox, member: Member
) -> None:
    other_device = (
        await client.post(f"{AUTH}/login", json={"email": member.email, "password": PASSWORD})
    ).json()
    # Both sessions are used once, so the session cache holds them as live: the reset must end them there too.
    for token in (member.access_token, other_device["access_token"]):
        assert (
            await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        ).status_code == 200

    token = await reset_token(app, client, mails, member.email)
    message = mails.to(member.email, "reset-password")[-1]
    assert message["Subject"] == "Reset your VUGA TV password"
    assert "1 hour" in parts(message)[0]

    confirm = {"token": token, "new_password": NEW_PASSWORD}
    assert (await client.post(f"{AUTH}/password-reset/confirm", json=confirm)).status_code == 204

    for tokens in (
        {"access_token": member.access_token, "refresh_token": member.refresh_token},
        other_device,
    ):
        me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {tokens['access_token']}"})
        assert me.status_code == 401
        refreshed = await client.post(f"{AUTH}/refresh", json={"refresh_token": tokens["refresh_token"]})
        assert refreshed.status_code == 401
    assert await login(client, member.email, PASSWORD) == 401
    assert await login(client, member.email, NEW_PASSWORD) == 200

    again = {"token": token, "new_password": "yet another passphrase 7"}
    second = await client.post(f"{AUTH}/password-reset/confirm", json=again)
    assert second.status_code == 422
    assert second.headers["content-type"].startswith("application/problem+json")
    assert second.json()["errors"][0]["field"] == "token"
    assert await login(client, member.email, "yet another passphrase 7") == 401
    assert await login(client, member.email, NEW_PASSWORD) == 200


async def test_a_reset_ends_the_account_s_older_reset_links_and_confirms_the_address(
    app: Litestar, client: AsyncClient, mails: Inbox, member: Member
) -> None:
    older = await reset_token(app, client, mails, member.email)
    newer = await reset_token(app, client, mails, member.email)
    assert older != newer
    confirm = {"token": newer, "new_password": NEW_PASSWORD}
    assert (await client.post(f"{AUTH}/password-reset/confirm", json=confirm)).status_code == 204
    stale = {"token": older, "new_password": "yet another passphrase 7"}
    assert (await client.post(f"{AUTH}/password-reset/confirm", json=stale)).status_code == 422
    tokens = (
        await client.post(f"{AUTH}/login", json={"email": member.email, "password": NEW_PASSWORD})
    ).json()
    me = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert me.json()["email_verified"] is True


async def test_an_expired_reset_link_is_refused(
    app: Litestar, client: AsyncClient, mails: Inbox, member: Member, session: AsyncSession
) -> None:
    token = await reset_token(app, client, mails, member.email)
    before = await password_hash(session, member.email)
    # Time is moved through the token's expiry, not by waiting: it ran out a second ago.
    await session.execute(update(AccountToken).values(expires_at=utcnow() - timedelta(seconds=1)))
    await session.commit()
    confirm = {"token": token, "new_password": NEW_PASSWORD}
    refused = await client.post(f"{AUTH}/password-reset/confirm", json=confirm)
    assert refused.status_code == 422
    assert "expired" in refused.json()["detail"]
    assert await password_hash(session, member.email) == before
    assert await login(client, member.email, PASSWORD) == 200


async def test_the_answer_is_the_same_whether_or_not_the_address_has_an_account(
    app: Litestar, client: AsyncClient, mails: Inbox, member: Member
) -> None:
    known = await ask_reset(client, member.email)
    unknown = await ask_reset(client, "nobody-here@example.com")
    assert (
        (known.status_code, known.content) == (unknown.status_code, unknown.content) == (202, known.content)
    )

    def shown(response: Any) -> dict[str, str]:
        return {k: v for k, v in response.headers.items() if k not in {"date", "x-request-id"}}

    assert shown(known) == shown(unknown)
    await delivered(app)
    assert len(mails.to(member.email, "reset-password")) == 1
    assert [m["To"] for m in mails.messages if m["To"] == "nobody-here@example.com"] == []


async def test_reset_and_verification_requests_are_rate_limited(settings: Settings, mails: Inbox) -> None:
    limited = settings.model_copy(
        update={
            "rate_limit": RateLimitSettings(enabled=True, per_minute=1000, auth_per_minute_per_ip=100),
            "mail": settings.mail.model_copy(update={"per_address_per_hour": 2}),
        }
    )
    app = create_app(limited)
    async with app_client(app) as client:
        member = await register(client)
        assert [(await ask_reset(client, member.email)).status_code for _ in range(3)] == [202, 202, 429]
        refused = await ask_reset(client, member.email)
        assert refused.headers["content-type"].startswith("application/problem+json")
        assert int(refused.headers["retry-after"]) > 0
        # The same for an unknown address: the limit tells nothing either.
        assert [(await ask_reset(client, "ghost@example.com")).status_code for _ in range(3)] == [
            202,
            202,
            429,
        ]
        assert (await ask_reset(client, "someone-else@example.com")).status_code == 202
        await delivered(app)
        assert len(mails.to(member.email, "reset-password")) == 2


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("password-reset", {}, "email"),
        ("password-reset", {"email": "not-an-email"}, "email"),
        ("password-reset", {"email": "x" * 300 + "@example.com"}, "email"),
        ("password-reset", {"email": "a@example.com", "admin": True}, "admin"),
        ("password-reset", {"email": 5}, "email"),
        ("password-reset/confirm", {"token": "t" * 43}, "new_password"),
        ("password-reset/confirm", {"token": "short", "new_password": NEW_PASSWORD}, "token"),
        ("password-reset/confirm", {"token": "t" * 43, "new_password": NEW_PASSWORD}, "token"),
        ("password-reset/confirm", {"token": "t" * 500, "new_password": NEW_PASSWORD}, "token"),
        ("verify-email", {"token": "t" * 43}, "token"),
        ("verify-email", {"token": None}, "token"),
    ],
)
async def test_bad_recovery_input_is_a_4xx_problem_and_changes_nothing(
    client: AsyncClient, member: Member, session: AsyncSession, path: str, body: dict[str, Any], field: str
) -> None:
    before = await password_hash(session, member.email)
    response = await client.post(f"{AUTH}/{path}", json=body)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert field in [error["field"] for error in response.json()["errors"]]
    assert await password_hash(session, member.email) == before
    assert await login(client, member.email, PASSWORD) == 200


async def test_a_weak_new_password_is_refused_and_leaves_the_link_working(
    app: Litestar, client: AsyncClient, mails: Inbox, member: Member
) -> None:
    token = await reset_token(app, client, mails, member.email)
    weak = await client.post(
        f"{AUTH}/password-reset/confirm", json={"token": token, "new_password": "password123"}
    )
    assert weak.status_code == 422
    assert weak.json()["errors"][0]["field"] == "new_password"
    assert await login(client, member.email, PASSWORD) == 200
    confirm = {"token": token, "new_password": NEW_PASSWORD}
    assert (await client.post(f"{AUTH}/password-reset/confirm", json=confirm)).status_code == 204


async def test_sign_up_mails_a_verification_link_that_confirms_the_address_once(
    app: Litestar, client: AsyncClient, mails: Inbox
) -> None:
    member = await register(client)
    await delivered(app)
    (message,) = mails.to(member.email, "verify-email")
    assert message["Subject"] == "Confirm your email address for VUGA TV"
    me = await client.get("/api/v1/me", headers=member.headers)
    assert me.json()["email_verified"] is False

    # A new link on request (signed in); both work until one is used.
    assert (await client.post(f"{AUTH}/verify-email/resend", headers=member.headers)).status_code == 202
    await delivered(app)
    first, second = (token_of(m) for m in mails.to(member.email, "verify-email"))
    assert (await client.post(f"{AUTH}/verify-email", json={"token": second})).status_code == 204
    assert (await client.get("/api/v1/me", headers=member.headers)).json()["email_verified"] is True
    assert (await client.post(f"{AUTH}/verify-email", json={"token": second})).status_code == 422
    # Already confirmed: no more mails.
    assert (await client.post(f"{AUTH}/verify-email/resend", headers=member.headers)).status_code == 409
    assert (await client.post(f"{AUTH}/verify-email/resend")).status_code == 401
    assert first != second


async def test_with_verification_required_an_unconfirmed_account_cannot_log_in(
    settings: Settings, mails: Inbox
) -> None:
    auth = settings.auth.model_copy(update={"require_verified_email": True})
    app = create_app(settings.model_copy(update={"auth": auth}))
    async with app_client(app) as client:
        body = {"email": "careful@example.com", "password": PASSWORD}
        signed_up = await client.post(f"{AUTH}/register", json=body)
        assert signed_up.status_code == 202
        assert "access_token" not in signed_up.json()
        refused = await client.post(f"{AUTH}/login", json=body)
        assert refused.status_code == 403
        assert "confirm your email" in refused.json()["detail"]
        # The wrong password still says only that: no hint that the account exists.
        assert await login(client, body["email"], "not the password at all") == 401
        await delivered(app)
        token = token_of(mails.to(body["email"], "verify-email")[0])
        assert (await client.post(f"{AUTH}/verify-email", json={"token": token})).status_code == 204
        assert await login(client, body["email"], PASSWORD) == 200


async def test_the_console_backend_writes_the_mail_and_logs_the_link(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="vuga.mail")
    console = settings.model_copy(update={"mail": MailSettings(link_base_url="https://app.vuga.test")})
    app = create_app(console)
    async with app_client(app) as client:
        member = await register(client)
        assert (await ask_reset(client, member.email)).status_code == 202
        await delivered(app)
    files = sorted((console.var_dir / "mail").glob("*.eml"))
    assert len(files) == 2  # the verification, then the reset
    written = [message_from_bytes(f.read_bytes(), policy=policy.default) for f in files]
    tokens = {token_of(m) for m in written}  # type: ignore[arg-type]
    assert len(tokens) == 2
    logged = "\n".join(record.getMessage() for record in caplog.records if record.name == "vuga.mail")
    assert all(token in logged for token in tokens)


def test_the_settings_validate_the_link_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VUGA_MAIL_LINK_BASE_URL", "javascript:alert(1)")
    with pytest.raises(ValueError, match="link_base_url"):
        Settings()
    assert AuthSettings().password_reset_ttl_s == 3600


async def test_one_link_used_twice_at_once_resets_once(
    app: Litestar, client: AsyncClient, mails: Inbox, member: Member
) -> None:
    token = await reset_token(app, client, mails, member.email)
    passwords = ["first racing passphrase 1", "second racing passphrase 2"]
    answers = await asyncio.gather(
        *(
            client.post(f"{AUTH}/password-reset/confirm", json={"token": token, "new_password": password})
            for password in passwords
        )
    )
    assert sorted(answer.status_code for answer in answers) == [204, 422]
    winner = passwords[[answer.status_code for answer in answers].index(204)]
    assert [await login(client, member.email, password) for password in passwords] == [
        200 if password == winner else 401 for password in passwords
    ]
