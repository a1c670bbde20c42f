"""What the billing API reads and writes: plans, the account's subscription and its ledger, checkout,
promo codes and their redemptions, availability rules, and the entitlements a playback answer applies."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

from vuga.core.bounds import AwareDateTime, Id
from vuga.core.openapi import body_example

PlanCode = Annotated[
    str, Meta(pattern="^[a-z0-9][a-z0-9-]{0,39}$", description="Lower case, digits, dashes.")
]
Currency = Annotated[str, Meta(pattern="^[A-Z]{3}$", description="ISO 4217, upper case: USD, EUR, JPY.")]
MinorUnits = Annotated[
    int, Meta(ge=0, le=100_000_000, description="In the currency's minor unit: 999 is USD 9.99, JPY 999.")
]
Height = Annotated[int, Meta(ge=0, le=4320, description="Tallest rendition played, in pixels; 0: any.")]
StreamLimit = Annotated[int, Meta(ge=1, le=100)]
TrialDays = Annotated[int, Meta(ge=0, le=365)]
Country = Annotated[str, Meta(pattern="^[A-Z]{2}$", description="ISO 3166-1 alpha-2, upper case.")]
Countries = Annotated[list[Country], Meta(max_length=250)]
PromoCodeText = Annotated[
    str, Meta(pattern="^[A-Za-z0-9_-]{3,40}$", description="Letters, digits, dashes; case does not matter.")
]
ProviderName = Literal["manual", "stripe"]
StateName = Literal["trialing", "active", "past_due", "canceled", "expired"]
AccessName = Literal["free", "premium", "locked"]


# --- plans -----------------------------------------------------------------------------------------------


@body_example(
    {
        "code": "standard",
        "name": "Standard",
        "price_minor": 999,
        "currency": "USD",
        "period": "month",
        "trial_days": 7,
        "stream_limit": 2,
        "max_height": 1080,
        "stripe_price_id": "price_1PqStandardMonthly",
    }
)
class PlanCreate(msgspec.Struct, forbid_unknown_fields=True):
    code: PlanCode
    name: Annotated[str, Meta(min_length=1, max_length=100)]
    price_minor: MinorUnits
    currency: Currency
    period: Literal["month", "year"]
    stream_limit: StreamLimit
    description: Annotated[str, Meta(max_length=1000)] = ""
    trial_days: TrialDays = 0
    max_height: Height = 0
    has_ads: bool = False
    is_active: bool = True
    position: Annotated[int, Meta(ge=0, le=1000)] = 0
    stripe_price_id: Annotated[str, Meta(pattern="^price_[A-Za-z0-9]{1,90}$")] | None = None


@body_example({"price_minor": 1199, "is_active": False})
class PlanUpdate(msgspec.Struct, forbid_unknown_fields=True):
    name: Annotated[str, Meta(min_length=1, max_length=100)] | UnsetType = UNSET
    description: Annotated[str, Meta(max_length=1000)] | UnsetType = UNSET
    price_minor: MinorUnits | UnsetType = UNSET
    currency: Currency | UnsetType = UNSET
    period: Literal["month", "year"] | UnsetType = UNSET
    trial_days: TrialDays | UnsetType = UNSET
    stream_limit: StreamLimit | UnsetType = UNSET
    max_height: Height | UnsetType = UNSET
    has_ads: bool | UnsetType = UNSET
    is_active: bool | UnsetType = UNSET
    position: Annotated[int, Meta(ge=0, le=1000)] | UnsetType = UNSET
    stripe_price_id: Annotated[str, Meta(pattern="^price_[A-Za-z0-9]{1,90}$")] | UnsetType | None = UNSET


class PlanOut(msgspec.Struct):
    id: int
    code: str
    name: str
    description: str
    price_minor: int
    currency: str
    period: str
    trial_days: int
    stream_limit: int
    max_height: int
    has_ads: bool


class AdminPlan(PlanOut):
    is_active: bool
    position: int
    stripe_price_id: str | None
    created_at: datetime
    updated_at: datetime


# --- subscriptions ---------------------------------------------------------------------------------------


class Entitlements(msgspec.Struct):
    """What the account may play now: premium titles or not, how many streams, how tall a rendition."""

    premium: bool
    stream_limit: int
    max_height: int  # 0: any
    has_ads: bool


class SubscriptionOut(msgspec.Struct):
    id: int
    state: StateName
    plan: PlanOut
    provider: ProviderName
    current_period_start: datetime
    current_period_end: datetime


class MySubscription(msgspec.Struct):
    subscription: SubscriptionOut | None
    entitlements: Entitlements


class LedgerEntryOut(msgspec.Struct):
    id: int
    from_state: StateName | None
    to_state: StateName
    plan_id: int
    period_end: datetime
    cause: Literal["viewer", "admin", "provider", "job", "promo"]
    actor_account_id: int | None
    provider_event_id: str | None
    note: str
    at: datetime


class AdminSubscription(msgspec.Struct):
    id: int
    account_id: int
    state: StateName
    plan_id: int
    provider: ProviderName
    provider_subscription_id: str | None
    current_period_start: datetime
    current_period_end: datetime
    created_at: datetime


class AdminSubscriptionDetail(AdminSubscription):
    ledger: list[LedgerEntryOut]


@body_example(
    {"account_id": 42, "plan_id": 1, "days": 30}, {"account_id": 42, "plan_id": 1, "days": 14, "trial": True}
)
class GrantIn(msgspec.Struct, forbid_unknown_fields=True):
    """A manual grant: the plan for ``days`` from now (or from the end of the account's current period)."""

    account_id: Id
    plan_id: Id
    days: Annotated[int, Meta(ge=1, le=3660)]
    trial: bool = False
    note: Annotated[str, Meta(max_length=300)] = ""


@body_example({}, {"note": "refunded by support, ticket 4411"})
class RevokeIn(msgspec.Struct, forbid_unknown_fields=True):
    note: Annotated[str, Meta(max_length=300)] = ""


@body_example({"plan_id": 1}, {"plan_id": 1, "promo_code": "WELCOME20"})
class CheckoutIn(msgspec.Struct, forbid_unknown_fields=True):
    plan_id: Id
    promo_code: PromoCodeText | None = None


class CheckoutOut(msgspec.Struct):
    """Where to send the viewer: the provider's hosted payment page."""

    url: str
    provider: ProviderName
    session_id: str


class PortalOut(msgspec.Struct):
    url: str


# --- promo codes -----------------------------------------------------------------------------------------


@body_example(
    {"code": "WELCOME20", "kind": "percent", "percent_off": 20, "max_uses": 1000},
    {
        "code": "FREEWEEK",
        "kind": "free_days",
        "free_days": 7,
        "plan_ids": [1],
        "expires_at": "2027-01-31T23:59:59Z",
    },
)
class PromoCodeCreate(msgspec.Struct, forbid_unknown_fields=True):
    code: PromoCodeText
    kind: Literal["percent", "amount", "free_days"]
    percent_off: Annotated[int, Meta(ge=1, le=100)] | None = None
    amount_off_minor: Annotated[int, Meta(ge=1, le=100_000_000)] | None = None
    currency: Currency | None = None
    free_days: Annotated[int, Meta(ge=1, le=366)] | None = None
    plan_ids: Annotated[list[Id], Meta(max_length=50)] = []
    expires_at: AwareDateTime | None = None
    max_uses: Annotated[int, Meta(ge=1, le=10_000_000)] | None = None
    per_account_limit: Annotated[int, Meta(ge=1, le=100)] = 1


@body_example({"is_active": False})
class PromoCodeUpdate(msgspec.Struct, forbid_unknown_fields=True):
    is_active: bool | UnsetType = UNSET
    expires_at: AwareDateTime | UnsetType | None = UNSET


class PromoCodeOut(msgspec.Struct):
    id: int
    code: str
    kind: Literal["percent", "amount", "free_days"]
    percent_off: int | None
    amount_off_minor: int | None
    currency: str | None
    free_days: int | None
    plan_ids: list[int]
    expires_at: datetime | None
    max_uses: int | None
    uses: int
    per_account_limit: int
    is_active: bool
    created_at: datetime


class RedemptionOut(msgspec.Struct):
    id: int
    account_id: int
    plan_id: int | None
    at: datetime


class Redeemed(msgspec.Struct):
    code: str
    free_days: int
    subscription: SubscriptionOut


# --- availability ----------------------------------------------------------------------------------------


@body_example(
    {"access": "premium"},
    {"access": "free", "available_from": "2027-01-01T00:00:00Z", "countries": ["US", "CA"]},
)
class AvailabilityIn(msgspec.Struct, forbid_unknown_fields=True):
    access: AccessName = "free"
    available_from: AwareDateTime | None = None
    available_until: AwareDateTime | None = None
    countries: Countries = []
    blocked_countries: Countries = []


class AvailabilityOut(msgspec.Struct):
    access: AccessName
    available_from: datetime | None
    available_until: datetime | None
    countries: list[str]
    blocked_countries: list[str]
