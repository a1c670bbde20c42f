"""The heartbeat writer's group commit: what arrives during a write is the next batch, at most batch_max."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest
from httpx import AsyncClient
from litestar import Litestar
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories import CatalogFactory
from tests.members import Member
from tests.playback.test_progress import beat, send
from vuga.playback.batching import HeartbeatBatcher, PendingBeat
from vuga.playback.models import WatchHistory


class HeldWriter:
    """Holds every batch's write until released, and notes each batch's size."""

    def __init__(self, batcher: HeartbeatBatcher, monkeypatch: pytest.MonkeyPatch) -> None:
        self.sizes: list[int] = []
        self.release = asyncio.Event()
        self.arrived = asyncio.Event()
        commit: Callable[[list[PendingBeat]], Awaitable[list[PendingBeat]]] = batcher._commit

        async def held_commit(batch: list[PendingBeat]) -> list[PendingBeat]:
            self.sizes.append(len(batch))
            self.arrived.set()
            await self.release.wait()
            return await commit(batch)

        monkeypatch.setattr(batcher, "_commit", held_commit)

    async def writing(self, batches: int) -> None:
        """Wait until ``batches`` batches have reached the database."""
        async with asyncio.timeout(5):
            while len(self.sizes) < batches:
                self.arrived.clear()
                await self.arrived.wait()


async def five_during_one_held_write(
    client: AsyncClient, member: Member, title_id: int, writer: HeldWriter
) -> tuple[asyncio.Task[int], list[asyncio.Task[int]]]:
    """One heartbeat whose write is held, then five more sent while it is: given time to pass their checks
    and wait in the next batch."""
    first = asyncio.create_task(send(client, member, beat(title_id, 10)))
    await writer.writing(1)
    later = [asyncio.create_task(send(client, member, beat(title_id, 20 + n))) for n in range(5)]
    await asyncio.sleep(0.2)
    return first, later


async def test_heartbeats_arriving_during_a_write_are_the_next_batch(
    app: Litestar,
    client: AsyncClient,
    member: Member,
    make: CatalogFactory,
    session: AsyncSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    movie = await make.title()
    writer = HeldWriter(app.state.heartbeats, monkeypatch)
    first, later = await five_during_one_held_write(client, member, movie.id, writer)
    assert writer.sizes == [1]
    # Nothing is answered before it is stored.
    assert not first.done()
    assert not any(task.done() for task in later)

    # The next batch goes as soon as the first has committed: a writer that is not idle never lingers.
    batcher: HeartbeatBatcher = app.state.heartbeats
    monkeypatch.setattr(batcher, "settings", batcher.settings.model_copy(update={"batch_window_ms": 60_000}))
    writer.release.set()
    assert await first == 204
    async with asyncio.timeout(10):
        assert await asyncio.gather(*later) == [204] * 5
    assert writer.sizes == [1, 5]
    assert await session.scalar(select(func.count()).select_from(WatchHistory)) == 6


async def test_a_batch_holds_at_most_batch_max_heartbeats(
    app: Litestar,
    client: AsyncClient,
    member: Member,
    make: CatalogFactory,
    session: AsyncSession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    movie = await make.title()
    batcher: HeartbeatBatcher = app.state.heartbeats
    monkeypatch.setattr(batcher, "settings", batcher.settings.model_copy(update={"batch_max": 2}))
    writer = HeldWriter(batcher, monkeypatch)
    first, later = await five_during_one_held_write(client, member, movie.id, writer)

    writer.release.set()
    assert await asyncio.gather(first, *later) == [204] * 6
    assert writer.sizes == [1, 2, 2, 1]
    assert await session.scalar(select(func.count()).select_from(WatchHistory)) == 6
