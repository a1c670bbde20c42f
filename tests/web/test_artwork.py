"""Artwork in the browser: a poster is a variant chosen by the card's width (WebP, which Chromium decodes),
served with a year's immutable caching, with the blurhash painted behind it until it loads."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

VARIANT = re.compile(r"/media/images/[0-9a-f]{32}/\d+w\.webp$")


def test_a_poster_loads_from_a_webp_variant_with_a_placeholder(page: Page) -> None:
    images: dict[str, dict[str, str]] = {}
    page.on("response", lambda r: "/media/images/" in r.url and images.setdefault(r.url, r.headers))
    page.goto("/")
    poster = page.locator(".ui-card__poster img").first
    expect(poster).to_be_visible()
    # The placeholder is set from the first paint (the blurhash, as a data URL behind the image).
    assert poster.evaluate("img => img.closest('picture').querySelector('source').type") == "image/webp"
    poster.evaluate("img => img.complete || new Promise(done => img.addEventListener('load', done))")
    loaded = poster.evaluate(
        "img => ({src: img.currentSrc, width: img.naturalWidth, shown: img.clientWidth})"
    )
    assert VARIANT.search(loaded["src"]), loaded
    assert loaded["width"] > 0
    # The variant picked is the smallest that covers the card at this screen's density, never the largest.
    assert loaded["width"] >= loaded["shown"]
    assert loaded["width"] < 400 or loaded["shown"] > 320
    headers = images[loaded["src"]]
    assert "immutable" in headers["cache-control"]
    assert "max-age=31536000" in headers["cache-control"]
    assert headers["content-type"] == "image/webp"


def test_the_placeholder_is_a_blurhash_painted_on_a_canvas(page: Page) -> None:
    page.route(re.compile(r"/media/images/"), lambda route: None)  # the images never arrive
    page.goto("/")
    poster = page.locator(".ui-card__poster img").first
    expect(poster).to_be_attached()
    # Painted as the card renders, on a loaded machine a moment after the element is there: wait for it.
    expect(poster).to_have_attribute("style", re.compile(r'background-image: url\("data:image/png;base64,'))
