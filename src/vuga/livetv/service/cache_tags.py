"""What cached live-TV responses are built from, as cache tags (``vuga.core.cache.stores``).

Channel and category writes stale everything that lists or shows channels (``live:channels``); guide
writes (imports, programme edits, the prune) everything that shows programmes (``live:guide``). Both are
coarse on purpose: a line-up is thousands of channels, and an import touches most of them at once.
"""

from __future__ import annotations

from collections.abc import Iterable

CHANNELS = "live:channels"
GUIDE = "live:guide"

_PATHS = {CHANNELS: ("/api/v1/live*",), GUIDE: ("/api/v1/live/channels/*", "/api/v1/live/guide*")}


def public_paths(tags: Iterable[str]) -> list[str]:
    """The public paths (with wildcards) a CDN that purges by path must drop for ``tags``."""
    return sorted({path for tag in tags for path in _PATHS.get(tag, ())})
