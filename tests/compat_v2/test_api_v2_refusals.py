"""``/api/v2`` refusals: every route without the key or with hostile bodies answers, never a 500, and each
endpoint refuses bad fields in its own VUGA convention."""

from __future__ import annotations

import re
from typing import Any

import httpx

from tests.compat_v2.contract import contract
from tests.compat_v2.test_api_v2 import HEADERS, settings, sign_up

__all__ = ["settings"]  # the fixture: /api/v2 served with the tests' key


FIELDS = [
    "user_id",
    "app_user_id",
    "profile_id",
    "content_id",
    "episode_id",
    "actor_id",
    "genre_id",
    "category_id",
    "tv_category_id",
    "channel_id",
    "start",
    "limit",
    "page",
    "per_page",
    "type",
    "search",
    "keyword",
    "rating",
    "is_kids",
    "age",
    "name",
    "email",
    "device_token",
    "content_ids",
    "date",
    "image_data",
]


def hostile_bodies(uid: int) -> list[dict[str, Any]]:
    """Bodies no app sends: words for numbers, numbers past every column, wrong JSON types, nothing."""
    return [
        {},
        {"data": dict.fromkeys(FIELDS, "abc")},
        {"data": {name: str(2**40) for name in FIELDS}},
        {"data": dict.fromkeys(FIELDS, "-1") | {"user_id": str(uid)}},
        {"data": dict.fromkeys(FIELDS, "\x00")},
        {"json": {name: {"nested": [1]} for name in FIELDS}},
        {
            "json": {name: [1, 2] for name in FIELDS}
            | {"user_id": uid, "watch_history": [{"content_id": "x"}]}
        },
        {"json": dict.fromkeys(FIELDS, True)},
        {"content": b"[1, 2]", "headers": {"content-type": "application/json"}},
        {"content": b"\xff\xfe", "headers": {"content-type": "text/plain"}},
        {"files": {"profile_id": ("x.bin", b"\x00" * 10)}, "data": {"user_id": str(uid)}},
    ]


async def test_every_v2_route_needs_the_key_and_never_answers_500(
    app: Any, client: httpx.AsyncClient
) -> None:
    user = await sign_up(client)
    paths = sorted({route.path for route in app.routes if route.path.startswith("/api/v2/")})
    assert len(paths) >= 49
    for path in paths:
        refused = await client.post(path, data={"user_id": user["app_user_id"]})
        assert refused.status_code == 401, path
        for body in hostile_bodies(user["app_user_id"]):
            headers = {**HEADERS, **body.pop("headers", {})}
            response = await client.post(path, headers=headers, **body)
            assert response.status_code < 500, (path, body, response.text)
            assert isinstance(response.json()["status"], bool), (path, response.text)


async def test_each_endpoint_refuses_bad_fields_in_vuga_s_convention(
    app: Any, client: httpx.AsyncClient
) -> None:
    """HTTP 200 with ``status: false`` where VUGA's handler answered so, its 4xx where it did (the contract's
    ``errors``): Android and the TV react to the status code, iOS to the body."""
    served = {route.path[len("/api/v2/") :] for route in app.routes if route.path.startswith("/api/v2/")}
    checked = 0
    for path, endpoint in contract().items():
        fields = {name for client_ in endpoint["clients"].values() for name in client_["fields"]}
        fields = {name for name in fields if name.isidentifier()} - {"sync_mode", "search_type", "platform"}
        if path not in served or not fields:
            continue
        expected = int(re.search(r"HTTP (\d{3})", endpoint["errors"])[1])  # type: ignore[index]
        response = await client.post(f"/api/v2/{path}", data=dict.fromkeys(fields, "abc"), headers=HEADERS)
        assert response.json()["status"] is False, (path, response.text)
        assert (response.status_code == 200) is (expected == 200), (path, expected, response.status_code)
        checked += 1
    assert checked >= 40
