"""Sign up, sign in, sign out; tokens refreshed silently; the profile picker and kids profiles."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
from playwright.sync_api import Page, expect

from tests.web.conftest import PASSWORD, Viewer, assert_accessible, open_signed_in


def test_sign_up_choose_a_profile_and_sign_out(page: Page) -> None:
    page.goto("/sign-up")
    expect(page.get_by_role("heading", name="Create your VUGA TV account")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Email").fill("new-viewer@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Who is watching?")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button").filter(has_text=re.compile(".")).first.click()
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile("/sign-in$"))
    assert page.evaluate("localStorage.getItem('vuga.session')") is None


def test_sign_in_says_when_the_password_is_wrong(page: Page, viewer: Viewer) -> None:
    page.goto("/sign-in")
    assert_accessible(page)
    page.get_by_label("Email").fill(viewer.email)
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("do not match")
    page.get_by_label("Password").fill(viewer.password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Who is watching?")).to_be_visible()


def stored(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(page.evaluate("localStorage.getItem('vuga.session')"))
    return result


def test_a_refused_access_token_is_refreshed_silently(page: Page, viewer: Viewer, web_server: str) -> None:
    spent = viewer.tokens["refresh_token"]
    viewer.tokens["access_token"] = (
        "expired-or-revoked"  # the server answers 401: the app refreshes and retries
    )
    open_signed_in(page, viewer, "/profiles")
    expect(page.get_by_role("heading", name="Who is watching?")).to_be_visible()
    expect(page.get_by_role("button", name=viewer.profiles[0]["name"])).to_be_visible()
    session = stored(page)
    assert session["refreshToken"] != spent  # rotated
    again = httpx.post(f"{web_server}/api/v1/auth/refresh", json={"refresh_token": session["refreshToken"]})
    assert again.status_code == 200  # the app's new token is the live one


def test_an_expiring_access_token_is_refreshed_before_use(page: Page, viewer: Viewer) -> None:
    viewer.tokens["expires_in"] = 0  # stored as expiring now
    open_signed_in(page, viewer, "/profiles")
    expect(page.get_by_role("button", name=viewer.profiles[0]["name"])).to_be_visible()
    assert stored(page)["refreshToken"] != viewer.tokens["refresh_token"]


def test_a_session_ended_elsewhere_returns_to_sign_in(page: Page, viewer: Viewer, web_server: str) -> None:
    httpx.post(f"{web_server}/api/v1/auth/logout-all", headers=viewer.headers)
    viewer.tokens["expires_in"] = 0
    open_signed_in(page, viewer, "/profiles")
    expect(page).to_have_url(re.compile(r"/sign-in"))
    assert page.evaluate("localStorage.getItem('vuga.session')") is None


def test_a_kids_profile_sees_nothing_above_its_ceiling(page: Page, viewer: Viewer, web_server: str) -> None:
    kid = httpx.post(
        f"{web_server}/api/v1/profiles", headers=viewer.headers, json={"name": "Kiddo", "is_kids": True}
    ).json()
    open_signed_in(page, viewer, "/profiles")
    page.get_by_role("button", name="Kiddo").click()
    expect(page.locator(".ui-rail").first).to_be_visible()
    assert_accessible(page)
    ids = {
        int(h.split("/")[-1])
        for h in page.locator("a[href^='/title/']").evaluate_all(
            "els => els.map(e => e.getAttribute('href'))"
        )
    }
    assert ids
    adult = httpx.get(f"{web_server}/api/v1/titles", params={"max_maturity": "18+", "limit": 100}).json()[
        "items"
    ]
    allowed = {"all", "7+"}
    above = {t["id"] for t in adult if t["maturity_rating"] not in allowed}
    assert not ids & above, "the kids profile was shown titles above its ceiling"
    assert kid["max_maturity"] in allowed


def test_profiles_are_created_edited_and_deleted(page: Page, viewer: Viewer) -> None:
    open_signed_in(page, viewer, "/profiles")
    page.get_by_role("button", name="Manage profiles").click()
    page.get_by_role("link", name="Add profile").click()
    expect(page.get_by_role("heading", name="Add a profile")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Profile name").fill("Guest")
    page.get_by_role("button", name="Create profile").click()
    expect(page.get_by_role("heading", name="Who is watching?")).to_be_visible()
    expect(page.get_by_role("button", name="Guest")).to_be_visible()
    page.get_by_role("button", name="Manage profiles").click()
    page.get_by_role("link", name="Edit Guest").click()
    page.get_by_label("Profile name").fill("Visitor")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("button", name="Visitor")).to_be_visible()
    page.get_by_role("button", name="Manage profiles").click()
    page.get_by_role("link", name="Edit Visitor").click()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Delete profile").click()
    expect(page.get_by_role("heading", name="Who is watching?")).to_be_visible()
    expect(page.get_by_role("button", name="Visitor")).to_have_count(0)
