"""Uploads' fixtures: editors (the role uploads need) and tus request headers."""

from __future__ import annotations

import base64

import httpx
import pytest
from sqlalchemy import text

from tests.members import register
from vuga.core.db import Database

TUS = {"Tus-Resumable": "1.0.0"}
OFFSET_STREAM = {"Content-Type": "application/offset+octet-stream"}


def metadata(filename: str = "film.mp4", filetype: str = "video/mp4") -> str:
    def encoded(value: str) -> str:
        return base64.b64encode(value.encode()).decode()

    return f"filename {encoded(filename)},filetype {encoded(filetype)}"


def creation(length: int, **extra: str) -> dict[str, str]:
    return {**TUS, "Upload-Length": str(length), "Upload-Metadata": metadata(), **extra}


def patch_headers(offset: int, **extra: str) -> dict[str, str]:
    return {**TUS, **OFFSET_STREAM, "Upload-Offset": str(offset), **extra}


async def headers_with_role(client: httpx.AsyncClient, database: Database, role: str) -> dict[str, str]:
    member = await register(client)
    async with database.writer() as session, session.begin():
        await session.execute(
            text("UPDATE accounts SET role = :role WHERE email = :email"),
            {"role": role, "email": member.email},
        )
    login = await client.post("/api/v1/auth/login", json={"email": member.email, "password": member.password})
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    await client.get("/api/v1/me", headers=headers)  # the session resolved once, then cached
    return headers


@pytest.fixture
async def editor(client: httpx.AsyncClient, database: Database) -> dict[str, str]:
    return await headers_with_role(client, database, "editor")


@pytest.fixture
async def other_editor(client: httpx.AsyncClient, database: Database) -> dict[str, str]:
    return await headers_with_role(client, database, "editor")


async def create(client: httpx.AsyncClient, headers: dict[str, str], length: int, **extra: str) -> str:
    response = await client.post("/api/v1/admin/uploads", headers={**headers, **creation(length, **extra)})
    assert response.status_code == 201, response.text
    return response.headers["Location"]
