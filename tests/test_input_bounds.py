"""Input that does not fit what it names: an id past its column, a cursor holding such a number or a date
that has no UTC instant, a JSON body nested or sized past the limits. Each is a 4xx problem that changes
nothing, never a 500."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import msgspec
import pytest
from httpx import AsyncClient
from sqlalchemy import text

from tests.factories import CatalogFactory
from tests.members import PASSWORD, Member
from vuga.core.db import Base, Database

PROBLEM = "application/problem+json"
INF = float("inf")  # spelled 1e400 in the JSON, as a client could
# What each kind of number in a cursor's key must not be: past its column, of the wrong kind, or infinite.
OUT_OF_RANGE: dict[str, list[Any]] = {
    "id": [0, -1, 2**31, 2**63, -(2**63) - 1, 1e30, 5.5, INF],  # 32-bit ids, from 1
    "big_id": [0, -1, 2**63, 2**64, 1e30, 5.5, INF],  # 64-bit ids, from 1
    "small": [2**15, -(2**15) - 1, 2**31, 2**63, 1e30, 5.5, INF],  # a SMALLINT (a year, a number)
    "float": [INF, -INF],
}


def assert_problem(response: Any, *statuses: int) -> dict[str, Any]:
    assert response.status_code in statuses, (response.status_code, response.text)
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    return body


# --- integers in the query --------------------------------------------------------------------------------


@pytest.mark.parametrize("genre", ["99999999999999999999", "2147483648", "9" * 64])
@pytest.mark.parametrize("path", ["/api/v1/titles", "/api/v1/search"])
async def test_a_genre_id_past_its_column_is_invalid_input(
    client: AsyncClient, path: str, genre: str
) -> None:
    response = await client.get(path, params={"q": "x", "genre": genre})
    assert assert_problem(response, 422)["errors"][0]["field"] == "genre"


# --- numbers and dates inside a cursor --------------------------------------------------------------------


def tampered(cursor: str, key: list[Any]) -> str:
    """``cursor`` (a real one, so its list's fingerprint is right) holding ``key`` instead of its own."""
    version, fingerprint, _ = msgspec.json.decode(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    parts = ["INF" if part == INF else "-INF" if part == -INF else part for part in key]
    raw = msgspec.json.encode([version, fingerprint, parts]).replace(b'"INF"', b"1e400")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def with_cursor(url: str, cursor: str) -> httpx.QueryParams:
    """The query of ``url`` with the cursor added (httpx replaces a URL's own query with ``params``)."""
    return httpx.URL(url).params.set("cursor", cursor)


@dataclass
class Lists:
    """A page-one cursor of every paged list, and what its key looks like."""

    member: Member
    cursors: dict[str, tuple[str, str, list[Any]]]  # name -> (url, cursor, a valid key)
    kinds: dict[str, list[str | None]]  # name -> the kind of number of each part of its key (None: no number)


async def first_cursor(client: AsyncClient, url: str, headers: dict[str, str] | None = None) -> str:
    response = await client.get(url, params=httpx.URL(url).params.set("limit", 1), headers=headers)
    assert response.status_code == 200, response.text
    cursor: str = response.json()["next_cursor"]
    assert cursor
    return cursor


@pytest.fixture
async def lists(client: AsyncClient, member: Member, make: CatalogFactory) -> Lists:
    movies = [await make.title(f"Ocean {n}", popularity=n) for n in range(2)]
    series = await make.title("Ocean Series", kind="series")
    season = await make.season(series)
    for number in (1, 2):
        await make.episode(season, number)
    profile = f"/api/v1/profiles/{member.profile_id}"
    for movie in movies:
        assert (
            await client.put(f"{profile}/watchlist/{movie.id}", headers=member.headers)
        ).status_code == 204
        assert (
            await client.put(f"{profile}/favorites/{movie.id}", headers=member.headers)
        ).status_code == 204
        beat = {
            "title_id": movie.id,
            "position_s": 60,
            "duration_s": 5400,
            "session_id": f"bounds-{movie.id:04d}",
            "client_time": (datetime.now(UTC) - timedelta(minutes=movie.id)).isoformat(),
        }
        response = await client.put(f"{profile}/progress", json=beat, headers=member.headers)
        assert response.status_code == 204, response.text
    now = datetime.now(UTC).isoformat()
    urls: dict[str, tuple[str, list[tuple[Any, str | None]]]] = {
        "popular": ("/api/v1/titles?sort=popular", [(1.0, "float"), (1, "id")]),
        "newest": ("/api/v1/titles?sort=newest", [(now, None), (1, "id")]),
        "release_year": ("/api/v1/titles?sort=release_year", [(2020, "small"), (1, "id")]),
        "rating": ("/api/v1/titles?sort=rating", [(1.0, "float"), (1, "id")]),
        "title": ("/api/v1/titles?sort=title", [("ocean", None), (1, "id")]),
        "episodes": (f"/api/v1/titles/{series.id}/seasons/1/episodes", [(1, "small")]),
        "search": ("/api/v1/search?q=ocean", [(1.0, "float"), (1, "id")]),
        "watchlist": (f"{profile}/watchlist", [(now, None), ("title", None), (1, "id")]),
        "favorites": (f"{profile}/favorites", [(now, None), ("title", None), (1, "id")]),
        "history": (f"{profile}/history", [(now, None), (1, "big_id")]),
    }
    cursors, kinds = {}, {}
    for name, (url, parts) in urls.items():
        cursors[name] = (url, await first_cursor(client, url, member.headers), [part for part, _ in parts])
        kinds[name] = [kind for _, kind in parts]
    return Lists(member, cursors, kinds)


LIST_NAMES = [
    "popular",
    "newest",
    "release_year",
    "rating",
    "title",
    "episodes",
    "search",
    "watchlist",
    "favorites",
    "history",
]


async def test_a_valid_tampered_key_is_still_served(client: AsyncClient, lists: Lists) -> None:
    """The tampering itself keeps a cursor decodable: a key of the right shape is answered, so the refusals
    below are about the numbers."""
    for url, cursor, key in lists.cursors.values():
        response = await client.get(
            url, params=with_cursor(url, tampered(cursor, key)), headers=lists.member.headers
        )
        assert response.status_code == 200, (url, response.text)


@pytest.mark.parametrize("name", LIST_NAMES)
async def test_a_cursor_holding_a_number_past_its_column_is_a_bad_request(
    client: AsyncClient, lists: Lists, name: str
) -> None:
    url, cursor, key = lists.cursors[name]
    for position, kind in enumerate(lists.kinds[name]):
        for number in OUT_OF_RANGE[kind] if kind else []:
            bad = [*key[:position], number, *key[position + 1 :]]
            response = await client.get(
                url, params=with_cursor(url, tampered(cursor, bad)), headers=lists.member.headers
            )
            assert "malformed" in assert_problem(response, 400)["detail"], (bad, response.text)


@pytest.mark.parametrize("moment", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2026-01-01"])
@pytest.mark.parametrize("name", ["newest", "watchlist", "favorites", "history"])
async def test_a_cursor_dated_outside_what_utc_holds_is_a_bad_request(
    client: AsyncClient, lists: Lists, name: str, moment: str
) -> None:
    url, cursor, key = lists.cursors[name]
    response = await client.get(
        url, params=with_cursor(url, tampered(cursor, [moment, *key[1:]])), headers=lists.member.headers
    )
    assert "malformed" in assert_problem(response, 400)["detail"]


@pytest.mark.parametrize(("name", "position"), [("title", 0), ("watchlist", 1)])
async def test_a_cursor_holding_nul_is_a_bad_request(
    client: AsyncClient, lists: Lists, name: str, position: int
) -> None:
    url, cursor, key = lists.cursors[name]
    bad = [*key[:position], "a\x00b", *key[position + 1 :]]
    response = await client.get(
        url, params=with_cursor(url, tampered(cursor, bad)), headers=lists.member.headers
    )
    assert "malformed" in assert_problem(response, 400)["detail"]


# --- JSON bodies ------------------------------------------------------------------------------------------

DEEP_BODIES = {
    "arrays": b"[" * 1000 + b"]" * 1000,
    "objects": b'{"a":' * 1000 + b"1" + b"}" * 1000,
    "deep-in-a-field": b'{"email":' + b"[" * 5000 + b"]" * 5000 + b"}",
}


async def row_counts(database: Database) -> dict[str, int]:
    async with database.writer() as session:
        return {
            table.name: (await session.execute(text(f"SELECT COUNT(*) FROM {table.name}"))).scalar_one()
            for table in Base.metadata.sorted_tables
        }


def json_operations(member: Member) -> list[tuple[str, str]]:
    profile = f"/api/v1/profiles/{member.profile_id}"
    return [
        ("POST", "/api/v1/auth/register"),
        ("POST", "/api/v1/auth/login"),
        ("POST", "/api/v1/auth/refresh"),
        ("POST", "/api/v1/auth/password"),
        ("POST", "/api/v1/auth/password-reset"),
        ("POST", "/api/v1/auth/password-reset/confirm"),
        ("POST", "/api/v1/auth/verify-email"),
        ("POST", "/api/v1/auth/device"),
        ("POST", "/api/v1/auth/device/token"),
        ("POST", "/api/v1/auth/device/approve"),
        ("POST", "/api/v1/auth/device/deny"),
        ("PATCH", "/api/v1/me"),
        ("POST", "/api/v1/profiles"),
        ("PATCH", profile),
        ("PUT", f"{profile}/ratings/1"),
        ("PUT", f"{profile}/progress"),
        ("POST", f"{profile}/qoe"),
        ("PUT", f"{profile}/pin"),
        ("DELETE", f"{profile}/pin"),
        ("POST", f"{profile}/unlock"),
        ("PUT", "/api/v1/me/push-subscriptions"),
        ("POST", "/api/v1/admin/titles"),
        ("PATCH", "/api/v1/admin/titles/1"),
        ("PUT", "/api/v1/admin/top10"),
        ("POST", "/api/v1/admin/seasons"),
        ("PATCH", "/api/v1/admin/seasons/1"),
        ("POST", "/api/v1/admin/episodes"),
        ("PATCH", "/api/v1/admin/episodes/1"),
        ("POST", "/api/v1/admin/genres"),
        ("PATCH", "/api/v1/admin/genres/1"),
        ("POST", "/api/v1/admin/languages"),
        ("POST", "/api/v1/admin/people"),
        ("PATCH", "/api/v1/admin/people/1"),
        ("POST", "/api/v1/admin/credits"),
        ("PATCH", "/api/v1/admin/credits/1"),
        ("POST", "/api/v1/admin/sources"),
        ("PATCH", "/api/v1/admin/sources/1"),
        ("POST", "/api/v1/admin/subtitles"),
        ("PATCH", "/api/v1/admin/subtitles/1"),
        ("POST", "/api/v1/admin/trailers"),
        ("POST", "/api/v1/admin/uploads/multipart"),
        ("POST", "/api/v1/admin/uploads/1/part-urls"),
        ("POST", "/api/v1/admin/titles/1/media"),
        ("POST", "/api/v1/admin/episodes/1/media"),
        ("POST", "/api/v1/admin/live/channels"),
        ("PATCH", "/api/v1/admin/live/channels/1"),
        ("POST", "/api/v1/admin/live/categories"),
        ("PATCH", "/api/v1/admin/live/categories/1"),
        ("PUT", "/api/v1/admin/live/categories/1/channels"),
        ("POST", "/api/v1/admin/live/programmes"),
        ("PATCH", "/api/v1/admin/live/programmes/1"),
        ("PATCH", "/api/v1/admin/accounts/1"),
        ("POST", "/api/v1/admin/live/epg-imports/url"),
        ("POST", "/api/v1/admin/titles/1/artwork/poster/from-upload"),
        ("POST", "/api/v1/admin/notifications"),
        ("POST", "/api/v1/me/subscription/checkout"),
        ("POST", "/api/v1/billing/webhooks/stripe"),
        ("POST", "/api/v1/admin/plans"),
        ("PATCH", "/api/v1/admin/plans/1"),
        ("POST", "/api/v1/admin/subscriptions/grants"),
        ("POST", "/api/v1/admin/subscriptions/1/revoke"),
        ("POST", "/api/v1/admin/promo-codes"),
        ("PATCH", "/api/v1/admin/promo-codes/1"),
        ("PUT", "/api/v1/admin/titles/1/availability"),
        ("PUT", "/api/v1/admin/episodes/1/availability"),
    ]


def path_shape(path: str) -> str:
    parameters = ("{", *"0123456789")
    return "/".join(
        "{}" if part.startswith(parameters) or part == "poster" else part for part in path.split("/")
    )


def test_every_json_operation_is_covered(app: Any) -> None:
    """The body tests cover each operation that the OpenAPI document says takes a JSON body."""
    documented = {
        (method.upper(), path_shape(path))
        for path, operations in app.openapi_schema.to_schema()["paths"].items()
        for method, operation in operations.items()
        if "application/json" in operation.get("requestBody", {}).get("content", {})
    }
    covered = {(method, path_shape(path)) for method, path in json_operations(Member("", "", "", "", [1]))}
    assert covered == documented


@pytest.mark.parametrize("body", DEEP_BODIES.values(), ids=DEEP_BODIES.keys())
@pytest.mark.parametrize("authenticated", [False, True], ids=["anonymous", "admin"])
async def test_a_deeply_nested_body_is_refused_and_changes_nothing(
    client: AsyncClient,
    member: Member,
    admin_headers: dict[str, str],
    database: Database,
    body: bytes,
    authenticated: bool,
) -> None:
    before = await row_counts(database)
    headers = {"content-type": "application/json"} | (admin_headers if authenticated else {})
    for method, path in json_operations(member):
        # a viewer's own profile routes need the viewer's token, the admin routes the admin's
        own = (
            member.headers
            if (authenticated and ("/profiles" in path or "/me/" in path)) or path.endswith("/me")
            else {}
        )
        response = await client.request(method, path, content=body, headers=headers | own)
        status = response.status_code
        assert status < 500, (method, path, status, response.text)
        if status != 401:
            assert_problem(response, 400, 413, 422)
    assert await row_counts(database) == before


async def test_a_string_holding_nul_is_refused_and_changes_nothing(
    client: AsyncClient, member: Member, database: Database
) -> None:
    before = await row_counts(database)
    for method, path, body in [
        ("POST", "/api/v1/auth/register", {"email": "nul\x00@example.com", "password": PASSWORD}),
        ("POST", "/api/v1/profiles", {"name": "Kid\x00"}),
        ("PATCH", f"/api/v1/profiles/{member.profile_id}", {"name": "Kid\x00"}),
    ]:
        response = await client.request(method, path, json=body, headers=member.headers)
        assert "NUL" in assert_problem(response, 400)["detail"]
    assert await row_counts(database) == before


async def test_a_body_past_the_size_limit_is_refused(client: AsyncClient, database: Database) -> None:
    before = await row_counts(database)
    big = msgspec.json.encode({"email": "big@example.com", "password": PASSWORD, "pad": "x" * (2 << 20)})
    response = await client.post(
        "/api/v1/auth/register", content=big, headers={"content-type": "application/json"}
    )
    assert_problem(response, 413)
    assert await row_counts(database) == before
