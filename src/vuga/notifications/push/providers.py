"""The providers a process has, from the settings: Web Push when a VAPID key is set, FCM when a project and
its service account are."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from google.oauth2 import service_account

from vuga.notifications.models import PushProvider
from vuga.notifications.push.fcm import Fcm, load_credentials
from vuga.notifications.push.messages import Pusher
from vuga.notifications.push.webpush import WebPush, load_vapid, public_key_of
from vuga.settings import NotificationsSettings


@cache
def _credentials(key_file: Path, token_url: str | None) -> service_account.Credentials:
    """One per process: its OAuth token (an hour's) serves every delivery job, not one each."""
    return load_credentials(key_file, token_url)


def push_configured(settings: NotificationsSettings) -> bool:
    """Whether any provider is set up (without building one: they open HTTP clients)."""
    return settings.vapid_private_key is not None or bool(
        settings.fcm_project_id and settings.fcm_credentials_file
    )


def web_push_public_key(settings: NotificationsSettings) -> str | None:
    """What browsers subscribe with, or None when Web Push is off."""
    if settings.vapid_private_key is None:
        return None
    return public_key_of(load_vapid(settings.vapid_private_key.get_secret_value()))


class Pushers:
    """The configured providers, for one delivery job (their HTTP connections are reused within it)."""

    def __init__(self, settings: NotificationsSettings) -> None:
        self.by_provider: dict[str, Pusher] = {}
        if settings.vapid_private_key is not None:
            vapid = load_vapid(settings.vapid_private_key.get_secret_value())
            self.by_provider[PushProvider.WEB_PUSH.value] = WebPush(
                vapid, settings.vapid_subject, settings.push_ttl_s, settings.push_timeout_s
            )
        if settings.fcm_project_id and settings.fcm_credentials_file:
            credentials = _credentials(settings.fcm_credentials_file, settings.fcm_token_url)
            url = settings.fcm_send_url.replace("{project_id}", settings.fcm_project_id)
            self.by_provider[PushProvider.FCM.value] = Fcm(
                credentials, url, settings.push_ttl_s, settings.push_timeout_s
            )

    def of(self, provider: str) -> Pusher | None:
        return self.by_provider.get(provider)

    async def close(self) -> None:
        for pusher in self.by_provider.values():
            await pusher.close()
