"""The object store's contract, on every backend: the local directory and S3 (against a real S3-speaking
server, ``rclone serve s3``; ``tests/s3_server.py``)."""

from __future__ import annotations

import itertools
import os
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from tests.s3_server import S3Server
from vuga.core.storage import InvalidKey, ObjectStore, checked_key, close_store, create_store
from vuga.core.storage.local import LocalStore
from vuga.core.storage.s3 import MIN_PART_BYTES, S3Store
from vuga.settings import MediaSettings, Settings, StorageSettings

_buckets = itertools.count(1)


async def s3_store(server: S3Server, **options: object) -> S3Store:
    """A store on a fresh, empty bucket of the test server."""
    bucket = f"test-{os.getpid()}-{next(_buckets)}"
    store = S3Store(
        bucket=bucket,
        endpoint_url=server.endpoint_url,
        access_key_id=server.access_key_id,
        secret_access_key=server.secret_access_key,
        addressing_style="path",
        **options,  # type: ignore[arg-type]
    )
    await (await store.client()).create_bucket(Bucket=bucket)
    return store


@pytest.fixture(params=["local", "s3"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[ObjectStore]:
    if request.param == "local":
        yield LocalStore(tmp_path / "store")
        return
    store = await s3_store(request.getfixturevalue("s3_server"))
    yield store
    await store.aclose()


async def test_an_object_reads_back_whole_and_by_range(store: ObjectStore) -> None:
    written = await store.put_bytes("assets/a1/v360/seg_00001.m4s", b"0123456789", content_type="video/mp4")
    assert written.size == 10
    assert b"".join([chunk async for chunk in store.read(written.key)]) == b"0123456789"
    assert b"".join([chunk async for chunk in store.read(written.key, 2, 5)]) == b"234"
    assert (await store.stat(written.key)) == written


HLS = "application/vnd.apple.mpegurl"


async def test_files_are_copied_in_listed_and_deleted_by_prefix(store: ObjectStore, tmp_path: Path) -> None:
    source = tmp_path / "master.m3u8"
    source.write_text("#EXTM3U\n")
    await store.put_file("assets/a1/master.m3u8", source, content_type=HLS)
    await store.put_bytes("assets/a1/v360/index.m3u8", b"#EXTM3U\n", content_type=HLS)
    await store.put_bytes("assets/a2/master.m3u8", b"#EXTM3U\n", content_type=HLS)
    assert [found.key async for found in store.list("assets/a1/")] == [
        "assets/a1/master.m3u8",
        "assets/a1/v360/index.m3u8",
    ]
    assert await store.delete_prefix("assets/a1/") == 2
    assert await store.stat("assets/a1/master.m3u8") is None
    assert await store.stat("assets/a2/master.m3u8") is not None


async def test_a_missing_object_has_no_status(store: ObjectStore) -> None:
    assert await store.stat("assets/none/master.m3u8") is None


async def test_a_failed_write_leaves_nothing_under_the_key(store: ObjectStore, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        await store.put_file("assets/a1/poster.jpg", tmp_path / "absent.jpg", content_type="image/jpeg")
    assert await store.stat("assets/a1/poster.jpg") is None
    assert [found.key async for found in store.list("")] == []


@pytest.mark.parametrize(
    "key",
    ["", "/etc/passwd", "../secret.key", "assets/../../x", "assets//x", "a/./b", "a\\b", "a b", "x" * 513],
)
def test_keys_that_could_escape_the_store_are_refused(key: str) -> None:
    with pytest.raises(InvalidKey):
        checked_key(key)


async def test_a_range_past_the_end_or_empty_reads_what_there_is(store: ObjectStore) -> None:
    await store.put_bytes("a/b.bin", b"0123456789", content_type="application/octet-stream")
    assert b"".join([chunk async for chunk in store.read("a/b.bin", 7)]) == b"789"
    assert b"".join([chunk async for chunk in store.read("a/b.bin", 4, 4)]) == b""


async def test_reading_a_missing_object_is_file_not_found(store: ObjectStore) -> None:
    with pytest.raises(FileNotFoundError):
        _ = [chunk async for chunk in store.read("assets/none/master.m3u8")]


async def test_a_prefix_names_a_directory_not_a_string_start(store: ObjectStore) -> None:
    await store.put_bytes("assets/a1/x", b"1", content_type="text/plain")
    await store.put_bytes("assets/a10/x", b"2", content_type="text/plain")
    assert [found.key async for found in store.list("assets/a1")] == ["assets/a1/x"]
    assert await store.delete_prefix("assets/a1") == 1
    assert await store.stat("assets/a10/x") is not None


async def test_keys_are_checked_before_any_request(store: ObjectStore) -> None:
    with pytest.raises(InvalidKey):
        await store.put_bytes("../escape", b"x", content_type="text/plain")
    with pytest.raises(InvalidKey):
        await store.stat("a/../../b")


# --- the S3 backend's own: multipart, presigned URLs, immutable caching, settings ----------------------


async def test_a_large_file_goes_up_in_parts(s3_server: S3Server, tmp_path: Path) -> None:
    store = await s3_store(s3_server, multipart_threshold=MIN_PART_BYTES, part_bytes=MIN_PART_BYTES)
    source = tmp_path / "source.mp4"
    content = os.urandom(2 * MIN_PART_BYTES + 12345)
    source.write_bytes(content)
    client = await store.client()
    real_upload_part, parts_sent = client.upload_part, []

    async def counted_upload_part(**kwargs: object) -> object:
        parts_sent.append(kwargs["PartNumber"])
        return await real_upload_part(**kwargs)  # type: ignore[arg-type]

    client.upload_part = counted_upload_part  # type: ignore[method-assign]
    try:
        written = await store.put_file("uploads/u1/source.mp4", source, content_type="video/mp4")
        assert written.size == len(content)
        assert parts_sent == [1, 2, 3]
        assert b"".join([chunk async for chunk in store.read(written.key)]) == content
        client = await store.client()
        assert (await client.list_multipart_uploads(Bucket=store.bucket)).get("Uploads", []) == []
    finally:
        await store.aclose()


async def test_a_failed_multipart_upload_is_aborted(s3_server: S3Server, tmp_path: Path) -> None:
    store = await s3_store(s3_server, multipart_threshold=MIN_PART_BYTES, part_bytes=MIN_PART_BYTES)
    source = tmp_path / "source.mp4"
    source.write_bytes(os.urandom(2 * MIN_PART_BYTES))
    real_upload_part = (await store.client()).upload_part
    calls = 0

    async def failing_second_part(**kwargs: object) -> object:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise ConnectionResetError("the connection dropped")
        return await real_upload_part(**kwargs)  # type: ignore[arg-type]

    (await store.client()).upload_part = failing_second_part  # type: ignore[method-assign]
    try:
        with pytest.raises(ConnectionResetError):
            await store.put_file("uploads/u2/source.mp4", source, content_type="video/mp4")
        client = await store.client()
        assert (await client.list_multipart_uploads(Bucket=store.bucket)).get("Uploads", []) == []
        assert await store.stat("uploads/u2/source.mp4") is None
    finally:
        await store.aclose()


async def test_objects_are_cacheable_for_a_year(s3_server: S3Server) -> None:
    store = await s3_store(s3_server)
    try:
        await store.put_bytes("assets/a1/poster.jpg", b"jpeg", content_type="image/jpeg")
        head = await (await store.client()).head_object(Bucket=store.bucket, Key="assets/a1/poster.jpg")
        assert head["CacheControl"] == "public, max-age=31536000, immutable"
        assert head["ContentType"] == "image/jpeg"
    finally:
        await store.aclose()


async def test_presigned_urls_work_without_credentials_only_as_signed(s3_server: S3Server) -> None:
    store = await s3_store(s3_server)
    try:
        put_url = await store.presigned_put("uploads/p1/clip.mp4", content_type="video/mp4", expires_in_s=300)
        get_url = await store.presigned_get("uploads/p1/clip.mp4", expires_in_s=300)
        async with httpx.AsyncClient() as http:
            put = await http.put(put_url, content=b"presigned bytes", headers={"Content-Type": "video/mp4"})
            assert put.status_code == 200, put.text
            got = await http.get(get_url)
            assert got.status_code == 200
            assert got.content == b"presigned bytes"
            assert (await http.get(get_url.replace("clip.mp4", "other.mp4"))).status_code == 403
            tampered = get_url.replace("X-Amz-Signature=", "X-Amz-Signature=0")
            assert (await http.get(tampered)).status_code == 403
            unsigned = await http.get(get_url.split("?")[0])
            assert unsigned.status_code in {400, 403}
            assert b"presigned bytes" not in unsigned.content
    finally:
        await store.aclose()


async def test_direct_multipart_parts_go_to_presigned_urls(s3_server: S3Server) -> None:
    store = await s3_store(s3_server)
    try:
        key = "uploads/m1/film.mkv"
        upload_id = await store.start_multipart(key, content_type="video/x-matroska")
        first, second = os.urandom(MIN_PART_BYTES), os.urandom(1000)
        async with httpx.AsyncClient() as http:
            for number, body in ((1, first), (2, second)):
                url = await store.presigned_part(key, upload_id, number, expires_in_s=300)
                assert (await http.put(url, content=body)).status_code == 200
        parts = await store.uploaded_parts(key, upload_id)
        assert [(part.number, part.size) for part in parts] == [(1, MIN_PART_BYTES), (2, 1000)]
        await store.complete_multipart(key, upload_id, parts)
        assert b"".join([chunk async for chunk in store.read(key)]) == first + second
        other = await store.start_multipart("uploads/m2/x.mkv", content_type="video/x-matroska")
        await store.abort_multipart("uploads/m2/x.mkv", other)
        await store.abort_multipart("uploads/m2/x.mkv", other)  # gone already: still fine
        with pytest.raises(FileNotFoundError):
            await store.uploaded_parts("uploads/m2/x.mkv", other)
    finally:
        await store.aclose()


async def test_the_settings_choose_the_backend(s3_server: S3Server, tmp_path: Path) -> None:
    local = create_store(Settings(media=MediaSettings(dir=tmp_path / "media")))
    assert isinstance(local, LocalStore)
    assert local.root == (tmp_path / "media").resolve()
    configured = Settings(
        storage=StorageSettings(
            backend="s3",
            endpoint_url=s3_server.endpoint_url,
            bucket="configured",
            access_key_id=s3_server.access_key_id,
            secret_access_key=s3_server.secret_access_key,
            addressing_style="path",
            public_base_url="https://cdn.example.com/",
        )
    )
    remote = create_store(configured)
    assert isinstance(remote, S3Store)
    try:
        await (await remote.client()).create_bucket(Bucket="configured")
        await remote.put_bytes("assets/a1/master.m3u8", b"#EXTM3U\n", content_type=HLS)
        assert (await remote.stat("assets/a1/master.m3u8")) is not None
        assert remote.public_url("assets/a1/master.m3u8") == "https://cdn.example.com/assets/a1/master.m3u8"
    finally:
        await close_store(remote)


def test_the_s3_backend_needs_a_bucket() -> None:
    with pytest.raises(ValueError, match="VUGA_STORAGE_BUCKET"):
        StorageSettings(backend="s3")
