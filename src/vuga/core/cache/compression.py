"""Response compression that leaves already-encoded bodies alone.

Cached responses are stored compressed and sent with their ``Content-Encoding``; Litestar's middleware
would compress them a second time. This one passes any response that already has an encoding through and
compresses the rest as usual.
"""

from __future__ import annotations

from typing import Literal

from litestar.enums import CompressionEncoding
from litestar.middleware.compression import CompressionMiddleware
from litestar.types import Message, Scope, Send


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
                already_encoded = any(name.lower() == b"content-encoding" for name, _ in message["headers"])
            await (send if already_encoded else compressing_send)(message)

        return send_wrapper
