"""Payment providers behind one interface: ``manual`` (no payments online: admins grant plans) and Stripe
(Checkout and the customer portal, both pages hosted by Stripe; webhooks signed with the endpoint's secret).

The Stripe calls go through the ``stripe`` library's client, asynchronously (its httpx client), to
``VUGA_BILLING_STRIPE_API_BASE`` when set (localstripe in the tests). What this module returns is plain data:
the services decide what it means for a subscription.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import stripe

from vuga.core.errors import Conflict, VugaError
from vuga.settings import BillingSettings


class ProviderUnavailable(VugaError):
    """The provider refused or could not be reached: nothing was changed here; the viewer may retry."""

    status_code = 503

    def __init__(self, detail: str) -> None:
        super().__init__(detail, headers={"Retry-After": "5"})


class InvalidSignature(VugaError):
    """A webhook whose signature does not verify (or is too old): a 400, nothing applied."""

    status_code = 400


@dataclass(frozen=True, slots=True)
class HostedPage:
    id: str
    url: str


@dataclass(frozen=True, slots=True)
class Coupon:
    """What a discount code takes off, as the provider's coupon states it."""

    percent_off: int | None
    amount_off_minor: int | None
    currency: str | None


class PaymentProvider(Protocol):
    name: str

    async def customer(self, account_id: int) -> str:
        """A new customer for the account, its id."""
        ...

    async def coupon(self, code: str, discount: Coupon) -> str:
        """A coupon for a promo code's discount, once per code, its id."""
        ...

    async def checkout(
        self,
        customer_id: str,
        price_id: str,
        account_id: int,
        plan_id: int,
        trial_days: int,
        coupon_id: str | None,
        success_url: str,
        cancel_url: str,
    ) -> HostedPage: ...

    async def portal(self, customer_id: str, return_url: str) -> HostedPage: ...

    async def cancel_at_period_end(self, provider_subscription_id: str) -> None: ...

    def verified_event(self, payload: bytes, signature: str | None) -> dict[str, Any]:
        """The webhook's event, if its signature verifies; else ``InvalidSignature``."""
        ...

    async def close(self) -> None: ...


class ManualProvider:
    """No payments online: a viewer's checkout is refused, admins grant plans (``POST
    /api/v1/admin/subscriptions/grants``)."""

    name = "manual"

    @staticmethod
    def _refuse() -> Conflict:
        return Conflict("this server takes no payments online: an administrator grants plans")

    async def customer(self, account_id: int) -> str:
        raise self._refuse()

    async def coupon(self, code: str, discount: Coupon) -> str:
        raise self._refuse()

    async def checkout(
        self,
        customer_id: str,
        price_id: str,
        account_id: int,
        plan_id: int,
        trial_days: int,
        coupon_id: str | None,
        success_url: str,
        cancel_url: str,
    ) -> HostedPage:
        raise self._refuse()

    async def portal(self, customer_id: str, return_url: str) -> HostedPage:
        raise self._refuse()

    async def cancel_at_period_end(self, provider_subscription_id: str) -> None:
        raise self._refuse()

    def verified_event(self, payload: bytes, signature: str | None) -> dict[str, Any]:
        raise Conflict("this server's payment provider is manual: it takes no webhooks")

    async def close(self) -> None:
        pass


