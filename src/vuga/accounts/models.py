"""Accounts, their login sessions and refresh tokens, and their profiles."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from vuga.core.db import Base, UTCDateTime

# SQLite hands out the id of a deleted last row again unless told not to. Account, session and profile ids
# are remembered elsewhere (revocations in the cache, tokens held by clients): an id must never come back.
NEVER_REUSE_IDS = {"sqlite_autoincrement": True}


class Role(StrEnum):
    VIEWER = "viewer"
    EDITOR = "editor"
    ADMIN = "admin"


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)  # stored lower-cased
    # None: no password yet (a viewer migrated from VUGA, who signed in there with Google, Facebook, Apple or
    # Firebase): no password logs in, and the password-reset flow sets one.
    password_hash: Mapped[str | None] = mapped_column(String(200))
    display_name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    role: Mapped[str] = mapped_column(String(10), default=Role.VIEWER.value, server_default=Role.VIEWER.value)
    # When the owner proved the address is theirs (a verification or a password reset link); None: not yet.
    email_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now(), onupdate=func.now())
    # Set by an operator (`vuga accounts disable`): no login, and no session of the account is live.
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint("role IN ('viewer', 'editor', 'admin')", name="role_valid"),
        NEVER_REUSE_IDS,
    )


class DeviceKind(StrEnum):
    """What a session runs on, as the devices list shows it."""

    WEB = "web"  # a browser's login
    APP = "app"  # a phone or tablet app's login (any client that is not a browser)
    TV = "tv"  # a TV signed in by device code (vuga.devices)


class AuthSession(Base):
    """One login on one device: the family of refresh tokens that descend from it.

    Revoking the session (logout, password change, a replayed refresh token) ends every token of the family.
    A session is what the devices list shows (``GET /me/devices``): its name and kind, and when and from
    where it was last seen (its last login or token refresh: no write per request).
    """

    __tablename__ = "auth_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    user_agent: Mapped[str] = mapped_column(String(300), default="", server_default="")
    kind: Mapped[str] = mapped_column(String(10), default=DeviceKind.WEB.value, server_default="web")
    name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # None: not since it started
    last_address: Mapped[str] = mapped_column(String(45), default="", server_default="")

    # No CHECK on kind: on SQLite adding one rebuilds the table, which would lose NEVER_REUSE_IDS.
    __table_args__ = (Index("ix_auth_sessions_account_id", "account_id"), NEVER_REUSE_IDS)


class RefreshToken(Base):
    __tablename__ = "refresh_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("auth_sessions.id", ondelete="CASCADE"))
    digest: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the token; never the token
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    used_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime
    )  # set when rotated; a second use is a replay

    __table_args__ = (Index("ix_refresh_tokens_session_id", "session_id"), NEVER_REUSE_IDS)


class Profile(Base):
    __tablename__ = "profiles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(50))
    avatar_url: Mapped[str] = mapped_column(String(500))
    # An uploaded picture's variants and blurhash (vuga.core.images.StoredImage JSON); none for a default one.
    avatar_image: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    is_kids: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    # The highest age rating this profile may see, as a minimum viewer age (see catalog.models.Maturity).
    max_maturity_age: Mapped[int] = mapped_column(SmallInteger, default=18, server_default="18")
    # The parental lock (accounts.parental): the PIN's argon2id hash, or None for an unlocked profile, and
    # the wrong PINs entered in a row (the last one when) that lock the PIN for a while.
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    pin_failures: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    pin_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now(), onupdate=func.now())

    __table_args__ = (Index("ix_profiles_account_id", "account_id"), NEVER_REUSE_IDS)


class TokenPurpose(StrEnum):
    PASSWORD_RESET = "password_reset"  # noqa: S105 (a purpose, not a secret)
    EMAIL_VERIFICATION = "email_verification"


class AccountToken(Base):
    """A single-use token mailed to an account's address (a reset or verification link).

    Stored as the SHA-256 digest of the token, like refresh tokens: a leaked table opens no account.
    """

    __tablename__ = "account_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(20))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint("purpose IN ('password_reset', 'email_verification')", name="purpose_valid"),
        Index("ix_account_tokens_account_id", "account_id"),
        NEVER_REUSE_IDS,
    )
