"""Push delivery on the job queue, through the real provider clients (pywebpush, google-auth and httpx)
against local services that check the protocols (tests/push_services.py): Web Push messages are decrypted
with the browser's own keys; FCM's token comes from a local token server. Addresses reported gone are
deleted; a push failing for now is retried, then kept as a dead letter."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from httpx import AsyncClient
from litestar import Litestar
from py_vapid import Vapid
from pydantic import SecretStr
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.members import Member, add_profile, register
from tests.notifications.flow import SUBSCRIPTION, compose
from tests.push_services import PushServices, b64url, push_services
from vuga.settings import JobsSettings, NotificationsSettings, Settings

APP_AGENT = {"User-Agent": "VugaTV/4.2 (Android 14)"}


@pytest.fixture
def services() -> Iterator[PushServices]:
    with push_services() as running:
        yield running


@pytest.fixture
def settings(settings: Settings, services: PushServices, tmp_path: Path) -> Settings:
    vapid = Vapid()
    vapid.generate_keys()
    raw = vapid.private_key.private_numbers().private_value.to_bytes(32, "big")
    notifications = NotificationsSettings(
        vapid_private_key=SecretStr(b64url(raw)),
        vapid_subject="mailto:push@example.com",
        fcm_project_id="vuga-test",
        fcm_credentials_file=services.service_account(tmp_path),
        fcm_token_url=f"{services.origin}/token",
        fcm_send_url=f"{services.origin}/v1/projects/{{project_id}}/messages:send",
        push_batch_size=2,  # several batches, each queued by the one before
    )
    jobs = JobsSettings(scheduler=False, max_attempts=3, retry_delay_s=0.01, retry_max_delay_s=0.05)
    return settings.model_copy(update={"notifications": notifications, "jobs": jobs})


async def settle(app: Litestar) -> None:
    """Wait for the jobs and for the jobs they queue."""
    for _ in range(20):
        await app.state.jobs.broker.wait_all()
        await asyncio.sleep(0.05)
        if not getattr(app.state.jobs.broker, "_running_tasks", ()):
            return


async def subscribe_browser(client: AsyncClient, services: PushServices, member: Member, name: str) -> Any:
    key = (await client.get("/api/v1/push/web-push-key")).json()["public_key"]
    services.vapid_public_key = key
    browser = services.browser(name)
    response = await client.put(SUBSCRIPTION, json=browser.subscription, headers=member.headers)
    assert response.status_code == 200, response.text
    return browser


async def app_login(client: AsyncClient, member: Member) -> dict[str, str]:
    body = {"email": member.email, "password": member.password}
    response = await client.post("/api/v1/auth/login", json=body, headers=APP_AGENT)
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def deliver(app: Litestar) -> None:
    await app.state.jobs.enqueue("notifications.deliver_due")
    await settle(app)


async def test_a_push_reaches_browsers_and_apps_of_the_audience_only(
    app: Litestar, client: AsyncClient, services: PushServices, admin_headers: dict[str, str]
) -> None:
    members = [await register(client) for _ in range(3)]
    browsers = [
        await subscribe_browser(client, services, member, f"b{n}") for n, member in enumerate(members)
    ]
    phone = await app_login(client, members[0])
    token = {"provider": "fcm", "token": "fcm-token-phone-0"}
    assert (await client.put(SUBSCRIPTION, json=token, headers=phone)).status_code == 200
    kids_only = await register(client)
    await client.patch(
        f"/api/v1/profiles/{kids_only.profile_id}",
        json={"is_kids": True, "password": kids_only.password},
        headers=kids_only.headers,
    )
    await subscribe_browser(client, services, kids_only, "kids-only")

    notification = await compose(
        client, admin_headers, title="Tonight", body="Live at 8", push=True, audience="non_kids"
    )
    await deliver(app)

    assert services.refused == []
    expected = {"notification_id": notification["id"], "title": "Tonight", "body": "Live at 8"}
    web = {address: message for address, message in services.delivered if address.startswith("http")}
    assert set(web) == {browser.endpoint for browser in browsers}  # not the kids-only account's
    assert all(expected.items() <= message.items() for message in web.values())
    [(fcm_token, fcm_message)] = [(a, m) for a, m in services.delivered if not a.startswith("http")]
    assert fcm_token == "fcm-token-phone-0"
    assert fcm_message["notification"] == {"title": "Tonight", "body": "Live at 8"}
    assert fcm_message["data"] == {"notification_id": str(notification["id"])}
    assert services.token_requests == 1  # one token for every send
    counted = (
        await client.get(f"/api/v1/admin/notifications/{notification['id']}", headers=admin_headers)
    ).json()
    assert counted["pushed"] == 4
    await deliver(app)  # delivered once, pushed once
    assert len(services.delivered) == 4


async def test_addresses_reported_gone_are_removed(
    app: Litestar,
    client: AsyncClient,
    services: PushServices,
    admin_headers: dict[str, str],
    session: AsyncSession,
) -> None:
    member, other = await register(client), await register(client)
    browser = await subscribe_browser(client, services, member, "gone")
    kept = await subscribe_browser(client, services, other, "kept")
    phone = await app_login(client, other)
    assert (
        await client.put(SUBSCRIPTION, json={"provider": "fcm", "token": "t-gone"}, headers=phone)
    ).is_success
    services.gone |= {browser.endpoint, "t-gone"}
    await compose(client, admin_headers, push=True)
    await deliver(app)
    assert [address for address, _ in services.delivered] == [kept.endpoint]
    left = (await session.execute(text("SELECT address FROM push_subscriptions"))).scalars().all()
    assert left == [kept.endpoint]
    assert (await client.get(SUBSCRIPTION, headers=member.headers)).status_code == 404


async def test_a_failing_push_is_retried_then_dead(
    app: Litestar, client: AsyncClient, services: PushServices, admin_headers: dict[str, str]
) -> None:
    member = await register(client)
    browser = await subscribe_browser(client, services, member, "flaky")
    services.failing.add(browser.endpoint)
    notification = await compose(client, admin_headers, push=True)
    await deliver(app)
    # the batch's try, then the retry job's three attempts
    assert services.attempts["/push/flaky"] == 1 + 3
    [letter] = await app.state.jobs.dead_letters.all()
    assert letter.task_name == "notifications.push_one"
    assert letter.kwargs["notification_id"] == notification["id"]

    services.failing.clear()  # the service is back: replaying the dead letter delivers
    await app.state.jobs.enqueue("notifications.push_one", **letter.kwargs)
    await settle(app)
    assert [address for address, _ in services.delivered] == [browser.endpoint]


async def test_a_signed_out_device_gets_no_push(
    app: Litestar, client: AsyncClient, services: PushServices, admin_headers: dict[str, str]
) -> None:
    member = await register(client)
    phone = await app_login(client, member)
    assert (
        await client.put(SUBSCRIPTION, json={"provider": "fcm", "token": "t-out"}, headers=phone)
    ).is_success
    devices = (await client.get("/api/v1/me/devices", headers=member.headers)).json()["items"]
    phone_id = next(device["id"] for device in devices if not device["current"] and device["kind"] == "app")
    await add_profile(client, member)
    signed_out = await client.delete(f"/api/v1/me/devices/{phone_id}", headers=member.headers)
    assert signed_out.status_code == 204
    await compose(client, admin_headers, push=True)
    await deliver(app)
    assert services.delivered == []


def test_the_vapid_key_is_read_as_pem_or_base64url(tmp_path: Path) -> None:
    """As ``vapid --gen`` writes it (PEM) and as most guides print it (base64url of the raw 32 bytes)."""
    from vuga.notifications.push.webpush import load_vapid, public_key_of

    vapid = Vapid()
    vapid.generate_keys()
    vapid.save_key(str(tmp_path / "private_key.pem"))
    raw = vapid.private_key.private_numbers().private_value.to_bytes(32, "big")
    from_pem = load_vapid((tmp_path / "private_key.pem").read_text())
    from_raw = load_vapid(b64url(raw))
    assert public_key_of(from_pem) == public_key_of(from_raw)
    assert len(public_key_of(from_raw)) == 87  # 65 bytes, an uncompressed P-256 point


async def test_fcm_unavailable_is_retried_then_dead(
    app: Litestar, client: AsyncClient, services: PushServices, admin_headers: dict[str, str]
) -> None:
    member = await register(client)
    phone = await app_login(client, member)
    assert (
        await client.put(SUBSCRIPTION, json={"provider": "fcm", "token": "t-busy"}, headers=phone)
    ).is_success
    services.failing.add("t-busy")
    await compose(client, admin_headers, push=True)
    await deliver(app)
    [letter] = await app.state.jobs.dead_letters.all()
    assert letter.task_name == "notifications.push_one"
    assert services.attempts["/v1/projects/vuga-test/messages:send"] == 1 + 3
    assert services.delivered == []
