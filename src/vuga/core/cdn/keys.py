"""Surrogate keys: the names of what a response contains, in the headers CDNs index their cache by.

``Surrogate-Key`` is space-separated (Fastly, Varnish's xkey); ``Cache-Tag`` comma-separated (Cloudflare,
Akamai). Both carry the same names: the response cache's tags (``title:12``, ``listing``, ``asset:…``). A CDN
strips them before the response reaches a viewer; an origin without a CDN sends them to nobody who minds.
Bounded: Fastly takes 16 KB of keys, Cloudflare 16 KB of tags; past ``MAX_HEADER_BYTES`` the least
specific names are kept (a list's ``listing`` rather than its twentieth summary), so a purge by the broad
name still reaches the response.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

MAX_HEADER_BYTES = 8 * 1024
MAX_KEY_BYTES = 256


def _kept(keys: Iterable[str]) -> list[str]:
    usable = sorted(
        {key for key in keys if key and len(key) <= MAX_KEY_BYTES and key.isascii() and _plain(key)},
        key=lambda key: (":" in key, key),  # names without an id (listing, genres) first: they are broad
    )
    kept, size = [], 0
    for key in usable:
        size += len(key) + 1
        if size > MAX_HEADER_BYTES:
            break
        kept.append(key)
    return kept


def _plain(key: str) -> bool:
    return not any(character in key for character in ' ,\t\r\n"')


@lru_cache(maxsize=1024)
def surrogate_header_values(keys: tuple[str, ...]) -> tuple[str, str] | None:
    """The ``Surrogate-Key`` and ``Cache-Tag`` values naming ``keys``; None when none is usable."""
    kept = _kept(keys)
    if not kept:
        return None
    return " ".join(kept), ",".join(kept)


def surrogate_headers(keys: tuple[str, ...]) -> list[tuple[bytes, bytes]]:
    """The same, as ASGI headers."""
    values = surrogate_header_values(keys)
    if values is None:
        return []
    return [(b"surrogate-key", values[0].encode()), (b"cache-tag", values[1].encode())]
