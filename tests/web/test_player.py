"""The player: its code and hls.js load only when it opens; the stream plays (currentTime advances); it
resumes from the saved position; heartbeats reach the server every 10 s and at once on pause."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import httpx
from playwright.sync_api import Page, Response, expect

from tests.web.conftest import STREAM_SECONDS, Viewer, assert_accessible, open_signed_in


def wait_until_played_past(page: Page, seconds: float) -> None:
    page.wait_for_function(
        "s => { const v = document.querySelector('video'); return v !== null && v.currentTime > s; }",
        arg=seconds,
        timeout=20_000,
    )


def current_time(page: Page) -> float:
    return float(page.evaluate("document.querySelector('video').currentTime"))


def is_beat(response: Response) -> bool:
    return response.request.method == "PUT" and response.url.endswith("/progress")


def test_the_player_loads_on_demand_plays_and_reports_progress(
    page: Page, viewer: Viewer, web_server: str, playable_title_id: int
) -> None:
    profile_id = viewer.profiles[0]["id"]
    scripts: list[str] = []
    page.on("request", lambda r: r.resource_type == "script" and scripts.append(r.url))
    open_signed_in(page, viewer, "/", profile_id)
    expect(page.locator(".banner h1")).to_be_visible()
    assert not [url for url in scripts if re.search(r"/assets/(hls|PlayerPage)-", url)], scripts

    page.goto(f"/watch/{playable_title_id}")
    video = page.locator("video")
    expect(video).to_be_visible()
    wait_until_played_past(page, 1.5)
    assert [url for url in scripts if re.search(r"/assets/hls-[\w-]+\.js", url)]  # hls.js, on demand
    assert_accessible(page)

    def saved() -> dict[str, object]:
        answer: dict[str, object] = httpx.get(
            f"{web_server}/api/v1/profiles/{profile_id}/titles/{playable_title_id}/resume",
            headers=viewer.headers,
        ).json()
        return answer

    video.focus()
    with page.expect_response(is_beat) as paused:
        page.keyboard.press("k")  # pause: a beat at once
    assert paused.value.status == 204  # acknowledged means stored
    assert page.evaluate("document.querySelector('video').paused")
    at_pause = saved()
    assert at_pause["title_id"] == playable_title_id
    position = at_pause["position_s"]
    assert isinstance(position, float | int)
    assert position >= 1
    assert position == int(current_time(page))
    assert at_pause["duration_s"] == STREAM_SECONDS

    page.keyboard.press("k")  # play on: the next beat comes within 10 s
    with page.expect_response(is_beat, timeout=12_000) as ticking:
        pass
    assert ticking.value.status == 204
    later = saved()["position_s"]
    assert isinstance(later, float | int)
    assert later > position


def test_the_player_resumes_from_the_saved_position(
    page: Page, viewer: Viewer, web_server: str, playable_title_id: int
) -> None:
    profile_id = viewer.profiles[0]["id"]
    saved = httpx.put(
        f"{web_server}/api/v1/profiles/{profile_id}/progress",
        headers=viewer.headers,
        json={
            "title_id": playable_title_id,
            "position_s": 18,
            "duration_s": STREAM_SECONDS,
            "session_id": "an-earlier-session",
            "client_time": datetime.now(UTC).isoformat(),
        },
    )
    assert saved.status_code == 204, saved.text
    open_signed_in(page, viewer, f"/watch/{playable_title_id}", profile_id)
    wait_until_played_past(page, 18)
    assert current_time(page) < STREAM_SECONDS


def test_the_arrow_keys_seek(page: Page, viewer: Viewer, playable_title_id: int) -> None:
    open_signed_in(page, viewer, f"/watch/{playable_title_id}", viewer.profiles[0]["id"])
    wait_until_played_past(page, 0.5)
    page.locator("video").focus()
    page.keyboard.press("k")
    before = current_time(page)
    page.keyboard.press("ArrowRight")
    wait_until_played_past(page, before + 9)
    page.keyboard.press("m")
    assert page.evaluate("document.querySelector('video').muted")
