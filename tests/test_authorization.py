"""Who may call what, generated from the app's route table so that a new route cannot go untested.

Two accounts with two profiles each. Every route under /api/v1/profiles/{profile_id} is called by account B
with account A's ids: each must answer 404 (A's things do not exist for B) and change nothing of A's. Every
admin route refuses anonymous callers (401) and viewers (403).
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from httpx import AsyncClient
from litestar import Litestar
from litestar.handlers import HTTPRouteHandler
from litestar.routes import HTTPRoute
from PIL import Image
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories import CatalogFactory
from tests.members import PASSWORD, Member, add_profile, register


def bodies(title_id: int) -> dict[tuple[str, str], Any]:
    """A valid body for each route that takes one, so that a refusal cannot come from validation instead."""
    return {
        ("PATCH", "/api/v1/profiles/{profile_id:int}"): {"json": {"name": "Taken over"}},
        ("PUT", "/api/v1/profiles/{profile_id:int}/ratings/{title_id:int}"): {"json": {"score": 1}},
        ("PUT", "/api/v1/profiles/{profile_id:int}/avatar"): "avatar",
        ("PUT", "/api/v1/profiles/{profile_id:int}/progress"): {
            "json": heartbeat(title_id, "stranger-session")
        },
        # B's own password: proving who B is must not open A's profiles.
        ("PUT", "/api/v1/profiles/{profile_id:int}/pin"): {"json": {"pin": "1234", "password": PASSWORD}},
        ("DELETE", "/api/v1/profiles/{profile_id:int}/pin"): {"json": {"password": PASSWORD}},
        ("POST", "/api/v1/profiles/{profile_id:int}/unlock"): {"json": {"pin": "1234"}},
        ("POST", "/api/v1/profiles/{profile_id:int}/qoe"): {
            "json": {"beacons": [{"session_id": "stranger-viewing", "title_id": title_id, "watched_s": 5}]}
        },
    }


def heartbeat(title_id: int, session_id: str) -> dict[str, Any]:
    return {
        "title_id": title_id,
        "position_s": 600,
        "duration_s": 5400,
        "session_id": session_id,
        "client_time": datetime.now(UTC).isoformat(),
    }


def routes(app: Litestar, prefix: str) -> list[tuple[str, str, HTTPRouteHandler]]:
    found = []
    for route in app.routes:
        if not isinstance(route, HTTPRoute) or not route.path.startswith(prefix):
            continue
        for method, handler in route.route_handler_map.items():
            if method not in ("HEAD", "OPTIONS"):
                found.append((method, route.path, handler[0] if isinstance(handler, tuple) else handler))
    return found


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (100, 100), "red").save(buffer, "PNG")
    return buffer.getvalue()


async def snapshot(session: AsyncSession, account_email: str) -> dict[str, list[Any]]:
    """Everything account A owns, to compare before and after B's attempts."""
    owner = "(SELECT p.id FROM profiles p JOIN accounts a ON a.id = p.account_id WHERE a.email = :email)"
    owned = {
        "profiles": ("id, name, avatar_url, is_kids, max_maturity_age, pin_hash, pin_failures", "id"),
        "watchlist_titles": ("profile_id, title_id", "profile_id"),
        "watchlist_episodes": ("profile_id, episode_id", "profile_id"),
        "favorite_titles": ("profile_id, title_id", "profile_id"),
        "favorite_episodes": ("profile_id, episode_id", "profile_id"),
        "ratings": ("profile_id, title_id, score", "profile_id"),
        "watch_state": ("profile_id, title_id, episode_key, position_s, completed", "profile_id"),
        "title_progress": ("profile_id, title_id, episode_id, position_s, completed", "profile_id"),
        "watch_history": ("profile_id, id, seconds_watched", "profile_id"),
        "notification_states": ("profile_id, notification_id, shown_at, dismissed_at", "profile_id"),
    }
    queries = {
        table: f"SELECT {columns} FROM {table} WHERE {key} IN {owner} ORDER BY 1, 2"
        for table, (columns, key) in owned.items()
    }
    queries["rating_aggregates"] = "SELECT id, rating_total, rating_count FROM titles ORDER BY id"
    result = {}
    for name, query in queries.items():
        rows = await session.execute(text(query), {"email": account_email})
        result[name] = [tuple(row) for row in rows]
    await session.commit()
    return result


