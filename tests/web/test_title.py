"""The title page: synopsis, trailers, cast, seasons and episodes, more like this; add to my list and rate."""

from __future__ import annotations

import httpx
from playwright.sync_api import Page, expect

from tests.web.conftest import Viewer, assert_accessible, open_signed_in


def a_series(web_server: str) -> dict[str, object]:
    items = httpx.get(f"{web_server}/api/v1/titles", params={"kind": "series", "limit": 5}).json()["items"]
    for item in items:
        detail: dict[str, object] = httpx.get(f"{web_server}/api/v1/titles/{item['id']}").json()
        if detail["seasons"] and detail["credits"]:
            return detail
    raise AssertionError("the demo catalog has a series with seasons and a cast")


def test_a_series_page_shows_synopsis_cast_seasons_and_episodes(
    page: Page, viewer: Viewer, web_server: str
) -> None:
    series = a_series(web_server)
    open_signed_in(page, viewer, f"/title/{series['id']}", viewer.profiles[0]["id"])
    expect(page.get_by_role("heading", level=1)).to_have_text(str(series["title"]))
    expect(page.get_by_role("heading", name="Synopsis")).to_be_visible()
    expect(page.locator(".title-page__synopsis")).to_have_text(str(series["synopsis"]))
    expect(page.get_by_role("heading", name="Cast")).to_be_visible()
    trailers = series["trailers"]
    assert isinstance(trailers, list)
    assert trailers  # every demo title has one
    trailer = page.get_by_role("link", name=str(trailers[0]["name"]))
    expect(trailer).to_have_attribute("href", str(trailers[0]["url"]))
    expect(trailer).to_have_attribute("target", "_blank")
    expect(page.get_by_label("Seasons")).to_be_visible()
    episodes = page.locator(".episode")
    expect(episodes.first).to_be_visible()
    assert (
        episodes.first.get_by_role("link")
        .get_attribute("href", timeout=1000)
        .startswith(f"/watch/{series['id']}?episode=")
    )
    assert page.title().startswith(str(series["title"]))
    assert_accessible(page)
    seasons = series["seasons"]
    assert isinstance(seasons, list)
    if len(seasons) > 1:
        with page.expect_request(lambda r: f"/seasons/{seasons[1]['number']}/episodes" in r.url):
            page.get_by_label("Seasons").select_option(str(seasons[1]["number"]))


def test_add_to_my_list_and_rate(page: Page, viewer: Viewer, web_server: str) -> None:
    profile_id = viewer.profiles[0]["id"]
    title = httpx.get(f"{web_server}/api/v1/titles", params={"kind": "movie", "limit": 1}).json()["items"][0]
    open_signed_in(page, viewer, f"/title/{title['id']}", profile_id)
    add = page.get_by_role("button", name="Add to my list")
    expect(add).to_have_attribute("aria-pressed", "false")
    add.click()
    expect(page.get_by_role("button", name="In my list")).to_have_attribute("aria-pressed", "true")
    listed = httpx.get(f"{web_server}/api/v1/profiles/{profile_id}/watchlist", headers=viewer.headers).json()
    assert [item["title"]["id"] for item in listed["items"]] == [title["id"]]
    with page.expect_response(lambda r: "/ratings/" in r.url and r.request.method == "PUT"):
        page.get_by_label("Your rating").select_option("8")
    rating = httpx.get(
        f"{web_server}/api/v1/profiles/{profile_id}/ratings/{title['id']}", headers=viewer.headers
    )
    assert rating.json()["score"] == 8
    page.reload()
    expect(page.get_by_role("button", name="In my list")).to_be_visible()
    expect(page.get_by_label("Your rating")).to_have_value("8")
    assert_accessible(page)
    page.get_by_role("button", name="In my list").click()
    expect(page.get_by_role("button", name="Add to my list")).to_be_visible()
    page.goto("/")
    expect(page.locator(".banner h1")).to_be_visible()


def test_an_unknown_title_is_not_found(page: Page) -> None:
    page.goto("/title/999999")
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()
    page.goto("/no/such/page")
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()
    assert_accessible(page)
