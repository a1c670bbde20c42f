"""The security headers every response carries, whichever layer answers it (``vuga.core.front`` adds them to
the router's responses and to those the layers in front of it send themselves, 404s and 429s included).

- ``X-Content-Type-Options: nosniff`` and a ``Referrer-Policy`` on everything;
- ``X-Frame-Options: DENY`` and a ``Content-Security-Policy`` with ``frame-ancestors 'none'`` on everything:
  the API's JSON gets ``default-src 'none'`` (it is never a page, so nothing may run or load in its name);
  the API docs pages, the only HTML the service serves, get a page policy that admits scripts, styles and
  images from the service's own origin only (their UI is served by the app, with no inline code);
- the web app's pages (``/`` and every path outside the API, media and operations prefixes) get a policy
  for a single-page app built without inline code: scripts, styles, fonts, API calls and its service worker
  from its own origin; images and video also from the media origin when artwork lives on a CDN, and
  ``blob:`` for the video player's MediaSource and worker;
- ``Strict-Transport-Security`` only when ``behind_tls`` says clients reach the service over HTTPS: sent
  over plain HTTP on a development machine it would be ignored, but on a wrongly configured deployment it
  could lock browsers out of the host for the header's lifetime.

The headers are encoded once; per response they cost one prefix comparison and their share of the list the
request-id layer builds anyway.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from litestar.config.cors import CORSConfig
from litestar.types import HTTPScope

from vuga.settings import HttpSettings

RawHeaders = tuple[tuple[bytes, bytes], ...]

DOCS_PREFIX = "/api/docs"
API_POLICY = "default-src 'none'; frame-ancestors 'none'"


# The docs UI is served by the app itself (``vuga.core.apidocs``), with no inline script or style: its own
# origin only (``data:`` for Swagger UI's icons).
DOCS_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "font-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


# Prefixes that are never the web app's pages: what they answer keeps the API's policy.
NOT_WEB_PREFIXES = ("/api", "/media", "/healthz", "/readyz", "/metrics")


def web_policy(media_origin: str | None = None) -> str:
    """The web app's page policy; ``media_origin`` (``https://cdn.example.com``) where artwork is served from
    another origin than the app's."""
    media = " ".join(filter(None, ["'self'", media_origin]))
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "font-src 'self'",
            f"img-src {media} data: blob:",
            f"media-src {media} blob:",
            f"connect-src {media}",
            "worker-src 'self' blob:",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


@dataclass(frozen=True, slots=True)
class SecurityHeaders:
    settings: HttpSettings
    media_origin: str | None = None
    api: RawHeaders = field(init=False)
    docs: RawHeaders = field(init=False)
    web: RawHeaders = field(init=False)

    def __post_init__(self) -> None:
        common = [
            ("x-content-type-options", "nosniff"),
            ("referrer-policy", self.settings.referrer_policy),
            ("x-frame-options", "DENY"),
        ]
        if self.settings.behind_tls:
            common.append(
                ("strict-transport-security", f"max-age={self.settings.hsts_max_age_s}; includeSubDomains")
            )

        def encoded(policy: str) -> RawHeaders:
            pairs = [*common, ("content-security-policy", policy)]
            return tuple((name.encode(), value.encode()) for name, value in pairs)

        # Set once on a frozen dataclass: the encoded headers are what every response reuses.
        object.__setattr__(self, "api", encoded(API_POLICY))
        object.__setattr__(self, "docs", encoded(DOCS_POLICY))
        object.__setattr__(self, "web", encoded(web_policy(self.media_origin)))

    def for_path(self, path: str) -> RawHeaders:
        if path.startswith(DOCS_PREFIX):
            return self.docs
        return self.api if path.startswith(NOT_WEB_PREFIXES) else self.web


# What the API's clients send and need to read across origins: bearer tokens, JSON bodies, revalidation,
# and the rate-limit and request-id headers.
# The tus ones let a browser page upload with tus-js-client or Uppy (vuga.media.uploads).
TUS_REQUEST_HEADERS = [
    "Tus-Resumable",
    "Upload-Length",
    "Upload-Offset",
    "Upload-Metadata",
    "Upload-Checksum",
]
TUS_RESPONSE_HEADERS = [
    "Location",
    "Tus-Resumable",
    "Tus-Version",
    "Tus-Extension",
    "Tus-Max-Size",
    "Tus-Checksum-Algorithm",
    "Upload-Offset",
    "Upload-Length",
    "Upload-Metadata",
    "Upload-Expires",
]
CORS_REQUEST_HEADERS = [
    "Authorization",
    "Content-Type",
    "If-None-Match",
    "X-Request-ID",
    *TUS_REQUEST_HEADERS,
]
CORS_EXPOSED_HEADERS = [
    "ETag",
    "Retry-After",
    "RateLimit-Limit",
    "RateLimit-Remaining",
    "RateLimit-Reset",
    "RateLimit-Policy",
    "X-Request-ID",
    *TUS_RESPONSE_HEADERS,
]


def cors_config(settings: HttpSettings) -> CORSConfig | None:
    """Litestar's CORS handling for the allow-listed origins; None (off) while the list is empty.

    Bearer tokens travel in a header, not a cookie, so credentials are never allowed. Litestar applies it
    to what the router answers; the layers in front of the router leave cross-origin requests to it
    (``cross_origin``), so that every answer to a browser page carries the same CORS headers.
    """
    if not settings.cors_allow_origins:
        return None
    return CORSConfig(
        allow_origins=settings.cors_allow_origins,
        allow_methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
        allow_headers=CORS_REQUEST_HEADERS,
        expose_headers=CORS_EXPOSED_HEADERS,
        allow_credentials=False,
        max_age=600,
    )


def cross_origin(scope: HTTPScope) -> bool:
    """Whether the app handles CORS and this request comes from another origin's page: then only the router,
    which adds the CORS headers, may answer it."""
    if scope["app"].cors_config is None:
        return False
    return any(name == b"origin" for name, _ in scope["headers"])
