"""Watch-history ids: unique across processes (leased node numbers), and strings in JSON."""

from __future__ import annotations

from datetime import timedelta

from httpx import AsyncClient
from sqlalchemy import update

from tests.factories import CatalogFactory
from tests.members import Member
from tests.playback.test_progress import beat, send
from vuga.core.clock import utcnow
from vuga.core.db import Database
from vuga.core.nodes import NodeLease, ProcessNode
from vuga.playback.ids import NODE_BITS, SEQUENCE_BITS, HistoryIds


def node_of(entry_id: int) -> int:
    return (entry_id >> SEQUENCE_BITS) & ((1 << NODE_BITS) - 1)


async def test_processes_on_one_database_lease_different_nodes(database: Database) -> None:
    """Every server process runs as pid 1 in its container: the node must come from the database."""
    leases = [NodeLease(database) for _ in range(3)]  # the app's own lease holds one more
    for lease in leases:
        await lease.start()
    try:
        nodes = {lease.node for lease in leases}
        assert len(nodes) == 3
        ids = [HistoryIds(lambda lease=lease: lease.node).new() for lease in leases]
        assert {node_of(entry_id) for entry_id in ids} == nodes
    finally:
        for lease in leases:
            await lease.stop()
    # Handed back on stop: a process started later takes one of them again, not a new number.
    later = NodeLease(database)
    await later.start()
    assert later.node in nodes
    await later.stop()


async def test_a_lease_taken_over_after_it_ran_out_is_replaced_at_renewal(database: Database) -> None:
    stalled, newcomer = NodeLease(database), NodeLease(database)
    await stalled.start()
    lost = stalled.node
    async with database.writer() as session, session.begin():  # as if it had not renewed for a whole lease
        expired = utcnow() - timedelta(seconds=1)
        await session.execute(update(ProcessNode).where(ProcessNode.node == lost).values(lease_until=expired))
    await newcomer.start()
    assert newcomer.node == lost
    await stalled.renew()
    assert stalled.node != lost
    await stalled.stop()
    await newcomer.stop()


async def test_history_ids_are_json_strings_that_address_the_entry(
    client: AsyncClient, member: Member, make: CatalogFactory
) -> None:
    title = await make.title()
    await make.session.commit()
    assert await send(client, member, beat(title.id, 600)) == 204
    url = f"/api/v1/profiles/{member.profile_id}/history"
    [entry] = (await client.get(url, headers=member.headers)).json()["items"]
    assert isinstance(entry["id"], str)
    assert entry["id"].isdigit()
    assert int(entry["id"]) > 2**53  # why it is a string: a JavaScript number would round it
    assert (await client.delete(f"{url}/{entry['id']}", headers=member.headers)).status_code == 204
    assert (await client.get(url, headers=member.headers)).json()["items"] == []
