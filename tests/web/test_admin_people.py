"""The admin UI's admin-only screens: an admin changes a viewer's role to editor (after a confirmation) and
sees it in the accounts table and in that account's audit log, and is refused, at the row, when disabling
their own account; a dead letter is replayed and leaves the list, another is dropped after a confirmation;
an editor is offered none of these screens and is told so when opening one."""

from __future__ import annotations

import uuid
from typing import Any

from playwright.sync_api import Page, expect

from tests.web.conftest import WebServer, assert_accessible
from tests.web.test_admin import open_admin
from vuga.core.jobs.dead_letters import DeadLetter


def test_an_admin_makes_a_viewer_an_editor_and_reads_it_in_the_audit_log(
    page: Page, make_admin: Any, make_viewer: Any
) -> None:
    admin, viewer = make_admin(), make_viewer()
    open_admin(page, admin, "/admin/accounts")
    page.get_by_label("Search by email").fill(viewer.email)
    table = page.get_by_test_id("accounts-table")
    expect(table.locator("tbody tr")).to_have_count(1)
    row = table.get_by_role("row", name=viewer.email)
    expect(row.get_by_role("cell", name="viewer", exact=True)).to_be_visible()
    page.get_by_label("Role", exact=True).select_option("viewer")
    expect(table.locator("tbody tr")).not_to_have_count(0)
    assert_accessible(page)

    page.get_by_label(f"New role for {viewer.email}").select_option("editor")
    page.get_by_role("button", name=f"Change role of {viewer.email}").click()
    dialog = page.get_by_role("dialog", name=f"Make {viewer.email} an editor?")
    expect(dialog).to_contain_text("from viewer to editor")
    assert_accessible(page)
    dialog.get_by_role("button", name="Change the role").click()
    expect(row.get_by_role("status")).to_have_text("Role changed to editor: 1 session ended.")
    expect(row.get_by_role("cell", name="editor", exact=True)).to_be_visible()  # stays where it was changed
    expect(page).to_have_url(f"/admin/accounts?q={viewer.email.replace('@', '%40')}&role=viewer")
    page.get_by_label("Role", exact=True).select_option("editor")
    edited = table.get_by_role("row", name=viewer.email)
    expect(edited.get_by_role("cell", name="editor", exact=True)).to_be_visible()

    edited.get_by_role("link", name=f"Audit log of {viewer.email}").click()
    audit = page.get_by_test_id("audit-table")
    expect(audit.locator("tbody tr")).to_have_count(1)
    entry = audit.locator("tbody tr").first
    expect(entry).to_contain_text(admin.email)
    expect(entry).to_contain_text("account.change")
    expect(entry).to_contain_text("role: viewer → editor")
    assert_accessible(page)

    # Their own account: the API's 409, told at the row.
    open_admin(page, admin, f"/admin/accounts?q={admin.email}")
    mine = page.get_by_test_id("accounts-table").get_by_role("row", name=admin.email)
    mine.get_by_role("button", name=f"Disable {admin.email}").click()
    page.get_by_role("dialog").get_by_role("button", name="Disable").click()
    expect(mine.get_by_role("alert")).to_contain_text("Refused")
    expect(mine.get_by_role("cell", name="Active")).to_be_visible()


def write_dead_letter(web: WebServer, task: str) -> str:
    """A dead letter where the embedded mode keeps them (one JSON file each, core.jobs.dead_letters)."""
    letter_id = uuid.uuid4().hex
    directory = web.var_dir / "dead-letters"
    directory.mkdir(parents=True, exist_ok=True)
    letter = DeadLetter(letter_id, task, [], {}, {}, "RuntimeError('boom')", 5, "2026-01-02T03:04:05")
    (directory / f"{letter_id}.json").write_text(letter.to_json())
    return letter_id


def test_a_dead_letter_is_replayed_and_another_dropped(page: Page, make_admin: Any, web: WebServer) -> None:
    replayed = write_dead_letter(web, "catalog.flush_counters")
    dropped = write_dead_letter(web, "tests.no_such_task")
    open_admin(page, make_admin(), "/admin/dead-letters")
    table = page.get_by_test_id("dead-letters-table")
    replay = table.get_by_role("button", name=f"Replay catalog.flush_counters ({replayed})")
    expect(replay).to_be_visible()
    expect(table.get_by_role("row", name=f"catalog.flush_counters ({replayed})")).to_contain_text(
        "RuntimeError('boom')"
    )
    assert_accessible(page)
    replay.click()
    queued = page.get_by_role("status").filter(has_text="catalog.flush_counters is queued again")
    expect(queued).to_be_visible()
    expect(replay).to_have_count(0)

    drop = table.get_by_role("button", name=f"Drop tests.no_such_task ({dropped})")
    drop.click()
    dialog = page.get_by_role("dialog", name="Drop the dead letter of tests.no_such_task?")
    expect(dialog).to_be_visible()  # open (and holding the focus) before the key is pressed
    page.keyboard.press("Escape")  # cancels: nothing dropped, focus back on the button
    expect(dialog).to_have_count(0)
    expect(drop).to_be_focused()
    drop.click()
    assert_accessible(page)
    dialog.get_by_role("button", name="Drop the letter").click()
    expect(page.get_by_role("status").filter(has_text="is dropped")).to_be_visible()
    expect(table.get_by_role("row", name=f"tests.no_such_task ({dropped})")).to_have_count(0)
    assert not (web.var_dir / "dead-letters" / f"{dropped}.json").exists()


def test_an_editor_is_not_offered_the_admin_screens(page: Page, make_editor: Any) -> None:
    open_admin(page, make_editor())
    sections = page.get_by_role("navigation", name="Sections")
    expect(sections.get_by_role("link", name="Titles")).to_be_visible()
    for name in ("Accounts", "Audit log", "Dead letters"):
        expect(sections.get_by_role("link", name=name)).to_have_count(0)
    page.goto("/admin/accounts")
    expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("admins only")
    assert_accessible(page)
