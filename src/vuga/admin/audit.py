"""The audit log over the admin API: administrators' changes (to accounts, for now), newest first, of
everything or of one target. Admin role only; entries are never changed."""

from __future__ import annotations

from typing import Annotated

from litestar import Router, get
from litestar.di import NamedDependency, Provide
from litestar.params import Parameter
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import require_role
from vuga.accounts.models import Role
from vuga.core.audit import AuditLog, AuditOut
from vuga.core.cache import PERSONAL
from vuga.core.http import provide_writer
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page

TargetParam = Annotated[
    str | None,
    Parameter(
        max_length=64,
        pattern=r"^[a-z_]+:[0-9]+$",
        description="Only the entries of one target, e.g. `account:42`.",
    ),
]


@get("/", summary="Who changed what, when: the audit log, newest first")
async def list_audit(
    writer: NamedDependency[AsyncSession],
    target: TargetParam = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Page[AuditOut]:
    """Each entry: when, the acting account (and its email then), the action, its target, and the state
    before and after. Pass `next_cursor` back as `cursor` for older entries. Admin role."""
    return await AuditLog(writer).page(target, cursor, limit)


audit_router = Router(
    path="/admin/audit",
    route_handlers=[list_audit],
    cache_control=PERSONAL,
    guards=[require_role(Role.ADMIN)],
    dependencies={"writer": Provide(provide_writer)},  # admin reads see the latest writes: the primary
    tags=["admin"],
)
