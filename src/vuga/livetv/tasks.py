"""Live TV's background jobs: URL imports of XMLTV guides (queued by editors, and the scheduled sources),
the prune of programmes past the retention, and channels' audience (views and peak viewers per hour)."""

from __future__ import annotations

from typing import Annotated

from taskiq import Context, TaskiqDepends, async_shared_broker

from vuga.core.jobs.queue import resources_of
from vuga.livetv.service import AudienceRecorder, EpgImports, prune_guide, run_url_import


@async_shared_broker.task(task_name="livetv.import_epg_url")
async def import_epg_url(import_id: int, context: Annotated[Context, TaskiqDepends()]) -> str:
    """Fetch a queued import's URL and import it; a refused URL or document fails the import, with why."""
    resources = resources_of(context)
    state = await run_url_import(
        resources.database, resources.settings.livetv, import_id, resources.cache.invalidate
    )
    return state.value


@async_shared_broker.task(task_name="livetv.refresh_epg")
async def refresh_epg(context: Annotated[Context, TaskiqDepends()]) -> list[str]:
    """Import each scheduled XMLTV source (``VUGA_LIVETV_EPG_URLS``) again, one after the other."""
    resources = resources_of(context)
    settings = resources.settings.livetv
    states: list[str] = []
    for url in settings.epg_urls:
        async with resources.database.writer() as session, session.begin():
            record = await EpgImports(session, settings).queue_url(str(url))
            import_id = record.id
        state = await run_url_import(resources.database, settings, import_id, resources.cache.invalidate)
        states.append(state.value)
    return states


@async_shared_broker.task(task_name="livetv.prune_programmes")
async def prune_programmes(context: Annotated[Context, TaskiqDepends()]) -> int:
    """Delete programmes that ended longer ago than ``VUGA_LIVETV_GUIDE_RETENTION_DAYS``."""
    resources = resources_of(context)
    return await prune_guide(resources.database, resources.settings.livetv, resources.cache.invalidate)


@async_shared_broker.task(task_name="livetv.record_audience")
async def record_audience(context: Annotated[Context, TaskiqDepends()]) -> int:
    """Add the channels' gathered views and raise each hour's peak viewers to what is watching now."""
    resources = resources_of(context)
    recorder = AudienceRecorder(
        resources.database, resources.counters, resources.presence, resources.settings.livetv
    )
    return await recorder.record()


__all__ = ["import_epg_url", "prune_programmes", "record_audience", "refresh_epg"]