class StripeProvider:
    name = "stripe"

    def __init__(self, settings: BillingSettings) -> None:
        if settings.stripe_api_key is None or settings.stripe_webhook_secret is None:
            raise ValueError(
                "VUGA_BILLING_PROVIDER=stripe needs VUGA_BILLING_STRIPE_API_KEY and "
                "VUGA_BILLING_STRIPE_WEBHOOK_SECRET"
            )
        addresses: dict[str, str] = {}
        if settings.stripe_api_base:
            addresses["api"] = settings.stripe_api_base
        self._http = stripe.HTTPXClient()
        self.client = stripe.StripeClient(
            settings.stripe_api_key.get_secret_value(),
            base_addresses=addresses,  # type: ignore[arg-type]
            http_client=self._http,
            max_network_retries=2,  # idempotency keys make the retries safe
        )
        self.webhook_secret = settings.stripe_webhook_secret.get_secret_value()
        self.tolerance_s = settings.webhook_tolerance_s

    async def customer(self, account_id: int) -> str:
        try:
            created = await self.client.v1.customers.create_async(
                params={"metadata": {"account_id": str(account_id)}},
                options={"idempotency_key": f"vuga-customer-{account_id}"},
            )
        except stripe.StripeError as exc:
            raise ProviderUnavailable(f"the payment provider refused: {exc.user_message or exc}") from exc
        return str(created.id)

    async def coupon(self, code: str, discount: Coupon) -> str:
        # Named after the code: a coupon made by a checkout whose transaction then failed is found again.
        coupon_id = f"vuga-{code}"
        params: dict[str, Any] = {"id": coupon_id, "duration": "once", "metadata": {"promo_code": code}}
        if discount.percent_off is not None:
            params["percent_off"] = discount.percent_off
        else:
            params["amount_off"] = discount.amount_off_minor
            params["currency"] = (discount.currency or "").lower()
        try:
            await self.client.v1.coupons.create_async(params=params)  # type: ignore[arg-type]
        except stripe.StripeError as exc:
            try:  # made already (Stripe: resource_already_exists)?
                await self.client.v1.coupons.retrieve_async(coupon_id)
            except stripe.StripeError:
                raise ProviderUnavailable(f"the payment provider refused: {exc.user_message or exc}") from exc
        return coupon_id

    async def checkout(
        self,
        customer_id: str,
        price_id: str,
        account_id: int,
        plan_id: int,
        trial_days: int,
        coupon_id: str | None,
        success_url: str,
        cancel_url: str,
    ) -> HostedPage:
        metadata = {"account_id": str(account_id), "plan_id": str(plan_id)}
        subscription_data: dict[str, Any] = {"metadata": metadata}
        if trial_days:
            subscription_data["trial_period_days"] = trial_days
        params: dict[str, Any] = {
            "mode": "subscription",
            "customer": customer_id,
            "client_reference_id": str(account_id),
            "line_items": [{"price": price_id, "quantity": 1}],
            "subscription_data": subscription_data,
            "metadata": metadata,
            "success_url": success_url,
            "cancel_url": cancel_url,
        }
        if coupon_id:
            params["discounts"] = [{"coupon": coupon_id}]
        try:
            session = await self.client.v1.checkout.sessions.create_async(params=params)  # type: ignore[arg-type]
        except stripe.StripeError as exc:
            raise ProviderUnavailable(f"the payment provider refused: {exc.user_message or exc}") from exc
        return HostedPage(id=str(session.id), url=str(session.url))

    async def portal(self, customer_id: str, return_url: str) -> HostedPage:
        try:
            session = await self.client.v1.billing_portal.sessions.create_async(
                params={"customer": customer_id, "return_url": return_url}
            )
        except stripe.StripeError as exc:
            raise ProviderUnavailable(f"the payment provider refused: {exc.user_message or exc}") from exc
        return HostedPage(id=str(session.id), url=str(session.url))

    async def cancel_at_period_end(self, provider_subscription_id: str) -> None:
        try:
            await self.client.v1.subscriptions.update_async(
                provider_subscription_id, params={"cancel_at_period_end": True}
            )
        except stripe.StripeError as exc:
            raise ProviderUnavailable(f"the payment provider refused: {exc.user_message or exc}") from exc

    def verified_event(self, payload: bytes, signature: str | None) -> dict[str, Any]:
        try:
            event = stripe.Webhook.construct_event(
                payload, signature, self.webhook_secret, tolerance=self.tolerance_s
            )
        except stripe.SignatureVerificationError as exc:
            raise InvalidSignature("the webhook's Stripe-Signature does not verify") from exc
        except ValueError as exc:
            raise InvalidSignature("the webhook's body is not a Stripe event") from exc
        verified: dict[str, Any] = event.to_dict()
        return verified

    async def close(self) -> None:
        await self._http.close_async()  # type: ignore[no-untyped-call]


def create_provider(settings: BillingSettings) -> PaymentProvider:
    if settings.provider == "stripe":
        return StripeProvider(settings)
    return ManualProvider()
