"""Sign up, sign in, sign out; tokens refreshed silently; the profile picker and kids profiles."""

from __future__ import annotations

import email
import json
import re
import time
from email import policy as email_policy
from pathlib import Path
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


def mailed_link(mail_dir: Path, address: str, page_path: str) -> str:
    """The path and fragment of the newest link to ``page_path`` mailed to ``address`` (var/mail)."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        for message in sorted(mail_dir.glob("*.eml"), key=lambda path: path.stat().st_mtime, reverse=True):
            parsed = email.message_from_bytes(message.read_bytes(), policy=email_policy.default)
            body = parsed.get_body(("plain",))
            text = body.get_content() if body is not None else ""
            if parsed["To"] == address:
                found = re.search(rf"https?://[^/\s]+(/{page_path}#token=[\w-]+)", text)
                if found:
                    return found.group(1)
        time.sleep(0.2)
    raise AssertionError(f"no {page_path} mail to {address}")


def test_a_forgotten_password_is_reset_through_the_mailed_link(
    page: Page, viewer: Viewer, mail_dir: Path, web_server: str
) -> None:
    page.goto("/sign-in")
    page.get_by_role("link", name="Forgot your password?").click()
    expect(page.get_by_role("heading", name="Reset your password")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Email").fill(viewer.email)
    page.get_by_role("button", name="Send the link").click()
    expect(page.get_by_role("status").filter(has_text="on its way")).to_be_visible()
    page.goto(mailed_link(mail_dir, viewer.email, "reset-password"))
    expect(page.get_by_role("heading", name="Choose a new password")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("New password").fill("a brand new passphrase")
    page.get_by_role("button", name="Set the new password").click()
    expect(page.get_by_text("Your password is changed")).to_be_visible()
    login = httpx.post(
        f"{web_server}/api/v1/auth/login", json={"email": viewer.email, "password": "a brand new passphrase"}
    )
    assert login.status_code == 200


def test_the_mailed_link_confirms_the_email(page: Page, mail_dir: Path, web_server: str) -> None:
    address = f"confirm-{time.time_ns()}@example.com"
    registered = httpx.post(
        f"{web_server}/api/v1/auth/register", json={"email": address, "password": PASSWORD}
    )
    assert registered.status_code == 201
    page.goto(mailed_link(mail_dir, address, "verify-email"))
    expect(page.get_by_text("Your email is confirmed.")).to_be_visible()
    assert_accessible(page)
    page.goto("/verify-email")
    expect(page.get_by_role("alert")).to_contain_text("This link is incomplete")
