"""What an XMLTV import will write: the document's programmes matched to channels, in order, without
overlaps, and the reasons for everything left out — before the database is touched.

Per channel, programmes are sorted by start. A missing stop is the next programme's start. A programme
overlapping the next one is *corrected*: it stops where the next starts (guides routinely overlap by a
minute or two); one left with no time at all, one whose stop is not after its start, one longer than
``MAX_PROGRAMME_S`` and a second programme at the same start are *skipped*, each under its reason. The
import then replaces each channel's guide between its first start and its last stop (``window``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from vuga.livetv.models import MAX_PROGRAMME_S
from vuga.livetv.xmltv import ParsedGuide, ParsedProgramme

MAX_EXAMPLES = 20
LONGEST = timedelta(seconds=MAX_PROGRAMME_S)


@dataclass(slots=True)
class ChannelPlan:
    channel_id: int
    rows: list[dict[str, Any]]  # the live_programmes rows to write, by start

    @property
    def window(self) -> tuple[datetime, datetime]:
        return self.rows[0]["starts_at"], self.rows[-1]["ends_at"]


@dataclass(slots=True)
class ImportPlan:
    channels: list[ChannelPlan]
    in_document: int
    corrected: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    examples: list[dict[str, str]] = field(default_factory=list)
    unknown_channels: set[str] = field(default_factory=set)

    def skip(self, reason: str, programme: ParsedProgramme | None = None, count: int = 1) -> None:
        self.skipped[reason] += count
        if programme is not None and len(self.examples) < MAX_EXAMPLES:
            self.examples.append(
                {"channel": programme.channel, "start": programme.starts_at.isoformat(), "reason": reason}
            )

    @property
    def programmes(self) -> int:
        return sum(len(plan.rows) for plan in self.channels)


def plan_import(guide: ParsedGuide, channel_ids: Mapping[str, int]) -> ImportPlan:
    """The rows to write for ``guide``, given the channels' XMLTV ids (``channel_ids``)."""
    plan = ImportPlan(channels=[], in_document=len(guide.programmes) + sum(guide.unreadable.values()))
    for reason, count in guide.unreadable.items():
        plan.skip(reason, count=count)
    by_channel: dict[int, list[ParsedProgramme]] = defaultdict(list)
    for programme in guide.programmes:
        channel_id = channel_ids.get(programme.channel)
        if channel_id is None:
            plan.unknown_channels.add(programme.channel)
            plan.skip("unknown channel", programme)
            continue
        by_channel[channel_id].append(programme)
    for channel_id, programmes in by_channel.items():
        rows = _channel_rows(channel_id, programmes, plan)
        if rows:
            plan.channels.append(ChannelPlan(channel_id, rows))
    return plan


def _channel_rows(
    channel_id: int, programmes: list[ParsedProgramme], plan: ImportPlan
) -> list[dict[str, Any]]:
    programmes.sort(key=lambda programme: programme.starts_at)
    rows: list[dict[str, Any]] = []
    for index, programme in enumerate(programmes):
        if rows and rows[-1]["starts_at"] == programme.starts_at:
            plan.skip("another programme starts at the same time", programme)
            continue
        after = index + 1  # sorted: the next start is the next entry's, past any at this same start
        while after < len(programmes) and programmes[after].starts_at == programme.starts_at:
            after += 1
        following = programmes[after].starts_at if after < len(programmes) else None
        ends_at = programme.ends_at
        if ends_at is None:
            if following is None:
                plan.skip("no stop time and no programme after it", programme)
                continue
            ends_at = following
        if ends_at <= programme.starts_at:
            plan.skip("stop is not after start", programme)
            continue
        if following is not None and ends_at > following:
            ends_at = following  # overlaps the next one: it stops where that one starts
            plan.corrected += 1
        if ends_at - programme.starts_at > LONGEST:
            plan.skip(f"longer than {MAX_PROGRAMME_S // 3600} hours", programme)
            continue
        rows.append(
            {
                "channel_id": channel_id,
                "starts_at": programme.starts_at,
                "ends_at": ends_at,
                "title": programme.title,
                "subtitle": programme.subtitle,
                "description": programme.description,
                "category": programme.category,
                "rating": programme.rating,
                "episode": programme.episode,
                "image_url": programme.image_url,
            }
        )
    return rows
