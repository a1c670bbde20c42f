"""Public URLs of media files: stored paths are relative (``/artwork/12/poster.jpg``) so that moving the files
behind a CDN is one setting; absolute URLs (an external host) pass through unchanged."""

from __future__ import annotations


class MediaUrls:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")

    def absolute(self, stored: str | None) -> str | None:
        if stored is None or stored.startswith(("http://", "https://")):
            return stored
        return f"{self.base_url}/{stored.lstrip('/')}"
