"""The billing group of the settings: the payment provider, Stripe's keys, what decides a viewer's country
(``VUGA_BILLING_*``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr, model_validator


class BillingSettings(BaseModel):
    provider: Literal["manual", "stripe"] = Field(
        default="manual",
        description=(
            "Who takes payments: `manual` (none online; admins grant plans from the admin API) or `stripe` "
            "(Checkout and the customer portal, hosted by Stripe; webhooks keep subscriptions in step)."
        ),
    )
    stripe_api_key: SecretStr | None = Field(
        default=None, description="Stripe's secret key (sk_live_… or sk_test_…); required with `stripe`."
    )
    stripe_webhook_secret: SecretStr | None = Field(
        default=None,
        description="The signing secret of the webhook endpoint (whsec_…); required with `stripe`.",
    )
    stripe_api_base: str | None = Field(
        default=None,
        max_length=300,
        description="Where the Stripe API is reached; unset: Stripe's own. Tests point it at localstripe.",
    )
    webhook_tolerance_s: int = Field(
        default=300, ge=30, le=3600, description="A signed webhook older than this is refused (replay)."
    )
    checkout_success_url: str = Field(
        default="/account/subscription?checkout=done",
        max_length=500,
        description="Where Stripe sends the viewer after paying: a path on the web app, or an absolute URL.",
    )
    checkout_cancel_url: str = Field(
        default="/plans", max_length=500, description="Where Stripe sends a viewer who gave up."
    )
    portal_return_url: str = Field(default="/account/subscription", max_length=500)
    past_due_grace_s: int = Field(
        default=3 * 24 * 3600,
        ge=0,
        description=(
            "A provider's subscription whose period ended is still played this long while the provider "
            "retries its payment; then the expiry job ends it."
        ),
    )
    country_header: str = Field(
        default="",
        max_length=100,
        description=(
            "The request header naming the viewer's country (ISO 3166-1 alpha-2), set by a CDN in front: "
            "`CF-IPCountry` on Cloudflare, `CloudFront-Viewer-Country` on CloudFront. Unset: the country is "
            "unknown, and titles limited to some countries do not play. Only set it behind a CDN that "
            "overwrites the header: a client could send it too."
        ),
    )

    geoip_database: Path | None = Field(
        default=None,
        description=(
            "A MaxMind-format country (or city) database (GeoLite2-Country.mmdb): the viewer's country from "
            "their address when the country header is unset or absent."
        ),
    )

    @model_validator(mode="after")
    def _stripe_needs_its_keys(self) -> BillingSettings:
        if self.provider == "stripe" and (self.stripe_api_key is None or self.stripe_webhook_secret is None):
            raise ValueError(
                "the stripe provider needs VUGA_BILLING_STRIPE_API_KEY and VUGA_BILLING_STRIPE_WEBHOOK_SECRET"
            )
        return self
