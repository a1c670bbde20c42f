"""The compatibility layer's table: which of our accounts each id the VUGA apps hold names.

``v2_app_users``: the ``app_user_id`` an app stores after signing in, our account it stands for, and the
device that id is bound to. A viewer who signs up through ``/api/v2`` gets a random id in the 31-bit range (an
Android ``int``), so that ids cannot be walked; a viewer migrated from VUGA keeps VUGA's sequential id (the
installed app has it stored), and that id is bound to the first device token seen after the switch (trust
on first use) — ``docs/security.md`` says what this protects and what it cannot.

``v2_app_profiles``: the id the apps get for each of our profiles, random in the same range. ``watch/sync``
and continue watching name only a profile (no user), so a profile's id is all that stands between a caller
and that profile's history: it must not be guessable either.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, SmallInteger, String, func
from sqlalchemy.orm import Mapped, mapped_column

from vuga.core.db import Base, UTCDateTime


class AppUser(Base):
    __tablename__ = "v2_app_users"

    app_user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), unique=True)
    legacy: Mapped[bool] = mapped_column(default=False)  # VUGA's own id, kept for the installed apps
    login_type: Mapped[int] = mapped_column(SmallInteger, default=4)  # VUGA's: 1 Google ... 4 email
    # SHA-256 of the device token the id is bound to; None: not bound yet (a migrated viewer before the
    # first sign-in after the switch).
    device_digest: Mapped[str | None] = mapped_column(String(64))
    bound_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # What VUGA called the last active profile: the default of every call that names none (selectProfile).
    last_profile_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("profiles.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())


class AppProfile(Base):
    __tablename__ = "v2_app_profiles"

    app_profile_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), unique=True)
