"""How a notification's link and audience are presented."""

from __future__ import annotations

from vuga.notifications.models import Notification
from vuga.notifications.schemas import AudienceOut, Link


def link_of(notification: Notification, name: str | None = None) -> Link | None:
    if notification.link_title_id is not None:
        return Link(kind="title", id=notification.link_title_id, name=name)
    if notification.link_channel_id is not None:
        return Link(kind="channel", id=notification.link_channel_id, name=name)
    return None


def app_path(notification: Notification) -> str | None:
    """The viewer app's page the link opens (a push's click)."""
    if notification.link_title_id is not None:
        return f"/title/{notification.link_title_id}"
    if notification.link_channel_id is not None:
        return f"/live/{notification.link_channel_id}"
    return None


def audience_of(notification: Notification) -> AudienceOut:
    return AudienceOut(
        kind=notification.audience,  # type: ignore[arg-type]
        title_id=notification.audience_title_id,
        account_id=notification.audience_account_id,
    )
