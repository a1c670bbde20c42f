"""Channels' logos uploaded by editors: size variants with a blurhash in every viewer list, the plain URL
the largest, a URL set later replacing them, and bad images or callers refused with nothing changed."""

from __future__ import annotations

import io

import httpx
from PIL import Image

from tests.conftest import QueryCounter
from tests.livetv.guide import ADMIN, create_category, create_channel
from tests.members import Member

LIVE = "/api/v1/live"


def png(width: int = 600, height: int = 600) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (width, height), (200, 10, 40, 128)).save(buffer, "PNG")
    return buffer.getvalue()


async def upload(client: httpx.AsyncClient, headers: dict[str, str], channel: int, kind: str, body: bytes):  # type: ignore[no-untyped-def]
    return await client.put(
        f"{ADMIN}/channels/{channel}/logos/{kind}",
        content=body,
        headers=headers | {"Content-Type": "image/png"},
    )


async def test_an_uploaded_logo_has_variants_in_every_list(
    client: httpx.AsyncClient, admin_headers: dict[str, str]
) -> None:
    news = await create_category(client, admin_headers, "news")
    channel = await create_channel(client, admin_headers, "Logo News", category_ids=[news])
    response = await upload(client, admin_headers, channel, "square", png())
    assert response.status_code == 200, response.text
    image = response.json()["image"]
    assert image["blurhash"]
    assert (image["width"], image["height"]) == (600, 600)
    assert {(v["width"], v["type"]) for v in image["variants"]} == {
        (w, t) for w in (160, 320) for t in ("image/webp", "image/png")
    } | {(600, "image/webp"), (600, "image/png")}
    assert image["url"].endswith(".png")

    served = await client.get(httpx.URL(image["url"]).path)
    assert served.status_code == 200
    assert "immutable" in served.headers["cache-control"]

    detail = (await client.get(f"{LIVE}/channels/{channel}")).json()["channel"]
    assert detail["logo_url"] == image["url"]
    assert detail["logos"]["square"] == image
    assert detail["logos"]["wide"] is None
    listed = (await client.get(f"{LIVE}/channels")).json()["items"][0]
    assert listed["logos"]["square"] == image
    in_category = (await client.get(f"{LIVE}/categories")).json()["items"][0]["channels"][0]
    assert in_category["logo_url"] == image["url"]
    admin = (await client.get(f"{ADMIN}/channels/{channel}", headers=admin_headers)).json()
    assert admin["logo_url"] == image["url"]


async def test_a_url_set_later_replaces_the_variants_and_delete_removes_the_logo(
    client: httpx.AsyncClient, admin_headers: dict[str, str]
) -> None:
    channel = await create_channel(client, admin_headers, "Replaced")
    assert (await upload(client, admin_headers, channel, "square", png())).status_code == 200
    assert (await upload(client, admin_headers, channel, "wide", png(800, 200))).status_code == 200
    given = "https://cdn.example.com/logos/replaced.png"
    assert (
        await client.patch(f"{ADMIN}/channels/{channel}", json={"logo_url": given}, headers=admin_headers)
    ).status_code == 200
    logos = (await client.get(f"{LIVE}/channels/{channel}")).json()["channel"]["logos"]
    assert logos["square"] == {"url": given, "blurhash": None, "width": None, "height": None, "variants": []}
    assert logos["wide"]["blurhash"]  # the other kind keeps its variants

    assert (
        await client.delete(f"{ADMIN}/channels/{channel}/logos/wide", headers=admin_headers)
    ).status_code == 204
    after = (await client.get(f"{LIVE}/channels/{channel}")).json()["channel"]
    assert after["logos"]["wide"] is None
    assert after["logo_wide_url"] is None


async def test_bad_logos_and_callers_are_refused_with_nothing_changed(
    client: httpx.AsyncClient, admin_headers: dict[str, str], member: Member
) -> None:
    channel = await create_channel(client, admin_headers, "Guarded", logo_url="https://cdn.example.com/a.png")
    for body in (b"not an image", b"<svg xmlns='http://www.w3.org/2000/svg'/>", png()[:200]):
        response = await upload(client, admin_headers, channel, "square", body)
        assert response.status_code == 422, response.text
        assert response.headers["content-type"].startswith("application/problem+json")
    assert (await upload(client, admin_headers, channel, "round", png())).status_code in (400, 404, 422)
    assert (await upload(client, admin_headers, 999_999, "square", png())).status_code == 404
    assert (await upload(client, member.headers, channel, "square", png())).status_code == 403
    assert (await upload(client, {}, channel, "square", png())).status_code == 401
    unchanged = (await client.get(f"{LIVE}/channels/{channel}")).json()["channel"]
    assert unchanged["logo_url"] == "https://cdn.example.com/a.png"


async def test_lists_read_the_logos_in_the_same_queries(
    client: httpx.AsyncClient, admin_headers: dict[str, str], queries: QueryCounter, forget_cached: object
) -> None:
    category = await create_category(client, admin_headers, "logos")
    counts = []
    for size in (1, 4):
        for n in range(size):
            channel = await create_channel(client, admin_headers, f"Logo {size} {n}", category_ids=[category])
            assert (
                await upload(client, admin_headers, channel, "square", png(200 + n, 200))
            ).status_code == 200
        forget_cached()  # type: ignore[operator]
        queries.reset()
        for path in ("/categories", "/channels?limit=50", "/guide?limit=50"):
            assert (await client.get(LIVE + path)).status_code == 200
        counts.append(queries.count)
    assert counts[0] == counts[1], counts
