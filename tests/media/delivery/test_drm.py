"""DRM: the ClearKey licence behind the signed prefix, and the key systems the playback endpoint lists."""

from __future__ import annotations

import base64

import msgspec
import pytest
from httpx import AsyncClient

from tests.media.delivery.conftest import Published
from vuga.media.delivery.drm import ClearKeyProvider, LicenceRefused, b64url
from vuga.media.delivery.keys import content_key, content_key_id
from vuga.media.delivery.service import MediaDelivery
from vuga.settings import Settings


@pytest.fixture
def settings(settings: Settings) -> Settings:
    settings.delivery.drm_providers = ["clearkey"]
    return settings


def test_the_clearkey_licence_holds_the_asset_key_for_its_key_id() -> None:
    provider = ClearKeyProvider(b"secret")
    kid = content_key_id(b"secret", "asset1")
    request = msgspec.json.encode({"kids": [b64url(kid)], "type": "temporary"})
    licence = msgspec.json.decode(provider.licence("asset1", request))
    assert licence == {
        "keys": [{"kty": "oct", "kid": b64url(kid), "k": b64url(content_key(b"secret", "asset1"))}],
        "type": "temporary",
    }
    assert base64.urlsafe_b64decode(licence["keys"][0]["k"] + "==") == content_key(b"secret", "asset1")


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"{",
        b"[]",
        b'{"kids": []}',
        b'{"kids": "x"}',
        b'{"kids": ["AAAAAAAAAAAAAAAAAAAAAA"]}',
        b'{"kids": ["' + b"A" * 5000 + b'"]}',
        b'{"kids": [' + b'"a",' * 20 + b'"a"]}',
        b'{"kids": ["***"]}',
    ],
)
def test_a_licence_request_for_no_key_of_the_asset_is_refused(body: bytes) -> None:
    with pytest.raises(LicenceRefused):
        ClearKeyProvider(b"secret").licence("asset1", body)


async def test_the_licence_endpoint_answers_a_valid_token_only(
    client: AsyncClient, delivery: MediaDelivery, published: Published
) -> None:
    signed = delivery.sign(published.asset_key, "s1")
    systems = delivery.drm_systems(signed)
    assert [system.key_system for system in systems] == ["org.w3.clearkey"]
    assert systems[0].licence_url == signed.url("clearkey")

    url = published.url(delivery, "clearkey")
    kid = b64url(delivery.content_key_id(published.asset_key))
    response = await client.post(url, json={"kids": [kid], "type": "temporary"})
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    key = response.json()["keys"][0]
    assert key["kid"] == kid
    assert key["k"] == b64url(delivery.content_key(published.asset_key))

    refused = await client.post(url, json={"kids": ["AAAAAAAAAAAAAAAAAAAAAA"]})
    assert refused.status_code == 400
    assert refused.headers["content-type"] == "application/problem+json"
    assert (await client.post(url, content=b"x" * 5000)).status_code == 413
    token = url.split("/")[3]
    forged = await client.post(url.replace(token, token[:-3] + "AAA"), json={"kids": [kid]})
    assert forged.status_code == 403
    assert "keys" not in forged.text


async def test_no_drm_system_is_listed_unless_configured(settings: Settings) -> None:
    from vuga.app import DeliveryParts

    settings.delivery.drm_providers = []
    parts = DeliveryParts.of(settings)
    purges, delivery = await parts.start(settings, None)  # type: ignore[arg-type]
    assert delivery.drm_systems(delivery.sign("asset1", "s1")) == []
    assert not purges.enabled  # no CDN configured
