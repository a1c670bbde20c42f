"""Serving signed media in the embedded mode: ``/media/s/<token>/assets/<asset_key>/<file>``."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime

import pytest
from httpx import AsyncClient
from litestar import Litestar

from tests.conftest import QueryCounter
from tests.media.delivery.conftest import FILES, PLAYING_ACCOUNT, PLAYING_LEASE, SEGMENT, Published, publish
from vuga.devices.service import signed_session
from vuga.media.delivery.keys import content_key
from vuga.media.delivery.service import MediaDelivery

PROBLEM = "application/problem+json"


async def test_a_segment_is_served_whole_with_its_caching_headers(
    client: AsyncClient, delivery: MediaDelivery, published: Published
) -> None:
    response = await client.get(published.url(delivery, "v360/seg_00001.m4s"))
    assert response.status_code == 200
    assert response.content == SEGMENT
    headers = response.headers
    assert headers["content-type"] == "video/iso.segment"
    assert headers["content-length"] == str(len(SEGMENT))
    assert headers["cache-control"] == "public, max-age=31536000, immutable"
    assert headers["accept-ranges"] == "bytes"
    assert headers["etag"].startswith('"')
    assert headers["etag"].endswith('"')
    assert parsedate_to_datetime(headers["last-modified"]) <= datetime.now(UTC)
    assert headers["surrogate-key"] == f"asset:{published.asset_key}" == headers["cache-tag"]
    assert "content-encoding" not in headers  # video is not compressed again

    # Another viewer's token names the same file: the same ETag, so caches share it.
    other = await client.get(published.url(delivery, "v360/seg_00001.m4s", session="s2"))
    assert other.headers["etag"] == headers["etag"]


@pytest.mark.parametrize(
    ("file", "content_type"),
    [
        ("v360/index.m3u8", "application/vnd.apple.mpegurl"),
        ("v360/init.mp4", "video/mp4"),
        ("subs/en.vtt", "text/vtt; charset=utf-8"),
        ("thumbs/thumbs.vtt", "text/vtt; charset=utf-8"),
        ("thumbs/sprite_1.jpg", "image/jpeg"),
        ("poster.jpg", "image/jpeg"),
        ("audio/index.m3u8", "application/vnd.apple.mpegurl"),
    ],
)
async def test_each_file_has_its_content_type(
    client: AsyncClient, delivery: MediaDelivery, published: Published, file: str, content_type: str
) -> None:
    response = await client.get(published.url(delivery, file))
    assert response.status_code == 200
    assert response.headers["content-type"] == content_type
    assert response.content == FILES[file]


async def test_head_answers_the_headers_only(
    client: AsyncClient, delivery: MediaDelivery, published: Published
) -> None:
    response = await client.head(published.url(delivery, "v360/seg_00001.m4s"))
    assert response.status_code == 200
    assert response.content == b""
    assert response.headers["content-length"] == str(len(SEGMENT))


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        ("bytes=0-99", 0, 100),
        ("bytes=1000-", 1000, len(SEGMENT)),
        ("bytes=-500", len(SEGMENT) - 500, len(SEGMENT)),
        ("bytes=100-99999999", 100, len(SEGMENT)),
        ("bytes=-99999999", 0, len(SEGMENT)),
    ],
)
async def test_one_byte_range_is_a_206(
    client: AsyncClient, delivery: MediaDelivery, published: Published, header: str, start: int, end: int
) -> None:
    response = await client.get(published.url(delivery, "v360/seg_00001.m4s"), headers={"Range": header})
    assert response.status_code == 206
    assert response.content == SEGMENT[start:end]
    assert response.headers["content-range"] == f"bytes {start}-{end - 1}/{len(SEGMENT)}"
    assert response.headers["content-length"] == str(end - start)


@pytest.mark.parametrize("header", [f"bytes={len(SEGMENT)}-", "bytes=999999999-", "bytes=-0"])
async def test_a_range_outside_the_file_is_a_416(
    client: AsyncClient, delivery: MediaDelivery, published: Published, header: str
) -> None:
    response = await client.get(published.url(delivery, "v360/seg_00001.m4s"), headers={"Range": header})
    assert response.status_code == 416
    assert response.headers["content-range"] == f"bytes */{len(SEGMENT)}"
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["status"] == 416


@pytest.mark.parametrize(
    "header",
    ["bytes=0-1,5-6", "items=0-1", "bytes=5-1", "bytes=x-", "bytes=-", "bytes=\u0661-\u0662".encode()],
)
async def test_ranges_it_does_not_serve_are_answered_whole(
    client: AsyncClient, delivery: MediaDelivery, published: Published, header: str
) -> None:
    response = await client.get(published.url(delivery, "v360/seg_00001.m4s"), headers={"Range": header})
    assert response.status_code == 200
    assert response.content == SEGMENT


async def test_conditional_requests(
    client: AsyncClient, delivery: MediaDelivery, published: Published
) -> None:
    url = published.url(delivery, "v360/seg_00001.m4s")
    first = await client.get(url)
    etag, modified = first.headers["etag"], first.headers["last-modified"]

    for headers in (
        {"If-None-Match": etag},
        {"If-None-Match": f'"x", W/{etag}'},
        {"If-Modified-Since": modified},
    ):
        cached = await client.get(url, headers=headers)
        assert cached.status_code == 304, headers
        assert cached.content == b""
        assert cached.headers["etag"] == etag
    assert (await client.get(url, headers={"If-None-Match": '"other"'})).status_code == 200
    # If-None-Match decides when both are sent (RFC 9110 §13.2.2).
    both = await client.get(url, headers={"If-None-Match": '"other"', "If-Modified-Since": modified})
    assert both.status_code == 200
    earlier = format_datetime(parsedate_to_datetime(modified) - timedelta(days=1), usegmt=True)
    assert (await client.get(url, headers={"If-Modified-Since": earlier})).status_code == 200
    assert (await client.get(url, headers={"If-Modified-Since": "yesterday"})).status_code == 200

    # If-Range: the range only while the file is the one the client has.
    ranged = {"Range": "bytes=0-9"}
    assert (await client.get(url, headers=ranged | {"If-Range": etag})).status_code == 206
    assert (await client.get(url, headers=ranged | {"If-Range": modified})).status_code == 206
    changed = await client.get(url, headers=ranged | {"If-Range": '"old"'})
    assert changed.status_code == 200
    assert changed.content == SEGMENT


async def test_the_master_lists_only_the_renditions_the_token_allows(
    client: AsyncClient, delivery: MediaDelivery, published: Published
) -> None:
    response = await client.get(published.url(delivery, "master.m3u8", max_height=720))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/vnd.apple.mpegurl"
    assert response.headers["cache-control"] == "private, max-age=30"
    body = response.text
    assert "v720/index.m3u8" in body
    assert "v360/index.m3u8" in body
    assert "v1080" not in body
    assert 'GROUP-ID="aac"' in body
    assert 'GROUP-ID="subs"' in body

    etag = response.headers["etag"]
    again = await client.get(
        published.url(delivery, "master.m3u8", max_height=720), headers={"If-None-Match": etag}
    )
    assert again.status_code == 304
    whole = await client.get(published.url(delivery, "master.m3u8"))
    assert whole.content == FILES["master.m3u8"]
    assert whole.headers["etag"] != etag


async def test_a_rendition_above_the_token_is_refused(
    client: AsyncClient, delivery: MediaDelivery, published: Published
) -> None:
    for file in ("v1080/index.m3u8", "v1080/seg_00001.m4s"):
        response = await client.get(published.url(delivery, file, max_height=720))
        assert response.status_code == 403
        assert response.headers["content-type"] == PROBLEM
    assert (
        await client.get(published.url(delivery, "v720/seg_00001.m4s", max_height=720))
    ).status_code == 200


async def test_the_key_is_served_to_a_valid_token_only_and_never_cached(
    app: Litestar, client: AsyncClient, delivery: MediaDelivery, published: Published
) -> None:
    response = await client.get(published.url(delivery, "key"))
    assert response.status_code == 200
    assert response.content == delivery.content_key(published.asset_key)
    assert response.content == content_key(app.state.delivery.media_keys, published.asset_key)
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["content-type"] == "application/octet-stream"
    assert "surrogate-key" not in response.headers

    # The relative "../key" of a media playlist resolves to it.
    playlist = published.url(delivery, "v360/index.m3u8")
    assert str(client.base_url.join(playlist).join("../key")).endswith(
        playlist.rsplit("/v360/", 1)[0] + "/key"
    )

    token = published.url(delivery, "key").split("/")[3]
    forged = published.url(delivery, "key").replace(token, token[:-3] + "AAA")
    refused = await client.get(forged)
    assert refused.status_code == 403
    assert refused.content != response.content


async def test_tampered_urls_are_403_and_expired_ones_410(
    app: Litestar, client: AsyncClient, delivery: MediaDelivery, published: Published
) -> None:
    url = published.url(delivery, "v360/seg_00001.m4s")
    token = url.split("/")[3]
    expires, height, session, kid, signature = token.split(".")
    for forged in (
        f"{int(expires) + 60}.{height}.{session}.{kid}.{signature}",
        f"{expires}.{height}.other.{kid}.{signature}",
        f"{expires}.{height}.{session}.{kid}.{'A' * 43}",
        "not-a-token",
    ):
        response = await client.get(url.replace(token, forged))
        assert response.status_code == 403, forged
        assert response.headers["content-type"] == PROBLEM
        assert response.headers["cache-control"] == "no-store"
        assert response.json()["title"] == "Forbidden"

    expired = app.state.delivery.signer.sign(published.asset_key, "s1", expires_at=int(time.time()) - 1)
    response = await client.get(url.replace(token, expired))
    assert response.status_code == 410
    assert response.json()["title"] == "Gone"
    assert (await client.head(url.replace(token, expired))).status_code == 410


async def test_a_token_opens_only_its_own_asset(
    client: AsyncClient, delivery: MediaDelivery, published: Published, app: Litestar
) -> None:
    other = publish(app.state.settings.media.dir, "another_asset")
    url = published.url(delivery, "v360/seg_00001.m4s")
    foreign = url.replace(f"/assets/{published.asset_key}/", f"/assets/{other.asset_key}/")
    assert (await client.get(foreign)).status_code == 403
    assert (await client.get(other.url(delivery, "v360/seg_00001.m4s"))).status_code == 200


@pytest.mark.parametrize(
    "file",
    [
        "manifest.json",
        "notes.txt",
        "v360/missing.m4s",
        "v360",
        "v360/../manifest.json",
        "v360/.hidden.m4s",
        "missing.m3u8",
        "%2e%2e/x.m4s",
    ],
)
async def test_files_that_are_not_public_or_not_there_are_404(
    client: AsyncClient, delivery: MediaDelivery, published: Published, file: str
) -> None:
    response = await client.get(published.url(delivery, file))
    assert response.status_code == 404, response.text
    assert response.headers["content-type"] == PROBLEM


async def test_paths_outside_an_asset_and_unsigned_assets_are_404(
    client: AsyncClient, delivery: MediaDelivery, published: Published
) -> None:
    token = published.url(delivery, "poster.jpg").split("/")[3]
    for path in (f"/media/s/{token}/poster.jpg", f"/media/s/{token}/assets/", "/media/s/", "/media/s/x"):
        assert (await client.get(path)).status_code in (403, 404), path
    # Published media share the directory of the public artwork, but are never served unsigned.
    unsigned = await client.get(f"/media/assets/{published.asset_key}/v360/seg_00001.m4s")
    assert unsigned.status_code == 404
    assert (await client.get(f"/media/assets/{published.asset_key}/poster.jpg")).status_code == 404
    assert (await client.get("/media/avatars/1.webp")).status_code in (200, 404)  # artwork as before


async def test_writes_are_405(client: AsyncClient, delivery: MediaDelivery, published: Published) -> None:
    response = await client.post(published.url(delivery, "v360/seg_00001.m4s"), content=b"x")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD"
    assert (await client.get(published.url(delivery, "clearkey"))).status_code == 405
    assert (published.root / "v360/seg_00001.m4s").read_bytes() == SEGMENT


async def test_serving_runs_no_sql(
    client: AsyncClient, delivery: MediaDelivery, published: Published, queries: QueryCounter
) -> None:
    queries.reset()
    for file in ("master.m3u8", "v360/index.m3u8", "v360/seg_00001.m4s", "key", "subs/en.vtt"):
        assert (await client.get(published.url(delivery, file))).status_code == 200
    assert queries.count == 0


async def test_a_segment_is_streamed_in_chunks_not_read_whole(
    app: Litestar, delivery: MediaDelivery, published: Published
) -> None:
    """The server sends the store's chunks as they are read: a segment is never held whole in memory."""
    big = published.root / "v360" / "seg_00002.m4s"
    big.write_bytes(b"x" * (3 * 2**20 + 17))
    messages: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, object]) -> None:
        messages.append(message)

    path = published.url(delivery, "v360/seg_00002.m4s").removeprefix("/media/s")
    scope = {"type": "http", "method": "GET", "path": path, "headers": []}
    await app.state.delivery.server(scope, receive, send)
    bodies = [message["body"] for message in messages[1:]]
    assert messages[0]["status"] == 200
    assert len(bodies) > 10
    assert max(len(body) for body in bodies) <= 256 * 1024  # type: ignore[arg-type]
    assert sum(len(body) for body in bodies) == 3 * 2**20 + 17  # type: ignore[arg-type]


async def test_the_key_and_licence_need_the_stream_lease_the_url_names(
    app: Litestar, client: AsyncClient, delivery: MediaDelivery, published: Published
) -> None:
    assert (await client.get(published.url(delivery, "key"))).status_code == 200
    # A URL signed for no lease (or a lease of another account) opens the segments but not the key.
    for session in ("s1", signed_session(PLAYING_ACCOUNT + 1, PLAYING_LEASE)):
        refused = await client.get(published.url(delivery, "key", session=session))
        assert refused.status_code == 403, session
        assert refused.headers["content-type"] == "application/problem+json"
        licence = await client.post(published.url(delivery, "clearkey", session=session), json={"kids": []})
        assert licence.status_code == 403
        segment = await client.get(published.url(delivery, "v360/seg_00001.m4s", session=session))
        assert segment.status_code == 200
    # Once the stream stops, the URLs it was given no longer open the key.
    await app.state.streams.store.release(PLAYING_ACCOUNT, PLAYING_LEASE)
    assert (await client.get(published.url(delivery, "key"))).status_code == 403
