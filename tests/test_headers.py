"""Security headers on responses of every kind, whichever layer answers; HSTS and CORS only when set."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import httpx
import pytest
from litestar import Litestar

from tests.conftest import app_client
from tests.factories import CatalogFactory
from tests.members import Member
from tests.playback.test_progress import beat
from vuga.app import create_app
from vuga.home.service import shared_home_key
from vuga.settings import HttpSettings, RateLimitSettings, Settings

HOME = "/api/v1/home"
API_POLICY = "default-src 'none'; frame-ancestors 'none'"


def assert_secured(response: httpx.Response, *, html: bool = False) -> None:
    assert response.headers["x-content-type-options"] == "nosniff", response.request.url
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    if not html:
        assert policy == API_POLICY
    assert "strict-transport-security" not in response.headers  # not behind TLS unless a setting says so


async def test_every_kind_of_response_carries_the_headers(
    app: Litestar, client: httpx.AsyncClient, member: Member, make: CatalogFactory
) -> None:
    movie = await make.title()
    routed = await client.get("/api/v1/genres")  # the router's JSON
    unknown = await client.get("/api/no/such/path")  # 404 of an unknown path
    problem = await client.get(f"/api/v1/profiles/{member.profile_id}/history")  # 401 problem+json
    built = await client.get(HOME)
    near = await client.get(HOME)  # answered in front of the router, from the near cache
    assert app.state.response_cache.near.get(shared_home_key(None)) is not None
    not_modified = await client.get(HOME, headers={"If-None-Match": near.headers["etag"]})
    progress = f"/api/v1/profiles/{member.profile_id}/progress"
    heartbeat = await client.put(progress, json=beat(movie.id, 10), headers=member.headers)  # the shortcut
    refused_beat = await client.put(progress, json={"nonsense": 1}, headers=member.headers)  # the route
    health = await client.get("/healthz")
    assert [r.status_code for r in (routed, unknown, problem, built, near, not_modified, heartbeat)] == [
        200,
        404,
        401,
        200,
        200,
        304,
        204,
    ]
    assert refused_beat.status_code == 422
    for response in (routed, unknown, problem, built, near, not_modified, heartbeat, refused_beat, health):
        assert_secured(response)


async def test_a_rate_limit_refusal_carries_the_headers(settings: Settings) -> None:
    limited = settings.model_copy(update={"rate_limit": RateLimitSettings(enabled=True, per_minute=1)})
    async with app_client(create_app(limited)) as client:
        responses = [await client.get("/api/v1/profiles") for _ in range(60)]
    refused = responses[-1]
    assert refused.status_code == 429
    assert_secured(refused)


# (docs_page, not page: pytest-playwright's fixture of that name would take the test for a browser test)
@pytest.mark.parametrize("docs_page", ["/api/docs", "/api/docs/swagger"])
async def test_the_docs_pages_policy_admits_exactly_the_assets_they_load(
    client: httpx.AsyncClient, docs_page: str
) -> None:
    response = await client.get(docs_page)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert_secured(response, html=True)
    directives = {
        part.split()[0]: part.split()[1:] for part in response.headers["content-security-policy"].split("; ")
    }
    loaded = re.findall(r"""(?:src|href)=["']([^"']+)["']""", response.text)
    assert loaded, "the page loads its UI"
    for url in loaded:  # the UI is served by the app itself (vuga.core.apidocs): 'self' admits it
        assert not urlsplit(url).netloc, url
        assert "'self'" in directives["script-src"]
        assert "'self'" in directives["style-src"]
    assert directives["object-src"] == ["'none'"]


async def test_the_docs_pages_may_load_from_their_own_origin_only(client: httpx.AsyncClient) -> None:
    policy = (await client.get("/api/docs")).headers["content-security-policy"]
    assert "https:" not in policy
    assert "unsafe-inline" not in policy
    assert "script-src 'self';" in policy


async def test_hsts_only_behind_tls(settings: Settings) -> None:
    behind_tls = settings.model_copy(update={"http": HttpSettings(behind_tls=True, hsts_max_age_s=600)})
    async with app_client(create_app(behind_tls)) as client:
        for response in (await client.get(HOME), await client.get(HOME), await client.get("/nowhere")):
            assert response.headers["strict-transport-security"] == "max-age=600; includeSubDomains"


async def test_cors_is_off_by_default(client: httpx.AsyncClient) -> None:
    origin = {"Origin": "https://app.example.com"}
    await client.get(HOME)
    answered = await client.get(HOME, headers=origin)
    assert "access-control-allow-origin" not in answered.headers
    preflight = await client.options("/api/v1/me", headers=origin | {"Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in preflight.headers


async def test_cors_admits_the_allow_listed_origins_only(settings: Settings, make: CatalogFactory) -> None:
    allowed, other = "https://app.example.com", "https://evil.example.net"
    cors = settings.model_copy(update={"http": HttpSettings(cors_allow_origins=[allowed])})
    app = create_app(cors)
    async with app_client(app) as client:
        await client.get(HOME)
        await client.get(HOME)  # now in the near cache: a same-origin request is answered in front
        cross = await client.get(HOME, headers={"Origin": allowed})
        assert cross.status_code == 200
        assert cross.headers["access-control-allow-origin"] == allowed
        assert "etag" in cross.headers["access-control-expose-headers"].lower()
        assert_secured(cross)
        preflight = await client.options(
            "/api/v1/me",
            headers={
                "Origin": allowed,
                "Access-Control-Request-Method": "GET",
                "Access-Control-Request-Headers": "authorization",
            },
        )
        assert preflight.status_code == 204
        assert preflight.headers["access-control-allow-origin"] == allowed
        assert "access-control-allow-credentials" not in preflight.headers
        foreign = await client.get(HOME, headers={"Origin": other})
        assert "access-control-allow-origin" not in foreign.headers
        refused = await client.options(
            "/api/v1/me", headers={"Origin": other, "Access-Control-Request-Method": "GET"}
        )
        assert refused.status_code == 400
