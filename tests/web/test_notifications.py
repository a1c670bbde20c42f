"""The notification centre and one-time popups, and the devices list with sign-out, in the viewer app.

Notifications here are sent to the test's own account only: the server is shared by the whole session, and
a popup sent to everyone would open over other tests' pages."""

from __future__ import annotations

import sqlite3
from typing import Any

import httpx
from playwright.sync_api import Page, expect

from tests.web.conftest import PASSWORD, Viewer, WebServer, assert_accessible, open_signed_in


def editor_headers(web: WebServer, web_server: str, make_viewer: Any) -> dict[str, str]:
    editor: Viewer = make_viewer()
    with sqlite3.connect(web.var_dir.parent / "vuga.db") as database:
        database.execute("UPDATE accounts SET role = 'editor' WHERE email = ?", (editor.email,))
    # a new session: the first one's role (viewer) stays cached for a while
    login = httpx.post(f"{web_server}/api/v1/auth/login", json={"email": editor.email, "password": PASSWORD})
    return {"Authorization": f"Bearer {login.json()['access_token']}"}


def send(web_server: str, editor: dict[str, str], viewer: Viewer, **fields: Any) -> dict[str, Any]:
    account_id = httpx.get(f"{web_server}/api/v1/me", headers=viewer.headers).json()["id"]
    body = {"audience": "account", "audience_account_id": account_id} | fields
    response = httpx.post(f"{web_server}/api/v1/admin/notifications", json=body, headers=editor)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def test_a_popup_shows_once_and_the_centre_lists_until_dismissed(
    page: Page, viewer: Viewer, web: WebServer, web_server: str, make_viewer: Any
) -> None:
    editor = editor_headers(web, web_server, make_viewer)
    send(web_server, editor, viewer, title="Season 2 is here", body="Watch it tonight.", popup=True)
    send(web_server, editor, viewer, title="New in your list", body="Three titles were added.")
    open_signed_in(page, viewer, "/", viewer.profiles[0]["id"])
    popup = page.get_by_role("dialog", name="Season 2 is here")
    expect(popup).to_be_visible()
    assert_accessible(page)
    popup.get_by_role("button", name="Close").click()
    expect(popup).to_be_hidden()
    page.reload()
    expect(page.get_by_role("link", name="Notifications, 1 new")).to_be_visible()
    expect(page.get_by_role("dialog")).to_have_count(0)  # shown once, never again

    page.get_by_role("link", name="Notifications, 1 new").click()
    expect(page.get_by_role("heading", name="New in your list")).to_be_visible()
    expect(page.get_by_text("Season 2 is here")).to_have_count(0)  # a popup is not kept in the centre
    assert_accessible(page)
    page.get_by_role("button", name="Dismiss: New in your list").click()
    expect(page.get_by_text("Nothing new for this profile.")).to_be_visible()
    expect(page.get_by_role("link", name="Notifications", exact=True)).to_be_visible()


def test_the_devices_list_signs_another_device_out(page: Page, viewer: Viewer, web_server: str) -> None:
    phone = httpx.post(
        f"{web_server}/api/v1/auth/login",
        json={"email": viewer.email, "password": PASSWORD},
        headers={"User-Agent": "VugaTV/4.2 (Android 14)"},
    ).json()
    open_signed_in(page, viewer, "/devices")
    expect(page.get_by_role("heading", name="Your devices")).to_be_visible()
    expect(page.get_by_text("· this device")).to_be_visible()
    # no VAPID key on the test server: the opt-in says so rather than offering a button that cannot work
    expect(page.get_by_text("Push notifications are not available on this server.")).to_be_visible()
    assert_accessible(page)
    sign_out = page.get_by_role("button", name="Sign out App")
    expect(sign_out.first).to_be_visible()
    count = sign_out.count()
    sign_out.first.click()
    expect(sign_out).to_have_count(count - 1)
    # the last seen first: the phone's login, newer than this page's session, was the one signed out
    me = f"{web_server}/api/v1/me"
    assert httpx.get(me, headers={"Authorization": f"Bearer {phone['access_token']}"}).status_code == 401
    assert httpx.get(me, headers=viewer.headers).status_code == 200
    expect(page.get_by_text("· this device")).to_be_visible()  # this browser stays signed in
