"""Password guessing is slowed without handing an attacker a way to lock the owner out.

A limit on every login attempt for an email stops guessing, but anyone can then spend it: five wrong tries a
minute from anywhere and the owner's right password is refused too. Here only *failures* count, and they
count where they come from:

- per address and email: one address gets a few wrong tries a minute at one account;
- per email, only failures from addresses that never signed in to that account: guessing spread over many
  addresses is still capped for the account as a whole, but an address the owner has signed in from (kept
  ``known_address_days``) is not held back by it. The owner at home, at work or on their phone's carrier keeps
  logging in while an attack runs; only a first login from a new address may have to wait out the minute;
- per address, every credential call (``VUGA_RATE_LIMIT_AUTH_PER_MINUTE_PER_IP``), so one address cannot try
  many accounts either.

A limit already spent is checked before the password is (a refused try costs no hash); a try is counted once
its password proved wrong. Emails appear in keys only as digests.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from typing import TypeVar

from limits import RateLimitItem, RateLimitItemPerMinute

from vuga.core.cache import Cache
from vuga.core.errors import TooManyRequests, Unauthorized
from vuga.core.ratelimit import Decision, RateLimiter
from vuga.settings import RateLimitSettings

T = TypeVar("T")

TOO_MANY = "too many failed attempts; wait before trying again"


def _digest(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]


class LoginThrottle:
    def __init__(self, limiter: RateLimiter, cache: Cache, settings: RateLimitSettings) -> None:
        self.limiter = limiter
        self.cache = cache
        self.known_ttl_s = settings.known_address_days * 24 * 3600
        self.per_address: RateLimitItem = RateLimitItemPerMinute(
            settings.auth_failures_per_minute_per_address
        )
        self.per_email: RateLimitItem = RateLimitItemPerMinute(settings.auth_per_minute_per_email)

    def _known_key(self, email: str, address: str) -> str:
        return f"login-known:{_digest(email)}:{address}"

    async def attempt(self, email: str, address: str, login: Callable[[], Awaitable[T]]) -> T:
        """Run ``login`` unless this address's failures for ``email`` are spent; count it if it fails."""
        account = _digest(email)
        known = await self.cache.get(self._known_key(email, address)) is not None
        checks: list[tuple[RateLimitItem, tuple[str, ...]]] = [
            (self.per_address, ("login-address", account, address))
        ]
        if not known:
            checks.append((self.per_email, ("login-email", account)))
        for item, identity in checks:
            _refuse_if_spent(await self.limiter.peek(item, *identity))
        try:
            result = await login()
        except Unauthorized:
            for item, identity in checks:
                await self.limiter.hit(item, *identity)
            raise
        await self.cache.set(self._known_key(email, address), b"1", self.known_ttl_s)
        return result


def _refuse_if_spent(decision: Decision) -> None:
    if not decision.allowed:
        raise TooManyRequests(TOO_MANY, headers=decision.headers())
