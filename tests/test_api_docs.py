"""The docs page works offline: all it loads comes from this app, pinned, and it needs no inline code."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from httpx import AsyncClient

# The page has nothing to do with the database: one engine is enough.
pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

BASE = "http://testserver.local"


class PageResources(HTMLParser):
    """Every URL the page makes the browser fetch, and any inline script or style it carries."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.inline_scripts = 0
        self.inline_styles = 0
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("src", "href"):
            if values.get(name) and tag in ("script", "link", "img", "iframe", "source"):
                self.urls.append(values[name] or "")
        if "style" in values:
            self.inline_styles += 1
        if tag == "style":
            self.inline_styles += 1
        if tag == "script" and not values.get("src"):
            self.inline_scripts += 1


async def _page(client: AsyncClient, path: str) -> PageResources:
    response = await client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = PageResources()
    page.feed(response.text)
    return page


@pytest.mark.parametrize("path", ["/api/docs", "/api/docs/swagger"])
async def test_every_resource_of_the_docs_page_is_served_by_the_app(client: AsyncClient, path: str) -> None:
    page = await _page(client, path)
    assert len(page.urls) >= 4  # icon, two style sheets, two scripts
    for url in page.urls:
        absolute = urlsplit(urljoin(BASE + path, url))
        assert (absolute.scheme, absolute.netloc) == ("http", "testserver.local"), url
        response = await client.get(absolute.path)
        assert response.status_code == 200, url
        cache_control = response.headers["cache-control"]
        assert "immutable" in cache_control
        assert "max-age=31536000" in cache_control


async def test_the_docs_page_needs_no_inline_script_or_style(client: AsyncClient) -> None:
    page = await _page(client, "/api/docs")
    assert page.inline_scripts == 0
    assert page.inline_styles == 0


async def test_style_sheets_load_nothing_from_elsewhere(client: AsyncClient) -> None:
    page = await _page(client, "/api/docs")
    for url in (u for u in page.urls if u.endswith(".css")):
        css = (await client.get(url)).text
        for reference in re.findall(r"url\(\s*['\"]?([^'\")]+)", css):
            assert reference.startswith("data:") or not urlsplit(reference).netloc, reference


async def test_the_start_up_script_turns_off_the_public_validator(client: AsyncClient) -> None:
    page = await _page(client, "/api/docs")
    script = next(u for u in page.urls if u.endswith("vuga-docs.js"))
    assert "validatorUrl: null" in (await client.get(script)).text


async def test_the_spec_stays_at_its_conventional_path(client: AsyncClient) -> None:
    response = await client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response.json()["info"]["title"] == "VUGA TV API"
    html = (await client.get("/api/docs")).text
    spec_url = re.search(r'data-spec-url="([^"]+)"', html)
    assert spec_url is not None
    assert (await client.get(spec_url.group(1))).json()["openapi"].startswith("3.")
