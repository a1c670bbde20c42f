"""Push delivery through providers behind one interface (``Pusher``): Web Push for browsers (``webpush``)
and Firebase Cloud Messaging HTTP v1 for the Android and iOS apps (``fcm``).

A send ends one of three ways, the caller deciding what follows:

- it returns: the provider accepted the message;
- ``PushGone``: the provider says the address no longer exists (Web Push 404/410, FCM ``UNREGISTERED``):
  the subscription is deleted;
- ``PushFailed``: worth another try later (a timeout, a 429, a 5xx, the token server down): the job queue
  retries it with backoff, and keeps it as a dead letter after its last attempt;
- ``PushRefused``: the provider refused this message for good (a 400, a 413): logged, not retried.
"""

from vuga.notifications.push.messages import (
    Pusher,
    PushFailed,
    PushGone,
    PushMessage,
    PushRefused,
    PushTarget,
)
from vuga.notifications.push.providers import Pushers, push_configured, web_push_public_key

__all__ = [
    "PushFailed",
    "PushGone",
    "PushMessage",
    "PushRefused",
    "PushTarget",
    "Pusher",
    "Pushers",
    "push_configured",
    "web_push_public_key",
]
