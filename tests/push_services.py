"""Real HTTP endpoints standing in for the push services in tests, each checking the protocol it speaks:

- a Web Push service (RFC 8030): checks the VAPID authorization (RFC 8292: an ES256 JWT for the endpoint's
  origin, signed by the key in ``k``) and decrypts each message (RFC 8291, aes128gcm) with the browser
  subscription's private key and auth secret, which only this side and the test hold;
- an OAuth 2 token server (RFC 7523's JWT bearer grant): checks the assertion is signed by the service
  account's key, for this token URL and FCM's scope;
- an FCM HTTP v1 send endpoint: checks the bearer token and the message's shape.

Each answers with what it is told for an address (``gone``, ``failing``), and records what it accepted."""

from __future__ import annotations

import base64
import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import http_ece
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

FCM_SCOPE = "https://www.googleapis.com/auth/firebase.messaging"
ACCESS_TOKEN = "ya29.local-test-token"
# The audience Google's token endpoint requires of a service account's assertion, wherever it is posted.
GOOGLE_TOKEN_AUDIENCE = "https://oauth2.googleapis.com/token"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class Browser:
    """A browser's push subscription: the keys it made, of which the server gets the public half."""

    endpoint: str
    private_key: ec.EllipticCurvePrivateKey = field(
        default_factory=lambda: ec.generate_private_key(ec.SECP256R1())
    )
    auth_secret: bytes = field(default_factory=lambda: os.urandom(16))

    @property
    def subscription(self) -> dict[str, Any]:
        """As ``PushSubscription.toJSON()`` gives it."""
        point = self.private_key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        return {
            "provider": "webpush",
            "endpoint": self.endpoint,
            "expirationTime": None,
            "keys": {"p256dh": b64url(point), "auth": b64url(self.auth_secret)},
        }


@dataclass
class PushServices:
    port: int = 0
    browsers: dict[str, Browser] = field(default_factory=dict)  # by endpoint path
    delivered: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (address, decoded message)
    refused: list[str] = field(default_factory=list)  # why requests were refused
    gone: set[str] = field(default_factory=set)  # addresses answered 410 (Web Push) or UNREGISTERED (FCM)
    failing: set[str] = field(default_factory=set)  # addresses answered 503
    attempts: dict[str, int] = field(default_factory=dict)
    token_requests: int = 0
    account_key: rsa.RSAPrivateKey = field(default_factory=lambda: rsa.generate_private_key(65537, 2048))
    vapid_public_key: str = ""  # the server's, as it publishes it: the only key a push may be signed with

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def browser(self, name: str) -> Browser:
        browser = Browser(f"{self.origin}/push/{name}")
        self.browsers[f"/push/{name}"] = browser
        return browser

    def service_account(self, directory: Path) -> Path:
        """The service account's key file, as Firebase's console downloads it."""
        pem = self.account_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        info = {
            "type": "service_account",
            "project_id": "vuga-test",
            "private_key_id": "key-1",
            "private_key": pem.decode(),
            "client_email": "push@vuga-test.iam.gserviceaccount.com",
            "client_id": "1",
            "token_uri": "https://oauth2.googleapis.com/token",  # replaced by the settings' token URL
        }
        path = directory / "service-account.json"
        path.write_text(json.dumps(info))
        return path

    # --- the protocols ---------------------------------------------------------------------------------

    def web_push(self, path: str, headers: dict[str, str], body: bytes) -> int:
        browser = self.browsers.get(path)
        if browser is None:
            return 404
        scheme, _, params = headers.get("authorization", "").partition(" ")
        fields = dict(part.strip().split("=", 1) for part in params.split(",") if "=" in part)
        assert scheme == "vapid", f"authorization scheme {scheme!r}"
        assert fields["k"] == self.vapid_public_key, "signed with another key than the server publishes"
        point = unb64url(fields["k"])
        key = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
        claims = jwt.decode(fields["t"], key, algorithms=["ES256"], audience=self.origin)
        assert claims["exp"] <= time.time() + 24 * 3600
        assert claims["sub"].startswith(("mailto:", "https:"))
        assert headers.get("content-encoding") == "aes128gcm"
        assert int(headers["ttl"]) > 0
        plain = http_ece.decrypt(
            body, private_key=browser.private_key, auth_secret=browser.auth_secret, version="aes128gcm"
        )
        address = browser.endpoint
        if address in self.gone:
            return 410
        if address in self.failing:
            return 503
        self.delivered.append((address, json.loads(plain)))
        return 201

    def token(self, body: bytes) -> tuple[int, dict[str, Any]]:
        self.token_requests += 1
        form = {key: values[0] for key, values in parse_qs(body.decode()).items()}
        assert form["grant_type"] == "urn:ietf:params:oauth:grant-type:jwt-bearer"
        claims = jwt.decode(
            form["assertion"],
            self.account_key.public_key(),
            algorithms=["RS256"],
            audience=GOOGLE_TOKEN_AUDIENCE,
        )
        assert claims["iss"] == "push@vuga-test.iam.gserviceaccount.com"
        assert FCM_SCOPE in claims["scope"].split()
        return 200, {"access_token": ACCESS_TOKEN, "expires_in": 3600, "token_type": "Bearer"}

    def fcm(self, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, Any]]:
        assert path == "/v1/projects/vuga-test/messages:send", path
        if headers.get("authorization") != f"Bearer {ACCESS_TOKEN}":
            return 401, {"error": {"code": 401, "status": "UNAUTHENTICATED"}}
        message = json.loads(body)["message"]
        assert set(message["notification"]) <= {"title", "body", "image"}
        assert all(isinstance(value, str) for value in message["data"].values())  # FCM: strings only
        address = message["token"]
        if address in self.gone:
            detail = {
                "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError",
                "errorCode": "UNREGISTERED",
            }
            return 404, {"error": {"code": 404, "status": "NOT_FOUND", "details": [detail]}}
        if address in self.failing:
            return 503, {"error": {"code": 503, "status": "UNAVAILABLE"}}
        self.delivered.append((address, message))
        return 200, {"name": f"projects/vuga-test/messages/{len(self.delivered)}"}


@contextmanager
def push_services() -> Iterator[PushServices]:
    """The three endpoints on one free port (tests run in parallel workers)."""
    services = PushServices()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            headers = {key.lower(): value for key, value in self.headers.items()}
            answer: dict[str, Any] | None = None
            with lock:
                services.attempts[self.path] = services.attempts.get(self.path, 0) + 1
                try:
                    if self.path.startswith("/push/"):
                        status = services.web_push(self.path, headers, body)
                    elif self.path == "/token":
                        status, answer = services.token(body)
                    else:
                        status, answer = services.fcm(self.path, headers, body)
                except (AssertionError, KeyError, ValueError, jwt.PyJWTError) as exc:
                    services.refused.append(f"{self.path}: {exc!r}")
                    status, answer = 400, {"error": {"code": 400, "status": "INVALID_ARGUMENT"}}
            content = json.dumps(answer).encode() if answer is not None else b""
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    services.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield services
    finally:
        server.shutdown()
        server.server_close()
