"""Accounts for tests, created through the API as a client would."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import httpx

PASSWORD = "correct horse battery staple"
_numbers = itertools.count(1)


@dataclass
class Member:
    email: str
    password: str
    access_token: str
    refresh_token: str
    profile_ids: list[int] = field(default_factory=list)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}

    @property
    def profile_id(self) -> int:
        return self.profile_ids[0]


async def register(client: httpx.AsyncClient, email: str | None = None, password: str = PASSWORD) -> Member:
    email = email or f"viewer{next(_numbers)}@example.com"
    response = await client.post("/api/v1/auth/register", json={"email": email, "password": password})
    assert response.status_code == 201, response.text
    tokens = response.json()
    member = Member(email, password, tokens["access_token"], tokens["refresh_token"])
    profiles = await client.get("/api/v1/profiles", headers=member.headers)
    member.profile_ids = [profile["id"] for profile in profiles.json()["items"]]
    return member


async def add_profile(client: httpx.AsyncClient, member: Member, **fields: object) -> int:
    body = {"name": f"Profile {next(_numbers)}"} | fields
    response = await client.post("/api/v1/profiles", json=body, headers=member.headers)
    assert response.status_code == 201, response.text
    profile_id: int = response.json()["id"]
    member.profile_ids.append(profile_id)
    return profile_id
