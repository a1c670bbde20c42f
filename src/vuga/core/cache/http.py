"""Cached bodies as HTTP responses: the encoding the client accepts, a strong ETag, 304 when it matches,
and the ``Cache-Control`` that lets browsers and a CDN keep public responses."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from litestar import MediaType, Request, Response
from litestar.datastructures import CacheControlHeader
from litestar.openapi import ResponseSpec

from vuga.core.cache.entries import CachedBody, strong_etag
from vuga.core.cdn.keys import surrogate_header_values

# Declared on a router or handler: everything said to one signed-in caller (every route with a guard) and
# every token response. Nothing varies on the Authorization header while being cacheable, so no response
# needs ``Vary: Authorization``: personal ones are never stored, public ones ignore the token.
PERSONAL = CacheControlHeader(private=True, no_store=True)
PRIVATE = PERSONAL.to_header()  # the same, for the handlers that choose per request


@dataclass(frozen=True, slots=True)
class HttpCaching:
    """How long browsers (``max_age_s``) and shared caches (``shared_max_age_s``) keep public responses."""

    max_age_s: int
    shared_max_age_s: int
    stale_while_revalidate_s: int
    public: str = field(init=False)  # the header value for public responses, made once

    def __post_init__(self) -> None:
        public = (
            f"public, max-age={self.max_age_s}, s-maxage={self.shared_max_age_s}, "
            f"stale-while-revalidate={self.stale_while_revalidate_s}"
        )
        object.__setattr__(self, "public", public)  # a frozen dataclass's own field, set once

    def for_viewer(self, personal: bool) -> str:
        """Public for what every viewer sees alike; ``private, no-store`` for what one viewer asked for."""
        return PRIVATE if personal else self.public


def documented(data: Any) -> dict[int, ResponseSpec]:
    """The OpenAPI description of a handler that answers with ready bytes instead of a struct."""
    return {200: ResponseSpec(data_container=data, description="OK", generate_examples=False)}


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    candidates = (candidate.strip() for candidate in if_none_match.split(","))
    # If-None-Match compares weakly (RFC 9110 §13.1.2): a W/ prefix added by a proxy still matches.
    return any(candidate in ("*", etag, f"W/{etag}") for candidate in candidates)


def cached_reply(
    body: CachedBody, cache_control: str, if_none_match: str | None, accept_encoding: str
) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and content answering a request for ``body``: a 304 when the client's copy is
    current, else the encoding it accepts. One place, for the handlers and for the near-cache answers."""
    if etag_matches(if_none_match, body.etag):
        return 304, _reply_headers(body.etag, cache_control, None, True, body.tags), b""
    content, encoding = body.encoded_for(accept_encoding)
    return 200, _reply_headers(body.etag, cache_control, encoding, False, body.tags), content


def raw_cached_reply(
    body: CachedBody, cache_control: str, if_none_match: str | None, accept_encoding: str
) -> tuple[int, tuple[tuple[bytes, bytes], ...], bytes]:
    """``cached_reply`` as ASGI wants it, with ``Content-Length``. The encoded headers of a (body, encoding)
    are built once and reused: a body is answered thousands of times between two builds."""
    if etag_matches(if_none_match, body.etag):
        return 304, _raw_headers(body.etag, cache_control, None, None, body.tags), b""
    content, encoding = body.encoded_for(accept_encoding)
    return 200, _raw_headers(body.etag, cache_control, encoding, len(content), body.tags), content


def _reply_headers(
    etag: str, cache_control: str, encoding: str | None, not_modified: bool, tags: tuple[str, ...]
) -> dict[str, str]:
    headers = {"ETag": etag, "Cache-Control": cache_control, "Vary": "Accept-Encoding"}
    # A CDN may keep only what is public; what it keeps is named by what it was built from, so that a
    # purge of a tag reaches it (vuga.core.cdn).
    surrogate = surrogate_header_values(tags) if tags and cache_control != PRIVATE else None
    if surrogate is not None:
        headers["Surrogate-Key"], headers["Cache-Tag"] = surrogate
    if not not_modified:
        headers["Content-Type"] = MediaType.JSON
        if encoding is not None:
            headers["Content-Encoding"] = encoding
    return headers


@functools.lru_cache(maxsize=256)  # a few encodings of the near cache's bodies
def _raw_headers(
    etag: str, cache_control: str, encoding: str | None, length: int | None, tags: tuple[str, ...]
) -> tuple[tuple[bytes, bytes], ...]:
    headers = _reply_headers(etag, cache_control, encoding, length is None, tags)
    if length is not None:
        headers["Content-Length"] = str(length)
    return tuple((name.lower().encode(), value.encode()) for name, value in headers.items())


def cached_response(request: Request[Any, Any, Any], body: CachedBody, cache_control: str) -> Response[bytes]:
    status, headers, content = cached_reply(
        body, cache_control, request.headers.get("if-none-match"), request.headers.get("accept-encoding", "")
    )
    media_type = headers.pop("Content-Type", MediaType.JSON)
    return Response(content, status_code=status, media_type=media_type, headers=headers)


def json_response(request: Request[Any, Any, Any], body: bytes, cache_control: str) -> Response[bytes]:
    """A body built for this request alone: ETag and 304 as for cached ones; compressed on the way out."""
    etag = strong_etag(body)
    headers = {"ETag": etag, "Cache-Control": cache_control, "Vary": "Accept-Encoding"}
    if etag_matches(request.headers.get("if-none-match"), etag):
        return Response(b"", status_code=304, headers=headers)
    return Response(body, media_type=MediaType.JSON, headers=headers)
