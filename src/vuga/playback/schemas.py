"""What the playback API reads and writes."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated

import msgspec
from msgspec import Meta

from vuga.catalog.schemas import EpisodeRef, TitleSummary
from vuga.core.openapi import body_example

MAX_DURATION_S = 24 * 3600.0
Id = Annotated[int, Meta(ge=1, le=2**31 - 1)]


class Device(StrEnum):
    PHONE = "phone"
    TABLET = "tablet"
    TV = "tv"
    WEB = "web"
    OTHER = "other"


SessionId = Annotated[
    str,
    Meta(
        min_length=8,
        max_length=64,
        pattern=r"^[A-Za-z0-9_-]+$",
        description="The player's id for one viewing.",
    ),
]
ClientTime = Annotated[datetime, Meta(tz=True, description="When the player took this position (ISO 8601).")]
Position = Annotated[float, Meta(ge=0, le=MAX_DURATION_S)]
Duration = Annotated[float, Meta(gt=0, le=MAX_DURATION_S)]
ChannelId = Annotated[int, Meta(ge=1, le=2**31 - 1, description="The live channel being watched.")]


@body_example(
    {
        "title_id": 42,
        "position_s": 754.2,
        "duration_s": 5400,
        "session_id": "b3f1c9a2e8d4",
        "client_time": "2026-03-01T20:15:04Z",
    },
    {
        "title_id": 7,
        "episode_id": 31,
        "position_s": 1312,
        "duration_s": 2640,
        "session_id": "tv-9f2c41d0",
        "client_time": "2026-03-01T21:02:44Z",
        "device": "tv",
    },
    {"channel_id": 3, "session_id": "live-5e1d0c7a", "client_time": "2026-03-01T21:30:00Z", "device": "web"},
)
class Heartbeat(msgspec.Struct, forbid_unknown_fields=True):
    """Where playback is now. Sent every few seconds while playing, and on pause and stop.

    Either a title's (`title_id`, with `position_s` and `duration_s`, and `episode_id` for a series) or a
    live channel's (`channel_id` alone: live TV has no position to resume).
    """

    session_id: SessionId
    client_time: ClientTime
    title_id: Id | None = None
    position_s: Position | None = None
    duration_s: Duration | None = None
    episode_id: Id | None = None
    channel_id: ChannelId | None = None
    device: Device = Device.OTHER

    def of_title(self) -> TitleBeat | None:
        """The title's heartbeat this is, or None when it is a channel's or lacks a title's fields."""
        if self.title_id is None or self.position_s is None or self.duration_s is None:
            return None
        return TitleBeat(
            self.title_id,
            self.position_s,
            self.duration_s,
            self.session_id,
            self.client_time,
            self.episode_id,
            self.device,
        )


class TitleBeat(msgspec.Struct, frozen=True):
    """A title's heartbeat, as the batch writer stores it (``Heartbeat.of_title``)."""

    title_id: int
    position_s: float
    duration_s: float
    session_id: str
    client_time: datetime
    episode_id: int | None = None
    device: Device = Device.OTHER


class ProgressItem(msgspec.Struct):
    title: TitleSummary
    episode: EpisodeRef | None
    position_s: float
    duration_s: float | None
    progress: float  # 0..1 of the item
    updated_at: datetime


class Resume(msgspec.Struct):
    title_id: int
    episode_id: int | None
    position_s: float
    duration_s: float | None
    completed: bool


class HistoryEntry(msgspec.Struct):
    # A 64-bit id, past what a JavaScript number holds exactly: sent as a string of digits.
    id: Annotated[str, msgspec.Meta(pattern="^[0-9]{1,19}$", examples=["4521312399360000001"])]
    title: TitleSummary
    episode: EpisodeRef | None
    device: Device
    started_at: datetime
    last_seen_at: datetime
    seconds_watched: float


class PlayerErrorKind(StrEnum):
    NETWORK = "network"  # a playlist, segment or key could not be fetched
    MEDIA = "media"  # the browser could not decode or append what it fetched
    KEY = "key"  # decryption: the key or licence was refused
    OTHER = "other"


class PlayerError(msgspec.Struct, forbid_unknown_fields=True):
    kind: PlayerErrorKind
    fatal: bool = False  # playback stopped
    code: Annotated[str, Meta(max_length=64, pattern=r"^[A-Za-z0-9_.:-]*$")] = ""  # the player's own name


class QoeBeacon(msgspec.Struct, forbid_unknown_fields=True):
    """What one viewing's player saw since its previous beacon (sent every minute or so, and at the end)."""

    session_id: Annotated[str, Meta(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
    title_id: Id
    episode_id: Id | None = None
    startup_ms: Annotated[int, Meta(ge=0, le=600_000)] | None = None  # in the viewing's first beacon only
    watched_s: Annotated[float, Meta(ge=0, le=3600)] = 0.0
    height: Annotated[int, Meta(ge=1, le=8640)] | None = None  # the rendition playing when it was sent
    rebuffers: Annotated[int, Meta(ge=0, le=10_000)] = 0
    rebuffer_s: Annotated[float, Meta(ge=0, le=3600)] = 0.0
    bitrate_switches: Annotated[int, Meta(ge=0, le=10_000)] = 0
    errors: Annotated[list[PlayerError], Meta(max_length=20)] = msgspec.field(default_factory=list)


@body_example(
    {
        "beacons": [
            {
                "session_id": "b3f1c9a2e8d4",
                "title_id": 42,
                "startup_ms": 840,
                "watched_s": 58.5,
                "height": 720,
                "rebuffers": 1,
                "rebuffer_s": 1.2,
                "bitrate_switches": 2,
            }
        ]
    },
    {
        "beacons": [
            {
                "session_id": "tv-9f2c41d0",
                "title_id": 7,
                "episode_id": 31,
                "watched_s": 12.0,
                "height": 360,
                "errors": [{"kind": "network", "fatal": True, "code": "fragLoadError"}],
            }
        ]
    },
)
class QoeReport(msgspec.Struct, forbid_unknown_fields=True):
    """Players' quality-of-experience beacons, batched: exported as metrics (``vuga_qoe_*``)."""

    beacons: Annotated[list[QoeBeacon], Meta(min_length=1, max_length=20)]
