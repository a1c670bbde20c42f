"""What the devices API reads and writes: RFC 8628's device authorization and token messages, approvals,
and playback sessions (stream leases)."""

from __future__ import annotations

from typing import Annotated

import msgspec
from msgspec import Meta

from vuga.core.bounds import Id
from vuga.core.openapi import body_example

DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
UserCode = Annotated[
    str, Meta(min_length=1, max_length=20, description="As shown on the TV: case, spaces and dashes ignored.")
]


@body_example({}, {"client_name": "Living room TV"})
class DeviceAuthorizationIn(msgspec.Struct, forbid_unknown_fields=True):
    client_name: Annotated[str, Meta(max_length=100, description="How the devices list names the TV.")] = ""


class DeviceAuthorization(msgspec.Struct):
    """RFC 8628 §3.2: what the TV shows (``user_code``, a QR of ``verification_uri_complete``) and polls
    with."""

    device_code: str
    user_code: str
    verification_uri: str
    verification_uri_complete: str
    expires_in: int
    interval: int


@body_example(
    {"device_code": "GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS"},
    {"device_code": "GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS", "grant_type": DEVICE_CODE_GRANT},
)
class DeviceTokenIn(msgspec.Struct, forbid_unknown_fields=True):
    device_code: Annotated[str, Meta(min_length=1, max_length=200)]
    grant_type: Annotated[str, Meta(max_length=100)] = DEVICE_CODE_GRANT


class DeviceTokens(msgspec.Struct):
    """The TV's own session: tokens as a login's, and the profile the phone chose for it."""

    access_token: str
    refresh_token: str
    expires_in: int
    profile_id: int | None  # None if that profile was deleted since
    token_type: str = "bearer"  # noqa: S105 (the OAuth 2 token type, not a secret)


class DeviceTokenError(msgspec.Struct):
    """RFC 8628 §3.5's error response (``error``, ``error_description``), also an RFC 9457 problem."""

    error: str  # authorization_pending, slow_down, access_denied, expired_token, invalid_grant
    error_description: str
    type: str
    title: str
    status: int
    detail: str
    interval: int | None = None  # with slow_down: the interval to keep from now on


@body_example({"user_code": "WDJB-MJHT", "profile_id": 12})
class ApproveIn(msgspec.Struct, forbid_unknown_fields=True):
    user_code: UserCode
    profile_id: Id


@body_example({"user_code": "WDJB-MJHT"})
class DenyIn(msgspec.Struct, forbid_unknown_fields=True):
    user_code: UserCode


class ApprovedDevice(msgspec.Struct):
    client_name: str  # what the TV called itself, for the phone to confirm


class PlaybackSession(msgspec.Struct):
    """A stream's lease. Send ``id`` (as a string) as the heartbeats' ``session_id``: they renew it."""

    id: int
    profile_id: int
    lease_ttl_s: int  # it lapses this long after the last heartbeat
