"""Live TV in the viewer app: the guide by category (a table a screen reader can walk), a kids profile's
guide within its ceiling, and a channel's player that plays its stream, shows now and next, and sends
heartbeats carrying the channel's id."""

from __future__ import annotations

import sqlite3
from typing import Any

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.web.conftest import Viewer, WebServer, assert_accessible, open_signed_in


def test_the_guide_lists_channels_by_category_with_what_is_on_now(page: Page, viewer: Viewer) -> None:
    open_signed_in(page, viewer, "/", viewer.profiles[0]["id"])
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Live TV").click()
    expect(page.get_by_role("heading", name="Live TV", level=1)).to_be_visible()
    guide = page.get_by_role("table")
    expect(guide.get_by_role("rowheader")).to_have_count(12)  # the demo line-up
    expect(guide.get_by_role("link", name="Vuga News")).to_be_visible()
    # Every channel's row shows the programme on now, marked for screen readers too.
    expect(guide.locator(".guide__programme--now").first).to_contain_text("On now")
    assert_accessible(page)

    page.get_by_role("navigation", name="Channel categories").get_by_role("link", name="Kids").click()
    expect(page).to_have_url("/live?category=kids")
    expect(guide.get_by_role("rowheader")).to_have_count(3)  # Family Movies is in Movies and Kids
    expect(guide.get_by_role("link", name="Little Stars")).to_be_visible()
    page.get_by_role("button", name="Later").click()
    expect(guide.get_by_role("rowheader")).to_have_count(3)
    expect(page.get_by_role("button", name="Now")).to_be_enabled()


def test_a_kids_profile_sees_no_channel_above_its_ceiling(
    page: Page, viewer: Viewer, web_server: str
) -> None:
    kids = httpx.post(
        f"{web_server}/api/v1/profiles",
        json={"name": "Kid", "is_kids": True},
        headers=viewer.headers,
        timeout=10,
    )
    assert kids.status_code == 201, kids.text
    open_signed_in(page, viewer, "/live", kids.json()["id"])
    guide = page.get_by_role("table")
    expect(guide.get_by_role("link", name="Vuga News")).to_be_visible()
    expect(guide.get_by_role("link", name="Midnight Thrillers")).to_have_count(0)


@pytest.fixture
def playable_channel(web: WebServer, viewer: Viewer) -> int:
    """The demo's "Vuga News", streaming the demo clip: its sources point at the signed ladder the viewer's
    playback answer gives for the playable title (the demo's own streams name a placeholder host)."""
    answer = httpx.get(
        f"{web.url}/api/v1/profiles/{viewer.profiles[0]['id']}/titles/{web.playable_title_id}/playback",
        headers=viewer.headers,
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    url = answer.json()["sources"][0]["url"]
    with sqlite3.connect(web.database) as db:
        (channel_id,) = db.execute("SELECT id FROM live_channels WHERE name = 'Vuga News'").fetchone()
        db.execute("DELETE FROM live_channel_sources WHERE channel_id = ? AND position > 0", (channel_id,))
        db.execute("UPDATE live_channel_sources SET url = ? WHERE channel_id = ?", (url, channel_id))
    return int(channel_id)


def test_a_channel_plays_shows_now_and_next_and_counts_its_viewer(
    page: Page, viewer: Viewer, playable_channel: int, web: WebServer, make_editor: Any
) -> None:
    beats: list[str] = []
    page.on(
        "response",
        lambda r: r.request.method == "PUT" and r.url.endswith("/progress") and beats.append(f"{r.status}"),
    )
    open_signed_in(page, viewer, f"/live/{playable_channel}", viewer.profiles[0]["id"])
    expect(page.get_by_role("heading", name="Vuga News", level=1)).to_be_visible()
    now_and_next = page.get_by_role("region", name="Now and next")
    expect(now_and_next.get_by_role("heading", name="On now")).to_be_visible()
    expect(now_and_next.get_by_role("heading", name="Next")).to_be_visible()
    page.wait_for_function(
        "() => { const v = document.querySelector('video'); return v !== null && v.currentTime > 1; }",
        timeout=20_000,
    )
    assert_accessible(page)
    for _ in range(30):  # the first heartbeat comes 10 s into playing
        if beats:
            break
        page.wait_for_timeout(500)
    assert beats == ["204"]
    # The heartbeat carried the channel: the server counts this viewer as watching it.
    audience = httpx.get(
        f"{web.url}/api/v1/admin/live/channels/{playable_channel}/audience",
        headers=make_editor().headers,
        timeout=10,
    )
    assert audience.status_code == 200, audience.text
    assert audience.json()["watching_now"] == 1
