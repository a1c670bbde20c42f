"""The devices' rules: ``signin`` (TV sign-in by device code, ``guessing`` its limits) and ``streams`` (the
concurrent-stream limit). Other features use them through this package."""

from vuga.devices.service.guessing import UserCodeGuessing
from vuga.devices.service.signin import DeviceSignIn, GrantCleanup, PollRefused
from vuga.devices.service.streams import (
    PlaybackSessions,
    StreamLimits,
    StreamsUnavailable,
    signed_session,
)

__all__ = [
    "DeviceSignIn",
    "GrantCleanup",
    "PlaybackSessions",
    "PollRefused",
    "StreamLimits",
    "StreamsUnavailable",
    "UserCodeGuessing",
    "signed_session",
]
