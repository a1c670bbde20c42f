"""The admin UI at /admin/, as an editor uses it: a viewer refused, the titles table filtered, a series made
with a season and an episode (a field error shown at its field on the way), the top 10 reordered from the
keyboard and by dragging (and the home following), a short clip uploaded by tus and transcoded, a poster made
into its size variants."""

from __future__ import annotations

import asyncio
import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
from PIL import Image
from playwright.sync_api import Page, expect

from tests.web.conftest import PASSWORD, Viewer, assert_accessible
from vuga.media.pipeline.demo import make_test_source


def open_admin(page: Page, account: Viewer, path: str = "/admin/titles") -> None:
    """Open ``path`` as a returning editor: the tokens where the apps keep them."""
    session = {
        "accessToken": account.tokens["access_token"],
        "refreshToken": account.tokens["refresh_token"],
        "expiresAt": int(time.time() * 1000) + account.tokens["expires_in"] * 1000,
    }
    page.goto("/admin/")
    page.evaluate("session => localStorage.setItem('vuga.session', session)", json.dumps(session))
    page.goto(path)


def api(web_server: str, account: Viewer, method: str, path: str, **kwargs: Any) -> Any:
    response = httpx.request(method, f"{web_server}{path}", headers=account.headers, timeout=10, **kwargs)
    assert response.is_success, response.text
    return response.json() if response.content else None


def test_a_viewer_is_told_the_admin_is_not_for_them(page: Page, viewer: Viewer) -> None:
    page.goto("/admin/")
    page.get_by_label("Email").fill(viewer.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("viewer")
    assert_accessible(page)


def test_an_editor_filters_the_titles_and_makes_a_series(page: Page, make_editor: Any) -> None:
    open_admin(page, make_editor())
    table = page.get_by_test_id("titles-table")
    expect(table.get_by_role("columnheader", name="Title")).to_be_visible()
    page.get_by_label("Search by name").fill("Archive Reel 0042")
    expect(table.locator("tbody tr")).to_have_count(1)
    expect(page).to_have_url("/admin/titles?q=Archive+Reel+0042")
    page.get_by_label("Kind").select_option("series")
    expect(page.get_by_text("No title matches.")).to_be_visible()
    page.get_by_label("Search by name").fill("")
    expect(table.locator("tbody tr").first).to_contain_text("Series")
    assert_accessible(page)

    page.get_by_role("link", name="New title").click()
    page.get_by_label("Kind").select_option("series")
    page.get_by_label("Title", exact=True).fill("The Lighthouse Years")
    page.get_by_label("Release year").fill("1500")
    page.get_by_role("button", name="Create title").click()
    year = page.get_by_label("Release year")
    expect(year).to_have_attribute("aria-invalid", "true")
    error = page.locator(f"#{year.get_attribute('aria-describedby')}")
    expect(error).to_contain_text("1870")  # the API's message, at its field
    assert_accessible(page)
    year.fill("2024")
    page.get_by_role("button", name="Create title").click()

    expect(page.get_by_role("heading", name="The Lighthouse Years")).to_be_visible()
    page.get_by_label("Season name").fill("The First Winter")
    page.get_by_role("button", name="Add season").click()
    season = page.get_by_role("region", name="Season 1: The First Winter")
    expect(season).to_be_visible()
    season.get_by_label("Episode name").fill("Landfall")
    season.get_by_label("Duration in seconds").fill("2700")
    season.get_by_role("button", name="Add episode").click()
    expect(season.get_by_role("rowheader", name="Landfall")).to_be_visible()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("Published: viewers see it")).to_be_visible()
    assert_accessible(page)


def home_top10(web_server: str) -> list[int]:
    rails = httpx.get(f"{web_server}/api/v1/home", timeout=10).json()["rails"]
    return [item["id"] for rail in rails if rail["id"] == "top10" for item in rail["items"]]


def test_the_top_10_is_reordered_by_keyboard_and_by_dragging(
    page: Page, make_editor: Any, web_server: str
) -> None:
    editor = make_editor()
    titles = api(web_server, editor, "GET", "/api/v1/admin/titles", params={"published": "true", "limit": 3})
    first, second, third = (item["id"] for item in titles["items"])
    names = {item["id"]: item["title"] for item in titles["items"]}
    api(web_server, editor, "PUT", "/api/v1/admin/top10", json={"title_ids": [first, second, third]})

    open_admin(page, editor, "/admin/top10")
    handle = page.get_by_role("button", name=f"{names[first]}, position 1")
    handle.focus()
    page.keyboard.press("Alt+ArrowDown")  # first ↔ second
    expect(page.get_by_role("status").filter(has_text="moved to position 2")).to_be_attached()
    expect(page.get_by_role("button", name=f"{names[first]}, position 2")).to_be_focused()
    rows = page.locator(".admin-top10__row")
    rows.nth(2).drag_to(rows.nth(0))  # third to the top
    expect(rows.nth(0)).to_contain_text(names[third])
    assert_accessible(page)
    page.get_by_role("button", name="Save the order").click()
    expect(page.get_by_text("The top 10 is saved")).to_be_attached()

    assert home_top10(web_server)[:3] == [third, second, first]


def test_a_clip_is_uploaded_and_transcoded_and_a_poster_made_into_variants(
    page: Page, make_editor: Any, web_server: str, tmp_path: Path
) -> None:
    editor = make_editor()
    movie = api(
        web_server,
        editor,
        "POST",
        "/api/v1/admin/titles",
        json={"kind": "movie", "title": "Upload Test Reel", "release_year": 2026},
    )
    clip = tmp_path / "clip.mp4"
    # Playwright's loop runs on this thread: the clip is made on a loop of its own, on another.
    source = make_test_source(clip, duration_s=3, width=320, height=180, frame_rate=24)
    with ThreadPoolExecutor(1) as thread:
        thread.submit(asyncio.run, source).result()

    open_admin(page, editor, f"/admin/titles/{movie['id']}")
    page.get_by_label("Choose a video for Upload Test Reel").set_input_files(clip)
    job = page.get_by_test_id("media-job")
    expect(job.get_by_role("status")).to_have_text("Transcoded: the video is published", timeout=90_000)
    assert_accessible(page)
    done = api(web_server, editor, "GET", "/api/v1/admin/media-jobs", params={"state": "done"})["items"]
    assert movie["id"] in {job["title_id"] for job in done}

    poster = tmp_path / "poster.png"
    Image.new("RGB", (400, 600), (200, 40, 60)).save(poster)
    page.get_by_label("Choose an image").set_input_files(poster)
    variants = page.get_by_test_id("artwork-variants")
    expect(variants).to_contain_text("size variants of the poster")
    expect(variants.get_by_text("320\u00d7480 webp")).to_be_visible()
    assert_accessible(page)
