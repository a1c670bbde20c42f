"""A 422 names every invalid field and parameter at once, by the request's own field names."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient

from tests.members import Member


def fields(response: Any) -> list[str]:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    return [error["field"] for error in response.json()["errors"]]


async def test_every_invalid_field_of_a_body_is_listed(client: AsyncClient, member: Member) -> None:
    body = {"name": "", "is_kids": "maybe", "max_maturity": "21+", "role": "admin"}
    response = await client.post("/api/v1/profiles", json=body, headers=member.headers)
    assert fields(response) == ["name", "is_kids", "max_maturity", "role"]
    listed = await client.get("/api/v1/profiles", headers=member.headers)
    assert len(listed.json()["items"]) == 1  # nothing was created


async def test_missing_and_invalid_fields_are_listed_together(client: AsyncClient, member: Member) -> None:
    body = {"title_id": 0, "position_s": -5}
    response = await client.put(
        f"/api/v1/profiles/{member.profile_id}/progress", json=body, headers=member.headers
    )
    # A heartbeat is a title's or a channel's, so a title's duration_s is asked for once the body is
    # well-formed (tests/livetv/test_audience.py); here, every field the schema refuses, at once.
    assert fields(response) == ["session_id", "client_time", "title_id", "position_s"]
    assert response.json()["errors"][0]["message"] == "is required"


async def test_every_invalid_parameter_is_listed(client: AsyncClient) -> None:
    response = await client.get("/api/v1/titles", params={"limit": 0, "kind": "podcast"})
    assert sorted(fields(response)) == ["kind", "limit"]


@pytest.mark.parametrize("params", [{}, {"q": "x" * 201}], ids=["missing", "too long"])
async def test_a_missing_and_a_too_long_query_get_the_same_answer(
    client: AsyncClient, params: dict[str, str]
) -> None:
    for path in ("/api/v1/search", "/api/v1/search/suggest"):
        assert fields(await client.get(path, params=params)) == ["q"]


@pytest.mark.parametrize(
    ("password", "rules"),
    [
        ("short", ["use at least 10 characters"]),
        ("password123", ["is one of the most common passwords; choose a less common one"]),
        ("aaaaabbbbbaaaaa", ["use at least 5 different characters"]),
        ("marguerite-2026!", ["contains your email address's name; choose one that does not"]),
        (
            "aaaa",
            ["use at least 10 characters", "use at least 5 different characters"],
        ),
    ],
)
async def test_the_password_rules_say_which_rule_failed(
    client: AsyncClient, password: str, rules: list[str]
) -> None:
    response = await client.post(
        "/api/v1/auth/register", json={"email": "marguerite@example.com", "password": password}
    )
    assert fields(response) == ["password"] * len(rules)
    assert [error["message"] for error in response.json()["errors"]] == rules
