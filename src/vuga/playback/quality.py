"""Players' quality of experience: startup time, rebuffering, rendition switches and errors, reported in
batched beacons and exported as metrics (``vuga_qoe_*``, ``docs/operations.md``) for the dashboard. Nothing is
stored per viewer: a beacon is an aggregate of a minute of one viewing, and the series have bounded labels."""

from __future__ import annotations

import logging

from vuga.accounts.auth import Viewer
from vuga.accounts.service import ProfileService
from vuga.core.metrics import record_qoe
from vuga.playback.schemas import QoeReport

logger = logging.getLogger("vuga.playback")


class QualityReports:
    def __init__(self, profiles: ProfileService) -> None:
        self.profiles = profiles

    async def record(self, viewer: Viewer, profile_id: int, report: QoeReport) -> None:
        """Export a profile's beacons; another account's profile is not found."""
        await self.profiles.owned(viewer, profile_id)
        for beacon in report.beacons:
            record_qoe(
                startup_s=beacon.startup_ms / 1000 if beacon.startup_ms is not None else None,
                watched_s=beacon.watched_s,
                height=beacon.height,
                rebuffers=beacon.rebuffers,
                rebuffer_s=beacon.rebuffer_s,
                bitrate_switches=beacon.bitrate_switches,
                errors=[(error.kind.value, error.fatal) for error in beacon.errors],
            )
            for error in beacon.errors:
                if error.fatal:  # what an operator looks for first: which title stopped playing, and how
                    logger.warning(
                        "playback stopped by a %s error (%s) on title %d, episode %s, viewing %s",
                        error.kind.value,
                        error.code or "no code",
                        beacon.title_id,
                        beacon.episode_id,
                        beacon.session_id,
                    )
