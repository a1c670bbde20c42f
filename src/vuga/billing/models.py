"""Billing tables: plans, the one subscription per account with its append-only ledger, the payment
provider's customers and the webhook events already applied, promo codes with their redemptions, and the
rules deciding who may play a title or an episode (access, availability window, countries).

Money is an integer of the currency's minor unit (cents for USD, yen for JPY) beside its ISO 4217 code:
never a float.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from vuga.core.db import Base, UTCDateTime


class Period(StrEnum):
    MONTH = "month"
    YEAR = "year"


class State(StrEnum):
    """A subscription's states; ``vuga.billing.states`` lists the transitions between them."""

    TRIALING = "trialing"  # a free period (a plan's trial, a free-days code)
    ACTIVE = "active"  # paid for the current period
    PAST_DUE = "past_due"  # the renewal's payment failed; the provider retries it
    CANCELED = "canceled"  # canceled at the period's end: plays until then, then expires
    EXPIRED = "expired"  # over: plays nothing premium


class Cause(StrEnum):
    """Who or what moved a subscription, for its ledger."""

    VIEWER = "viewer"
    ADMIN = "admin"
    PROVIDER = "provider"  # a payment provider's webhook event (its id is kept)
    JOB = "job"  # the expiry job
    PROMO = "promo"  # a free-days code the viewer redeemed


class Access(StrEnum):
    FREE = "free"  # every signed-in profile
    PREMIUM = "premium"  # an account with a trialing or active subscription
    LOCKED = "locked"  # nobody (withdrawn, or waiting for rights)


class PromoKind(StrEnum):
    PERCENT = "percent"  # percent off the plan's price (Stripe checkout only)
    AMOUNT = "amount"  # an amount off, in the code's currency (Stripe checkout only)
    FREE_DAYS = "free_days"  # days of a plan, granted at once


def _one_of(column: str, enum: type[StrEnum]) -> CheckConstraint:
    values = ", ".join(f"'{member.value}'" for member in enum)
    return CheckConstraint(f"{column} IN ({values})", name=f"{column}_valid")


class Plan(Base):
    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # stable, for clients and the provider
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    price_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))  # ISO 4217, upper case
    period: Mapped[str] = mapped_column(String(5))
    trial_days: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    stream_limit: Mapped[int] = mapped_column(SmallInteger)
    max_height: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")  # 0: any
    has_ads: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    position: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    stripe_price_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now(), onupdate=func.now())

    __table_args__ = (
        _one_of("period", Period),
        CheckConstraint("price_minor >= 0", name="price_not_negative"),
        CheckConstraint("stream_limit >= 1", name="stream_limit_positive"),
    )


class Subscription(Base):
    """An account's subscription: one row per account, moved only through ``vuga.billing.states``."""

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), unique=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="RESTRICT"))
    state: Mapped[str] = mapped_column(String(10))
    provider: Mapped[str] = mapped_column(String(10))  # manual or stripe
    provider_subscription_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    # The provider's time of the last state applied (a webhook event's ``created``): an older event
    # arriving later changes nothing.
    provider_updated_at: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    current_period_start: Mapped[datetime] = mapped_column(UTCDateTime)
    current_period_end: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now(), onupdate=func.now())

    __table_args__ = (
        _one_of("state", State),
        # The expiry job's range: periods that ended, of subscriptions not expired yet.
        Index("ix_subscriptions_state_current_period_end", "state", "current_period_end"),
        Index("ix_subscriptions_plan_id", "plan_id"),
    )


