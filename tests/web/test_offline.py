"""Offline: the service worker keeps the app shell, the title pages viewed and their artwork; offline the app
says so and those pages still open; a heartbeat made offline is queued and reaches the server once the
network is back; nothing personal is ever in the worker's caches."""

from __future__ import annotations

from typing import Any

import httpx
from playwright.sync_api import BrowserContext, Page, expect

from tests.web.conftest import Viewer, assert_accessible, open_signed_in
from tests.web.test_player import current_time, is_beat, wait_until_played_past

CACHED_ENTRIES = """async () => {
  const entries = [];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      entries.push({ cache: name, url: request.url, cacheControl: response.headers.get("cache-control") });
    }
  }
  return entries;
}"""


def titles(web_server: str, count: int) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = httpx.get(f"{web_server}/api/v1/titles", params={"limit": count}).json()[
        "items"
    ]
    return items


def controlled_by_the_worker(page: Page) -> None:
    """Wait until the page is controlled by an active worker (it registers after the first load)."""
    page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=20_000)


def cached(page: Page) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = page.evaluate(CACHED_ENTRIES)
    return entries


def visit_title(page: Page, title: dict[str, Any]) -> None:
    page.goto(f"/title/{title['id']}")
    expect(page.get_by_role("heading", level=1)).to_have_text(str(title["title"]))


def test_the_shell_and_visited_title_pages_open_offline(
    page: Page, context: BrowserContext, viewer: Viewer, web_server: str
) -> None:
    first, second = titles(web_server, 2)
    open_signed_in(page, viewer, "/", viewer.profiles[0]["id"])
    expect(page.locator(".banner h1")).to_be_visible()
    controlled_by_the_worker(page)
    visit_title(page, first)
    visit_title(page, second)
    urls = [entry["url"] for entry in cached(page)]
    assert f"{web_server}/api/v1/titles/{first['id']}" in urls
    assert f"{web_server}/api/v1/titles/{second['id']}" in urls

    context.set_offline(True)
    page.reload()  # the shell from the precache, the title's answer from the worker's cache
    expect(page.get_by_role("heading", level=1)).to_have_text(str(second["title"]))
    banner = page.get_by_role("status").filter(has_text="You are offline")
    expect(banner).to_be_visible()
    expect(page.get_by_role("link", name="Sign in")).to_have_count(0)  # still signed in, only offline
    assert_accessible(page)
    # Another visited title opens too.
    page.goto(f"/title/{first['id']}")
    expect(page.get_by_role("heading", level=1)).to_have_text(str(first["title"]))
    expect(banner).to_be_visible()
    assert_accessible(page)

    context.set_offline(False)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text(str(first["title"]))
    expect(banner).to_be_hidden()


def test_personal_answers_and_signed_urls_are_never_cached(
    page: Page, viewer: Viewer, web_server: str
) -> None:
    (title,) = titles(web_server, 1)
    profile_id = viewer.profiles[0]["id"]
    open_signed_in(page, viewer, "/", profile_id)
    expect(page.locator(".banner h1")).to_be_visible()
    controlled_by_the_worker(page)
    page.reload()  # the home's personal answers now pass through the worker
    expect(page.locator(".banner h1")).to_be_visible()
    visit_title(page, title)
    page.get_by_role("button", name="Add to my list").click()  # a personal write and the list's answer
    expect(page.get_by_role("button", name="In my list")).to_be_visible()

    entries = cached(page)
    runtime = [entry for entry in entries if not entry["cache"].startswith("workbox-precache")]
    assert any(entry["cache"] == "vuga-title-pages" for entry in runtime), entries
    assert any(entry["cache"] == "vuga-artwork" for entry in runtime), entries  # the posters seen
    for entry in runtime:
        assert "/profiles" not in entry["url"], entry
        assert "profile_id=" not in entry["url"], entry
        assert "/media/s/" not in entry["url"], entry
        assert "/auth/" not in entry["url"], entry
        cache_control = entry["cacheControl"] or ""
        assert "no-store" not in cache_control, entry
        assert "private" not in cache_control, entry


def test_a_heartbeat_made_offline_reaches_the_server_once_online(
    page: Page, context: BrowserContext, viewer: Viewer, web_server: str, playable_title_id: int
) -> None:
    profile_id = viewer.profiles[0]["id"]
    resume = f"{web_server}/api/v1/profiles/{profile_id}/titles/{playable_title_id}/resume"
    open_signed_in(page, viewer, f"/watch/{playable_title_id}", profile_id)
    wait_until_played_past(page, 2.5)

    context.set_offline(True)
    page.locator("video").focus()
    page.keyboard.press("k")  # pause: a beat at once, which cannot be sent
    expect(page.get_by_role("status").filter(has_text="You are offline")).to_be_visible()
    paused_at = int(current_time(page))
    page.wait_for_function(
        """() => new Promise((resolve) => {
          const open = indexedDB.open("vuga-heartbeats");
          open.onsuccess = () => {
            const read = open.result.transaction("beats").objectStore("beats").count();
            read.onsuccess = () => resolve(read.result > 0);
          };
        })""",
        timeout=10_000,
    )
    before = httpx.get(resume, headers=viewer.headers)
    assert before.status_code == 404 or before.json()["position_s"] < paused_at

    with page.expect_response(is_beat, timeout=15_000) as replayed:
        context.set_offline(False)  # the browser's "online" event sends the queue
    assert replayed.value.status == 204
    saved = httpx.get(resume, headers=viewer.headers).json()
    assert saved["position_s"] == paused_at
