"""Notifications' admin API: editors compose, schedule and withdraw notifications and read their counts.
Editor or admin role."""

from __future__ import annotations

from litestar import Router, delete, get, post
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer, provide_viewer, require_editor
from vuga.core.cache import PERSONAL
from vuga.core.http import PathId, provide_writer
from vuga.core.openapi import problems
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page
from vuga.notifications.schemas import AdminNotification, NotificationCreate
from vuga.notifications.service import NotificationEditor
from vuga.settings import Settings

Editor = NamedDependency[NotificationEditor]
MISSING = problems({404: "No notification has this id."})


def provide_editor(writer: NamedDependency[AsyncSession], state: State) -> NotificationEditor:
    settings: Settings = state.settings
    return NotificationEditor(writer, settings.notifications)


@post(
    "/",
    summary="Compose a notification, sent now or at send_at",
    opt=problems({422: "A field is invalid, or names a title, channel or account that does not exist."}),
)
async def create_notification(
    editor: Editor, viewer: NamedDependency[Viewer], data: JSONBody[NotificationCreate]
) -> AdminNotification:
    """Profiles in the audience list it from `send_at` (now if omitted or past) until `expires_at`; with
    `push` the workers also push it to the audience's devices. Profiles whose ceiling is below the linked
    title's or channel's rating never get it. Editor or admin role."""
    return await editor.create(viewer, data)


@get("/", summary="Every notification, the newest first, with its counts")
async def list_notifications(
    editor: Editor, limit: Limit = DEFAULT_LIMIT, cursor: CursorParam = None
) -> Page[AdminNotification]:
    """Each with its state and how it did: `delivered` (profiles in the audience when it was sent),
    `pushed` (devices that accepted the push), `shown` and `dismissed` (profiles). Editor or admin role."""
    return await editor.page(cursor, limit)


@get("/{notification_id:int}", summary="A notification with its counts", opt=MISSING)
async def get_notification(editor: Editor, notification_id: PathId) -> AdminNotification:
    """As in the list. Editor or admin role."""
    return await editor.get(notification_id)


@delete("/{notification_id:int}", summary="Withdraw a notification", opt=MISSING)
async def delete_notification(editor: Editor, notification_id: PathId) -> None:
    """Deletes it with its counts: scheduled, it is never sent; sent, profiles no longer list it (pushes
    already delivered stay on the devices). Editor or admin role."""
    await editor.delete(notification_id)


notifications_admin_router = Router(
    path="/admin/notifications",
    route_handlers=[create_notification, list_notifications, get_notification, delete_notification],
    guards=[require_editor],
    cache_control=PERSONAL,
    dependencies={
        "writer": Provide(provide_writer),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
        "editor": Provide(provide_editor, sync_to_thread=False),
    },
    tags=["admin", "notifications"],
)