class LedgerEntry(Base):
    """One transition of a subscription, appended and never changed."""

    __tablename__ = "subscription_ledger"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id", ondelete="CASCADE"))
    from_state: Mapped[str | None] = mapped_column(String(10))  # None: the subscription began
    to_state: Mapped[str] = mapped_column(String(10))
    plan_id: Mapped[int] = mapped_column(Integer)
    period_end: Mapped[datetime] = mapped_column(UTCDateTime)
    cause: Mapped[str] = mapped_column(String(10))
    actor_account_id: Mapped[int | None] = mapped_column(Integer)  # the viewer or admin, when one acted
    provider_event_id: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(String(300), default="", server_default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())

    __table_args__ = (
        _one_of("cause", Cause),
        Index("ix_subscription_ledger_subscription_id_id", "subscription_id", "id"),
        {"sqlite_autoincrement": True},
    )


class ProviderCustomer(Base):
    """The payment provider's customer for an account, made at its first checkout."""

    __tablename__ = "billing_customers"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    provider: Mapped[str] = mapped_column(String(10))
    customer_id: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())


class ProviderEvent(Base):
    """A webhook event applied (or deliberately ignored): delivered again, it changes nothing."""

    __tablename__ = "billing_provider_events"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    provider: Mapped[str] = mapped_column(String(10))
    type: Mapped[str] = mapped_column(String(100))
    outcome: Mapped[str] = mapped_column(String(20))  # applied, stale, ignored
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())

    __table_args__ = (Index("ix_billing_provider_events_received_at", "received_at"),)


class PromoCode(Base):
    __tablename__ = "promo_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # upper case
    kind: Mapped[str] = mapped_column(String(10))
    percent_off: Mapped[int | None] = mapped_column(SmallInteger)
    amount_off_minor: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str | None] = mapped_column(String(3))
    free_days: Mapped[int | None] = mapped_column(SmallInteger)
    plan_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)  # empty: every plan
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    max_uses: Mapped[int | None] = mapped_column(Integer)  # None: unlimited
    uses: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    per_account_limit: Mapped[int] = mapped_column(SmallInteger, default=1, server_default="1")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    stripe_coupon_id: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())

    __table_args__ = (
        _one_of("kind", PromoKind),
        CheckConstraint("max_uses IS NULL OR uses <= max_uses", name="uses_within_limit"),
        CheckConstraint(
            "(kind = 'percent' AND percent_off BETWEEN 1 AND 100)"
            " OR (kind = 'amount' AND amount_off_minor > 0 AND currency IS NOT NULL)"
            " OR (kind = 'free_days' AND free_days > 0)",
            name="kind_fields",
        ),
    )


class PromoRedemption(Base):
    """One use of a code by an account; ``number`` counts the account's uses of it, so that two racing
    redemptions past the per-account limit clash on the unique key."""

    __tablename__ = "promo_redemptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    promo_code_id: Mapped[int] = mapped_column(ForeignKey("promo_codes.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(SmallInteger)
    plan_id: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())

    __table_args__ = (
        UniqueConstraint("promo_code_id", "account_id", "number"),
        Index("ix_promo_redemptions_promo_code_id_id", "promo_code_id", "id"),
        Index("ix_promo_redemptions_account_id", "account_id"),
    )


class AvailabilityRule(Base):
    """Who may play a title (all of it) or one episode: its access, its window, its countries. A title or
    an episode without a rule is free, always, everywhere; an episode's rule wins over its series'."""

    __tablename__ = "availability_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title_id: Mapped[int | None] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"), unique=True)
    episode_id: Mapped[int | None] = mapped_column(ForeignKey("episodes.id", ondelete="CASCADE"), unique=True)
    access: Mapped[str] = mapped_column(String(10), default=Access.FREE.value)
    available_from: Mapped[datetime | None] = mapped_column(UTCDateTime)
    available_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    countries: Mapped[list[Any]] = mapped_column(JSON, default=list)  # only there (empty: everywhere)...
    blocked_countries: Mapped[list[Any]] = mapped_column(JSON, default=list)  # ...and never there
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now(), onupdate=func.now())

    __table_args__ = (
        _one_of("access", Access),
        CheckConstraint("(title_id IS NULL) <> (episode_id IS NULL)", name="title_or_episode"),
    )
