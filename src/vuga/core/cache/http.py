"""Cached bodies as HTTP responses: the encoding the client accepts, a strong ETag, 304 when it matches,
and the ``Cache-Control`` that lets browsers and a CDN keep public responses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar import MediaType, Request, Response

from vuga.core.cache.bodies import CachedBody, strong_etag

PRIVATE = "private, no-store"


@dataclass(frozen=True, slots=True)
class HttpCaching:
    """How long browsers (``max_age_s``) and shared caches (``shared_max_age_s``) keep public responses."""

    max_age_s: int
    shared_max_age_s: int
    stale_while_revalidate_s: int

    @property
    def public(self) -> str:
        return (
            f"public, max-age={self.max_age_s}, s-maxage={self.shared_max_age_s}, "
            f"stale-while-revalidate={self.stale_while_revalidate_s}"
        )


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    candidates = (candidate.strip() for candidate in if_none_match.split(","))
    # If-None-Match compares weakly (RFC 9110 §13.1.2): a W/ prefix added by a proxy still matches.
    return any(candidate in ("*", etag, f"W/{etag}") for candidate in candidates)


def cached_response(request: Request[Any, Any, Any], body: CachedBody, cache_control: str) -> Response[bytes]:
    headers = {"ETag": body.etag, "Cache-Control": cache_control, "Vary": "Accept-Encoding"}
    if etag_matches(request.headers.get("if-none-match"), body.etag):
        return Response(b"", status_code=304, headers=headers)
    content, encoding = body.encoded_for(request.headers.get("accept-encoding", ""))
    if encoding is not None:
        headers["Content-Encoding"] = encoding
    return Response(content, media_type=MediaType.JSON, headers=headers)


def json_response(request: Request[Any, Any, Any], body: bytes, cache_control: str) -> Response[bytes]:
    """A body built for this request alone: ETag and 304 as for cached ones; compressed on the way out."""
    etag = strong_etag(body)
    headers = {"ETag": etag, "Cache-Control": cache_control, "Vary": "Accept-Encoding"}
    if etag_matches(request.headers.get("if-none-match"), etag):
        return Response(b"", status_code=304, headers=headers)
    return Response(body, media_type=MediaType.JSON, headers=headers)
