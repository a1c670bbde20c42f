"""Admin artwork uploads: an image becomes a title's poster (variants, blurhash, immutable URLs), from the
body or a tus upload; hostile input is a 422 with nothing stored; viewers cannot upload; lists read the
variants in the queries they ran before."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from httpx import AsyncClient
from PIL import Image

from tests.conftest import QueryCounter
from tests.factories import CatalogFactory
from tests.media.uploads.conftest import create, headers_with_role, patch_headers
from tests.members import Member
from vuga.core.db import Database
from vuga.settings import Settings


def jpeg(width: int = 900, height: int = 1350) -> bytes:
    buffer = io.BytesIO()
    Image.linear_gradient("L").resize((width, height)).convert("RGB").save(buffer, "JPEG")
    return buffer.getvalue()


def artwork_path(title_id: int, kind: str = "poster") -> str:
    return f"/api/v1/admin/titles/{title_id}/artwork/{kind}"


def stored_files(settings: Settings) -> list[Path]:
    images = settings.media.dir / "images"
    return sorted(images.rglob("*.*")) if images.exists() else []


async def test_an_uploaded_poster_gets_variants_a_blurhash_and_immutable_urls(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory, settings: Settings
) -> None:
    title = await make.title("The Harbor")
    response = await client.put(
        artwork_path(title.id), content=jpeg(), headers=admin_headers | {"content-type": "image/jpeg"}
    )
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store, private"
    image = response.json()["image"]
    assert (image["width"], image["height"]) == (900, 1350)
    assert image["blurhash"]
    assert [(v["width"], v["type"]) for v in image["variants"]] == [
        (width, kind) for width in (160, 320, 640, 900) for kind in ("image/webp", "image/jpeg")
    ]
    assert image["url"] == image["variants"][-1]["url"]  # the largest JPEG

    detail = (await client.get(f"/api/v1/titles/{title.id}")).json()
    assert detail["artwork"]["images"]["poster"] == image
    assert detail["artwork"]["poster"] == image["url"]
    listed = (await client.get("/api/v1/titles")).json()["items"][0]
    assert listed["artwork"]["images"]["poster"] == image

    variant = image["variants"][2]  # 320 px WebP
    assert variant["url"].startswith("https://cdn.test/media/images/")
    served = await client.get(variant["url"].removeprefix("https://cdn.test"))
    assert served.status_code == 200
    assert served.headers["content-type"] == "image/webp"
    assert set(served.headers["cache-control"].split(", ")) == {"public", "max-age=31536000", "immutable"}
    assert Image.open(io.BytesIO(served.content)).size == (320, 480)
    assert len(stored_files(settings)) == 8


async def test_the_same_image_twice_has_the_same_urls_and_a_logo_keeps_png(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory
) -> None:
    title = await make.title()
    first = await client.put(artwork_path(title.id), content=jpeg(), headers=admin_headers)
    again = await client.put(artwork_path(title.id, "backdrop"), content=jpeg(), headers=admin_headers)
    assert first.json()["image"]["variants"] == again.json()["image"]["variants"]
    buffer = io.BytesIO()
    Image.new("RGBA", (400, 100), (255, 255, 255, 0)).save(buffer, "PNG")
    logo = await client.put(artwork_path(title.id, "logo"), content=buffer.getvalue(), headers=admin_headers)
    assert {v["type"] for v in logo.json()["image"]["variants"]} == {"image/webp", "image/png"}


HOSTILE = {
    "text": b"definitely a poster",
    "svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
    "truncated": jpeg()[:3000],
    "empty": b"",
}


@pytest.mark.parametrize("name", HOSTILE)
async def test_a_hostile_or_non_image_body_is_refused_and_nothing_stored(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory, settings: Settings, name: str
) -> None:
    title = await make.title(poster_url="/artwork/old.jpg")
    response = await client.put(
        artwork_path(title.id), content=HOSTILE[name], headers=admin_headers | {"content-type": "image/png"}
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["errors"][0]["field"] == "image"
    assert stored_files(settings) == []
    detail = (await client.get(f"/api/v1/titles/{title.id}")).json()
    assert detail["artwork"]["poster"] == "https://cdn.test/media/artwork/old.jpg"


async def test_bad_paths_and_oversized_bodies_are_problems(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory
) -> None:
    title = await make.title()
    missing = await client.put(artwork_path(999_999), content=jpeg(), headers=admin_headers)
    assert missing.status_code == 404
    bad_kind = await client.put(artwork_path(title.id, "thumbnail"), content=jpeg(), headers=admin_headers)
    assert bad_kind.status_code in (400, 422)
    assert bad_kind.headers["content-type"].startswith("application/problem+json")
    too_big = await client.put(
        artwork_path(title.id), content=b"\xff" * (21 * 1024 * 1024), headers=admin_headers
    )
    assert too_big.status_code == 413
    assert (await client.delete(artwork_path(999_999), headers=admin_headers)).status_code == 404


async def test_viewers_cannot_upload_artwork(
    client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    title = await make.title()
    response = await client.put(artwork_path(title.id), content=jpeg(), headers=member.headers)
    assert response.status_code == 403
    assert (await client.put(artwork_path(title.id), content=jpeg())).status_code == 401


async def tus_upload(client: AsyncClient, headers: dict[str, str], data: bytes) -> int:
    location = await create(client, headers, len(data))
    sent = await client.patch(location, content=data, headers={**headers, **patch_headers(0)})
    assert sent.status_code == 204, sent.text
    return int(location.rsplit("/", 1)[1])


async def test_a_tus_upload_becomes_a_backdrop_once(
    client: AsyncClient, database: Database, make: CatalogFactory
) -> None:
    editor = await headers_with_role(client, database, "editor")
    other_editor = await headers_with_role(client, database, "editor")
    title = await make.title()
    upload_id = await tus_upload(client, editor, jpeg(1600, 900))
    path = f"{artwork_path(title.id, 'backdrop')}/from-upload"

    stranger = await client.post(path, json={"upload_id": upload_id}, headers=other_editor)
    assert stranger.status_code == 404  # another editor's upload does not exist for them
    made = await client.post(path, json={"upload_id": upload_id}, headers=editor)
    assert made.status_code == 200, made.text
    assert [v["width"] for v in made.json()["image"]["variants"]][-1] == 1280
    again = await client.post(path, json={"upload_id": upload_id}, headers=editor)
    assert again.status_code == 404  # used up and released


async def test_a_refused_upload_stays_the_editors(
    client: AsyncClient, database: Database, make: CatalogFactory, settings: Settings
) -> None:
    editor = await headers_with_role(client, database, "editor")
    title = await make.title()
    upload_id = await tus_upload(client, editor, b"not an image at all")
    path = f"{artwork_path(title.id)}/from-upload"
    refused = await client.post(path, json={"upload_id": upload_id}, headers=editor)
    assert refused.status_code == 422
    assert stored_files(settings) == []
    # Rolled back: still complete, still theirs (they may delete it, or use it for something else).
    assert (await client.head(f"/api/v1/admin/uploads/{upload_id}", headers=editor | TUS)).status_code == 200


TUS = {"Tus-Resumable": "1.0.0"}


async def test_a_url_set_later_replaces_the_variants_and_delete_removes_the_image(
    client: AsyncClient, admin_headers: dict[str, str], make: CatalogFactory
) -> None:
    title = await make.title()
    await client.put(artwork_path(title.id), content=jpeg(), headers=admin_headers)
    await client.put(artwork_path(title.id, "backdrop"), content=jpeg(), headers=admin_headers)
    patched = await client.patch(
        f"/api/v1/admin/titles/{title.id}",
        json={"poster_url": "https://images.example.com/p.jpg"},
        headers=admin_headers,
    )
    assert patched.status_code == 200, patched.text
    images = (await client.get(f"/api/v1/titles/{title.id}")).json()["artwork"]["images"]
    assert images["poster"] == {
        "url": "https://images.example.com/p.jpg",
        "blurhash": None,
        "width": None,
        "height": None,
        "variants": [],
    }
    assert images["backdrop"]["variants"]  # untouched

    assert (await client.delete(artwork_path(title.id, "backdrop"), headers=admin_headers)).status_code == 204
    artwork = (await client.get(f"/api/v1/titles/{title.id}")).json()["artwork"]
    assert artwork["backdrop"] is None
    assert artwork["images"]["backdrop"] is None


async def list_statements(client: AsyncClient, queries: QueryCounter, forget: Any) -> int:
    forget()
    queries.reset()
    assert (await client.get("/api/v1/titles", params={"limit": 50})).status_code == 200
    assert (await client.get("/api/v1/home")).status_code == 200
    return queries.count


async def test_lists_read_the_variants_in_the_same_queries(
    client: AsyncClient,
    admin_headers: dict[str, str],
    make: CatalogFactory,
    queries: QueryCounter,
    forget_cached: Any,
) -> None:
    drama = await make.genre("drama")
    titles = [await make.title(genres=[drama]) for _ in range(6)]
    await client.put(artwork_path(titles[0].id), content=jpeg(320, 480), headers=admin_headers)
    few = await list_statements(client, queries, forget_cached)
    for title in titles[1:]:
        await client.put(artwork_path(title.id), content=jpeg(320, 480), headers=admin_headers)
        await client.put(artwork_path(title.id, "poster_wide"), content=jpeg(480, 270), headers=admin_headers)
    assert await list_statements(client, queries, forget_cached) == few
    items = (await client.get("/api/v1/titles", params={"limit": 50})).json()["items"]
    assert all(item["artwork"]["images"]["poster"]["blurhash"] for item in items)
