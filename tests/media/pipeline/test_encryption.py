"""AES-128: segments that decrypt with the key (and only with it), the init section in the clear, the key's
URI relative, the key itself written nowhere."""

from __future__ import annotations

import io
from pathlib import Path

import av
import m3u8
import pytest

from tests.media.pipeline.conftest import CLIP_SECONDS, tiny_settings
from vuga.media.pipeline.encryption import decrypt_bytes
from vuga.media.pipeline.errors import LadderInvalid
from vuga.media.pipeline.ladder import plan_ladder
from vuga.media.pipeline.playlists import sequence_iv
from vuga.media.pipeline.probe import probe_async
from vuga.media.pipeline.transcode import Encryption, transcode
from vuga.media.pipeline.validate import validate_ladder

KEY = bytes(range(16))


@pytest.fixture(scope="module")
async def encrypted(clip: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    settings = tiny_settings(ladder_heights=[90])
    probed = await probe_async(clip)
    out_dir = tmp_path_factory.mktemp("encrypted") / "asset-enc"
    manifest = await transcode(
        clip,
        out_dir,
        probed,
        plan_ladder(probed, settings),
        settings=settings,
        encryption=Encryption(KEY),
        with_thumbnails=False,
    )
    assert manifest.encrypted
    assert manifest.thumbnails is None
    return out_dir


def segments(directory: Path) -> list[tuple[int, bytes]]:
    playlist = m3u8.loads((directory / "index.m3u8").read_text())
    return [
        (playlist.media_sequence + n, (directory / s.uri).read_bytes())
        for n, s in enumerate(playlist.segments)
    ]


def test_media_playlists_name_the_key_relatively(encrypted: Path) -> None:
    for name in ("v90", "audio_eng", "audio_fra"):
        playlist = m3u8.loads((encrypted / name / "index.m3u8").read_text())
        (key,) = playlist.keys
        assert (key.method, key.uri, key.iv) == ("AES-128", "../key", None)  # IV: the sequence number
        text = (encrypted / name / "index.m3u8").read_text()
        assert text.index("#EXT-X-MAP") < text.index("#EXT-X-KEY")  # the init section is not encrypted


def test_segments_decrypt_with_the_key_into_playable_video(encrypted: Path) -> None:
    directory = encrypted / "v90"
    init = (directory / "init.mp4").read_bytes()
    assert init[4:8] == b"ftyp"  # in the clear
    data = init
    for sequence, encrypted_segment in segments(directory):
        assert b"moof" not in encrypted_segment[:64]
        data += decrypt_bytes(encrypted_segment, KEY, sequence_iv(sequence))
    with av.open(io.BytesIO(data), format="mov") as container:
        assert len(list(container.decode(video=0))) == CLIP_SECONDS * 25


def test_segments_do_not_decrypt_with_another_key(encrypted: Path) -> None:
    sequence, encrypted_segment = segments(encrypted / "v90")[0]
    with pytest.raises(ValueError, match="Invalid padding"):
        decrypt_bytes(encrypted_segment, bytes(16), sequence_iv(sequence))


def test_the_key_is_written_nowhere(encrypted: Path) -> None:
    for path in encrypted.rglob("*"):
        assert not path.is_file() or KEY not in path.read_bytes()
    assert not (encrypted / "key").exists()


def test_validation_reads_through_the_encryption(encrypted: Path) -> None:
    check = validate_ladder(encrypted, key=KEY)
    assert all(start.keyframe for start in check.video[0].starts)
    with pytest.raises(LadderInvalid, match="does not decrypt with the key"):
        validate_ladder(encrypted, key=bytes(16))
    with pytest.raises(LadderInvalid, match="has a key tag but the ladder is not encrypted"):
        validate_ladder(encrypted)


def test_a_key_is_sixteen_bytes() -> None:
    with pytest.raises(ValueError, match="16 bytes"):
        Encryption(b"short")
    assert "key=" not in repr(Encryption(KEY))
