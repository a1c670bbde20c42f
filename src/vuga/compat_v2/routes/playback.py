"""The apps' progress endpoints: ``watch/sync`` (the only one the apps really use) and continue watching,
through playback's own heartbeat intake — so positions never go backwards and nothing is ever deleted."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from litestar import Response

from vuga.accounts.auth import Viewer
from vuga.catalog.models import TitleKind
from vuga.catalog.service import CatalogReader
from vuga.compat_v2 import presenters
from vuga.compat_v2.endpoints import Call, endpoint
from vuga.compat_v2.envelope import Errors, answer
from vuga.compat_v2.requests import FieldError, Fields
from vuga.compat_v2.routes.shared import offset_and_limit, urls
from vuga.compat_v2.units import position_in_seconds
from vuga.core.errors import VugaError
from vuga.playback.schemas import MAX_DURATION_S, Device, Heartbeat
from vuga.playback.service import HeartbeatIntake, PlaybackService

MAX_SYNC_ROWS = 200  # iOS sends at most 100, Android at most 10
SERIES_WITHOUT_EPISODE = "a series without an episode: ours are watched episode by episode"


def watched_at(row: Fields) -> datetime:
    """``yyyy-MM-dd HH:mm:ss`` (Android, the device's local time: read as UTC, the best a zone-less stamp
    allows) or ISO 8601."""
    text = row.text("watched_at", max_length=40).strip().replace("Z", "+00:00")
    if not text:
        return datetime.now(UTC)
    try:
        when = datetime.fromisoformat(text)
    except ValueError as exc:
        raise FieldError("watched_at", "must be a date and time") from exc
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


async def _profile(call: Call) -> tuple[PlaybackService, int, Viewer]:
    profile_id = call.fields.id("profile_id")
    if call.fields.optional_id("user_id", "app_user_id") is not None:
        viewer = await call.viewer()
        profile_id = await call.identity().named_profile(await call.app_user(), profile_id)
    else:
        viewer, profile_id = await call.identity().profile_viewer(profile_id)
    return PlaybackService(call.session, call.profiles(), call.state.media_urls), profile_id, viewer


@endpoint("watch/sync", errors=Errors.HTTP)
async def watch_sync(call: Call) -> Response[bytes]:
    """Merges the device's history into the profile's: each row is a position, newest ``watched_at`` wins,
    and nothing is deleted whatever ``sync_mode`` says (VUGA's default, ``replace``, wiped the profile's
    history first). Units are inferred per row (Android's percentages, iOS's seconds)."""
    _service, profile_id, viewer = await _profile(call)
    rows = call.fields.rows("watch_history", MAX_SYNC_ROWS)
    ceiling = await call.profiles().ceiling(viewer, profile_id)
    known = await call.catalog_ids()
    ids = [known.title_of(row.id("content_id")) or 0 for row in rows]  # 0: no such title, skipped
    titles = await CatalogReader.for_session(call.session, call.state.media_urls).summaries(ids, ceiling)
    beats, skipped = [], 0
    for title_id, row in zip(ids, rows, strict=True):
        title = titles.get(title_id)
        if title is None or title.kind is TitleKind.SERIES:
            skipped += 1
            continue
        placed = position_in_seconds(
            row.integer("last_watched_position", default=0, maximum=10**7) or 0,
            row.integer("total_duration", default=0, maximum=10**7) or 0,
            title.duration_s,
        )
        if placed is None or placed[1] > MAX_DURATION_S:
            skipped += 1
            continue
        position_s, duration_s = placed
        if row.flag("completed", default=False):
            position_s = duration_s
        beats.append(
            Heartbeat(
                title_id=title_id,
                position_s=position_s,
                duration_s=duration_s,
                session_id=f"v2-sync-{profile_id}-{title_id}",  # a replayed sync updates, never adds
                client_time=watched_at(row),
                device=Device.PHONE,
            )
        )
    intake: HeartbeatIntake = call.state.heartbeat_intake
    outcomes = await asyncio.gather(
        *(intake.accept(viewer, profile_id, beat) for beat in beats),
        return_exceptions=True,
    )
    failed = [o for o in outcomes if isinstance(o, BaseException)]
    for outcome in failed:
        if not isinstance(outcome, VugaError):  # a refused row (too old, in the future) is a skip
            raise outcome
    synced = len(beats) - len(failed)
    return answer(
        "Watch history synced successfully",
        data={
            "sync_mode": "merge",
            "deleted": 0,
            "synced_new": synced,
            "updated_existing": 0,
            "skipped": skipped + len(failed),
            "total_processed": len(rows),
        },
    )


@endpoint("watch/continue-watching", reads=True, errors=Errors.HTTP)
async def continue_watching(call: Call) -> Response[bytes]:
    service, profile_id, viewer = await _profile(call)
    start, limit = offset_and_limit(call)
    items = (await service.continue_watching(viewer, profile_id)).items[start : start + limit]
    to = await urls(call)
    data = [
        {
            "watch_history_id": index + start + 1,
            "content_id": to.title(item.title.id),
            "content_name": item.title.title,
            "content_type": presenters.kind_number(item.title.kind),
            "vertical_poster": to(item.title.artwork.poster),
            "horizontal_poster": to(item.title.artwork.poster_wide or item.title.artwork.poster),
            "release_year": item.title.release_year,
            "ratings": float(item.title.rating_avg),
            "duration": int(item.duration_s or 0),
            "content": presenters.content(item.title, to),
            "episode": None
            if item.episode is None
            else {
                "episode_id": to.episode(item.episode.id),
                "title": item.episode.name,
                "number": item.episode.number,
            },
            "last_watched_position": int(item.position_s),
            "total_duration": int(item.duration_s or 0),
            "percentage_watched": round(item.progress * 100, 2),
            "updated_at": presenters.stamp(item.updated_at),
        }
        for index, item in enumerate(items)
    ]
    return answer("Continue watching fetched successfully", data=data)


@endpoint("user/watch-history", reads=True, errors=Errors.HTTP)
async def watch_history(call: Call) -> Response[bytes]:
    """The profile's viewing sessions, newest first (Android's "Recently watched" row; 500 at VUGA)."""
    service, profile_id, viewer = await _profile_of_user(call)
    _start, limit = offset_and_limit(call)
    page = await service.history(viewer, profile_id, None, limit)
    to = await urls(call)
    data = [
        {
            "watch_history_id": entry.id,
            "content_id": to.title(entry.title.id),
            "episode_id": to.episode(entry.episode.id) if entry.episode else None,
            "content": presenters.content(entry.title, to),
            "watched_seconds": int(entry.seconds_watched),
            "updated_at": presenters.stamp(entry.last_seen_at),
        }
        for entry in page.items
    ]
    return answer("Watch history fetched successfully", data=data)


async def _profile_of_user(call: Call) -> tuple[PlaybackService, int, Viewer]:
    viewer = await call.viewer()
    return (
        PlaybackService(call.session, call.profiles(), call.state.media_urls),
        await call.profile_id(),
        viewer,
    )


@endpoint("test", reads=True)
async def test_endpoint(call: Call) -> Response[bytes]:
    """The TV app's reachability check."""
    return answer("OK")


ROUTES = [watch_sync, continue_watching, watch_history, test_endpoint]
