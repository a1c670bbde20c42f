"""A small published asset, written by hand in the layout the transcoder publishes (the media contract), in
the media directory the embedded mode serves signed URLs from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from litestar import Litestar

from tests.media.delivery.test_keys_and_playlists import MASTER
from vuga.devices.leases import Holder
from vuga.devices.service import StreamLimits, signed_session
from vuga.media.delivery.service import MediaDelivery
from vuga.settings import Settings

ASSET = "k3yAsset_01"
SEGMENT = bytes(range(256)) * 1200  # 300 KiB: more than one read chunk
MEDIA_PLAYLIST = b"""#EXTM3U
#EXT-X-VERSION:7
#EXT-X-TARGETDURATION:4
#EXT-X-PLAYLIST-TYPE:VOD
#EXT-X-KEY:METHOD=AES-128,URI="../key",IV=0x00000000000000000000000000000001
#EXT-X-MAP:URI="init.mp4"
#EXTINF:4.0,
seg_00001.m4s
#EXT-X-ENDLIST
"""
FILES = {
    "master.m3u8": MASTER,
    "manifest.json": b'{"duration_s": 4}',
    "v360/index.m3u8": MEDIA_PLAYLIST,
    "v360/init.mp4": b"\x00\x00\x00\x18ftypiso6",
    "v360/seg_00001.m4s": SEGMENT,
    "v720/index.m3u8": MEDIA_PLAYLIST,
    "v720/seg_00001.m4s": SEGMENT,
    "v1080/index.m3u8": MEDIA_PLAYLIST,
    "v1080/seg_00001.m4s": SEGMENT,
    "audio/index.m3u8": MEDIA_PLAYLIST,
    "subs/en.vtt": b"WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n",
    "thumbs/thumbs.vtt": b"WEBVTT\n\n00:00.000 --> 00:04.000\nsprite_1.jpg#xywh=0,0,160,90\n",
    "thumbs/sprite_1.jpg": b"\xff\xd8\xff\xe0jpeg",
    "poster.jpg": b"\xff\xd8\xff\xe0poster",
    "notes.txt": b"not a media type",
}


# The signed URLs' session: a stream of account 1 under a lease the ``delivery`` fixture takes (the key is
# handed out only while it is held: vuga.devices).
PLAYING_ACCOUNT, PLAYING_LEASE = 1, 10**12
PLAYING = signed_session(PLAYING_ACCOUNT, PLAYING_LEASE)


@dataclass(frozen=True)
class Published:
    asset_key: str
    root: Path  # the asset's directory

    def url(self, delivery: MediaDelivery, file: str, *, max_height: int = 0, session: str = PLAYING) -> str:
        """The path (the test settings' media base URL is a CDN's: the app is asked by path only)."""
        signed = delivery.sign(self.asset_key, session, max_height=max_height)
        return "/media/" + signed.url(file).split("/media/", 1)[1]


def publish(media_dir: Path, asset_key: str = ASSET) -> Published:
    root = media_dir / "assets" / asset_key
    for name, content in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(content)
    return Published(asset_key, root)


@pytest.fixture
def published(settings: Settings) -> Published:
    return publish(settings.media.dir)


@pytest.fixture
async def delivery(app: Litestar, client: object) -> MediaDelivery:
    """The app's ``MediaDelivery`` (once the client has run its start-up), with the lease ``PLAYING`` names
    taken."""
    streams: StreamLimits = app.state.streams
    holder = Holder(session_id=1, device="Test TV", profile_id=1)
    await streams.store.take(PLAYING_ACCOUNT, PLAYING_LEASE, holder, 100, 3600_000)
    found: MediaDelivery = app.state.media_delivery
    return found
