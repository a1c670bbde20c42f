"""What the catalog's titles play — sources, subtitles and trailers, of movies and of episodes — and the
editorial top 10."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import (
    NAME_LENGTH,
    Access,
    MediaSource,
    Subtitle,
    Top10Entry,
    Trailer,
)
from vuga.compat_v2.importer.context import ImportContext
from vuga.compat_v2.importer.repository import ImportRepository
from vuga.compat_v2.importer.source import Row
from vuga.compat_v2.importer.steps.catalog import orphan
from vuga.compat_v2.importer.steps.kinds import BatchOutcome, MappedStep, Skip, Step
from vuga.compat_v2.importer.values import (
    size_bytes,
    source_kind,
    source_quality,
    subtitle_format,
    trailer,
)


def _access(legacy: int) -> str:
    # 2 = paid. 3 = "unlock with video ads": we have no ads yet, so such a source plays free (docs/importing).
    return Access.PREMIUM.value if legacy == 2 else Access.FREE.value


async def _owners(
    context: ImportContext, session: AsyncSession, owner: str
) -> dict[int, tuple[int, int | None]]:
    """Legacy content or episode id → (our title id, our episode id or None)."""
    if owner == "content_id":
        titles = await context.ids(session, "content")
        return {legacy: (ours, None) for legacy, ours in titles.items()}
    episodes = await context.episodes(session)
    return {legacy: (facts.title_id, facts.id) for legacy, facts in episodes.items()}


class _SourcesStep(MappedStep):
    table = MediaSource.__table__
    owner: ClassVar[str]  # "content_id" or "episode_id"

    async def lookups(self, context: ImportContext, session: AsyncSession) -> None:
        self.owners = await _owners(context, session, self.owner)

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        owner = self.owners.get(int(row[self.owner]))
        if owner is None:
            return orphan(self.owner.removesuffix("_id"))
        url = context.media.rewrite(row["source"])
        if url is None:
            return Skip("no URL, or one longer than 2048 characters")
        kind = source_kind(int(row["type"] or 0), url)
        if kind is None:
            return Skip(f"source type {row['type']} is not one VUGA defines (1-8)")
        return {
            "title_id": owner[0],
            "episode_id": owner[1],
            "kind": kind.value,
            "url": url,
            "quality": source_quality(row["quality"]).value,
            "access": _access(int(row["access_type"] or 0)),
            "is_downloadable": int(row["is_download"] or 0) == 1,
            "size_bytes": size_bytes(row["size"]),
        }


class TitleSourcesStep(_SourcesStep):
    source, keys, what, owner = "content_source", ("content_source_id",), "media sources", "content_id"


class EpisodeSourcesStep(_SourcesStep):
    source, keys, what, owner = "episode_source", ("episode_source_id",), "media sources", "episode_id"


class _SubtitlesStep(MappedStep):
    table = Subtitle.__table__
    owner: ClassVar[str]
    url_column: ClassVar[str] = "file"

    async def prepare(self, context: ImportContext, session: AsyncSession) -> None:
        rows = await context.legacy.rows("SELECT app_language_id, code, title FROM app_language")
        context.prepared["language_codes"] = {
            int(row["app_language_id"]): (str(row["code"]).strip(), str(row["title"] or "")) for row in rows
        }

    async def lookups(self, context: ImportContext, session: AsyncSession) -> None:
        self.owners = await _owners(context, session, self.owner)

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        owner = self.owners.get(int(row[self.owner]))
        if owner is None:
            return orphan(self.owner.removesuffix("_id"))
        url = context.media.rewrite(row[self.url_column])
        if url is None:
            return Skip("no file URL, or one longer than 2048 characters")
        subtitle = subtitle_format(url)
        if subtitle is None:
            return Skip("not a WebVTT (.vtt) or SubRip (.srt) file")
        language = context.prepared["language_codes"].get(int(row["language_id"] or 0))
        code = str(row.get("language_code") or "").strip() or (language[0] if language else "")
        if not code or len(code) > 35:
            return orphan("language")
        label = str(row.get("title") or "") or (language[1] if language else code)
        return {
            "title_id": owner[0],
            "episode_id": owner[1],
            "language_code": code,
            "label": label[:100],
            "format": subtitle.value,
            "url": url,
        }


class TitleSubtitlesStep(_SubtitlesStep):
    source, keys, what, owner = "subtitle", ("subtitle_id",), "subtitles", "content_id"


class EpisodeSubtitlesStep(_SubtitlesStep):
    source, keys, what, owner = "episode_subtitle", ("episode_subtitle_id",), "subtitles", "episode_id"


class TitleSubtitleTracksStep(_SubtitlesStep):
    source, keys, what, owner = "content_subtitle_tracks", ("id",), "subtitles", "content_id"
    url_column = "subtitle_url"


class EpisodeSubtitleTracksStep(_SubtitlesStep):
    source, keys, what, owner = "episode_subtitle_tracks", ("id",), "subtitles", "episode_id"
    url_column = "subtitle_url"


class TrailersStep(MappedStep):
    source, keys, what = "content_trailer", ("content_trailer_id",), "trailers"
    table = Trailer.__table__

    async def lookups(self, context: ImportContext, session: AsyncSession) -> None:
        self.titles = await context.ids(session, "content")

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        title_id = self.titles.get(int(row["content_id"]))
        if title_id is None:
            return orphan("content")
        url = context.media.rewrite(row["trailer_url"])
        made = trailer(url or "", row["youtube_id"])
        if made is None:
            return Skip("neither a YouTube link nor an HLS or MP4 file")
        # The primary trailer first, then VUGA's order.
        position = 0 if row["is_primary"] else min(max(int(row["sort_order"] or 0), 0) + 1, 32_000)
        return {
            "title_id": title_id,
            "name": str(row["title"] or "")[:NAME_LENGTH],
            "kind": made[0].value,
            "url": made[1],
            "position": position,
        }


class TopTenStep(Step):
    """``top_content`` in ``content_index`` order becomes the editorial top 10: the first ten titles imported,
    each once. It replaces our top 10 as a whole, and only when it differs from it."""

    source, keys, what = "top_content", ("top_content_id",), "the editorial top 10"

    async def prepare(self, context: ImportContext, session: AsyncSession) -> None:
        titles = await context.ids(session, "content")
        rows = await context.legacy.rows(
            "SELECT top_content_id, content_id FROM top_content ORDER BY content_index, top_content_id"
        )
        decisions: dict[int, str | None] = {}
        entries: list[dict[str, int]] = []
        seen: set[int] = set()
        for row in rows:
            legacy_title = int(row["content_id"])
            if legacy_title not in titles:
                decisions[int(row["top_content_id"])] = orphan("content").reason
            elif legacy_title in seen:
                decisions[int(row["top_content_id"])] = "duplicate: the title is higher in the list already"
            elif len(entries) == 10:
                decisions[int(row["top_content_id"])] = "beyond the top 10"
            else:
                seen.add(legacy_title)
                entries.append({"position": len(entries) + 1, "title_id": titles[legacy_title]})
                decisions[int(row["top_content_id"])] = None
        context.prepared["top10"], context.prepared["top10_decisions"] = entries, decisions

    async def write(self, context: ImportContext, session: AsyncSession, rows: Sequence[Row]) -> BatchOutcome:
        outcome = BatchOutcome()
        for row in rows:
            reason = context.prepared["top10_decisions"].get(
                int(row["top_content_id"]), "added during the run"
            )
            if reason is None:
                outcome.written += 1
            else:
                outcome.skip(reason)
        return outcome

    async def finish(self, context: ImportContext, session: AsyncSession) -> int:
        repository = ImportRepository(session)
        wanted = [(entry["position"], entry["title_id"]) for entry in context.prepared["top10"]]
        if not wanted or await repository.rows_of(Top10Entry.__table__, ["position", "title_id"]) == wanted:
            return 0
        await repository.replace_all(Top10Entry.__table__, context.prepared["top10"])
        return len(wanted)
