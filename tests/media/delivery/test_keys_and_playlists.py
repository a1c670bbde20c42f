"""Content keys (derived, per asset) and the master playlist filtered to a viewer's maximum height."""

from __future__ import annotations

import pytest

from vuga.media.delivery.keys import content_key, content_key_id
from vuga.media.delivery.playlists import NotAPlaylist, filter_master, rendition_height

MASTER = b"""#EXTM3U
#EXT-X-VERSION:7
#EXT-X-INDEPENDENT-SEGMENTS
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aac",NAME="English",LANGUAGE="en",DEFAULT=YES,URI="audio/index.m3u8"
#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="English",LANGUAGE="en",URI="subs/en.m3u8"
#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,CODECS="avc1.64001e,mp4a.40.2",AUDIO="aac",SUBTITLES="subs"
v360/index.m3u8
#EXT-X-STREAM-INF:BANDWIDTH=2800000,RESOLUTION=1280x720,CODECS="avc1.64001f,mp4a.40.2",AUDIO="aac",SUBTITLES="subs"
v720/index.m3u8
#EXT-X-STREAM-INF:BANDWIDTH=5000000,CODECS="avc1.640028,mp4a.40.2",RESOLUTION=1920x1080,AUDIO="aac",SUBTITLES="subs"

v1080/index.m3u8
#EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=90000,RESOLUTION=640x360,URI="v360/iframes.m3u8"
#EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=300000,RESOLUTION=1920x1080,URI="v1080/iframes.m3u8"
"""


def test_content_keys_are_16_bytes_per_asset_and_secret() -> None:
    key = content_key(b"secret", "asset1")
    assert len(key) == 16
    assert key == content_key(b"secret", "asset1")
    assert key != content_key(b"secret", "asset2") != content_key(b"other", "asset1")
    assert content_key_id(b"secret", "asset1") != key
    assert len(content_key_id(b"secret", "asset1")) == 16
    with pytest.raises(ValueError, match="asset key"):
        content_key(b"secret", "../x")


def test_the_master_keeps_the_renditions_up_to_the_height_and_every_group() -> None:
    filtered = filter_master(MASTER, 720).decode()
    assert "v360/index.m3u8" in filtered
    assert "v720/index.m3u8" in filtered
    assert "v1080" not in filtered
    assert "1920x1080" not in filtered
    assert 'URI="v360/iframes.m3u8"' in filtered
    assert filtered.count("#EXT-X-MEDIA:") == 2
    assert "#EXT-X-INDEPENDENT-SEGMENTS" in filtered
    # What is kept is kept byte for byte.
    assert filtered.splitlines()[:7] == MASTER.decode().splitlines()[:7]
    assert filter_master(MASTER, 0) == MASTER
    assert filter_master(MASTER, 2160) == MASTER


def test_a_ceiling_below_every_rendition_still_leaves_the_smallest() -> None:
    filtered = filter_master(MASTER, 240).decode()
    assert "v360/index.m3u8" in filtered
    assert "v720" not in filtered
    assert "v1080" not in filtered


@pytest.mark.parametrize(
    "playlist",
    [
        b"",
        b"not a playlist",
        b"\xff\xfe#EXTM3U",
        b"#EXTM3U\n" + b"#EXT-X-VERSION:7\n" * 5000,
        b"#EXTM3U\n" + b"#" * 300_000,
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1,RESOLUTION=1x1080\n",
        b"#EXTM3U\n#EXT-X-STREAM-INF:RESOLUTION=1x1080\n#EXT-X-STREAM-INF:RESOLUTION=1x360\nv360/index.m3u8\n",
    ],
)
def test_anything_but_a_bounded_playlist_is_refused(playlist: bytes) -> None:
    with pytest.raises(NotAPlaylist):
        filter_master(playlist, 720)


@pytest.mark.parametrize(
    ("rest", "height"),
    [
        ("v720/seg_00001.m4s", 720),
        ("v1080/index.m3u8", 1080),
        ("audio/index.m3u8", None),
        ("v/x", None),
        ("master.m3u8", None),
        ("vx20/a", None),
        ("v720", None),
    ],
)
def test_a_path_names_its_rendition_height(rest: str, height: int | None) -> None:
    assert rendition_height(rest) == height
