"""The API docs page in a real browser: it renders the spec's operations, and no request leaves the server's
origin while it does (the docs must work on a machine without internet and not change under us)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect


@pytest.mark.parametrize("path", ["/api/docs", "/api/docs/swagger"])
def test_the_docs_page_renders_with_no_request_leaving_the_server(
    page: Page, web_server: str, path: str
) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))

    page.goto(path)
    # An operation's summary appears once Swagger UI has fetched and rendered the spec.
    expect(page.get_by_text("The home page: featured titles, top 10, new releases").first).to_be_visible()
    page.wait_for_load_state("networkidle")

    origin = urlsplit(web_server).netloc
    assert len(requested) >= 5  # the page, its scripts and style sheets, the spec
    elsewhere = [url for url in requested if not url.startswith("data:") and urlsplit(url).netloc != origin]
    assert elsewhere == []
    assert failed == []
    assert any(urlsplit(url).path == "/api/docs/openapi.json" for url in requested)
