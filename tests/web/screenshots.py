"""The screenshots in docs/, taken again: ``.venv/bin/python -m tests.web.screenshots [URL] [DIRECTORY]``
against a running ``make run`` (default http://127.0.0.1:8000, docs/): the home, a series' page and the
player. Signs up a throwaway account. With ``VUGA_SCREENSHOTS_ADMIN=email:password`` (an editor or admin,
``vuga create-admin``), the admin UI's titles table, a series' page and the top 10 too, and for an admin the
accounts table, the audit log and the dead letters; ``--admin-only`` takes those alone."""

from __future__ import annotations

import json
import os
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import sync_playwright

from tests.web.conftest import CHROMIUM


def main(url: str = "http://127.0.0.1:8000", directory: str = "docs") -> None:
    out = Path(directory)
    email = f"screenshots-{uuid.uuid4().hex[:8]}@example.com"
    account = {"email": email, "password": "screenshots only 1"}
    tokens = httpx.post(f"{url}/api/v1/auth/register", json=account).json()
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    profile = httpx.get(f"{url}/api/v1/profiles", headers=headers).json()["items"][0]
    title = httpx.get(f"{url}/api/v1/titles", params={"kind": "series", "limit": 1}).json()["items"][0]
    session = {
        "accessToken": tokens["access_token"],
        "refreshToken": tokens["refresh_token"],
        "expiresAt": int(time.time() * 1000) + tokens["expires_in"] * 1000,
    }
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        page = browser.new_page(base_url=url, viewport={"width": 1440, "height": 900})
        page.goto("/sign-in")
        page.evaluate(
            "([s, p]) => { localStorage.setItem('vuga.session', s);"
            " localStorage.setItem('vuga.profile', p); }",
            [json.dumps(session), str(profile["id"])],
        )
        page.goto("/")
        page.locator(".ui-rail .ui-card img").first.wait_for()
        page.wait_for_load_state("networkidle")
        page.screenshot(path=out / "screenshot-home.png")
        page.goto(f"/title/{title['id']}")
        page.locator(".episode").first.wait_for()
        page.wait_for_load_state("networkidle")
        page.screenshot(path=out / "screenshot-title.png")
        # The most popular movie plays the demo's three-rendition clip (vuga demo-clips).
        movie = httpx.get(f"{url}/api/v1/titles", params={"kind": "movie", "limit": 1}).json()["items"][0]
        page.goto(f"/watch/{movie['id']}")
        page.wait_for_function("() => document.querySelector('video')?.currentTime > 4", timeout=30_000)
        page.evaluate("() => document.querySelector('video').pause()")
        page.get_by_label("Quality").wait_for()
        page.screenshot(path=out / "screenshot-player.png", full_page=True)
        if admin := os.environ.get("VUGA_SCREENSHOTS_ADMIN"):
            admin_screens(browser, url, out, *admin.split(":", 1))
        browser.close()


def admin_screens(browser: Any, url: str, out: Path, email: str, password: str) -> None:
    tokens = httpx.post(f"{url}/api/v1/auth/login", json={"email": email, "password": password}).json()
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    series = httpx.get(
        f"{url}/api/v1/admin/titles", params={"kind": "series", "limit": 1}, headers=headers
    ).json()["items"][0]
    popular = httpx.get(f"{url}/api/v1/titles", params={"limit": 5}).json()["items"]
    top10 = httpx.get(f"{url}/api/v1/admin/top10", headers=headers).json()["items"]
    if not top10:
        httpx.put(
            f"{url}/api/v1/admin/top10", json={"title_ids": [t["id"] for t in popular]}, headers=headers
        )
    session = {
        "accessToken": tokens["access_token"],
        "refreshToken": tokens["refresh_token"],
        "expiresAt": int(time.time() * 1000) + tokens["expires_in"] * 1000,
    }
    page = browser.new_page(base_url=url, viewport={"width": 1440, "height": 900})
    page.goto("/admin/")
    page.evaluate("s => localStorage.setItem('vuga.session', s)", json.dumps(session))
    page.goto("/admin/titles?kind=series")
    page.get_by_test_id("titles-table").locator("tbody tr").first.wait_for()
    page.screenshot(path=out / "screenshot-admin-titles.png")
    page.goto(f"/admin/titles/{series['id']}")
    page.get_by_role("heading", name="Seasons and episodes").wait_for()
    page.locator(".admin-season").first.wait_for()
    page.screenshot(path=out / "screenshot-admin-series.png", full_page=True)
    page.goto("/admin/top10")
    page.locator(".admin-top10__row").first.wait_for()
    page.screenshot(path=out / "screenshot-admin-top10.png")
    if httpx.get(f"{url}/api/v1/me", headers=headers).json()["role"] == "admin":
        page.goto("/admin/accounts")
        page.get_by_test_id("accounts-table").locator("tbody tr").first.wait_for()
        page.screenshot(path=out / "screenshot-admin-accounts.png")
        page.goto("/admin/audit")
        page.get_by_test_id("audit-table").wait_for()
        page.wait_for_load_state("networkidle")
        page.screenshot(path=out / "screenshot-admin-audit.png")
        page.goto("/admin/dead-letters")
        page.get_by_test_id("dead-letters-table").wait_for()
        page.wait_for_load_state("networkidle")
        page.screenshot(path=out / "screenshot-admin-dead-letters.png")
    page.close()


def admin_only(url: str = "http://127.0.0.1:8000", directory: str = "docs") -> None:
    """The admin UI's screens alone (``--admin-only``), with ``VUGA_SCREENSHOTS_ADMIN``'s credentials."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        admin_screens(browser, url, Path(directory), *os.environ["VUGA_SCREENSHOTS_ADMIN"].split(":", 1))
        browser.close()


if __name__ == "__main__":
    arguments = [argument for argument in sys.argv[1:] if argument != "--admin-only"]
    (admin_only if "--admin-only" in sys.argv else main)(*arguments)
