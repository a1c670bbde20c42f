"""Credentials and tokens: argon2id password hashes, signed access tokens, opaque refresh tokens.

Access tokens are short-lived JWTs (HS256 only: ``alg: none`` and algorithm confusion are refused by
construction) carrying the account, its session and role, with a key id so keys can rotate; a profile-scoped
token also names the locked profile it opens (``ProfileUnlock``). Refresh tokens
are random strings the server stores only as SHA-256 digests: a leaked database leaks no usable token.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from vuga.core.clock import utcnow
from vuga.settings import AuthSettings

ALGORITHM = "HS256"
ISSUER = "vuga"
VERIFIED_TOKENS_KEPT = 100_000
REFRESH_TOKEN_PREFIX = "vrt_"  # noqa: S105 (a marker that makes leaked tokens easy to scan for)


class InvalidToken(Exception):
    """The token is malformed, forged, of the wrong kind, or expired."""


class Passwords:
    """argon2id hashing. Hashing costs tens of milliseconds of CPU, so it runs off the event loop, at most
    ``argon2_concurrency`` at a time: each hash holds ``argon2_memory_kib`` of memory while it runs, so a
    burst of registrations or logins waits here instead of taking 19 MiB per request in flight (BENCHMARKS.md,
    "Memory"). A server process has one core: more hashes at once would only share it."""

    def __init__(self, settings: AuthSettings) -> None:
        self._hasher = PasswordHasher(
            time_cost=settings.argon2_time_cost,
            memory_cost=settings.argon2_memory_kib,
            parallelism=settings.argon2_parallelism,
        )
        self._running = asyncio.Semaphore(settings.argon2_concurrency)
        # Verified when the email is unknown, so that both answers cost the same time.
        self._decoy_hash = self._hasher.hash(secrets.token_urlsafe(16))

    async def hash(self, password: str) -> str:
        async with self._running:
            return await asyncio.to_thread(self._hasher.hash, password)

    async def verify(self, password_hash: str | None, password: str) -> bool:
        def check() -> bool:
            try:
                return (
                    self._hasher.verify(password_hash or self._decoy_hash, password)
                    and password_hash is not None
                )
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                return False

        async with self._running:
            return await asyncio.to_thread(check)

    def needs_rehash(self, password_hash: str) -> bool:
        return self._hasher.check_needs_rehash(password_hash)


@dataclass(frozen=True, slots=True)
class ProfileUnlock:
    """What a profile-scoped token adds: the profile it opens, and a fingerprint of the lock it opened, so
    that a new PIN closes the profile to tokens unlocked with the old one."""

    profile_id: int
    lock: str


@dataclass(frozen=True, slots=True)
class AccessClaims:
    account_id: int
    session_id: int
    role: str
    expires_at: datetime
    unlock: ProfileUnlock | None = None


def _key_id(secret: bytes) -> str:
    return hashlib.sha256(secret).hexdigest()[:12]


class AccessTokens:
    def __init__(self, secret: bytes, previous: list[bytes], ttl_s: int) -> None:
        self._signing_key = secret
        self._kid = _key_id(secret)
        self._keys = {_key_id(key): key for key in [*previous, secret]}
        self.ttl_s = ttl_s
        self._verified: dict[str, AccessClaims] = {}

    def issue(
        self,
        account_id: int,
        session_id: int,
        role: str,
        unlock: ProfileUnlock | None = None,
        ttl_s: int | None = None,
    ) -> tuple[str, int]:
        """An access token; with ``unlock``, one that also opens that locked profile (``pid``, ``plk``)."""
        now = utcnow()
        ttl_s = ttl_s or self.ttl_s
        payload: dict[str, object] = {
            "iss": ISSUER,
            "sub": str(account_id),
            "sid": session_id,
            "role": role,
            "typ": "access",
            "iat": now,
            "exp": now + timedelta(seconds=ttl_s),
        }
        if unlock is not None:
            payload |= {"pid": unlock.profile_id, "plk": unlock.lock}
        return jwt.encode(payload, self._signing_key, algorithm=ALGORITHM, headers={"kid": self._kid}), ttl_s

    def verify(self, token: str) -> AccessClaims:
        """The claims of a valid, unexpired token. Raises InvalidToken.

        A client sends the same token with every request for its lifetime, so checked tokens are remembered
        (keyed by the whole token, signature included) until they expire: the signature is computed once.
        """
        claims = self._verified.get(token)
        if claims is not None:
            if claims.expires_at > utcnow():
                return claims
            del self._verified[token]
            raise InvalidToken("expired")
        claims = self._verify(token)
        if len(self._verified) >= VERIFIED_TOKENS_KEPT:
            self._verified.clear()
        self._verified[token] = claims
        return claims

    def _verify(self, token: str) -> AccessClaims:
        try:
            kid = jwt.get_unverified_header(token).get("kid")
            key = self._keys.get(kid) if isinstance(kid, str) else None
            if key is None:
                raise InvalidToken("unknown signing key")
            payload = jwt.decode(
                token,
                key,
                algorithms=[ALGORITHM],
                issuer=ISSUER,
                options={"require": ["exp", "iat", "sub", "sid", "typ"]},
            )
            if payload["typ"] != "access" or not isinstance(payload["sid"], int):
                raise InvalidToken("not an access token")
            unlock = None
            if "pid" in payload:
                if not isinstance(payload["pid"], int) or not isinstance(payload.get("plk"), str):
                    raise InvalidToken("a malformed profile claim")
                unlock = ProfileUnlock(profile_id=payload["pid"], lock=payload["plk"])
            return AccessClaims(
                account_id=int(payload["sub"]),
                session_id=payload["sid"],
                role=str(payload.get("role", "")),
                expires_at=datetime.fromtimestamp(payload["exp"], tz=utcnow().tzinfo),
                unlock=unlock,
            )
        except (jwt.PyJWTError, ValueError, KeyError) as exc:
            raise InvalidToken(str(exc)) from exc


def new_refresh_token() -> tuple[str, str]:
    """A fresh refresh token and the digest to store for it."""
    token = REFRESH_TOKEN_PREFIX + secrets.token_urlsafe(32)
    return token, refresh_token_digest(token)


def refresh_token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def load_or_create_secret(settings: AuthSettings, var_dir: Path) -> bytes:
    """The configured signing key, or one generated once and kept in ``var_dir`` (embedded mode)."""
    if settings.secret_key is not None:
        return settings.secret_key.get_secret_value().encode()
    path = var_dir / "secret.key"
    var_dir.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: when several workers start at once, exactly one writes the key and all read the same.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as file:
            file.write(secrets.token_urlsafe(48))
    return path.read_text().strip().encode()
