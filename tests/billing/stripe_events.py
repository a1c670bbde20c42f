"""Stripe webhook payloads, signed in the test as Stripe signs them (``t=<unix time>,v1=<HMAC-SHA256 of
"t.payload" with the endpoint's secret>``), and the app configured for Stripe."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import time
from typing import Any

import msgspec

from vuga.settings import BillingSettings, Settings

WEBHOOK_SECRET = "whsec_test_" + "0" * 24
API_KEY = "sk_test_" + "1" * 24
WEBHOOKS = "/api/v1/billing/webhooks/stripe"
_events = itertools.count(1)


def with_stripe(settings: Settings, api_base: str | None = None) -> Settings:
    billing = BillingSettings(
        provider="stripe",
        stripe_api_key=API_KEY,
        stripe_webhook_secret=WEBHOOK_SECRET,
        stripe_api_base=api_base,
    )
    return settings.model_copy(update={"billing": billing})


def signed(payload: bytes, secret: str = WEBHOOK_SECRET, at: int | None = None) -> dict[str, str]:
    timestamp = int(time.time()) if at is None else at
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256).hexdigest()
    return {"Stripe-Signature": f"t={timestamp},v1={digest}", "Content-Type": "application/json"}


def subscription_event(
    kind: str,
    subscription_id: str,
    status: str,
    created: int,
    account_id: int | None = None,
    price_id: str = "price_Std1",
    period_end: int | None = None,
    cancel_at_period_end: bool = False,
    event_id: str | None = None,
) -> bytes:
    period_start = created - 60
    item = {
        "id": "si_1",
        "price": {"id": price_id, "object": "price"},
        "current_period_start": period_start,
        "current_period_end": period_end or period_start + 30 * 86400,
    }
    event: dict[str, Any] = {
        "id": event_id or f"evt_{next(_events):08d}",
        "object": "event",
        "type": f"customer.subscription.{kind}",
        "created": created,
        "data": {
            "object": {
                "id": subscription_id,
                "object": "subscription",
                "customer": "cus_test",
                "status": status,
                "cancel_at_period_end": cancel_at_period_end,
                "metadata": {"account_id": str(account_id)} if account_id else {},
                "items": {"object": "list", "data": [item]},
            }
        },
    }
    return msgspec.json.encode(event)
