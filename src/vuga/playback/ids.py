"""Ids for watch-history rows, made without a database round trip.

Milliseconds since 2025 in the high bits, then this process's node number (leased in the database, see
``vuga.core.nodes``) and a per-process sequence: ordered by time, unique across processes and machines, and
within a signed 64-bit integer for the next 69 years. They are past 2**53 from the start, beyond what a
JavaScript number holds exactly: the API sends them as strings (docs/security.md, "Ids").
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

EPOCH_MS = 1_735_689_600_000  # 2025-01-01T00:00:00Z
NODE_BITS = 10
SEQUENCE_BITS = 12


class HistoryIds:
    def __init__(self, node: Callable[[], int]) -> None:
        self._node = node  # read per id: a lease taken again after an outage applies at once
        self._sequence = itertools.count()

    def new(self) -> int:
        milliseconds = int(time.time() * 1000) - EPOCH_MS
        node = self._node() & ((1 << NODE_BITS) - 1)
        sequence = next(self._sequence) & ((1 << SEQUENCE_BITS) - 1)
        return (milliseconds << (NODE_BITS + SEQUENCE_BITS)) | (node << SEQUENCE_BITS) | sequence
