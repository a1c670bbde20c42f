"""Entitlements: the one place that decides whether an account may play a title, an episode, a source or a
live channel, and with which limits.

- **Access** (a title's or an episode's rule, ``AvailabilityRule``; the episode's wins): ``free`` plays for
  every signed-in profile, ``premium`` needs a trialing, active or canceled-but-not-ended subscription,
  ``locked`` plays for nobody. A source editors marked premium is left out of the answer of an account
  without one; a live channel marked premium needs one as a premium title does.
- **Availability window**: before ``available_from`` a title is "not available yet", after
  ``available_until`` "no longer available".
- **Countries**: ``countries`` (only there) and ``blocked_countries`` (never there), against the country the
  trusted CDN header names (``VUGA_BILLING_COUNTRY_HEADER``). A title limited to some countries does not play
  where the country is unknown.
- **Limits**: the plan's stream limit (the device leases' limit) and its tallest rendition (the master
  playlist lists no taller one). Without a subscription that plays: the server's stream limit, any height.

Refusals are 403 problems whose ``type`` says why, so that an app shows the right screen. They are decided
only in personal answers (a profile's playback), never in the anonymous, cached title page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.billing import states
from vuga.billing.models import Access, AvailabilityRule, Plan, Subscription
from vuga.billing.repository import AvailabilityRepository, SubscriptionsRepository
from vuga.billing.schemas import Entitlements
from vuga.core.clock import utcnow
from vuga.core.errors import Forbidden


class SubscriptionRequired(Forbidden):
    kind = ("subscription-required", "Subscription required")


class NotInYourCountry(Forbidden):
    kind = ("not-available-in-your-country", "Not available in your country")


class NotAvailableYet(Forbidden):
    kind = ("not-available-yet", "Not available yet")


class NoLongerAvailable(Forbidden):
    kind = ("no-longer-available", "No longer available")


class Unavailable(Forbidden):
    kind = ("unavailable", "Not available")


@dataclass(frozen=True, slots=True)
class Rule:
    """What decides a title's or an episode's playing, as the refusals read it."""

    access: Access = Access.FREE
    available_from: datetime | None = None
    available_until: datetime | None = None
    countries: frozenset[str] = frozenset()
    blocked_countries: frozenset[str] = frozenset()

    @classmethod
    def of(cls, row: AvailabilityRule) -> Rule:
        return cls(
            access=Access(row.access),
            available_from=row.available_from,
            available_until=row.available_until,
            countries=frozenset(row.countries or ()),
            blocked_countries=frozenset(row.blocked_countries or ()),
        )


FREE_EVERYWHERE = Rule()


def refusal(rule: Rule, premium: bool, country: str | None, now: datetime) -> Forbidden | None:
    """Why this account may not play under ``rule`` now and here, or None when it may. Checked in the
    order a viewer can act on last: a locked title first (nothing helps), the subscription last (buying one
    helps only if the rest allows)."""
    if rule.access == Access.LOCKED:
        return Unavailable("this is not available to play")
    if rule.available_from is not None and now < rule.available_from:
        return NotAvailableYet(f"this plays from {rule.available_from.isoformat()}")
    if rule.available_until is not None and now >= rule.available_until:
        return NoLongerAvailable("this is no longer available to play")
    if rule.countries and (country is None or country not in rule.countries):
        return NotInYourCountry("this is not available in your country")
    if country is not None and country in rule.blocked_countries:
        return NotInYourCountry("this is not available in your country")
    if rule.access == Access.PREMIUM and not premium:
        return SubscriptionRequired("this needs a subscription: see GET /api/v1/plans")
    return None


def effective_rule(rows: Sequence[AvailabilityRule], episode_id: int | None) -> Rule:
    """The episode's rule when it has one, else its title's, else free everywhere."""
    by_episode = [row for row in rows if episode_id is not None and row.episode_id == episode_id]
    by_title = [row for row in rows if row.title_id is not None]
    chosen = by_episode or by_title
    return Rule.of(chosen[0]) if chosen else FREE_EVERYWHERE


def is_entitled(subscription: Subscription | None, now: datetime, grace: timedelta) -> bool:
    """Whether a subscription plays premium titles now: a trialing, active or canceled one within its
    period (a provider's, within the grace in which it retries a renewal)."""
    if subscription is None or subscription.state not in states.ENTITLED:
        return False
    end = subscription.current_period_end
    if subscription.provider != "manual":
        end += grace
    return now < end


@dataclass(frozen=True, slots=True)
class EntitlementPolicy:
    default_stream_limit: int  # VUGA_DEVICES_MAX_STREAMS: accounts without a subscription that plays
    grace_s: int  # VUGA_BILLING_PAST_DUE_GRACE_S

    def of(self, row: tuple[Subscription, Plan] | None, now: datetime) -> Entitlements:
        if row is None or not is_entitled(row[0], now, timedelta(seconds=self.grace_s)):
            return Entitlements(
                premium=False, stream_limit=self.default_stream_limit, max_height=0, has_ads=True
            )
        plan = row[1]
        return Entitlements(
            premium=True, stream_limit=plan.stream_limit, max_height=plan.max_height, has_ads=plan.has_ads
        )


class EntitlementChecks:
    """The checks on the database: one query for the account's subscription, one for the rules."""

    def __init__(
        self, session: AsyncSession, policy: EntitlementPolicy, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.subscriptions = SubscriptionsRepository(session)
        self.availability = AvailabilityRepository(session)
        self.policy = policy
        self.clock = clock

    async def of_account(self, account_id: int) -> Entitlements:
        return self.policy.of(await self.subscriptions.with_plan_of_account(account_id), self.clock())

    async def stream_limit(self, account_id: int) -> int:
        return (await self.of_account(account_id)).stream_limit

    async def for_media(
        self, account_id: int, title_id: int, episode_id: int | None, country: str | None
    ) -> Entitlements:
        """The account's entitlements for playing this title or episode here; a 403 problem saying why not."""
        entitlements = await self.of_account(account_id)
        rows = await self.availability.rules_for(title_id, episode_id)
        refused = refusal(effective_rule(rows, episode_id), entitlements.premium, country, self.clock())
        if refused is not None:
            raise refused
        return entitlements

    async def for_channel(self, account_id: int, is_premium: bool) -> Entitlements:
        entitlements = await self.of_account(account_id)
        rule = Rule(access=Access.PREMIUM if is_premium else Access.FREE)
        refused = refusal(rule, entitlements.premium, None, self.clock())
        if refused is not None:
            raise refused
        return entitlements


def playable_sources(accesses: Sequence[str], premium: bool) -> list[bool]:
    """Which of a media's sources (by their ``access``) the account may be given."""
    return [premium or access != Access.PREMIUM.value for access in accesses]
