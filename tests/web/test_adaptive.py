"""Adaptive streaming in a real browser: the demo's three-rendition ladder (144p, 240p, 360p at about
0.16, 0.33 and 0.64 Mbit/s), played through the signed URLs of the playback answer, climbs to 360p on a
2 Mbit/s link and switches down to 144p when the DevTools protocol drops the link to 300 kbit/s, while
``currentTime`` keeps advancing.

The link is throttled from the start: on an unthrottled loopback hls.js buffers the whole clip within a second
(a low-bitrate stream's buffer target grows up to ``maxMaxBufferLength``), leaving nothing to switch."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from playwright.sync_api import CDPSession, Page

from tests.web.conftest import ADAPTIVE_CLIP, Viewer, open_signed_in

# A rendition's files live under <asset>/v<height>/ (its playlist, init segment and media segments).
RENDITION = re.compile(rf"/assets/{ADAPTIVE_CLIP}/v(\d+)/")
FAST_BYTES_PER_S = 250_000  # 2 Mbit/s: room for 360p
SLOW_BYTES_PER_S = 37_500  # 300 kbit/s: under 240p's 0.33 Mbit/s, over 144p's


def current_time(page: Page) -> float:
    return float(page.evaluate("document.querySelector('video')?.currentTime ?? 0"))


def wait_for(page: Page, condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        page.wait_for_timeout(100)  # the sync API delivers the page's events only inside its own calls


def throttle(devtools: CDPSession, bytes_per_s: int) -> None:
    devtools.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": 20,
            "downloadThroughput": bytes_per_s,
            "uploadThroughput": bytes_per_s,
        },
    )


def test_the_player_switches_down_when_the_bandwidth_drops(
    page: Page, viewer: Viewer, playable_title_id: int
) -> None:
    requested: list[int] = []  # the rendition of each request for the clip's media, in order
    signed: list[str] = []

    def on_request(url: str) -> None:
        if match := RENDITION.search(url):
            requested.append(int(match.group(1)))
            signed.append(url)

    page.on("request", lambda request: on_request(request.url))
    devtools = page.context.new_cdp_session(page)
    devtools.send("Network.enable")
    throttle(devtools, FAST_BYTES_PER_S)

    open_signed_in(page, viewer, f"/watch/{playable_title_id}", viewer.profiles[0]["id"])
    wait_for(page, lambda: 360 in requested, 30, "the 360p rendition on a 2 Mbit/s link")
    assert all("/media/s/" in url for url in signed), "the ladder plays through signed URLs only"

    throttle(devtools, SLOW_BYTES_PER_S)
    switched_from = len(requested)
    playing_at = current_time(page)
    wait_for(page, lambda: 144 in requested[switched_from:], 60, "a switch down to 144p at 300 kbit/s")
    wait_for(page, lambda: current_time(page) > playing_at + 1, 20, "playback going on across the switch")
