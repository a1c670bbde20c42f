"""Notifications API for viewers: a profile's notifications (shown, dismissed) and the calling device's push
subscription, with the server's Web Push key to subscribe with."""

from __future__ import annotations

from litestar import Router, delete, get, post, put
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer, authenticated, provide_viewer
from vuga.accounts.dependencies import profile_service
from vuga.core.cache import PERSONAL
from vuga.core.http import PathId, provide_writer
from vuga.core.openapi import problems
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page
from vuga.notifications.push import web_push_public_key
from vuga.notifications.schemas import (
    ProfileNotification,
    PushSubscriptionIn,
    PushSubscriptionOut,
    WebPushKey,
)
from vuga.notifications.service import Inbox, PushSubscriptions
from vuga.settings import Settings

CurrentViewer = NamedDependency[Viewer]
Notifications = NamedDependency[Inbox]
Subscriptions = NamedDependency[PushSubscriptions]
PROFILE = "/profiles/{profile_id:int}/notifications"
NOT_THEIRS = problems(
    {404: "The profile is not yours, or it has no such notification (another audience's, or expired)."}
)


def provide_inbox(writer: NamedDependency[AsyncSession], state: State) -> Inbox:
    return Inbox(writer, profile_service(writer, state))


def provide_subscriptions(writer: NamedDependency[AsyncSession]) -> PushSubscriptions:
    return PushSubscriptions(writer)


@get(
    PROFILE,
    summary="The profile's notifications: the centre's list and the popups to show",
    opt=problems({404: "The profile is not yours.", 400: "The cursor is malformed or of another list."}),
)
async def list_notifications(
    inbox: Notifications,
    viewer: CurrentViewer,
    profile_id: PathId,
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Page[ProfileNotification]:
    """The notifications sent to this profile and not dismissed, the newest first. A `popup` is listed until
    it is shown (mark it `shown` when it is on screen: it is not listed again); the others stay, `shown` or
    not, until dismissed. A link to a title or channel above the profile's ceiling is never listed."""
    return await inbox.page(viewer, profile_id, cursor, limit)


@post(
    f"{PROFILE}/{{notification_id:int}}/shown", status_code=204, summary="The profile saw it", opt=NOT_THEIRS
)
async def mark_shown(
    inbox: Notifications, viewer: CurrentViewer, profile_id: PathId, notification_id: PathId
) -> None:
    """Marks the notification shown to this profile (a popup is not listed again). Again: no change."""
    await inbox.mark(viewer, profile_id, notification_id, dismissed=False)


@post(
    f"{PROFILE}/{{notification_id:int}}/dismissed",
    status_code=204,
    summary="The profile dismissed it: never listed again",
    opt=NOT_THEIRS,
)
async def mark_dismissed(
    inbox: Notifications, viewer: CurrentViewer, profile_id: PathId, notification_id: PathId
) -> None:
    """Dismisses the notification for this profile (it counts as shown too). Again: no change."""
    await inbox.mark(viewer, profile_id, notification_id, dismissed=True)


@get("/me/push-subscriptions", summary="This device's push subscription", opt=problems({404: "It has none."}))
async def get_push_subscription(subscriptions: Subscriptions, viewer: CurrentViewer) -> PushSubscriptionOut:
    """Whether the calling device (its session) receives pushes, and through which provider."""
    return await subscriptions.get(viewer)


@put(
    "/me/push-subscriptions",
    summary="Receive pushes on this device (a Web Push subscription or an FCM token)",
    opt=problems({422: "The subscription is incomplete, or mixes the providers' fields."}),
)
async def put_push_subscription(
    subscriptions: Subscriptions, viewer: CurrentViewer, data: JSONBody[PushSubscriptionIn]
) -> PushSubscriptionOut:
    """Registers the calling device's push address, replacing its former one. It lasts as long as the
    device stays signed in; an address the provider reports gone is deleted by the server."""
    return await subscriptions.put(viewer, data)


@delete(
    "/me/push-subscriptions", summary="No more pushes on this device", opt=problems({404: "It has none."})
)
async def delete_push_subscription(subscriptions: Subscriptions, viewer: CurrentViewer) -> None:
    """Unregisters the calling device's push address."""
    await subscriptions.delete(viewer)


@get("/push/web-push-key", summary="The server's VAPID public key, for PushManager.subscribe")
async def get_web_push_key(state: State) -> WebPushKey:
    """`public_key` is `applicationServerKey` for the browser's `PushManager.subscribe`; null while the
    server has no Web Push key (`VUGA_NOTIFICATIONS_VAPID_PRIVATE_KEY`)."""
    settings: Settings = state.settings
    return WebPushKey(public_key=web_push_public_key(settings.notifications))


notifications_router = Router(
    path="/",
    route_handlers=[
        list_notifications,
        mark_shown,
        mark_dismissed,
        get_push_subscription,
        put_push_subscription,
        delete_push_subscription,
    ],
    guards=[authenticated],
    dependencies={
        "writer": Provide(provide_writer),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
        "inbox": Provide(provide_inbox, sync_to_thread=False),
        "subscriptions": Provide(provide_subscriptions, sync_to_thread=False),
    },
    tags=["notifications"],
    cache_control=PERSONAL,
)
push_key_router = Router(path="/", route_handlers=[get_web_push_key], tags=["notifications"])
