"""VUGA's watch positions in seconds: Android syncs a percentage with ``total_duration = 0``, iOS seconds with
the duration; both the importer and ``watch/sync`` read them with this one rule, row by row."""

from __future__ import annotations


def position_in_seconds(
    position: int, duration: int, catalog_duration: int | None
) -> tuple[float, float] | None:
    """(position_s, duration_s) of a legacy row, or None when it cannot be placed.

    A row with a duration is in seconds. Without one, a position of at most 100 is a percentage of the
    item's duration in our catalog, a larger one seconds against it; without a catalog duration either,
    the row cannot be placed."""
    position = max(position, 0)
    if duration > 0:
        return float(min(position, duration)), float(duration)
    if not catalog_duration:
        return None
    if position <= 100:  # Android: a percentage, with total_duration = 0
        return catalog_duration * position / 100, float(catalog_duration)
    return float(min(position, catalog_duration)), float(catalog_duration)
