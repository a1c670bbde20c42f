"""Browse: filters, pages of 20 by cursor as the viewer scrolls, and a virtualised grid: scrolling through
5,000 titles keeps the DOM under 150 cards."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.web.conftest import ARCHIVE_TITLES, assert_accessible

MAX_CARDS = 150


def test_scrolling_5000_titles_keeps_the_dom_small(page: Page) -> None:
    sizes: list[str] = []
    page.on("request", lambda r: "/api/v1/titles?" in r.url and sizes.append(r.url))
    page.goto("/browse?genre=archive&sort=title")
    grid = page.locator(".browse__grid")
    expect(page.locator(".browse__grid .ui-card").first).to_be_visible()
    assert_accessible(page)
    most = 0
    loaded = 0
    while loaded < ARCHIVE_TITLES:
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        page.wait_for_function(
            "([before, total]) => { const n = Number(document.querySelector('.browse__grid').dataset.loaded);"
            " return n > before || n >= total; }",
            arg=[loaded, ARCHIVE_TITLES],
        )
        loaded = int(grid.get_attribute("data-loaded") or 0)
        most = max(most, page.locator(".ui-card").count())
    expect(page.get_by_text("That is everything.")).to_be_visible()
    assert loaded == ARCHIVE_TITLES
    assert most < MAX_CARDS, most
    assert all("limit=20" in url for url in sizes)
    assert len(sizes) == ARCHIVE_TITLES // 20
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")  # the grid's final height
    expect(page.locator(".ui-card__name").last).to_have_text("Archive Reel 5000")
    page.evaluate("window.scrollTo(0, 0)")
    expect(page.locator(".ui-card__name").first).to_have_text("Archive Reel 0001")


def test_filters_are_in_the_address(page: Page) -> None:
    page.goto("/browse")
    expect(page.locator(".browse__grid .ui-card").first).to_be_visible()
    page.get_by_label("Kind").select_option("series")
    expect(page).to_have_url(re.compile(r"/browse\?kind=series"))
    page.get_by_label("Sort by").select_option("newest")
    expect(page).to_have_url(re.compile(r"kind=series&sort=newest"))
    expect(page.locator(".browse__grid .ui-card").first).to_be_visible()
    assert_accessible(page)
    page.reload()
    expect(page.get_by_label("Kind")).to_have_value("series")
    expect(page.get_by_label("Sort by")).to_have_value("newest")
