"""A circuit breaker for Redis: when it fails, stop asking it for a while instead of paying its timeout on
every request.

Redis holds nothing that a request cannot do without (the cache, shared rate limits, cached sessions all
have a fallback), so the right response to a dead or hung Redis is to skip it quickly. Closed, every call goes
through; after ``failures_to_open`` failures in a row the breaker opens and calls are refused at once for
``open_s``; then one call at a time is let through as a probe, and the first success closes it again. A
single timeout does not open it: on a busy event loop a read can time out while Redis is fine.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

logger = logging.getLogger("vuga.breaker")


class CircuitBreaker:
    def __init__(
        self,
        name: str,
        open_s: float,
        failures_to_open: int = 3,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.open_s = open_s
        self.failures_to_open = failures_to_open
        self._clock = clock
        self._failures = 0
        self._retry_at: float | None = None  # None: closed
        self._probing = False

    @property
    def is_open(self) -> bool:
        return self._retry_at is not None

    def allow(self) -> bool:
        """Whether a call may go to Redis now; while open, one probe is allowed every ``open_s``."""
        if self._retry_at is None:
            return True
        if self._probing or self._clock() < self._retry_at:
            return False
        self._probing = True
        return True

    def succeeded(self) -> None:
        if self._retry_at is not None:
            logger.warning("%s is reachable again: using it", self.name)
        self._failures = 0
        self._retry_at = None
        self._probing = False

    def failed(self, error: BaseException) -> None:
        self._failures += 1
        if self._retry_at is None and self._failures < self.failures_to_open:
            return
        if self._retry_at is None:
            logger.warning("%s failed (%s): skipping it for %.1f s at a time", self.name, error, self.open_s)
        self._retry_at = self._clock() + self.open_s
        self._probing = False
