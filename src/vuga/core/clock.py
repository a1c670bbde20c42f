"""The one place that reads the wall clock, so tests and jobs agree on "now" (always UTC)."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
