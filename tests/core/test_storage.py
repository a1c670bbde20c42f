"""The object store's contract, on every backend (the S3 one joins when it lands)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vuga.core.storage import InvalidKey, checked_key
from vuga.core.storage.local import LocalStore


@pytest.fixture
def store(tmp_path: Path) -> LocalStore:
    return LocalStore(tmp_path / "store")


async def test_an_object_reads_back_whole_and_by_range(store: LocalStore) -> None:
    written = await store.put_bytes("assets/a1/v360/seg_00001.m4s", b"0123456789", content_type="video/mp4")
    assert written.size == 10
    assert b"".join([chunk async for chunk in store.read(written.key)]) == b"0123456789"
    assert b"".join([chunk async for chunk in store.read(written.key, 2, 5)]) == b"234"
    assert (await store.stat(written.key)) == written


HLS = "application/vnd.apple.mpegurl"


async def test_files_are_copied_in_listed_and_deleted_by_prefix(store: LocalStore, tmp_path: Path) -> None:
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


async def test_a_missing_object_has_no_status(store: LocalStore) -> None:
    assert await store.stat("assets/none/master.m3u8") is None


async def test_a_failed_write_leaves_nothing_under_the_key(store: LocalStore, tmp_path: Path) -> None:
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
