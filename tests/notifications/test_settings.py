"""The notifications' settings are typed from the environment (``VUGA_NOTIFICATIONS_*``)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from vuga.settings import Settings


def test_the_push_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VUGA_NOTIFICATIONS_VAPID_PRIVATE_KEY", "a-key")
    monkeypatch.setenv("VUGA_NOTIFICATIONS_FCM_PROJECT_ID", "vuga-prod")
    monkeypatch.setenv("VUGA_NOTIFICATIONS_FCM_CREDENTIALS_FILE", "/etc/vuga/fcm.json")
    monkeypatch.setenv("VUGA_NOTIFICATIONS_PUSH_BATCH_SIZE", "250")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    notifications = settings.notifications
    assert notifications.vapid_private_key is not None
    assert notifications.vapid_private_key.get_secret_value() == "a-key"
    assert "a-key" not in repr(notifications)  # a secret is never logged
    assert (notifications.fcm_project_id, str(notifications.fcm_credentials_file)) == (
        "vuga-prod",
        "/etc/vuga/fcm.json",
    )
    assert notifications.push_batch_size == 250


@pytest.mark.parametrize(
    ("name", "value"), [("PUSH_BATCH_SIZE", "0"), ("LIFETIME_DAYS", "-1"), ("PUSH_TTL_S", "x")]
)
def test_a_bad_value_is_refused_at_start(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(f"VUGA_NOTIFICATIONS_{name}", value)
    with pytest.raises(ValidationError):
        Settings(_env_file=None)  # type: ignore[call-arg]
