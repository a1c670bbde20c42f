"""The media API's shapes: an editor's media jobs, and a viewer's playback answer."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import msgspec

from vuga.core.bounds import Id
from vuga.core.openapi import body_example


@body_example({"upload_id": 12})
class AttachMedia(msgspec.Struct, forbid_unknown_fields=True):
    """Which completed upload becomes the title's (or episode's) video."""

    upload_id: Id


class MediaJobView(msgspec.Struct):
    id: int
    title_id: int
    episode_id: int | None
    upload_id: int
    state: Literal["queued", "running", "done", "failed", "cancelled"]
    percent: float
    eta_s: int | None
    attempts: int
    error: str | None
    asset_key: str | None  # set once the ladder is published
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None


class PlaybackSource(msgspec.Struct, omit_defaults=True):
    kind: Literal["hls", "dash", "mp4", "youtube", "external"]
    url: str
    quality: str = "auto"
    max_height: int | None = None
    encrypted: bool = False


class PlaybackTrack(msgspec.Struct, omit_defaults=True):
    language: str
    url: str
    label: str | None = None
    format: str = "vtt"


class PlaybackAnswer(msgspec.Struct):
    """What a player needs to start: its sources best first (signed URLs expire at ``expires_at``), the
    subtitle tracks, the trickplay thumbnails track, where to resume, and the stream's lease (its heartbeats'
    ``session_id``, as a string: ``vuga.devices``)."""

    playback_session_id: int
    title_id: int
    episode_id: int | None
    sources: list[PlaybackSource]
    subtitles: list[PlaybackTrack]
    thumbnails: str | None
    poster: str | None
    resume_position_s: float
    duration_s: float | None
    expires_at: datetime | None
    next_episode_id: int | None = None  # the episode to offer when this one ends
