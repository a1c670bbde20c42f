"""Firebase Cloud Messaging HTTP v1: a service account's OAuth 2 token (google-auth: a JWT signed with its
private key, exchanged at the token URL) and one POST per message to the project's send URL. Both URLs come
from the settings, so tests run a local token server and a local FCM endpoint."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import google.auth.exceptions
import httpx
from google.auth.transport.requests import Request as GoogleRequest
from google.oauth2 import service_account

from vuga.notifications.push.messages import PushFailed, PushGone, PushMessage, PushRefused, PushTarget

SCOPE = "https://www.googleapis.com/auth/firebase.messaging"
FCM_ERROR = "type.googleapis.com/google.firebase.fcm.v1.FcmError"


def load_credentials(key_file: Path, token_url: str | None) -> service_account.Credentials:
    info = json.loads(key_file.read_text())
    if token_url:
        info["token_uri"] = token_url
    credentials: service_account.Credentials = service_account.Credentials.from_service_account_info(  # type: ignore[no-untyped-call]
        info, scopes=[SCOPE]
    )
    return credentials


def fcm_error_code(response: httpx.Response) -> str | None:
    """FCM's own error code (``UNREGISTERED``, ``QUOTA_EXCEEDED``, ...) in the error's details."""
    try:
        details = response.json().get("error", {}).get("details", [])
    except (ValueError, AttributeError):
        return None
    for detail in details if isinstance(details, list) else []:
        if isinstance(detail, dict) and detail.get("@type") == FCM_ERROR:
            code = detail.get("errorCode")
            return code if isinstance(code, str) else None
    return None


class Fcm:
    def __init__(self, credentials: service_account.Credentials, send_url: str, ttl_s: int, timeout_s: float):
        self.credentials = credentials
        self.send_url = send_url
        self.ttl_s = ttl_s
        self._http = httpx.AsyncClient(timeout=timeout_s)
        self._refreshing = asyncio.Lock()

    async def _token(self) -> str:
        async with self._refreshing:  # one refresh however many sends wait for it
            if not self.credentials.valid:
                try:
                    # google-auth's transport is synchronous: a thread, once an hour.
                    await asyncio.to_thread(self.credentials.refresh, GoogleRequest())
                except google.auth.exceptions.GoogleAuthError as exc:
                    raise PushFailed(f"the FCM token could not be had: {exc}") from exc
        token: str | None = self.credentials.token
        if token is None:
            raise PushFailed("the FCM token server gave no token")
        return token

    def _body(self, target: PushTarget, message: PushMessage) -> dict[str, Any]:
        notification = {"title": message.title, "body": message.body}
        if message.image_url:
            notification["image"] = message.image_url
        data = {"notification_id": str(message.notification_id)}
        if message.link:
            data["link"] = message.link
        return {
            "message": {
                "token": target.address,
                "notification": notification,
                "data": data,
                "android": {"ttl": f"{self.ttl_s}s", "collapse_key": f"n{message.notification_id}"},
            }
        }

    async def send(self, target: PushTarget, message: PushMessage) -> None:
        token = await self._token()
        try:
            response = await self._http.post(
                self.send_url, json=self._body(target, message), headers={"Authorization": f"Bearer {token}"}
            )
        except httpx.HTTPError as exc:
            raise PushFailed(f"FCM is unreachable: {exc!r}") from exc
        if response.is_success:
            return
        status, code = response.status_code, fcm_error_code(response)
        if code == "UNREGISTERED" or status == 404:
            raise PushGone(f"FCM answered {status} {code}")
        if status == 401:
            self.credentials.token = None  # expired early or revoked: the next send gets a new one
            raise PushFailed("FCM refused the token")
        if status == 429 or status >= 500:
            raise PushFailed(f"FCM answered {status} {code}")
        raise PushRefused(f"FCM refused the message: {status} {code}")

    async def close(self) -> None:
        await self._http.aclose()
