from __future__ import annotations

import httpx

from tests.media.uploads.conftest import TUS, create, patch_headers


async def test_smoke(client: httpx.AsyncClient, editor: dict[str, str]) -> None:
    location = await create(client, editor, 10)
    head = await client.head(location, headers={**editor, **TUS})
    assert head.status_code == 200, head.text
    assert head.headers["Upload-Offset"] == "0"
    r = await client.patch(location, headers={**editor, **patch_headers(0)}, content=b"01234")
    assert r.status_code == 204, r.text
    assert r.headers["Upload-Offset"] == "5"
    r = await client.patch(location, headers={**editor, **patch_headers(5)}, content=b"56789")
    assert r.status_code == 204, r.text
    got = await client.get(location, headers=editor)
    assert got.json()["state"] == "complete", got.text
