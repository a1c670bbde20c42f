"""Statement counts of the write endpoints that the per-feature tests do not count: each must run the same
number of statements whether the database holds little or ten times more."""

from __future__ import annotations

import io
import itertools
from datetime import UTC, datetime
from typing import Any

from httpx import AsyncClient
from PIL import Image

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory
from tests.members import Member, add_profile, register

_numbers = itertools.count(1)


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (100, 100), "blue").save(buffer, "PNG")
    return buffer.getvalue()


async def grow(client: AsyncClient, make: CatalogFactory, times: int) -> None:
    """More of everything: accounts with profiles and sessions, titles with credits."""
    genre = await make.genre()
    for _ in range(times):
        other = await register(client)
        await add_profile(client, other)
        await make.full_movie([genre])


async def count(client: AsyncClient, queries: QueryCounter, method: str, path: str, **kwargs: Any) -> int:
    queries.reset()
    response = await client.request(method, path, **kwargs)
    assert response.is_success, f"{method} {path}: {response.status_code} {response.text}"
    return queries.count


async def account_costs(client: AsyncClient, make: CatalogFactory, queries: QueryCounter) -> dict[str, int]:
    n = next(_numbers)
    email, password = f"counted{n}@example.com", "a long counted passphrase"
    costs = {
        "register": await count(
            client, queries, "POST", "/api/v1/auth/register", json={"email": email, "password": password}
        )
    }
    login = await client.post("/api/v1/auth/login", json={"email": email, "password": password})
    tokens = login.json()
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    await client.get("/api/v1/me", headers=headers)  # the session is resolved once, then cached
    costs["login"] = await count(
        client, queries, "POST", "/api/v1/auth/login", json={"email": email, "password": password}
    )
    refreshed = await client.post("/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    costs["refresh"] = await count(
        client,
        queries,
        "POST",
        "/api/v1/auth/refresh",
        json={"refresh_token": refreshed.json()["refresh_token"]},
    )
    costs["patch me"] = await count(
        client, queries, "PATCH", "/api/v1/me", json={"display_name": "X"}, headers=headers
    )
    created = await client.post("/api/v1/profiles", json={"name": "Extra"}, headers=headers)
    costs["create profile"] = await count(
        client, queries, "POST", "/api/v1/profiles", json={"name": "More"}, headers=headers
    )
    profile_id = created.json()["id"]
    costs["avatar"] = await count(
        client,
        queries,
        "PUT",
        f"/api/v1/profiles/{profile_id}/avatar",
        files={"file": ("a.png", png(), "image/png")},
        headers=headers,
    )
    costs["delete profile"] = await count(
        client, queries, "DELETE", f"/api/v1/profiles/{profile_id}", headers=headers
    )
    costs["password"] = await count(
        client,
        queries,
        "POST",
        "/api/v1/auth/password",
        json={"current_password": password, "new_password": "another long passphrase"},
        headers=headers,
    )
    costs["logout-all"] = await count(client, queries, "POST", "/api/v1/auth/logout-all", headers=headers)
    second = (
        await client.post("/api/v1/auth/login", json={"email": email, "password": "another long passphrase"})
    ).json()
    second_headers = {"Authorization": f"Bearer {second['access_token']}"}
    await client.get("/api/v1/me", headers=second_headers)
    costs["logout"] = await count(client, queries, "POST", "/api/v1/auth/logout", headers=second_headers)
    third = (
        await client.post("/api/v1/auth/login", json={"email": email, "password": "another long passphrase"})
    ).json()
    third_headers = {"Authorization": f"Bearer {third['access_token']}"}
    await client.get("/api/v1/me", headers=third_headers)
    costs["delete me"] = await count(client, queries, "DELETE", "/api/v1/me", headers=third_headers)
    return costs


async def test_account_endpoints_run_a_constant_number_of_queries(
    client: AsyncClient, make: CatalogFactory, queries: QueryCounter
) -> None:
    small = await account_costs(client, make, queries)
    await grow(client, make, 8)
    assert await account_costs(client, make, queries) == small


