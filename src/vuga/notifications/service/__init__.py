"""The notifications' rules: ``editing`` (editors compose, schedule and count), ``inbox`` (a profile's list,
shown and dismissed), ``subscriptions`` (a device's push address) and ``delivery`` (the workers' part)."""

from vuga.notifications.service.delivery import Delivery, PushBatch
from vuga.notifications.service.editing import NotificationEditor
from vuga.notifications.service.inbox import Inbox
from vuga.notifications.service.subscriptions import PushSubscriptions

__all__ = ["Delivery", "Inbox", "NotificationEditor", "PushBatch", "PushSubscriptions"]
