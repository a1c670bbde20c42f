"""XMLTV imports: a document (uploaded, or fetched from a URL by a worker) read by the hardened parser,
planned (channels matched, overlaps corrected, the rest skipped with reasons), then written in one
transaction that replaces each channel's guide over the document's time — with a report of what it did.

A document refused (hostile, malformed, past a bound) or a URL refused (private address, too large)
writes no programme: parsing and fetching finish before the first write.
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta

import msgspec
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.core.clock import utcnow
from vuga.core.db import Database
from vuga.core.errors import InvalidInput, NotFound
from vuga.core.remote import RemoteRefused, check_url, fetch_document
from vuga.livetv.models import EpgImport, ImportState
from vuga.livetv.planning import ImportPlan, plan_import
from vuga.livetv.repository import ChannelRepository, GuideRepository
from vuga.livetv.schemas import EpgImportOut, ImportReport
from vuga.livetv.service import cache_tags
from vuga.livetv.xmltv import XmltvLimits, XmltvRefused, parse_xmltv
from vuga.settings import LiveTvSettings

Invalidate = Callable[[Sequence[str]], Awaitable[None]]
GZIP_MAGIC = b"\x1f\x8b"


def limits_of(settings: LiveTvSettings) -> XmltvLimits:
    return XmltvLimits(settings.epg_max_bytes, settings.epg_max_programmes, settings.epg_max_parse_s)


def decompressed(document: bytes, max_bytes: int) -> bytes:
    """A gzipped guide (``guide.xml.gz``, as many sources serve them) unpacked, to ``max_bytes`` at most:
    a small file that unpacks to gigabytes is refused, not unpacked."""
    if not document.startswith(GZIP_MAGIC):
        return document
    unpacker = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        unpacked = unpacker.decompress(document, max_bytes + 1)
    except zlib.error as exc:
        raise XmltvRefused("the gzip data is corrupt") from exc
    if len(unpacked) > max_bytes or unpacker.unconsumed_tail:
        raise XmltvRefused(f"the document unpacks to more than {max_bytes} bytes")
    return unpacked


async def read_guide(document: bytes, settings: LiveTvSettings, session: AsyncSession) -> ImportPlan:
    """Parse (in a thread: a large guide takes seconds of CPU) and plan ``document``; writes nothing."""
    limits = limits_of(settings)
    guide = await asyncio.to_thread(lambda: parse_xmltv(decompressed(document, limits.max_bytes), limits))
    return plan_import(guide, await ChannelRepository(session).xmltv_ids())


async def write_plan(session: AsyncSession, plan: ImportPlan) -> ImportReport:
    """Replace each channel's guide over the plan's window with the plan's rows; what changed, counted."""
    guide = GuideRepository(session)
    added = updated = removed = 0
    corrected = plan.corrected
    rows = []
    for channel in plan.channels:
        start, end = channel.window
        deleted, trimmed = await guide.replace_window(channel.channel_id, start, end)
        corrected += trimmed
        again = sum(1 for row in channel.rows if row["starts_at"] in deleted)
        updated += again
        added += len(channel.rows) - again
        removed += len(deleted) - again
        rows.extend(channel.rows)
    await guide.insert_programmes(rows)
    return ImportReport(
        in_document=plan.in_document,
        added=added,
        updated=updated,
        removed=removed,
        corrected=corrected,
        skipped=dict(plan.skipped),
        examples=plan.examples,
        unknown_channels=sorted(plan.unknown_channels)[:100],
    )


def import_out(record: EpgImport) -> EpgImportOut:
    return EpgImportOut(
        id=record.id,
        source=record.source,
        state=ImportState(record.state),
        created_at=record.created_at,
        finished_at=record.finished_at,
        report=msgspec.convert(record.report, ImportReport) if record.report is not None else None,
        error=record.error,
    )


class EpgImports:
    """Imports within a request's transaction (an upload; a URL import's record)."""

    def __init__(self, session: AsyncSession, settings: LiveTvSettings) -> None:
        self.session = session
        self.settings = settings
        self.guide = GuideRepository(session)
        self.stale: set[str] = set()

    async def import_upload(self, file_name: str, document: bytes) -> EpgImportOut:
        """Import an uploaded document now; ``XmltvRefused`` (nothing written) when it is not taken."""
        plan = await read_guide(document, self.settings, self.session)
        report = await write_plan(self.session, plan)
        record = await self.guide.create_import(f"upload:{file_name[:200]}", ImportState.DONE)
        record.report = msgspec.to_builtins(report)
        record.finished_at = utcnow()
        await self.session.flush()
        await self.session.refresh(record)
        self.stale.add(cache_tags.GUIDE)
        return import_out(record)

    async def queue_url(self, url: str) -> EpgImport:
        """The record of a URL import a worker will run; a URL that may not be fetched is refused now."""
        try:
            await check_url(url, allow_private=self.settings.epg_allow_private_urls)
        except RemoteRefused as exc:
            raise InvalidInput.field("url", str(exc)) from exc
        record = await self.guide.create_import(url, ImportState.QUEUED)
        await self.session.refresh(record)
        return record

    async def get(self, import_id: int) -> EpgImportOut:
        record = await self.guide.get_import(import_id)
        if record is None:
            raise NotFound(f"import {import_id} does not exist")
        return import_out(record)


async def run_url_import(
    database: Database, settings: LiveTvSettings, import_id: int, invalidate: Invalidate
) -> ImportState:
    """A worker's run of a queued URL import: fetch, read, write, report; a refusal fails the import with
    its reason and writes no programme."""
    async with database.writer() as session, session.begin():
        record = await GuideRepository(session).get_import(import_id)
        if record is None or record.state not in (ImportState.QUEUED, ImportState.RUNNING):
            return ImportState(record.state) if record else ImportState.FAILED
        record.state = ImportState.RUNNING
        url = record.source
    try:
        document = await fetch_document(
            url,
            max_bytes=settings.epg_max_bytes,
            timeout_s=settings.epg_fetch_timeout_s,
            allow_private=settings.epg_allow_private_urls,
        )
        async with database.writer() as session, session.begin():
            report = await write_plan(session, await read_guide(document, settings, session))
            await _finish(session, import_id, ImportState.DONE, report=report)
    except (RemoteRefused, XmltvRefused) as exc:
        async with database.writer() as session, session.begin():
            await _finish(session, import_id, ImportState.FAILED, error=str(exc))
        return ImportState.FAILED
    await invalidate([cache_tags.GUIDE])
    return ImportState.DONE


async def _finish(
    session: AsyncSession,
    import_id: int,
    state: ImportState,
    report: ImportReport | None = None,
    error: str | None = None,
) -> None:
    record = await GuideRepository(session).get_import(import_id)
    if record is not None:
        record.state = state
        record.report = msgspec.to_builtins(report) if report is not None else None
        record.error = error
        record.finished_at = utcnow()


async def prune_guide(database: Database, settings: LiveTvSettings, invalidate: Invalidate) -> int:
    """Delete programmes that ended more than the retention ago; how many went."""
    cutoff: datetime = utcnow() - timedelta(days=settings.guide_retention_days)
    async with database.writer() as session, session.begin():
        pruned = await GuideRepository(session).prune(cutoff)
    if pruned:
        await invalidate([cache_tags.GUIDE])
    return pruned
