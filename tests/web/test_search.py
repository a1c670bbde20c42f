"""Search: a combobox whose suggestions come from /search/suggest as the viewer types (debounced, a stale
request cancelled), and a results page with filters."""

from __future__ import annotations

import contextlib
import re

import httpx
from playwright.sync_api import Error, Page, Route, expect

from tests.web.conftest import assert_accessible


def a_title_word(web_server: str) -> tuple[str, str]:
    """A word that begins a demo title, and that title."""
    title = httpx.get(f"{web_server}/api/v1/titles", params={"sort": "popular", "limit": 1}).json()["items"][
        0
    ]
    return title["title"].split()[0], title["title"]


def test_suggestions_appear_as_the_viewer_types(page: Page, web_server: str) -> None:
    word, full = a_title_word(web_server)
    suggests: list[str] = []
    page.on("request", lambda r: "/api/v1/search/suggest" in r.url and suggests.append(r.url))
    page.goto("/")
    box = page.get_by_role("combobox", name="Search")
    box.press_sequentially(word.lower(), delay=20)  # faster than the debounce: one request for the word
    listbox = page.get_by_role("listbox", name="Suggestions")
    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    assert len(suggests) == 1, suggests
    options = listbox.get_by_role("option")
    expect(options.first).to_be_visible()
    assert_accessible(page)
    box.press("ArrowDown")
    expect(options.first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", options.first.get_attribute("id") or "")
    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press("ArrowDown")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/(title/\d+|search\?q=.+)$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert full


def test_a_stale_suggestion_request_is_cancelled(page: Page, web_server: str) -> None:
    held: list[Route] = []
    failed: list[str] = []

    def hold_the_first(route: Route) -> None:
        if not held:
            held.append(route)  # never answered until the viewer has typed on
        else:
            route.continue_()

    page.route("**/api/v1/search/suggest*", hold_the_first)
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto("/")
    box = page.get_by_role("combobox", name="Search")
    box.fill("gol")
    page.wait_for_timeout(400)  # the debounce has passed: "gol" is asked for (and held)
    assert len(held) == 1
    assert "q=gol" in held[0].request.url
    with page.expect_request_finished(lambda r: "q=golden" in r.url):
        box.fill("golden")
    expect(page.get_by_role("listbox", name="Suggestions")).to_be_visible()  # the new answer is shown
    page.wait_for_timeout(200)
    # The stale request was aborted by the app (TanStack Query's signal), so its answer can never be shown.
    assert [url for url in failed if "q=gol" in url and "q=golden" not in url], failed
    with contextlib.suppress(Error):  # the request is gone: that is the point
        held[0].continue_()


def test_the_results_page_with_filters(page: Page, web_server: str) -> None:
    word, full = a_title_word(web_server)
    page.goto("/")
    box = page.get_by_role("combobox", name="Search")
    box.fill(full)
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q="))
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Results for “{full}”")
    results = page.locator(".results-grid .ui-card")
    expect(results.first).to_be_visible()
    names = results.locator(".ui-card__name").all_text_contents()
    assert full in names
    assert_accessible(page)
    page.get_by_label("Kind").select_option("series")
    expect(page).to_have_url(re.compile(r"kind=series"))
    expected = httpx.get(f"{web_server}/api/v1/search", params={"q": full, "kind": "series"}).json()["items"]
    if expected:
        expect(results.first).to_be_visible()
    else:
        expect(page.get_by_text("Nothing found")).to_be_visible()
    page.goto("/search?q=zzqqxxnothing")
    expect(page.get_by_text("Nothing found for “zzqqxxnothing”.")).to_be_visible()
    assert word
