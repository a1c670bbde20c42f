"""The billing rules: ``plans``, ``subscriptions`` (the state machine applied, its ledger, grants, expiry),
``account`` (the viewer's subscription, checkout, portal, cancel), ``webhooks`` (the provider's events),
``promos`` (codes and their atomic uses), ``availability`` (rules admins set) and ``entitlements`` (who may
play what). Other features use them through this package."""

from vuga.billing.service.account import AccountSubscription
from vuga.billing.service.availability import AvailabilityEditor
from vuga.billing.service.entitlements import (
    EntitlementChecks,
    EntitlementPolicy,
    NoLongerAvailable,
    NotAvailableYet,
    NotInYourCountry,
    SubscriptionRequired,
    Unavailable,
    playable_sources,
)
from vuga.billing.service.plans import Plans
from vuga.billing.service.promos import PromoCodes, PromoRedemptions
from vuga.billing.service.subscriptions import PeriodExpiry, SubscriptionAdministration
from vuga.billing.service.webhooks import ProviderWebhooks

__all__ = [
    "AccountSubscription",
    "AvailabilityEditor",
    "EntitlementChecks",
    "EntitlementPolicy",
    "NoLongerAvailable",
    "NotAvailableYet",
    "NotInYourCountry",
    "PeriodExpiry",
    "Plans",
    "PromoCodes",
    "PromoRedemptions",
    "ProviderWebhooks",
    "SubscriptionAdministration",
    "SubscriptionRequired",
    "Unavailable",
    "playable_sources",
]