async def test_no_account_reaches_another_accounts_profiles(
    app: Litestar, client: AsyncClient, make: CatalogFactory, session: AsyncSession
) -> None:
    a, b = await register(client), await register(client)
    for member in (a, b):
        await add_profile(client, member)
    title = await make.title()
    episode = await make.episode(await make.season(await make.title(kind="series")))
    for profile_id in a.profile_ids:
        base = f"/api/v1/profiles/{profile_id}"
        for shelf in ("watchlist", "favorites"):
            assert (await client.put(f"{base}/{shelf}/{title.id}", headers=a.headers)).status_code == 204
            assert (
                await client.put(f"{base}/{shelf}/episodes/{episode.id}", headers=a.headers)
            ).status_code == 204
        assert (
            await client.put(f"{base}/ratings/{title.id}", json={"score": 9}, headers=a.headers)
        ).is_success
        beat = heartbeat(title.id, f"session-{profile_id}")
        assert (await client.put(f"{base}/progress", json=beat, headers=a.headers)).status_code == 204
    entries = (await client.get(f"/api/v1/profiles/{a.profile_ids[1]}/history", headers=a.headers)).json()
    lease = await client.post(f"/api/v1/profiles/{a.profile_ids[1]}/playback-sessions", headers=a.headers)
    channel = await session.execute(text("INSERT INTO live_channels (name) VALUES ('Reach') RETURNING id"))
    channel_id = channel.scalar_one()
    notification = await session.execute(
        text(
            "INSERT INTO notifications (title, audience, send_at, expires_at)"
            " VALUES ('For everyone', 'everyone', :sent, :ends) RETURNING id"
        ),
        {"sent": datetime.now(UTC) - timedelta(minutes=1), "ends": datetime.now(UTC) + timedelta(days=1)},
    )
    notification_id = notification.scalar_one()
    await session.commit()
    values = {
        "profile_id": a.profile_ids[1],
        "title_id": title.id,
        "episode_id": episode.id,
        "entry_id": entries["items"][0]["id"],
        "session_id": lease.json()["id"],  # A's stream: B cannot stop it
        "channel_id": channel_id,
        "notification_id": notification_id,  # sent to everyone, B's profiles too: A's profile is still 404
    }
    valid_bodies = bodies(title.id)
    # One of A's profiles is locked: B's answers for it are 404 too, never the lock's 403 (no disclosure).
    locked = f"/api/v1/profiles/{a.profile_ids[1]}"
    lock = {"pin": "2580", "password": a.password}
    assert (await client.put(f"{locked}/pin", json=lock, headers=a.headers)).status_code == 204
    before = await snapshot(session, a.email)

    profile_routes = routes(app, "/api/v1/profiles/{profile_id")
    assert len(profile_routes) >= 15
    for method, path, handler in profile_routes:
        params = re.findall(r"\{(\w+):int\}", path)
        missing = [name for name in params if name not in values]
        assert not missing, f"{method} {path}: add a value for {missing} to this test"
        url = re.sub(r"\{(\w+):int\}", lambda match: str(values[match.group(1)]), path)
        body = valid_bodies.get((method, path))
        if "data" in handler.parsed_fn_signature.parameters:
            assert body is not None, f"{method} {path} takes a body: add a valid one to bodies()"
        kwargs = {"files": {"file": ("a.png", png(), "image/png")}} if body == "avatar" else (body or {})
        response = await client.request(method, url, headers=b.headers, **kwargs)
        assert response.status_code == 404, f"{method} {path}: {response.status_code} {response.text}"
        assert response.headers["content-type"].startswith("application/problem+json")

    assert await snapshot(session, a.email) == before
    # and A still reaches all of it, the locked profile once unlocked
    unlocked = await client.post(f"{locked}/unlock", json={"pin": "2580"}, headers=a.headers)
    profile_token = {"Authorization": f"Bearer {unlocked.json()['access_token']}"}
    for profile_id, headers in zip(a.profile_ids, [a.headers, profile_token], strict=True):
        items = (await client.get(f"/api/v1/profiles/{profile_id}/watchlist", headers=headers)).json()[
            "items"
        ]
        assert len(items) == 2


@pytest.mark.parametrize("as_viewer", [False, True])
async def test_admin_routes_refuse_anonymous_callers_and_viewers(
    app: Litestar, client: AsyncClient, member: Member, as_viewer: bool
) -> None:
    admin_routes = routes(app, "/api/v1/admin")
    assert len(admin_routes) >= 30
    headers = member.headers if as_viewer else {}
    for method, path, _handler in admin_routes:
        url = re.sub(r"\{(\w+):int\}", "1", path)
        response = await client.request(method, url, headers=headers, json={})
        assert response.status_code == (403 if as_viewer else 401), f"{method} {path}"


async def test_personal_routes_need_a_token(app: Litestar, client: AsyncClient) -> None:
    personal = routes(app, "/api/v1/profiles") + routes(app, "/api/v1/me")
    personal += [
        r
        for r in routes(app, "/api/v1/auth")
        if r[1]
        not in {
            "/api/v1/auth/register",
            "/api/v1/auth/login",
            "/api/v1/auth/refresh",
            # A mailed link's token is the credential of these: see tests/accounts/test_recovery.py.
            "/api/v1/auth/password-reset",
            "/api/v1/auth/password-reset/confirm",
            "/api/v1/auth/verify-email",
            # A TV signing in has no token yet: its device code is its credential (tests/devices).
            "/api/v1/auth/device",
            "/api/v1/auth/device/token",
        }
    ]
    for method, path, _handler in personal:
        url = re.sub(r"\{(\w+):int\}", "1", path)
        response = await client.request(method, url, json={})
        assert response.status_code == 401, f"{method} {path}"


async def test_routes_reading_as_a_profile_refuse_another_account_s_profile(
    app: Litestar, client: AsyncClient
) -> None:
    """Public routes that can read as a profile (``?profile_id=``, e.g. search): another account's profile is
    404 and no token is 401, for every such route in the route table."""
    a, b = await register(client), await register(client)
    checked = []
    for method, path, handler in routes(app, "/api/v1"):
        if "profile_id" not in handler.parsed_fn_signature.parameters or "{profile_id" in path:
            continue
        url = re.sub(r"\{(\w+):int\}", "1", path)
        params = {"profile_id": a.profile_id, "q": "anything"}
        response = await client.request(method, url, params=params, headers=b.headers)
        assert response.status_code == 404, f"{method} {path}: {response.status_code} {response.text}"
        assert response.headers["content-type"].startswith("application/problem+json")
        assert (await client.request(method, url, params=params)).status_code == 401, f"{method} {path}"
        assert (await client.request(method, url, params=params, headers=a.headers)).status_code == 200
        checked.append(path)
    assert {"/api/v1/search", "/api/v1/search/suggest"} <= set(checked)
