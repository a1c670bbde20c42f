"""What the entitlement check costs a playback start, in-process, next to the floor of one round trip.

Every playback answer asks billing whether the account may play the title here and with which limits: the
account's subscription with its plan (one query) and the title's and episode's availability rules (one
query), then the decision in Python. This seeds a database (migrated here) with ``--accounts`` accounts, 70%
of them subscribed (half of those on a plan that ended), and ``--titles`` titles, a third of them with a
rule (premium, a window, countries), then times, with one session per call as a request has:

- ``SELECT 1`` on a session (the floor: a pooled connection's round trip);
- the entitlement check of a random account and title (``EntitlementChecks.for_media``), refusals
  included (a refusal is an answer too);
- the decision alone (``refusal``), without the database.

    .venv/bin/python bench/entitlements.py --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/vuga_bench_billing \
        [--accounts 100000] [--titles 10000] [--calls 5000]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import random
import statistics
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from alembic import command
from sqlalchemy import func, insert, select, text

import vuga.app  # noqa: F401 (every table on the metadata)
from vuga.accounts.models import Account
from vuga.billing.models import AvailabilityRule, Plan, Subscription
from vuga.billing.service import EntitlementChecks, EntitlementPolicy
from vuga.billing.service.entitlements import FREE_EVERYWHERE, refusal
from vuga.catalog.models import Title
from vuga.cli import alembic_config
from vuga.core.db import Database
from vuga.core.errors import Forbidden
from vuga.settings import DatabaseSettings

BATCH = 5000


async def seed(database: Database, accounts: int, titles: int) -> None:
    async with database.writer() as session:
        if (await session.execute(select(func.count()).select_from(Plan))).scalar_one():
            return  # seeded by an earlier run
    rng = random.Random(20)
    now = datetime.now(UTC)
    async with database.writer() as session, session.begin():
        await session.execute(
            insert(Plan),
            [
                {
                    "code": "basic",
                    "name": "Basic",
                    "price_minor": 499,
                    "currency": "USD",
                    "period": "month",
                    "stream_limit": 1,
                    "max_height": 720,
                },
                {
                    "code": "premium",
                    "name": "Premium",
                    "price_minor": 1499,
                    "currency": "USD",
                    "period": "month",
                    "stream_limit": 4,
                    "max_height": 0,
                },
            ],
        )
    for start in range(0, accounts, BATCH):
        ids = range(start + 1, min(start + BATCH, accounts) + 1)
        async with database.writer() as session, session.begin():
            await session.execute(insert(Account), [{"email": f"bench{n}@example.com"} for n in ids])
            await session.execute(
                insert(Subscription),
                [
                    {
                        "account_id": n,
                        "plan_id": rng.choice((1, 2)),
                        "state": rng.choice(("active", "trialing", "canceled", "expired")),
                        "provider": rng.choice(("manual", "stripe")),
                        "current_period_start": now - timedelta(days=20),
                        "current_period_end": now + timedelta(days=rng.choice((-15, 10))),
                    }
                    for n in ids
                    if rng.random() < 0.7
                ],
            )
    for start in range(0, titles, BATCH):
        ids = range(start + 1, min(start + BATCH, titles) + 1)
        async with database.writer() as session, session.begin():
            await session.execute(
                insert(Title),
                [
                    {"kind": "movie", "title": f"T{n}", "sort_title": f"t{n}", "release_year": 2020}
                    for n in ids
                ],
            )
            rules = []
            for n in ids:
                if rng.random() < 1 / 3:
                    rules.append(
                        {
                            "title_id": n,
                            "access": rng.choice(("premium", "premium", "free", "locked")),
                            "available_from": now - timedelta(days=rng.choice((1, -1)))
                            if rng.random() < 0.2
                            else None,
                            "available_until": None,
                            "countries": ["US", "CA"] if rng.random() < 0.2 else [],
                            "blocked_countries": [],
                        }
                    )
            await session.execute(insert(AvailabilityRule), rules)


async def measure(name: str, operation: Callable[[], Awaitable[object]], calls: int) -> float:
    for _ in range(min(200, calls)):  # warm-up: pool, prepared statements
        await operation()
    latencies = []
    for _ in range(calls):
        started = time.perf_counter()
        await operation()
        latencies.append(time.perf_counter() - started)
    cuts = statistics.quantiles(latencies, n=100)
    print(f"| {name} | {cuts[49] * 1e6:,.0f} | {cuts[94] * 1e6:,.0f} | {cuts[98] * 1e6:,.0f} |", flush=True)
    return cuts[94]


async def main(url: str, accounts: int, titles: int, calls: int) -> None:
    # The slow-statement log would interleave the table on a loaded machine.
    logging.getLogger("vuga.db.slow").setLevel(logging.ERROR)
    await asyncio.to_thread(command.upgrade, alembic_config(url), "head")  # type: ignore[arg-type]
    database = Database.from_settings(DatabaseSettings(url=url, pool_size=4))
    started = time.perf_counter()
    await seed(database, accounts, titles)
    print(
        f"seeded (or found) in {time.perf_counter() - started:.1f} s: {accounts:,} accounts, {titles:,} titles\n"
    )
    policy = EntitlementPolicy(default_stream_limit=4, grace_s=3 * 86400)
    rng = random.Random(7)

    async def floor() -> None:
        async with database.reader() as session:
            await session.execute(text("SELECT 1"))

    async def check() -> None:
        async with database.reader() as session:
            checks = EntitlementChecks(session, policy)
            with contextlib.suppress(Forbidden):  # a refusal is an answer too
                await checks.for_media(rng.randint(1, accounts), rng.randint(1, titles), None, "US")

    now = datetime.now(UTC)

    async def decision() -> None:
        refusal(FREE_EVERYWHERE, True, "US", now)

    print("| operation | p50 µs | p95 µs | p99 µs |\n| --- | --- | --- | --- |")
    base = await measure("`SELECT 1` on a session (the floor)", floor, calls)
    cost = await measure("entitlement check (2 queries + the decision)", check, calls)
    await measure("the decision alone (no database)", decision, calls)
    print(f"\nentitlement check p95 / floor p95: {cost / base:.2f}")
    await database.dispose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--titles", type=int, default=10_000)
    parser.add_argument("--calls", type=int, default=5000)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.database_url, arguments.accounts, arguments.titles, arguments.calls))
