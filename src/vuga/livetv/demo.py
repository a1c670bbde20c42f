"""Demo live TV for a fresh install: a dozen channels in five categories and a generated week of guide
(from the start of yesterday, UTC), so the viewer app has something to show.

Invented from word lists by one seeded ``random.Random``: the same seed gives the same line-up and
programmes, relative to the day it is loaded. Streams point at a placeholder host. The caller owns the
transaction and guarantees an empty line-up.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.core.maturity import Maturity
from vuga.livetv.models import CategoryChannel, Channel, ChannelCategory, ChannelSource, StreamQuality
from vuga.livetv.repository import GuideRepository

STREAM_HOST = "https://live.example.com"
GUIDE_DAYS = 8  # yesterday and the week ahead

CATEGORIES = [
    ("news", "News"),
    ("sport", "Sport"),
    ("kids", "Kids"),
    ("movies", "Movies"),
    ("music", "Music"),
]
# (name, categories, maturity, premium)
CHANNELS = [
    ("Vuga News", ["news"], Maturity.ALL, False),
    ("World Report", ["news"], Maturity.ALL, False),
    ("Market Watch", ["news"], Maturity.ALL, True),
    ("Stadium One", ["sport"], Maturity.ALL, False),
    ("Stadium Two", ["sport"], Maturity.ALL, True),
    ("Little Stars", ["kids"], Maturity.ALL, False),
    ("Cartoon Hour", ["kids"], Maturity.AGE_7, False),
    ("Classic Cinema", ["movies"], Maturity.AGE_13, False),
    ("Midnight Thrillers", ["movies"], Maturity.AGE_18, True),
    ("Family Movies", ["movies", "kids"], Maturity.AGE_7, False),
    ("Vuga Hits", ["music"], Maturity.ALL, False),
    ("Live Sessions", ["music"], Maturity.AGE_13, False),
]
SHOWS = {
    "news": ["Morning Briefing", "Midday News", "Evening Bulletin", "Business Today", "The Debate"],
    "sport": ["Match Day Live", "Highlights", "Goal Rush", "The Pundits", "Training Ground"],
    "kids": ["Puzzle Pals", "Story Time", "Space Rangers", "The Busy Bakery", "Animal Friends"],
    "movies": ["Feature Presentation", "Director's Cut", "Double Bill", "Late Show", "Matinee"],
    "music": ["Top 20 Countdown", "Acoustic Hour", "Chart Toppers", "Club Mix", "Unplugged"],
}
SLOT_MINUTES = (30, 30, 60, 60, 90, 120)


@dataclass(frozen=True, slots=True)
class DemoLineup:
    channels: int
    categories: int
    programmes: int


async def load_demo_lineup(session: AsyncSession, *, now: datetime, seed: int = 42) -> DemoLineup:
    rng = random.Random(seed)  # noqa: S311 - invented demo data, seeded so that loads are reproducible
    categories = {
        slug: ChannelCategory(slug=slug, name=name, sort_order=i) for i, (slug, name) in enumerate(CATEGORIES)
    }
    session.add_all(categories.values())
    channels = []
    for number, (name, _, maturity, premium) in enumerate(CHANNELS, 1):
        slug = name.lower().replace(" ", "-")
        channels.append(
            Channel(
                name=name,
                number=100 + number,
                xmltv_id=f"{slug}.demo.vuga.tv",
                language="en",
                country="GB",
                maturity_age=maturity.min_age,
                is_premium=premium,
                sort_order=number,
            )
        )
    session.add_all(channels)
    await session.flush()
    positions: dict[str, int] = {}
    for channel, (_, slugs, _, _) in zip(channels, CHANNELS, strict=True):
        slug = channel.xmltv_id.split(".")[0] if channel.xmltv_id else str(channel.id)
        session.add_all(
            [
                ChannelSource(
                    channel_id=channel.id,
                    position=0,
                    url=f"{STREAM_HOST}/{slug}/master.m3u8",
                    quality=StreamQuality.FHD,
                ),
                ChannelSource(
                    channel_id=channel.id,
                    position=1,
                    url=f"{STREAM_HOST}/{slug}/sd.m3u8",
                    backup_url=f"https://backup.example.com/{slug}/sd.m3u8",
                    quality=StreamQuality.SD,
                ),
            ]
        )
        for category in slugs:
            positions[category] = positions.get(category, 0) + 1
            session.add(
                CategoryChannel(
                    category_id=categories[category].id, channel_id=channel.id, position=positions[category]
                )
            )
    await session.flush()
    start = now.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=1)
    rows = [
        row
        for channel, (_, slugs, _, _) in zip(channels, CHANNELS, strict=True)
        for row in _week(rng, channel.id, SHOWS[slugs[0]], start)
    ]
    await GuideRepository(session).insert_programmes(rows)
    return DemoLineup(channels=len(channels), categories=len(categories), programmes=len(rows))


def _week(rng: random.Random, channel_id: int, shows: list[str], start: datetime) -> list[dict[str, Any]]:
    rows = []
    moment, end = start, start + timedelta(days=GUIDE_DAYS)
    while moment < end:
        show = rng.choice(shows)
        length = timedelta(minutes=rng.choice(SLOT_MINUTES))
        episode = rng.randint(1, 40)
        rows.append(
            {
                "channel_id": channel_id,
                "starts_at": moment,
                "ends_at": moment + length,
                "title": show,
                "subtitle": f"Episode {episode}",
                "description": f"{show}, episode {episode}.",
                "category": None,
                "rating": None,
                "episode": f"E{episode}",
                "image_url": None,
            }
        )
        moment += length
    return rows
