"""Viewers: VUGA users become accounts without a password, their profiles ours.

A VUGA user signed in with Google, Facebook, Apple or a Firebase email login and has no password with us: the
account is created without one (no password logs in) and its owner claims it through the password-reset flow,
which also confirms the address. VUGA never checked that a posted email was the poster's, so an imported
address is not taken as confirmed. The legacy ids stay mapped (``legacy_ids``), so the ids the installed apps
keep (``app_user_id``, ``profile_id``) still name the same viewer and profile.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from email_validator import EmailNotValidError, validate_email
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.avatars import default_avatar_path
from vuga.accounts.models import Account, Profile, Role
from vuga.compat_v2.importer.context import ImportContext
from vuga.compat_v2.importer.models import LegacyAccount
from vuga.compat_v2.importer.repository import ImportRepository
from vuga.compat_v2.importer.source import Row
from vuga.compat_v2.importer.steps.kinds import MappedStep, Skip
from vuga.compat_v2.importer.values import aware, nearest_default_avatar, profile_ceiling

LOGIN_TYPES = {1, 2, 3, 4}


def _email(text: str | None) -> str | None:
    """The address as accounts store it (normalised, lower-cased), or None when it is not one."""
    try:
        return validate_email((text or "").strip(), check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        return None


class UsersStep(MappedStep):
    source, keys, what = "app_user", ("app_user_id",), "accounts (no password: claimed by a reset)"
    table = Account.__table__
    batch_size = 5000

    async def prepare(self, context: ImportContext, session: AsyncSession) -> None:
        """One account per address: of several VUGA users with one email the oldest keeps it; an address an
        account of ours has already (one not made by the importer) stays that account's."""
        rows = await context.legacy.rows("SELECT app_user_id, email FROM app_user ORDER BY app_user_id")
        owner: dict[str, int] = {}
        emails: dict[int, str | None] = {}
        for row in rows:
            email = _email(row["email"]) if row["email"] else None
            emails[int(row["app_user_id"])] = email
            if email is not None:
                owner.setdefault(email, int(row["app_user_id"]))
        context.prepared["emails"], context.prepared["email_owner"] = emails, owner
        context.prepared["emails_here"] = await ImportRepository(session).emails_not_imported(self.table)

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        legacy = int(row["app_user_id"])
        if not str(row["email"] or "").strip():
            return Skip("no email address (an account needs one to be claimed)")
        email = context.prepared["emails"].get(legacy) or _email(row["email"])
        if email is None:
            return Skip("invalid email address")
        if context.prepared["email_owner"].get(email, legacy) != legacy:
            return Skip("email already taken by an older VUGA user (who keeps it)")
        if email in context.prepared["emails_here"]:
            return Skip("an account with this email exists here already (not made by the importer)")
        name = str(row["fullname"] or "").strip() or email.split("@", 1)[0]
        return {
            "email": email,
            "password_hash": None,
            "display_name": name[:100],
            "role": Role.VIEWER.value,
            "created_at": aware(row["created_at"]),
            # Not columns of ours: kept in legacy_accounts by after_write (and in the fingerprint).
            "_login_type": int(row["login_type"] or 0),
            "_identity": row["identity"],
        }

    async def after_write(
        self, context: ImportContext, session: AsyncSession, written: Sequence[tuple[Row, int]]
    ) -> None:
        rows = []
        for row, account_id in written:
            login_type = int(row["login_type"] or 0)
            identity = str(row["identity"]).strip() if row["identity"] else None
            rows.append(
                {
                    "legacy_user_id": int(row["app_user_id"]),
                    "account_id": account_id,
                    "login_type": login_type if login_type in LOGIN_TYPES else 0,
                    "identity": identity,
                }
            )
        await ImportRepository(session).upsert_if_different(
            LegacyAccount.__table__, ("legacy_user_id",), rows
        )


class ProfilesStep(MappedStep):
    source, keys, what = "app_user_profile", ("profile_id",), "profiles"
    table = Profile.__table__
    batch_size = 5000

    async def prepare(self, context: ImportContext, session: AsyncSession) -> None:
        """Our limit of profiles per account holds: an account's oldest active profiles are kept."""
        rows = await context.legacy.rows(
            "SELECT profile_id, app_user_id FROM app_user_profile WHERE is_active = 1 ORDER BY profile_id"
        )
        seen: dict[int, int] = defaultdict(int)
        over: set[int] = set()
        for row in rows:
            seen[int(row["app_user_id"])] += 1
            if seen[int(row["app_user_id"])] > context.max_profiles:
                over.add(int(row["profile_id"]))
        context.prepared["profiles_over_limit"] = over
        try:
            avatars = await context.legacy.rows("SELECT avatar_id, image_url FROM default_avatar")
        except Exception:
            avatars = []
        context.prepared["default_avatars"] = {int(row["avatar_id"]): row["image_url"] for row in avatars}

    async def lookups(self, context: ImportContext, session: AsyncSession) -> None:
        self.accounts = await context.ids(session, "app_user")

    def _avatar(self, context: ImportContext, row: Row) -> str:
        kind = str(row["avatar_type"] or "")
        if kind == "custom":
            url = context.media.rewrite(row["custom_avatar_url"] or row["avatar_url"])
        elif kind == "default":
            url = context.media.rewrite(
                row["avatar_url"] or context.prepared["default_avatars"].get(int(row["avatar_id"] or 0))
            )
        else:  # 'color' as iOS writes it, which VUGA's enum column keeps as ''
            url = None
        if url is None or len(url) > 500:
            return (
                nearest_default_avatar(row["avatar_color"])
                if row["avatar_color"]
                else default_avatar_path("default-1")
            )
        return url

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        account_id = self.accounts.get(int(row["app_user_id"]))
        if account_id is None:
            return Skip("orphan: its user was not imported (missing at VUGA, or skipped)")
        if not row["is_active"]:
            return Skip("deleted at VUGA (is_active = 0)")
        if int(row["profile_id"]) in context.prepared["profiles_over_limit"]:
            return Skip(f"past our limit of {context.max_profiles} profiles per account")
        is_kids = bool(row["is_kids"]) or bool(row["is_kids_profile"])
        age = None if row["age"] is None else int(row["age"])
        return {
            "account_id": account_id,
            "name": (str(row["name"] or "").strip() or "Profile")[:50],
            "avatar_url": self._avatar(context, row),
            "is_kids": is_kids,
            "max_maturity_age": profile_ceiling(age, is_kids, context.kids_ceiling),
            "created_at": aware(row["created_at"]),
        }
