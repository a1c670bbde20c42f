"""The entitlement decision as a table of cases: access, window, countries and the subscription."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from vuga.billing.models import Access
from vuga.billing.service.entitlements import (
    NoLongerAvailable,
    NotAvailableYet,
    NotInYourCountry,
    Rule,
    SubscriptionRequired,
    Unavailable,
    refusal,
)

NOW = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)
PAST, FUTURE = NOW - timedelta(days=1), NOW + timedelta(days=1)

CASES: list[tuple[str, Rule, bool, str | None, type | None]] = [
    ("free plays for anyone", Rule(), False, None, None),
    ("premium needs a subscription", Rule(access=Access.PREMIUM), False, "US", SubscriptionRequired),
    ("premium plays with one", Rule(access=Access.PREMIUM), True, "US", None),
    ("locked plays for nobody", Rule(access=Access.LOCKED), True, "US", Unavailable),
    ("before its window", Rule(available_from=FUTURE), True, "US", NotAvailableYet),
    ("inside its window", Rule(available_from=PAST, available_until=FUTURE), False, "US", None),
    ("after its window", Rule(available_until=PAST), True, "US", NoLongerAvailable),
    ("the window's end is exclusive", Rule(available_until=NOW), True, "US", NoLongerAvailable),
    ("in an allowed country", Rule(countries=frozenset({"US", "CA"})), False, "CA", None),
    ("outside the allowed ones", Rule(countries=frozenset({"US"})), False, "FR", NotInYourCountry),
    ("allowed countries, unknown country", Rule(countries=frozenset({"US"})), True, None, NotInYourCountry),
    ("a blocked country", Rule(blocked_countries=frozenset({"FR"})), True, "FR", NotInYourCountry),
    ("blocked elsewhere", Rule(blocked_countries=frozenset({"FR"})), False, "US", None),
    ("blocked, unknown country", Rule(blocked_countries=frozenset({"FR"})), False, None, None),
    # A viewer can act on the subscription, not on the rest: the rest is said first.
    ("premium and not yet", Rule(access=Access.PREMIUM, available_from=FUTURE), False, "US", NotAvailableYet),
    (
        "premium and elsewhere",
        Rule(access=Access.PREMIUM, countries=frozenset({"US"})),
        False,
        "FR",
        NotInYourCountry,
    ),
    ("locked wins over all", Rule(access=Access.LOCKED, available_until=PAST), False, "FR", Unavailable),
]


@pytest.mark.parametrize(
    ("rule", "premium", "country", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_decision(rule: Rule, premium: bool, country: str | None, expected: type | None) -> None:
    refused = refusal(rule, premium, country, NOW)
    if expected is None:
        assert refused is None
    else:
        assert type(refused) is expected
        assert refused is not None
        assert refused.status_code == 403
        assert refused.kind is not None
