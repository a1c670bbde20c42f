"""Response compression that leaves already-encoded bodies alone, and gzip bodies whose costly part was
compressed ahead.

Cached responses are stored compressed and sent with their ``Content-Encoding``; Litestar's middleware
would compress them a second time. ``CompressionUnlessEncoded`` passes any response that already has an
encoding through, and media (video segments, images: compressed by nature, and served by byte ranges), and
compresses the rest as usual.

A response made of a small part built per request and a large part that is the same for many requests (a
profile's home: its own rails, then the shared ones) need not compress the large part each time:
``gzip_joined`` compresses only the small head and continues the stream with the large tail deflated once
(``DeflatedTail``). A deflate stream flushed to a byte boundary and not finished may go on with a second,
separately compressed one, whose back-references never reach into the first: the result is one ordinary
gzip member, with the CRC and length of the whole.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from typing import Literal

from litestar.enums import CompressionEncoding
from litestar.middleware.compression import CompressionMiddleware
from litestar.types import HTTPResponseStartEvent, Message, Scope, Send

# Compressed already (video, audio, images), or bytes whose length and ranges must stay exact (keys).
_INCOMPRESSIBLE = (b"video/", b"audio/", b"image/", b"application/octet-stream")


def _left_as_is(start: HTTPResponseStartEvent) -> bool:
    """Whether a response is sent without compressing: it has an encoding already, it is a byte range
    (``Content-Range`` counts the bytes as they are), or its media type is compressed by nature."""
    if start["status"] == 206:
        return True
    for name, value in start["headers"]:
        lowered = name.lower()
        if lowered == b"content-encoding":
            return True
        if lowered == b"content-type" and value.startswith(_INCOMPRESSIBLE):
            return True
    return False


class CompressionUnlessEncoded(CompressionMiddleware):
    def create_compression_send_wrapper(
        self,
        send: Send,
        compression_encoding: Literal[CompressionEncoding.BROTLI, CompressionEncoding.GZIP] | str,
        scope: Scope,
    ) -> Send:
        compressing_send = super().create_compression_send_wrapper(send, compression_encoding, scope)
        already_encoded = False

        async def send_wrapper(message: Message) -> None:
            nonlocal already_encoded
            if message["type"] == "http.response.start":
                already_encoded = _left_as_is(message)
            await (send if already_encoded else compressing_send)(message)

        return send_wrapper


GZIP_LEVEL = 6
# Deflate, no file name, no modification time (0), unknown operating system.
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"


@dataclass(frozen=True, slots=True)
class DeflatedTail:
    data: bytes
    deflated: bytes  # raw deflate, ending with the stream's final block

    @classmethod
    def of(cls, data: bytes) -> DeflatedTail:
        compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
        return cls(data, compressor.compress(data) + compressor.flush())


def gzip_joined(head: bytes, tail: DeflatedTail) -> bytes:
    """``head + tail.data`` as one gzip member, compressing only ``head``."""
    compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    deflated_head = compressor.compress(head) + compressor.flush(zlib.Z_SYNC_FLUSH)
    crc = zlib.crc32(tail.data, zlib.crc32(head))
    size = (len(head) + len(tail.data)) & 0xFFFFFFFF  # the gzip trailer keeps the length modulo 2**32
    return b"".join((_GZIP_HEADER, deflated_head, tail.deflated, struct.pack("<II", crc, size)))
