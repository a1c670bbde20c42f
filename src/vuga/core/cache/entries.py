"""One cached response body as the caches keep it: the JSON as built, its gzip and brotli encodings, its
strong ETag and how long it is fresh, and which of its encodings a client takes.

Its own module, below both the response cache (``bodies``) and the near cache (``near``), which each hold
these entries: neither has to import the other for it.
"""

from __future__ import annotations

import gzip
import hashlib
from functools import lru_cache

import brotli
import msgspec

from vuga.core.cache.compression import GZIP_LEVEL

# Not 11: the entry is built on a request's path. With 7, gzip and brotli together take about 6 ms for the
# 184 KB home (the "encode" row of the cold-rebuild benchmark in BENCHMARKS.md).
BROTLI_QUALITY = 7


def strong_etag(body: bytes) -> str:
    return f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'


class CachedBody(msgspec.Struct, array_like=True, frozen=True):
    etag: str
    fresh_until: float  # wall-clock seconds: every process must agree on when an entry goes stale
    identity: bytes
    gzip: bytes
    brotli: bytes
    # What it was built from (the store's tags): public answers name them to a CDN (vuga.core.cdn.keys).
    tags: tuple[str, ...] = ()

    @classmethod
    def of(
        cls, body: bytes, fresh_until: float, *, encoded: bool = True, tags: tuple[str, ...] = ()
    ) -> CachedBody:
        """``body`` with its encodings; without them (empty) when ``encoded`` is false."""
        return cls(
            etag=strong_etag(body),
            fresh_until=fresh_until,
            identity=body,
            gzip=gzip.compress(body, GZIP_LEVEL, mtime=0) if encoded else b"",
            brotli=brotli.compress(body, quality=BROTLI_QUALITY) if encoded else b"",
            tags=tags,
        )

    def encoded_for(self, accept_encoding: str) -> tuple[bytes, str | None]:
        """The body in the best encoding the client accepts, and its ``Content-Encoding``."""
        encoding = preferred_encoding(accept_encoding)
        if encoding == "br":
            return self.brotli, "br"
        if encoding == "gzip":
            return self.gzip, "gzip"
        return self.identity, None


@lru_cache(maxsize=512)  # clients send a handful of distinct header values
def _qualities(accept_encoding: str) -> dict[str, float]:
    """Each encoding an ``Accept-Encoding`` header names, with its quality (``q=0``: refused)."""
    accepted: dict[str, float] = {}
    for part in accept_encoding.lower().split(","):
        name, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if name:
            accepted[name] = quality
    return accepted


def accepts(accept_encoding: str, encoding: str) -> bool:
    """Whether a client sending ``accept_encoding`` takes ``encoding`` (named, or by ``*``)."""
    accepted = _qualities(accept_encoding)
    return accepted.get(encoding, accepted.get("*", 0.0)) > 0


def preferred_encoding(accept_encoding: str) -> str | None:
    """``br`` if acceptable, else ``gzip``, else None (identity), honouring ``q=0`` refusals."""
    for encoding in ("br", "gzip"):
        if accepts(accept_encoding, encoding):
            return encoding
    return None
