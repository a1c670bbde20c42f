"""The home page's background job: keeping every maturity variant of the shared home built in the cache."""

from __future__ import annotations

from typing import Annotated

from taskiq import Context, TaskiqDepends, async_shared_broker

from vuga.core.cache import ResponseCache
from vuga.core.jobs.queue import resources_of
from vuga.core.maturity import Maturity
from vuga.core.media import MediaUrls
from vuga.home.service import SharedHome

# The variants viewers ask for: anonymous (everything) and each profile ceiling below 18+.
VARIANTS = (None, Maturity.ALL, Maturity.AGE_7, Maturity.AGE_13, Maturity.AGE_16)


@async_shared_broker.task(task_name="home.rewarm")
async def rewarm(context: Annotated[Context, TaskiqDepends()]) -> int:
    """Build each shared-home variant a catalog write dropped, so that no viewer waits for a cold build.

    A variant still cached costs one cache read; a missing one is built once even if several workers run
    this at the same moment (the cache's one-build-per-key lock)."""
    resources = resources_of(context)
    settings = resources.settings
    cache = ResponseCache(
        resources.cache,
        stale_s=settings.cache.stale_s,
        lock_ms=settings.cache.lock_ms,
        wait_s=settings.cache.wait_s,
    )
    shared = SharedHome(
        resources.database, MediaUrls(settings.media.base_url), cache, settings.home, settings.cache
    )
    for variant in VARIANTS:
        await shared.body(variant)
    return len(VARIANTS)
