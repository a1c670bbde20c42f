"""User codes are short, so guessing them is limited: only misses count (a wrong, spent or expired code),
per address and for all addresses together, and a spent limit is checked before the code is looked up.

A hit costs an attacker nothing, misses are what guessing is made of. At 600 misses a minute over the whole
service (``VUGA_DEVICES_APPROVALS_PER_MINUTE_GLOBAL``), finding one of, say, 1,000 codes pending at once
among 20^8 takes about 30 years on average; a phone's owner mistyping a code is refused only once their own
address has missed ten times in a minute. (The global limit can be spent by an attacker, and then approvals
wait a minute for everybody: a denial of TV sign-in, never a sign-in.)
"""

from __future__ import annotations

from limits import RateLimitItem, RateLimitItemPerMinute

from vuga.core.errors import TooManyRequests
from vuga.core.ratelimit import RateLimiter
from vuga.settings import DevicesSettings

TOO_MANY = "too many wrong codes; wait a minute before trying again"


class UserCodeGuessing:
    def __init__(self, limiter: RateLimiter, settings: DevicesSettings, enabled: bool) -> None:
        self.limiter = limiter
        self.enabled = enabled  # with the rate limits (VUGA_RATE_LIMIT_ENABLED)
        self.checks: list[tuple[RateLimitItem, str]] = [
            (RateLimitItemPerMinute(settings.approvals_per_minute_per_address), "device-code-address"),
            (RateLimitItemPerMinute(settings.approvals_per_minute_global), "device-code-all"),
        ]

    def _identities(self, address: str) -> list[tuple[RateLimitItem, tuple[str, ...]]]:
        (per_address, address_name), (everyone, everyone_name) = self.checks
        return [(per_address, (address_name, address)), (everyone, (everyone_name,))]

    async def refuse_if_spent(self, address: str) -> None:
        if not self.enabled:
            return
        for item, identity in self._identities(address):
            decision = await self.limiter.peek(item, *identity)
            if not decision.allowed:
                raise TooManyRequests(TOO_MANY, headers=decision.headers())

    async def missed(self, address: str) -> None:
        if not self.enabled:
            return
        for item, identity in self._identities(address):
            await self.limiter.hit(item, *identity)
