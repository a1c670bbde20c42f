"""Public URLs of media files: stored paths are relative (``/artwork/12/poster.jpg``) so that moving the files
behind a CDN is one setting; absolute URLs (an external host) pass through unchanged."""

from __future__ import annotations

from urllib.parse import urlsplit


class MediaUrls:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")

    def absolute(self, stored: str | None) -> str | None:
        if stored is None or stored.startswith(("http://", "https://")):
            return stored
        return f"{self.base_url}/{stored.lstrip('/')}"


def media_origin(base_url: str) -> str | None:
    """The origin media is served from when it is not the app's own (a CDN): ``https://cdn.example.com``."""
    parts = urlsplit(base_url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None
