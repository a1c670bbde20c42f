"""The player's controls past play and pause: the quality menu holds a rendition, an episode that ends offers
the next one (and starts it), and the player reports its quality of experience to the server, which counts it
in /metrics."""

from __future__ import annotations

import re

import httpx
from playwright.sync_api import Page, expect

from tests.web.conftest import ADAPTIVE_CLIP, Viewer, WebServer, assert_accessible, open_signed_in
from tests.web.test_player import wait_until_played_past


def qoe_totals(web_server: str) -> tuple[float, float]:
    """The server's count of startups and seconds watched at the clip's renditions' heights."""
    metrics = httpx.get(f"{web_server}/metrics", timeout=10).text
    startups = re.search(r"^vuga_qoe_startup_seconds_count (\S+)$", metrics, re.MULTILINE)
    watched = re.findall(
        r'^vuga_qoe_watched_seconds_total\{height="(?:144|240|360)"\} (\S+)$', metrics, re.MULTILINE
    )
    return (float(startups.group(1)) if startups else 0.0), sum(map(float, watched))


def test_the_quality_menu_holds_the_rendition_chosen(
    page: Page, viewer: Viewer, playable_title_id: int
) -> None:
    heights: list[int] = []
    rendition = re.compile(rf"/assets/{ADAPTIVE_CLIP}/v(\d+)/seg_")
    page.on("request", lambda r: (m := rendition.search(r.url)) and heights.append(int(m.group(1))))
    open_signed_in(page, viewer, f"/watch/{playable_title_id}", viewer.profiles[0]["id"])
    wait_until_played_past(page, 0.5)
    quality = page.get_by_label("Quality")
    expect(quality).to_be_visible()
    expect(quality.locator("option")).to_have_text([re.compile(r"^Auto"), "360p", "240p", "144p"])
    assert_accessible(page)

    quality.select_option(label="144p")
    page.wait_for_function("() => document.querySelector('video').videoHeight === 144", timeout=20_000)
    chosen_at = len(heights)
    wait_until_played_past(page, float(page.evaluate("document.querySelector('video').currentTime")) + 1)
    assert set(heights[chosen_at:]) <= {144}, heights


def test_an_episode_that_ends_offers_the_next_and_starts_it(
    page: Page, viewer: Viewer, web: WebServer
) -> None:
    series_id, first, second = web.episodes
    open_signed_in(page, viewer, f"/watch/{series_id}?episode={first}", viewer.profiles[0]["id"])
    wait_until_played_past(page, 0.5)
    page.evaluate("v => { v.currentTime = v.duration - 0.5; }", page.locator("video").element_handle())
    expect(page.get_by_role("heading", name="Up next")).to_be_visible(timeout=15_000)
    expect(page.get_by_text(re.compile(r"The next episode starts in \d+ s"))).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Play the next episode").click()
    expect(page).to_have_url(re.compile(rf"/watch/{series_id}\?episode={second}$"))
    expect(page.get_by_role("heading", name="Up next")).to_have_count(0)
    wait_until_played_past(page, 0.5)


def test_the_player_reports_its_quality_of_experience(
    page: Page, viewer: Viewer, web_server: str, playable_title_id: int
) -> None:
    startups, watched = qoe_totals(web_server)
    open_signed_in(page, viewer, f"/watch/{playable_title_id}", viewer.profiles[0]["id"])
    wait_until_played_past(page, 1)
    with page.expect_response(lambda r: r.url.endswith("/qoe") and r.request.method == "POST") as sent:
        page.get_by_role("link", name="Back").click()  # leaving the player sends its last beacon
    assert sent.value.status == 204
    startups_after, watched_after = qoe_totals(web_server)
    assert startups_after == startups + 1
    assert watched_after >= watched + 1
