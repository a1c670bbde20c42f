"""One process of the lease race (``test_leases``): at a given instant, many streams of one account try to
take a lease at once; prints how many were granted.

    python -m tests.devices.lease_race <redis url> <account id> <start at (Unix time)> <attempts> <limit>
"""

from __future__ import annotations

import asyncio
import sys
import time

from vuga.devices.leases import Holder, RedisLeases
from vuga.devices.service.streams import new_lease_id


async def race(url: str, account_id: int, start_at: float, attempts: int, limit: int) -> int:
    store = RedisLeases(url, socket_timeout_s=5)
    try:
        await store._redis.ping()  # connected before the start: the race is the takes, not the connects
        await asyncio.sleep(max(start_at - time.time(), 0))
        holder = Holder(session_id=1, device="racer", profile_id=1)
        taken = await asyncio.gather(
            *(store.take(account_id, new_lease_id(), holder, limit, 60_000) for _ in range(attempts))
        )
        return sum(outcome.granted for outcome in taken)
    finally:
        await store.close()


if __name__ == "__main__":
    url, account, start, attempts, limit = sys.argv[1:6]
    print(asyncio.run(race(url, int(account), float(start), int(attempts), int(limit))))
