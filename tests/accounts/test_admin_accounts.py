"""Administrators' API over accounts: search and paging, a role change or a disable ending the account's
sessions in the database, signing out everywhere, the audit log of each change — and its refusals."""

from __future__ import annotations

from httpx import AsyncClient

from tests.conftest import QueryCounter
from tests.members import Member, register

ACCOUNTS = "/api/v1/admin/accounts"
AUDIT = "/api/v1/admin/audit"


async def account_id(client: AsyncClient, admin_headers: dict[str, str], email: str) -> int:
    found = (await client.get(ACCOUNTS, params={"q": email}, headers=admin_headers)).json()["items"]
    assert [a["email"] for a in found] == [email]
    return int(found[0]["id"])


async def test_accounts_are_searched_filtered_and_paged(
    client: AsyncClient, admin_headers: dict[str, str]
) -> None:
    for n in range(5):
        await register(client, email=f"paged-{n}@studio.example")
    found = await client.get(ACCOUNTS, params={"q": "STUDIO.example", "limit": 2}, headers=admin_headers)
    assert found.status_code == 200, found.text
    assert found.headers["cache-control"] == "no-store, private"
    first = found.json()
    assert [a["email"] for a in first["items"]] == ["paged-0@studio.example", "paged-1@studio.example"]
    emails = [a["email"] for a in first["items"]]
    cursor = first["next_cursor"]
    while cursor:
        page = (
            await client.get(
                ACCOUNTS, params={"q": "studio.example", "limit": 2, "cursor": cursor}, headers=admin_headers
            )
        ).json()
        emails += [a["email"] for a in page["items"]]
        cursor = page["next_cursor"]
    assert emails == [f"paged-{n}@studio.example" for n in range(5)]
    admins = (await client.get(ACCOUNTS, params={"role": "admin"}, headers=admin_headers)).json()["items"]
    assert [a["email"] for a in admins] == ["admin@example.com"]
    assert (first["items"][0]["role"], first["items"][0]["disabled"]) == ("viewer", False)
    # A cursor of another list, a malformed one, an unknown role: problems, not 500s.
    assert (
        await client.get(ACCOUNTS, params={"cursor": first["next_cursor"]}, headers=admin_headers)
    ).status_code == 400
    assert (await client.get(ACCOUNTS, params={"cursor": "%%%"}, headers=admin_headers)).status_code == 400
    assert (await client.get(ACCOUNTS, params={"role": "root"}, headers=admin_headers)).status_code in (
        400,
        422,
    )


async def test_a_role_change_ends_the_sessions_and_is_audited(
    client: AsyncClient, admin_headers: dict[str, str]
) -> None:
    editor = await register(client, email="promoted@example.com")
    target = await account_id(client, admin_headers, editor.email)
    changed = await client.patch(f"{ACCOUNTS}/{target}", json={"role": "editor"}, headers=admin_headers)
    assert changed.status_code == 200, changed.text
    assert changed.json()["account"]["role"] == "editor"
    assert changed.json()["sessions_ended"] == 1
    # The old token is refused at once: the session ended in the database.
    assert (await client.get("/api/v1/me", headers=editor.headers)).status_code == 401

    again = await client.patch(f"{ACCOUNTS}/{target}", json={"role": "editor"}, headers=admin_headers)
    assert again.json()["sessions_ended"] == 0  # nothing changed: nothing ended, nothing audited
    back = await client.patch(
        f"{ACCOUNTS}/{target}", json={"role": "viewer", "disabled": True}, headers=admin_headers
    )
    assert back.json()["account"] | {"created_at": None, "disabled_at": None} == {
        "id": target,
        "email": "promoted@example.com",
        "role": "viewer",
        "disabled": True,
        "created_at": None,
        "disabled_at": None,
    }
    login = await client.post("/api/v1/auth/login", json={"email": editor.email, "password": editor.password})
    assert login.status_code == 403  # disabled

    log = (await client.get(AUDIT, params={"target": f"account:{target}"}, headers=admin_headers)).json()
    assert [(e["action"], e["before"], e["after"], e["actor"]) for e in log["items"]] == [
        (
            "account.change",
            {"role": "editor", "disabled": False},
            {"role": "viewer", "disabled": True},
            "admin@example.com",
        ),
        (
            "account.change",
            {"role": "viewer", "disabled": False},
            {"role": "editor", "disabled": False},
            "admin@example.com",
        ),
    ]
    assert all(entry["request_id"] for entry in log["items"])


