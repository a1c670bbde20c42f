"""Administrators' API over accounts: the list (search by email, filter by role), one account, a change of
role or of its disabled state (which ends its sessions in the database), and signing it out everywhere.
Every change is in the audit log (``GET /api/v1/admin/audit``). Admin role only."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec
from litestar import Router, get, patch, post
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody, Parameter
from msgspec import UNSET, UnsetType
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.administration import AccountChanges, AccountSummary
from vuga.accounts.auth import Viewer, provide_viewer, require_role
from vuga.accounts.models import Role
from vuga.core.cache import PERSONAL
from vuga.core.http import PathId, provide_writer
from vuga.core.openapi import body_example, problems
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page
from vuga.core.ratelimit import EXPENSIVE_WRITE, rate_cost


class AdminAccount(msgspec.Struct):
    id: int
    email: str
    role: Role
    disabled: bool
    created_at: datetime
    disabled_at: datetime | None


@body_example({"role": "editor"}, {"disabled": True})
class AccountChange(msgspec.Struct, forbid_unknown_fields=True):
    """The fields sent change. A new role or disabling ends the account's sessions (it signs in again)."""

    role: Role | UnsetType = UNSET
    disabled: bool | UnsetType = UNSET


class AccountChanged(msgspec.Struct):
    account: AdminAccount
    sessions_ended: int


class SignedOut(msgspec.Struct):
    sessions_ended: int


def _out(summary: AccountSummary) -> AdminAccount:
    return AdminAccount(
        id=summary.id,
        email=summary.email,
        role=summary.role,
        disabled=summary.disabled_at is not None,
        created_at=summary.created_at,
        disabled_at=summary.disabled_at,
    )


async def provide_changes(
    writer: NamedDependency[AsyncSession], viewer: NamedDependency[Viewer], state: State
) -> AccountChanges:
    return await AccountChanges.by(writer, state.authenticator, viewer.account_id)


Changes = NamedDependency[AccountChanges]
EmailPart = Annotated[
    str | None, Parameter(max_length=254, description="Part of the email, matched literally, any case.")
]
RoleFilter = Annotated[Role | None, Parameter(description="Only accounts with this role.")]


@get("/", summary="Accounts in the order they were made, a page at a time")
async def list_accounts(
    changes: Changes,
    q: EmailPart = None,
    role: RoleFilter = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Page[AdminAccount]:
    """Accounts oldest first; `q` matches part of the email, `role` one role. Pass `next_cursor` back as
    `cursor` for the next page. Admin role."""
    accounts, next_cursor = await changes.administration.search(q, role, cursor, limit)
    return Page(items=[_out(account) for account in accounts], next_cursor=next_cursor)


@get("/{account_id:int}", summary="One account", opt=problems({404: "No such account."}))
async def get_account(changes: Changes, account_id: PathId) -> AdminAccount:
    """The account's email, role and state. Admin role."""
    return _out(await changes.summary(account_id))


@patch(
    "/{account_id:int}",
    summary="Change an account's role, or disable or enable it",
    opt=problems({404: "No such account.", 409: "Your own account: another administrator must change it."}),
)
async def change_account(
    changes: Changes, account_id: PathId, data: JSONBody[AccountChange]
) -> AccountChanged:
    """Sets the role and the disabled state sent. A change of role (back to viewer included) or a disable
    ends the account's sessions in the database: its tokens stop working at once on every server. You cannot
    demote or disable your own account. Recorded in the audit log. Admin role."""
    role = None if data.role is UNSET else data.role
    disabled = None if data.disabled is UNSET else data.disabled
    summary, ended = await changes.change(account_id, role, disabled)
    return AccountChanged(account=_out(summary), sessions_ended=ended)


@post(
    "/{account_id:int}/sign-out",
    status_code=200,
    summary="Sign an account out everywhere",
    opt=problems({404: "No such account."}),
)
async def sign_out_account(changes: Changes, account_id: PathId) -> SignedOut:
    """Ends every session of the account (its devices sign in again). Recorded in the audit log. Admin
    role."""
    return SignedOut(sessions_ended=await changes.sign_out_everywhere(account_id))


accounts_admin_router = Router(
    path="/admin/accounts",
    route_handlers=[list_accounts, get_account, change_account, sign_out_account],
    cache_control=PERSONAL,
    guards=[require_role(Role.ADMIN)],
    opt=rate_cost(EXPENSIVE_WRITE),
    dependencies={
        "writer": Provide(provide_writer),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
        "changes": Provide(provide_changes),
    },
    tags=["admin", "accounts"],
)
