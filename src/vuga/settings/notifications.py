"""The notifications group of the settings (``VUGA_NOTIFICATIONS_*``): in-app notifications' lifetime, and the
push providers — Web Push (VAPID keys) and Firebase Cloud Messaging HTTP v1 (project and service account)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field, SecretStr

FCM_SEND_URL = "https://fcm.googleapis.com/v1/projects/{project_id}/messages:send"


class NotificationsSettings(BaseModel):
    lifetime_days: int = Field(
        default=30,
        ge=1,
        le=365,
        description="A notification sent without an end disappears from profiles' lists this long after.",
    )
    deliver_every_s: int = Field(
        default=10, ge=1, le=3600, description="How often a worker looks for notifications due to be sent."
    )
    push_batch_size: int = Field(
        default=500, ge=1, le=10_000, description="Push subscriptions one delivery job sends to."
    )
    push_ttl_s: int = Field(
        default=24 * 3600,
        ge=0,
        le=28 * 24 * 3600,
        description="How long a push service keeps a message for a device that is offline.",
    )
    push_timeout_s: float = Field(default=10.0, gt=0, le=120, description="One push request's time limit.")
    vapid_private_key: SecretStr | None = Field(
        default=None,
        description=(
            "Web Push's VAPID private key (P-256, base64url of the raw 32 bytes or of its DER, or PEM). "
            "Unset: no Web Push. `vapid --gen` (py-vapid, installed with the server) writes a pair."
        ),
    )
    vapid_subject: str = Field(
        default="mailto:operators@example.com",
        max_length=300,
        description="VAPID's contact (a mailto: or https: URL) that push services may write to.",
    )
    fcm_project_id: str | None = Field(
        default=None, max_length=100, description="The Firebase project that FCM sends for. Unset: no FCM."
    )
    fcm_credentials_file: Path | None = Field(
        default=None, description="The Firebase service account's JSON key file (its private key signs in)."
    )
    fcm_token_url: str | None = Field(
        default=None,
        max_length=500,
        description="Where the service account gets its OAuth 2 token; unset: the key file's token_uri.",
    )
    fcm_send_url: str = Field(
        default=FCM_SEND_URL,
        max_length=500,
        description="FCM HTTP v1's send endpoint; `{project_id}` is replaced by the project.",
    )
