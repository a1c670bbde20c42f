"""``CdnPurges``: how a process asks for a purge. The purge itself is a job (``cdn.purge``, in ``tasks``):
the write that asked for it has committed and answered long before the CDN does, a CDN that is down or
slow delays only the job (retried with backoff, a dead letter after the last attempt), and every API
process and worker share one queue of them."""

from __future__ import annotations

import logging

from vuga.core.cdn.purge import Purge
from vuga.core.jobs.queue import Jobs
from vuga.settings import CdnSettings

logger = logging.getLogger("vuga.cdn")

PURGE_TASK = "cdn.purge"


class CdnPurges:
    """Queues purges when a CDN is configured; does nothing otherwise."""

    def __init__(self, jobs: Jobs | None) -> None:
        self.jobs = jobs  # None: no CDN configured

    @classmethod
    def of(cls, settings: CdnSettings, jobs: Jobs) -> CdnPurges:
        """Queueing on ``jobs`` when a CDN provider is set (the API checks its settings at start-up)."""
        return cls(jobs if settings.provider != "none" else None)

    @property
    def enabled(self) -> bool:
        return self.jobs is not None

    async def request(self, purge: Purge) -> None:
        """Queue ``purge``. Never raises: a purge that cannot even be queued (the queue is down) is logged,
        and the write that asked for it stands; the CDN's copies then expire at their own max-age."""
        if self.jobs is None or not purge:
            return
        try:
            await self.jobs.enqueue(PURGE_TASK, keys=list(purge.keys), paths=list(purge.paths))
        except Exception:
            logger.exception(
                "queueing a CDN purge failed; the CDN keeps these until they expire: keys=%s paths=%s",
                list(purge.keys)[:50],
                list(purge.paths)[:50],
            )