async def test_signing_out_everywhere(client: AsyncClient, admin_headers: dict[str, str]) -> None:
    member = await register(client, email="everywhere@example.com")
    second = await client.post(
        "/api/v1/auth/login", json={"email": member.email, "password": member.password}
    )
    target = await account_id(client, admin_headers, member.email)
    response = await client.post(f"{ACCOUNTS}/{target}/sign-out", headers=admin_headers)
    assert response.status_code == 200, response.text
    assert response.json() == {"sessions_ended": 2}
    assert (await client.get("/api/v1/me", headers=member.headers)).status_code == 401
    refreshed = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": second.json()["refresh_token"]}
    )
    assert refreshed.status_code == 401
    [entry] = (await client.get(AUDIT, params={"target": f"account:{target}"}, headers=admin_headers)).json()[
        "items"
    ]
    assert (entry["action"], entry["after"]) == ("account.sign_out", {"sessions": 2})


async def test_administrators_cannot_lock_themselves_out_and_others_cannot_come_in(
    client: AsyncClient, admin_headers: dict[str, str], member: Member
) -> None:
    me = await account_id(client, admin_headers, "admin@example.com")
    for body in ({"role": "viewer"}, {"disabled": True}):
        refused = await client.patch(f"{ACCOUNTS}/{me}", json=body, headers=admin_headers)
        assert refused.status_code == 409, refused.text
    assert (await client.get(f"{ACCOUNTS}/{me}", headers=admin_headers)).json()["role"] == "admin"
    for method, path, body in (
        ("GET", ACCOUNTS, None),
        ("GET", f"{ACCOUNTS}/{me}", None),
        ("PATCH", f"{ACCOUNTS}/{me}", {"role": "viewer"}),
        ("POST", f"{ACCOUNTS}/{me}/sign-out", None),
        ("GET", AUDIT, None),
    ):
        assert (await client.request(method, path, json=body, headers=member.headers)).status_code == 403
        assert (await client.request(method, path, json=body)).status_code == 401
    assert (await client.get(f"{ACCOUNTS}/999999", headers=admin_headers)).status_code == 404
    assert (
        await client.patch(f"{ACCOUNTS}/999999", json={"role": "editor"}, headers=admin_headers)
    ).status_code == 404
    assert (await client.post(f"{ACCOUNTS}/999999/sign-out", headers=admin_headers)).status_code == 404
    for body in ({"role": "root"}, {"disabled": "yes"}, {"email": "x@example.com"}):
        bad = await client.patch(f"{ACCOUNTS}/{me}", json=body, headers=admin_headers)
        assert bad.status_code == 422, (body, bad.text)
    assert (await client.get(AUDIT, params={"target": "account"}, headers=admin_headers)).status_code in (
        400,
        422,
    )
    assert (await client.get(AUDIT, headers=admin_headers)).json()["items"] == []  # nothing changed


async def test_query_counts_stay_constant_as_accounts_and_entries_grow(
    client: AsyncClient, admin_headers: dict[str, str], queries: QueryCounter
) -> None:
    counts = []
    for size in (2, 6):
        made = [await register(client, email=f"grow-{size}-{n}@example.com") for n in range(size)]
        for member in made:
            target = await account_id(client, admin_headers, member.email)
            await client.patch(f"{ACCOUNTS}/{target}", json={"disabled": True}, headers=admin_headers)
        queries.reset()
        assert (await client.get(ACCOUNTS, params={"limit": 100}, headers=admin_headers)).status_code == 200
        assert (await client.get(AUDIT, params={"limit": 100}, headers=admin_headers)).status_code == 200
        counts.append(queries.count)
    assert counts[0] == counts[1], counts
