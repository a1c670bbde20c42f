"""The server serves the viewer app's build: the page for the app's routes (never cached), hashed assets
(cached for a year), the page policy; the API, media and operations paths answer as before; without a
build, / says how to make one."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import app_client
from vuga.app import create_app
from vuga.settings import MediaSettings, Settings, WebSettings

INDEX = b'<!doctype html><html lang="en"><head><script type="module" src="/assets/index-3f9a.js"></script>'


@pytest.fixture
def build(tmp_path: Path) -> Path:
    directory = tmp_path / "viewer-build"
    (directory / "assets").mkdir(parents=True)
    (directory / "index.html").write_bytes(INDEX)
    (directory / "assets" / "index-3f9a.js").write_text("export const viewer = 1;\n" * 40)
    (directory / "favicon.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    (directory / "sw.js").write_text("self.addEventListener('fetch', () => {});\n")
    return directory


ADMIN_INDEX = b'<!doctype html><html lang="en"><head><script type="module" src="/admin/assets/main-77aa.js">'


@pytest.fixture
def admin_build(tmp_path: Path) -> Path:
    directory = tmp_path / "admin-build"
    (directory / "assets").mkdir(parents=True)
    (directory / "index.html").write_bytes(ADMIN_INDEX)
    (directory / "assets" / "main-77aa.js").write_text("export const admin = 1;\n")
    (directory / "favicon.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    return directory


def with_web(settings: Settings, directory: Path, admin: Path | None = None) -> Settings:
    admin = admin or directory.parent / "no-admin-build"
    return settings.model_copy(update={"web": WebSettings(dir=directory, admin_dir=admin)})


@pytest.fixture
async def web(settings: Settings, build: Path, admin_build: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(create_app(with_web(settings, build, admin_build))) as client:
        yield client


@pytest.mark.parametrize("path", ["/", "/sign-in", "/title/12", "/browse/movies", "/search"])
async def test_the_apps_routes_answer_its_page_never_cached(web: httpx.AsyncClient, path: str) -> None:
    response = await web.get(path)
    assert response.status_code == 200
    assert response.content == INDEX
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["cache-control"] == "no-store"


async def test_hashed_assets_are_immutable_for_a_year(web: httpx.AsyncClient) -> None:
    response = await web.get("/assets/index-3f9a.js", headers={"Accept-Encoding": "br"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert response.headers["cache-control"] == "max-age=31536000, public, immutable"
    assert response.headers["content-encoding"] == "br"  # compressed like every other answer
    assert response.text.startswith("export const viewer")


async def test_top_level_files_are_served_and_missing_files_are_404s(web: httpx.AsyncClient) -> None:
    icon = await web.get("/favicon.svg")
    assert icon.status_code == 200
    assert icon.headers["content-type"] == "image/svg+xml"
    assert "max-age=3600" in icon.headers["cache-control"]
    for missing in ("/assets/index-0000.js", "/favicon.png", "/title/12/poster.jpg", "/index.html/../x.js"):
        response = await web.get(missing)
        assert response.status_code == 404, missing
        assert response.headers["content-type"] == "application/problem+json"


async def test_the_service_worker_is_served_at_the_top_and_revalidated_on_every_check(
    web: httpx.AsyncClient,
) -> None:
    response = await web.get("/sw.js")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert response.headers["cache-control"] == "no-cache"  # a new build's worker is found at once
    assert "service-worker-allowed" not in response.headers  # its scope is / by where it is served
    # The worker runs under the policy its own answer carries: it fetches the API and artwork (connect-src).
    policy = response.headers["content-security-policy"]
    assert "connect-src 'self'" in policy
    assert "worker-src 'self'" in (await web.get("/")).headers["content-security-policy"]


async def test_no_path_escapes_the_build(web: httpx.AsyncClient, build: Path) -> None:
    (build.parent / "secret.txt").write_text("not for the web")
    for path in (
        "/../secret.txt",
        "/assets/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/assets/%2e%2e/%2e%2e/secret.txt",
    ):
        response = await web.get(path)
        assert "not for the web" not in response.text, path


async def test_the_api_media_and_operations_paths_are_not_the_app(web: httpx.AsyncClient) -> None:
    unknown_api = await web.get("/api/v1/no-such-thing")
    assert unknown_api.status_code == 404
    assert unknown_api.headers["content-type"] == "application/problem+json"
    assert unknown_api.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
    assert (await web.post("/api/v1/genres")).status_code == 405
    assert (await web.get("/api/v1/genres")).status_code == 200
    assert (await web.get("/media/no/such.jpg")).status_code == 404
    assert (await web.get("/healthz")).json()["status"] == "ok"
    assert (await web.get("/metrics")).status_code == 200
    assert (await web.get("/api/openapi.json")).json()["openapi"].startswith("3.")


async def test_the_pages_policy_admits_their_own_origin_and_the_media_origin(web: httpx.AsyncClient) -> None:
    policy = (await web.get("/")).headers["content-security-policy"]
    directives = {part.split()[0]: part.split()[1:] for part in policy.split("; ")}
    assert directives["script-src"] == ["'self'"]  # no inline scripts, nothing from elsewhere
    assert directives["style-src"] == ["'self'"]
    assert directives["default-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert "https://cdn.test" in directives["img-src"]  # the tests' media base URL is a CDN's
    assert "blob:" in directives["media-src"]  # the player's MediaSource
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy


async def test_relative_media_adds_no_origin(settings: Settings, build: Path) -> None:
    local = with_web(settings, build).model_copy(
        update={"media": MediaSettings(dir=settings.media.dir, base_url="/media")}
    )
    async with app_client(create_app(local)) as client:
        policy = (await client.get("/")).headers["content-security-policy"]
    assert "img-src 'self' data: blob:" in policy
    assert "https:" not in policy


async def test_the_pages_are_not_charged_to_the_api_budget(settings: Settings, build: Path) -> None:
    from vuga.settings import RateLimitSettings

    limited = with_web(settings, build).model_copy(
        update={"rate_limit": RateLimitSettings(enabled=True, per_minute=1)}
    )
    async with app_client(create_app(limited)) as client:
        answers = [await client.get(path) for path in ("/", "/assets/index-3f9a.js", "/title/1") * 10]
        assert {response.status_code for response in answers} == {200}
        assert [(await client.get("/api/v1/profiles")).status_code for _ in range(30)][-1] == 429


async def test_without_a_build_the_page_says_how_to_make_one(settings: Settings, tmp_path: Path) -> None:
    async with app_client(create_app(with_web(settings, tmp_path / "none"))) as client:
        page = await client.get("/")
        deep = await client.get("/title/3")
        genres = await client.get("/api/v1/genres")
    assert page.status_code == deep.status_code == 503
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert "The VUGA TV viewer app is not built" in page.text
    assert "make web" in page.text
    assert genres.status_code == 200  # the API serves without it


@pytest.mark.parametrize("path", ["/admin", "/admin/", "/admin/titles", "/admin/titles/12/edit"])
async def test_the_admin_ui_answers_its_own_page_under_admin(web: httpx.AsyncClient, path: str) -> None:
    response = await web.get(path)
    assert response.status_code == 200, path
    assert response.content == ADMIN_INDEX
    assert response.headers["cache-control"] == "no-store"
    assert "script-src 'self'" in response.headers["content-security-policy"]


async def test_the_admin_ui_s_files_are_its_own(web: httpx.AsyncClient) -> None:
    asset = await web.get("/admin/assets/main-77aa.js")
    assert asset.status_code == 200
    assert asset.headers["cache-control"] == "max-age=31536000, public, immutable"
    assert asset.text.startswith("export const admin")
    assert (await web.get("/admin/favicon.svg")).headers["content-type"] == "image/svg+xml"
    assert (await web.get("/admin/assets/index-3f9a.js")).status_code == 404  # the viewer's, not here
    assert (await web.get("/admin/sw.js")).status_code == 404
    assert (await web.get("/")).content == INDEX  # the viewer app is still at /


async def test_without_an_admin_build_admin_says_how_to_make_one(settings: Settings, build: Path) -> None:
    async with app_client(create_app(with_web(settings, build))) as client:
        page = await client.get("/admin/")
        viewer = await client.get("/")
    assert page.status_code == 503
    assert "The VUGA TV admin UI is not built" in page.text
    assert viewer.content == INDEX
