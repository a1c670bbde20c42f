"""CDN purges against a real local HTTP endpoint, one provider at a time; surrogate keys' headers."""

from __future__ import annotations

import json
import socket
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from pydantic import SecretStr

from tests.cdn_endpoint import CLOUDFRONT_INVALIDATION, PurgeEndpoint, purge_endpoint
from vuga.core.cdn.keys import MAX_HEADER_BYTES, surrogate_header_values, surrogate_headers
from vuga.core.cdn.purge import Purge, PurgeFailed, create_purger
from vuga.settings import CdnSettings


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


PURGE = Purge.of(["title:7", "listing", "title:7"], ["/api/v1/titles/7*", "/api/v1/home*"])


@pytest.fixture
def endpoint() -> Iterator[PurgeEndpoint]:
    with purge_endpoint() as running:
        yield running


def test_surrogate_keys_name_what_a_response_holds_broad_names_first() -> None:
    assert surrogate_header_values(("title:7", "listing", "genre:2")) == (
        "listing genre:2 title:7",
        "listing,genre:2,title:7",
    )
    assert surrogate_header_values(()) is None
    assert surrogate_header_values(("has space", "a,b", "\u00e9")) is None
    many = (*(f"summary:{n}" for n in range(5000)), "listing")
    value, _ = surrogate_header_values(many) or ("", "")
    assert len(value) <= MAX_HEADER_BYTES
    assert value.startswith("listing ")  # kept when the specific names do not fit
    assert surrogate_headers(("asset:k1",)) == [(b"surrogate-key", b"asset:k1"), (b"cache-tag", b"asset:k1")]


async def test_no_provider_means_no_purger() -> None:
    assert create_purger(CdnSettings()) is None


@pytest.mark.parametrize(
    "settings",
    [
        CdnSettings(provider="http"),
        CdnSettings(provider="fastly", service_id="svc"),
        CdnSettings(provider="cloudflare", api_token=SecretStr("t")),
        CdnSettings(provider="cloudfront"),
    ],
)
def test_a_provider_missing_a_setting_names_it(settings: CdnSettings) -> None:
    with pytest.raises(ValueError, match="VUGA_CDN_"):
        create_purger(settings)


async def test_http_purges_the_keys_in_a_header_and_each_path(endpoint: PurgeEndpoint) -> None:
    purger = create_purger(
        CdnSettings(provider="http", purge_url=endpoint.url, purge_key_header="xkey-purge")
    )
    assert purger is not None
    await purger.purge(PURGE)
    await purger.close()
    assert [(r.method, r.path) for r in endpoint.requests] == [
        ("PURGE", "/"),
        ("PURGE", "/api/v1/home*"),
        ("PURGE", "/api/v1/titles/7*"),
    ]
    assert endpoint.requests[0].headers["xkey-purge"] == "listing title:7"


async def test_http_counts_a_404_as_nothing_to_purge_and_an_error_as_a_failure(
    endpoint: PurgeEndpoint,
) -> None:
    purger = create_purger(CdnSettings(provider="http", purge_url=endpoint.url))
    assert purger is not None
    endpoint.fail_next(404, 404, 404)
    await purger.purge(PURGE)
    endpoint.fail_next(503)
    with pytest.raises(PurgeFailed, match="503"):
        await purger.purge(PURGE)
    await purger.close()


async def test_fastly_purges_by_surrogate_key(endpoint: PurgeEndpoint) -> None:
    settings = CdnSettings(
        provider="fastly",
        service_id="SU1Z0isxPaozGVKXdv0eY",
        api_token=SecretStr("fastly-token"),
        api_url=endpoint.url,
    )
    purger = create_purger(settings)
    assert purger is not None
    await purger.purge(Purge.of([f"summary:{n}" for n in range(300)]))
    await purger.close()
    assert [(r.method, r.path) for r in endpoint.requests] == [
        ("POST", "/service/SU1Z0isxPaozGVKXdv0eY/purge")
    ] * 2
    first = endpoint.requests[0]
    assert first.headers["fastly-key"] == "fastly-token"
    assert first.headers["fastly-soft-purge"] == "1"
    keys = json.loads(first.body)["surrogate_keys"] + json.loads(endpoint.requests[1].body)["surrogate_keys"]
    assert len(json.loads(first.body)["surrogate_keys"]) == 256
    assert sorted(keys) == sorted(f"summary:{n}" for n in range(300))


async def test_cloudflare_purges_by_tag_and_needs_its_confirmation(endpoint: PurgeEndpoint) -> None:
    settings = CdnSettings(
        provider="cloudflare", service_id="zone123", api_token=SecretStr("cf-token"), api_url=endpoint.url
    )
    purger = create_purger(settings)
    assert purger is not None
    await purger.purge(PURGE)
    request = endpoint.requests[0]
    assert (request.method, request.path) == ("POST", "/zones/zone123/purge_cache")
    assert request.headers["authorization"] == "Bearer cf-token"
    assert json.loads(request.body) == {"tags": ["listing", "title:7"]}

    endpoint.body = b'{"success": false, "errors": [{"code": 1134}]}'
    with pytest.raises(PurgeFailed, match="confirm"):
        await purger.purge(PURGE)
    await purger.close()


async def test_cloudfront_invalidates_the_paths_signed(endpoint: PurgeEndpoint) -> None:
    endpoint.status, endpoint.body, endpoint.content_type = 201, CLOUDFRONT_INVALIDATION, "text/xml"
    settings = CdnSettings(
        provider="cloudfront",
        service_id="E2QWRUHAPOMQZL",
        api_url=endpoint.url,
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key=SecretStr("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
    )
    purger = create_purger(settings)
    assert purger is not None
    await purger.purge(PURGE)
    request = endpoint.requests[0]
    assert (request.method, request.path) == ("POST", "/2020-05-31/distribution/E2QWRUHAPOMQZL/invalidation")
    assert request.headers["authorization"].startswith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
    paths = [element.text for element in ET.fromstring(request.body).iter() if element.tag.endswith("Path")]
    assert paths == ["/api/v1/home*", "/api/v1/titles/7*"]

    endpoint.fail_next(500)
    with pytest.raises(PurgeFailed):
        await purger.purge(PURGE)
    await purger.close()


async def test_an_unreachable_cdn_is_a_failure_to_retry() -> None:
    purger = create_purger(
        CdnSettings(provider="http", purge_url=f"http://127.0.0.1:{unused_port()}", timeout_s=1)
    )
    assert purger is not None
    with pytest.raises(PurgeFailed):
        await purger.purge(PURGE)
    await purger.close()
