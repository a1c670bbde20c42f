"""The data set of ``continue_watching.py``: titles, accounts with one profile each, and their title_progress
rows, written with COPY in passes over all profiles (the module docstring there says what and why)."""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heartbeats as hb

from vuga.core.security import Passwords
from vuga.settings import AuthSettings

PASSWORD = "bench continue watching passphrase"
EPISODES_PER_SERIES = 10
log = hb.log


async def copy(raw: Any, table: str, columns: list[str], records: list[tuple[Any, ...]]) -> None:
    await raw.copy_records_to_table(table, records=records, columns=columns)


async def seed(engine: AsyncEngine, args: argparse.Namespace, rng: random.Random) -> dict[str, float]:
    timings: dict[str, float] = {}
    password_hash = await Passwords(AuthSettings()).hash(PASSWORD)
    titles, series = args.titles, args.titles // 5  # titles 1..series are series
    now = datetime.now(UTC)
    async with engine.connect() as connection:
        raw = (await connection.get_raw_connection()).driver_connection
        assert raw is not None
        await raw.execute("SET session_replication_role = replica")  # no FK triggers during the load

        started = time.monotonic()
        await copy(
            raw,
            "titles",
            ["id", "kind", "title", "sort_title", "release_year", "duration_s", "is_published", "published_at",
             "popularity"],
            [
                (i, "series" if i <= series else "movie", f"Title {i:06d}", f"title {i:06d}", 1950 + i % 76,
                 None if i <= series else 4800 + i % 3600, True, now - timedelta(days=i % 900), 1000.0 / i)
                for i in range(1, titles + 1)
            ],
        )  # fmt: skip
        await copy(raw, "seasons", ["id", "title_id", "number"], [(t, t, 1) for t in range(1, series + 1)])
        await copy(
            raw,
            "episodes",
            ["id", "season_id", "title_id", "number", "name", "duration_s"],
            [
                ((t - 1) * EPISODES_PER_SERIES + n, t, t, n, f"Episode {n}", 2400 + n * 30)
                for t in range(1, series + 1)
                for n in range(1, EPISODES_PER_SERIES + 1)
            ],
        )
        timings["titles, seasons, episodes"] = time.monotonic() - started

        started = time.monotonic()
        chunk = args.chunk
        for start in range(1, args.profiles + 1, chunk):
            ids = range(start, min(start + chunk, args.profiles + 1))
            await copy(
                raw,
                "accounts",
                ["id", "email", "password_hash", "display_name", "role"],
                [(i, f"bench-{i}@example.com", password_hash, f"Viewer {i}", "viewer") for i in ids],
            )
            await copy(
                raw,
                "profiles",
                ["id", "account_id", "name", "avatar_url", "is_kids", "max_maturity_age"],
                [(i, i, f"Viewer {i}", "avatars/default-1.png", False, 18) for i in ids],
            )
            log(f"accounts and profiles: {ids[-1]:,}/{args.profiles:,}")
        timings["accounts + profiles"] = time.monotonic() - started

        # Each profile's titles, drawn once: distinct, popular ones (low ids) more often.
        started = time.monotonic()
        per_profile: list[list[int]] = []
        for _ in range(args.profiles):
            chosen: set[int] = set()
            while len(chosen) < args.rows_per_profile:
                chosen.add(1 + int(titles * rng.random() ** 2))
            per_profile.append(list(chosen))
        timings["drawing titles per profile"] = time.monotonic() - started

        started = time.monotonic()
        total = args.profiles * args.rows_per_profile
        written = 0
        max_age_s = 180 * 24 * 3600
        for k in range(args.rows_per_profile):  # pass k: the k-th row of every profile
            for start in range(0, args.profiles, chunk):
                records = []
                for p in range(start, min(start + chunk, args.profiles)):
                    title_id = per_profile[p][k]
                    completed = rng.random() < 0.35
                    if title_id <= series:
                        episode_id: int | None = (title_id - 1) * EPISODES_PER_SERIES + rng.randint(1, 10)
                        duration = 2400.0 + (episode_id - (title_id - 1) * EPISODES_PER_SERIES) * 30
                    else:
                        episode_id, duration = None, float(4800 + title_id % 3600)
                    position = duration if completed else round(duration * rng.random() * 0.85, 1)
                    updated = now - timedelta(seconds=max_age_s * rng.random() ** 2)
                    records.append(
                        (p + 1, title_id, episode_id, position, duration, completed, updated, updated)
                    )
                await copy(
                    raw,
                    "title_progress",
                    ["profile_id", "title_id", "episode_id", "position_s", "duration_s", "completed",
                     "client_time", "updated_at"],
                    records,
                )  # fmt: skip
                written += len(records)
                elapsed = time.monotonic() - started
                log(f"title_progress: {written:,}/{total:,} ({written / elapsed:,.0f} rows/s)")
        timings["title_progress COPY"] = time.monotonic() - started
        await raw.execute("SET session_replication_role = origin")
        await connection.commit()
        await hb.reset_sequences(connection, ("titles", "seasons", "episodes", "accounts", "profiles"))
        await connection.commit()
    timings["VACUUM ANALYZE"] = await hb.vacuum_analyze(engine)
    return timings
