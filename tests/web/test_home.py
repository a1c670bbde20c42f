"""The home: the featured banner, rails that load 20 more at a time, arrow-key navigation with a visible
focus, and real links to title pages."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.web.conftest import Viewer, assert_accessible, open_signed_in


def test_the_home_shows_the_banner_and_rails(page: Page, viewer: Viewer) -> None:
    api_calls: list[str] = []
    page.on("request", lambda r: "/api/" in r.url and api_calls.append(r.url.split("/api/", 1)[1]))
    open_signed_in(page, viewer, "/", viewer.profiles[0]["id"])
    banner = page.locator(".banner")
    expect(banner.get_by_role("heading", level=1)).to_be_visible()
    expect(banner.get_by_role("link", name="Play")).to_have_attribute("href", re.compile(r"^/watch/\d+$"))
    expect(banner.get_by_role("link", name="More info")).to_have_attribute(
        "href", re.compile(r"^/title/\d+$")
    )
    expect(page.get_by_role("heading", name="New releases")).to_be_visible()
    assert page.locator(".ui-rail").count() >= 3
    assert_accessible(page)
    page.wait_for_load_state("networkidle")
    # A bounded number of API requests, whatever the rails: the profiles (who is watching), the home, and the
    # profile's notifications (the header's unread count and any one-time popup).
    profile = f"v1/profiles/{viewer.profiles[0]['id']}"
    expected = ["v1/profiles", f"{profile}/home", f"{profile}/notifications?limit=50"]
    assert sorted(api_calls) == sorted(expected), api_calls


def test_a_signed_out_visitor_sees_the_shared_home(page: Page) -> None:
    page.goto("/")
    expect(page.locator(".banner h1")).to_be_visible()
    expect(page.get_by_role("link", name="Sign in").first).to_be_visible()
    assert_accessible(page)


def test_a_rail_loads_20_more_when_scrolled_to_its_end(page: Page, viewer: Viewer) -> None:
    open_signed_in(page, viewer, "/", viewer.profiles[0]["id"])
    requested: list[str] = []
    page.on("request", lambda r: "/api/v1/titles?" in r.url and requested.append(r.url))
    rail = page.locator(".ui-rail", has=page.get_by_role("heading", name="New releases"))
    cards = rail.locator(".ui-card")
    expect(cards).to_have_count(20)
    assert requested == []  # the home's own 20 first

    def scroll_to_end() -> None:
        rail.locator(".ui-rail__list").evaluate("list => list.scrollTo({left: list.scrollWidth})")

    scroll_to_end()
    # The list's first page is the rail's own 20 (nothing is shown twice), so the next one follows.
    expect(cards).to_have_count(40)
    scroll_to_end()
    expect(cards).to_have_count(60)
    page.wait_for_timeout(500)
    expect(cards).to_have_count(60)  # no more than scrolled to: 20 at a time
    assert all("limit=20" in url and "sort=newest" in url for url in requested)
    assert "cursor" not in requested[0]
    assert all("cursor=" in url for url in requested[1:])
    hrefs = cards.evaluate_all("cards => cards.map(card => card.getAttribute('href'))")
    assert len(set(hrefs)) == 60


def test_arrow_keys_move_between_cards_and_rails_with_a_visible_focus(page: Page, viewer: Viewer) -> None:
    open_signed_in(page, viewer, "/", viewer.profiles[0]["id"])
    rails = page.locator(".ui-rail")
    first_card = rails.nth(0).locator(".ui-card").nth(0)
    first_card.focus()
    page.keyboard.press("ArrowRight")
    second = rails.nth(0).locator(".ui-card").nth(1)
    expect(second).to_be_focused()
    outline = second.evaluate(
        "card => getComputedStyle(card).outlineStyle + ' ' + getComputedStyle(card).outlineWidth"
    )
    assert outline.startswith("solid"), outline
    assert not outline.endswith(" 0px"), outline
    page.keyboard.press("ArrowDown")
    focused_rail = page.evaluate("document.activeElement.closest('.ui-rail').querySelector('h2').textContent")
    assert focused_rail == rails.nth(1).locator("h2").text_content()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")  # from the first rail up to the banner's button nearest on screen
    focused = page.evaluate("document.activeElement.closest('.banner') !== null")
    assert focused
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    expect(page.locator(".banner").get_by_role("link", name="Play")).to_be_focused()
    page.keyboard.press("ArrowRight")
    expect(page.locator(".banner").get_by_role("link", name="More info")).to_be_focused()


def test_cards_are_real_links_to_title_pages(page: Page, viewer: Viewer) -> None:
    open_signed_in(page, viewer, "/", viewer.profiles[0]["id"])
    card = page.locator(".ui-rail .ui-card").first
    href = card.get_attribute("href")
    assert href
    assert re.fullmatch(r"/title/\d+", href)
    name = card.locator(".ui-card__name").text_content()
    card.click()
    expect(page).to_have_url(re.compile(re.escape(href) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(name or "")
    page.goto(href)  # a deep link, as from a new tab
    expect(page.get_by_role("heading", level=1)).to_have_text(name or "")