async def personal_costs(
    client: AsyncClient, member: Member, make: CatalogFactory, queries: QueryCounter
) -> dict[str, int]:
    title = await make.title()
    base = f"/api/v1/profiles/{member.profile_id}"
    headers = member.headers
    costs = {}
    for shelf in ("favorites",):
        costs[f"{shelf} add"] = await count(
            client, queries, "PUT", f"{base}/{shelf}/{title.id}", headers=headers
        )
        costs[f"{shelf} list"] = await count(client, queries, "GET", f"{base}/{shelf}", headers=headers)
        costs[f"{shelf} remove"] = await count(
            client, queries, "DELETE", f"{base}/{shelf}/{title.id}", headers=headers
        )
    await client.put(f"{base}/ratings/{title.id}", json={"score": 6}, headers=headers)
    costs["rating get"] = await count(client, queries, "GET", f"{base}/ratings/{title.id}", headers=headers)
    costs["rating delete"] = await count(
        client, queries, "DELETE", f"{base}/ratings/{title.id}", headers=headers
    )
    beat = {
        "title_id": title.id,
        "position_s": 100,
        "duration_s": 5400,
        "session_id": f"counted-session-{next(_numbers)}",
        "client_time": datetime.now(UTC).isoformat(),
    }
    costs["heartbeat, first"] = await count(
        client, queries, "PUT", f"{base}/progress", json=beat, headers=headers
    )
    beat["position_s"] = 110
    beat["client_time"] = datetime.now(UTC).isoformat()
    costs["heartbeat, again"] = await count(
        client, queries, "PUT", f"{base}/progress", json=beat, headers=headers
    )
    entry = (await client.get(f"{base}/history", headers=headers)).json()["items"][0]["id"]
    costs["history delete"] = await count(
        client, queries, "DELETE", f"{base}/history/{entry}", headers=headers
    )
    costs["completed"] = await count(
        client, queries, "POST", f"{base}/titles/{title.id}/completed", headers=headers
    )
    costs["unwatched"] = await count(
        client, queries, "DELETE", f"{base}/titles/{title.id}/completed", headers=headers
    )
    costs["clear history"] = await count(client, queries, "DELETE", f"{base}/history", headers=headers)
    lock = {"pin": "4821", "password": member.password}
    costs["pin set"] = await count(client, queries, "PUT", f"{base}/pin", json=lock, headers=headers)
    costs["unlock"] = await count(
        client, queries, "POST", f"{base}/unlock", json={"pin": "4821"}, headers=headers
    )
    costs["pin remove"] = await count(
        client, queries, "DELETE", f"{base}/pin", json={"password": member.password}, headers=headers
    )
    costs["share"] = await count(client, queries, "POST", f"/api/v1/titles/{title.id}/shares")
    costs["download"] = await count(client, queries, "POST", f"/api/v1/titles/{title.id}/downloads")
    # Last: the request only queues the mail; the job's own statements run after its answer.
    costs["password reset asked"] = await count(
        client, queries, "POST", "/api/v1/auth/password-reset", json={"email": member.email}
    )
    return costs


async def test_personal_endpoints_run_a_constant_number_of_queries(
    client: AsyncClient, member: Member, make: CatalogFactory, queries: QueryCounter
) -> None:
    await client.get("/api/v1/me", headers=member.headers)
    small = await personal_costs(client, member, make, queries)
    await grow(client, make, 8)
    assert await personal_costs(client, member, make, queries) == small


async def admin_costs(
    client: AsyncClient, headers: dict[str, str], make: CatalogFactory, queries: QueryCounter
) -> dict[str, int]:
    n = next(_numbers)
    title, person = await make.title(), await make.person()
    episode = await make.episode(await make.season(await make.title(kind="series")))
    costs = {}
    admin = "/api/v1/admin"
    genre = await client.post(f"{admin}/genres", json={"slug": f"g-{n}", "name": "G"}, headers=headers)
    costs["genre create"] = await count(
        client, queries, "POST", f"{admin}/genres", json={"slug": f"h-{n}", "name": "H"}, headers=headers
    )
    costs["genre patch"] = await count(
        client, queries, "PATCH", f"{admin}/genres/{genre.json()['id']}", json={"name": "GG"}, headers=headers
    )
    costs["genre delete"] = await count(
        client, queries, "DELETE", f"{admin}/genres/{genre.json()['id']}", headers=headers
    )
    language = await client.post(
        f"{admin}/languages",
        json={"code": "q" + chr(97 + n % 26) + chr(97 + n // 26 % 26), "name": "X"},
        headers=headers,
    )
    costs["language delete"] = await count(
        client, queries, "DELETE", f"{admin}/languages/{language.json()['id']}", headers=headers
    )
    credit = {"title_id": title.id, "person_id": person.id, "role": "writer"}
    costs["credit create"] = await count(
        client, queries, "POST", f"{admin}/credits", json=credit, headers=headers
    )
    subtitle = {"episode_id": episode.id, "language_code": "en", "format": "srt", "url": "/s.srt"}
    costs["subtitle create"] = await count(
        client, queries, "POST", f"{admin}/subtitles", json=subtitle, headers=headers
    )
    trailer = {"title_id": title.id, "kind": "mp4", "url": "/t.mp4"}
    costs["trailer create"] = await count(
        client, queries, "POST", f"{admin}/trailers", json=trailer, headers=headers
    )
    costs["person patch"] = await count(
        client, queries, "PATCH", f"{admin}/people/{person.id}", json={"name": "P"}, headers=headers
    )
    costs["episode patch"] = await count(
        client, queries, "PATCH", f"{admin}/episodes/{episode.id}", json={"name": "E"}, headers=headers
    )
    costs["top10"] = await count(
        client, queries, "PUT", f"{admin}/top10", json={"title_ids": [title.id]}, headers=headers
    )
    costs["title get"] = await count(client, queries, "GET", f"{admin}/titles/{title.id}", headers=headers)
    costs["unpublish"] = await count(
        client, queries, "POST", f"{admin}/titles/{title.id}/unpublish", headers=headers
    )
    return costs


async def test_admin_endpoints_run_a_constant_number_of_queries(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory, queries: QueryCounter
) -> None:
    small = await admin_costs(client, admin_headers, make, queries)
    await grow(client, make, 8)
    assert await admin_costs(client, admin_headers, make, queries) == small
