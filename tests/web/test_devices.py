"""The TV activation page: a signed-in viewer approves the code a TV shows (arriving from its QR code with
the code filled in), on a profile of theirs; or refuses it; the TV's polls learn which."""

from __future__ import annotations

import re
from typing import Any

import httpx
from playwright.sync_api import Page, expect

from tests.web.conftest import Viewer, assert_accessible, open_signed_in


def a_tv_asks_for_a_code(web_server: str) -> dict[str, Any]:
    response = httpx.post(f"{web_server}/api/v1/auth/device", json={"client_name": "Living room TV"})
    assert response.status_code == 200, response.text
    grant: dict[str, Any] = response.json()
    return grant


def poll(web_server: str, grant: dict[str, Any]) -> httpx.Response:
    return httpx.post(f"{web_server}/api/v1/auth/device/token", json={"device_code": grant["device_code"]})


def test_the_qr_code_opens_the_page_with_the_code_and_the_tv_is_signed_in(
    page: Page, viewer: Viewer, web_server: str
) -> None:
    grant = a_tv_asks_for_a_code(web_server)
    assert grant["verification_uri"] == f"{web_server}/activate"
    path = grant["verification_uri_complete"].removeprefix(web_server)
    open_signed_in(page, viewer, path)
    expect(page.get_by_role("heading", name="Sign in a TV")).to_be_visible()
    expect(page.get_by_label("Code on the TV")).to_have_value(grant["user_code"])
    expect(page.get_by_label("Profile")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Sign the TV in").click()
    expect(page.get_by_text(re.compile("Living room TV is signed in"))).to_be_visible()
    tokens = poll(web_server, grant)
    assert tokens.status_code == 200, tokens.text
    assert tokens.json()["profile_id"] == viewer.profiles[0]["id"]


def test_a_typed_code_can_be_refused_and_a_wrong_one_is_explained(
    page: Page, viewer: Viewer, web_server: str
) -> None:
    grant = a_tv_asks_for_a_code(web_server)
    open_signed_in(page, viewer, "/activate")
    code = page.get_by_label("Code on the TV")
    code.fill("BBBB-BBBB")
    page.get_by_role("button", name="Sign the TV in").click()
    expect(page.get_by_role("alert")).to_contain_text("no TV is waiting for this code")
    code.fill(grant["user_code"].lower())
    page.get_by_role("button", name="Refuse").click()
    expect(page.get_by_text("The TV is not signed in.")).to_be_visible()
    assert poll(web_server, grant).json()["error"] == "access_denied"


def test_signed_out_the_page_asks_to_sign_in_first(page: Page) -> None:
    page.goto("/activate?code=WDJB-MJHT")
    expect(page.get_by_text("Sign in on this device first")).to_be_visible()
    assert_accessible(page)
