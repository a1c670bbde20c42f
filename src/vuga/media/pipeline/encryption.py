"""AES-128 over whole segments (RFC 8216 §5.2, METHOD=AES-128): CBC with PKCS#7 padding, the IV given by the
playlist (here: each segment's media sequence number). ffmpeg's HLS muxer does not encrypt fMP4 segments, so
they are encrypted here after it wrote them, before anything is published."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_BLOCK_BITS = 128


def encrypt_bytes(data: bytes, key: bytes, iv: bytes) -> bytes:
    padder = padding.PKCS7(_BLOCK_BITS).padder()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(padder.update(data) + padder.finalize()) + encryptor.finalize()


def decrypt_bytes(data: bytes, key: bytes, iv: bytes) -> bytes:
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    unpadder = padding.PKCS7(_BLOCK_BITS).unpadder()
    return unpadder.update(decryptor.update(data) + decryptor.finalize()) + unpadder.finalize()


def encrypt_segment(path: Path, key: bytes, iv: bytes) -> None:
    """Replace the segment by its encryption (through a temporary file: never a half-written segment)."""
    encrypted = encrypt_bytes(path.read_bytes(), key, iv)
    temporary = path.with_name(path.name + ".enc")
    temporary.write_bytes(encrypted)
    os.replace(temporary, path)
