"""A number of this process's own among every process that writes to the database: the node part of ids made
without a round trip (``vuga.playback.ids``).

A process id cannot be it: in containers every replica runs as pid 1, so replicas made the same ids, and a
batch holding a duplicate fell back to writing row by row. Instead each process leases one of ``NODES``
numbers in the database at start-up: it takes a number whose lease has run out (or the next unused one),
renews the lease every third of its length while it runs, and hands it back when it stops. A process whose
number was taken by another (it could not renew for a whole lease: a database outage of ``lease_s``) takes a
number again at its next renewal.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from datetime import datetime, timedelta

from sqlalchemy import Integer, String, Update, func, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from vuga.core.clock import utcnow
from vuga.core.db import Base, Database, UTCDateTime

logger = logging.getLogger("vuga.nodes")

NODES = 1024  # the ids' 10 node bits
RETRY_S = 1.0  # while no number is leased (the database was down at start-up)
CLAIM_ATTEMPTS = 5  # concurrent start-ups may race for a number: the loser takes another


class ProcessNode(Base):
    __tablename__ = "process_nodes"

    node: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    holder: Mapped[str] = mapped_column(String(32))  # a random name of the process holding the lease
    lease_until: Mapped[datetime] = mapped_column(UTCDateTime)


class NoFreeNode(RuntimeError):
    pass


class NodeLease:
    """This process's node number, leased in the database and renewed every ``lease_s / 3``."""

    def __init__(self, database: Database, lease_s: float = 600.0) -> None:
        self.database = database
        self.lease = timedelta(seconds=lease_s)
        self.holder = secrets.token_hex(16)
        self._node: int | None = None
        self._renewer: asyncio.Task[None] | None = None

    @property
    def node(self) -> int:
        if self._node is None:
            raise RuntimeError("the node lease is not taken yet (NodeLease.start)")
        return self._node

    async def start(self) -> None:
        """Take a number now if the database answers, else as soon as it does (a server starts, and says
        it is not ready, while its database is down; heartbeats fail until then)."""
        try:
            self._node = await self._claim()
        except (OSError, DBAPIError, SQLAlchemyTimeoutError):
            logger.exception("could not lease an id node yet; retrying")
        self._renewer = asyncio.create_task(self._keep_renewing(), name="node-lease")

    async def stop(self) -> None:
        if self._renewer is not None:
            self._renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._renewer
        if self._node is not None:
            with contextlib.suppress(Exception):  # unreleased, the lease simply runs out
                async with self.database.writer() as session, session.begin():
                    await session.execute(self._mine().values(lease_until=utcnow() - self.lease))

    def _mine(self) -> Update:
        return update(ProcessNode).where(ProcessNode.node == self._node, ProcessNode.holder == self.holder)

    async def _claim(self) -> int:
        for _ in range(CLAIM_ATTEMPTS):
            now = utcnow()
            async with self.database.writer() as session, session.begin():
                node = await self._take_expired(session, now) or await self._take_unused(session, now)
            if node is not None:
                logger.info("leased id node %d", node)
                return node
        raise NoFreeNode(
            f"all {NODES} id nodes are leased: more processes write to this database than ids can tell apart"
        )

    async def _take_expired(self, session: AsyncSession, now: datetime) -> int | None:
        expired = (
            select(ProcessNode.node)
            .where(ProcessNode.lease_until < now)
            .order_by(ProcessNode.lease_until)
            .limit(1)
            .scalar_subquery()
        )
        query = (
            update(ProcessNode)
            # The expiry again in the outer statement: of two processes that chose one number, the second
            # finds it taken once the first has committed, and gets no row.
            .where(ProcessNode.node == expired, ProcessNode.lease_until < now)
            .values(holder=self.holder, lease_until=now + self.lease)
            .returning(ProcessNode.node)
            .execution_options(synchronize_session=False)
        )
        node: int | None = (await session.execute(query)).scalar_one_or_none()
        return node

    async def _take_unused(self, session: AsyncSession, now: datetime) -> int | None:
        highest = (await session.execute(select(func.max(ProcessNode.node)))).scalar_one_or_none()
        node = 0 if highest is None else highest + 1
        if node >= NODES:
            return None
        async with session.begin_nested():  # a concurrent start-up inserting the same number: try again
            try:
                await session.execute(
                    insert(ProcessNode).values(node=node, holder=self.holder, lease_until=now + self.lease)
                )
            except IntegrityError:  # the primary key was taken meanwhile
                return None
        return node

    async def renew(self) -> None:
        now = utcnow()
        async with self.database.writer() as session, session.begin():
            renewed = await session.execute(
                self._mine().values(lease_until=now + self.lease).returning(ProcessNode.node)
            )
            still_mine = renewed.scalar_one_or_none() is not None
        if not still_mine:
            logger.warning("the lease of id node %s was lost; taking another", self._node)
            self._node = await self._claim()

    async def _keep_renewing(self) -> None:
        while True:
            await asyncio.sleep(self.lease.total_seconds() / 3 if self._node is not None else RETRY_S)
            try:
                if self._node is None:
                    self._node = await self._claim()
                else:
                    await self.renew()
            except Exception:  # a database outage: retried at the next interval, the lease outlasts two
                logger.exception("leasing or renewing the id node failed")
