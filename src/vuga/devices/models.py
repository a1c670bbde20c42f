"""A TV's pending sign-in: the device code it polls with and the user code a signed-in phone approves.

Both codes are kept only as digests (a leaked table signs nobody in): the device code is long and random, so
its SHA-256 is enough; the user code is short (8 letters of 20), so its digest is an HMAC keyed with the
app's secret, which an attacker holding only the table cannot recompute for every code.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, SmallInteger, String, func
from sqlalchemy.orm import Mapped, mapped_column

from vuga.core.db import Base, UTCDateTime


class GrantState(StrEnum):
    PENDING = "pending"  # shown on the TV, waiting for a phone
    APPROVED = "approved"  # a signed-in account approved it: the TV's next poll gets its tokens
    DENIED = "denied"  # refused from the phone: the TV's polls get access_denied
    ISSUED = "issued"  # the TV got its tokens: the codes are spent


class DeviceGrant(Base):
    __tablename__ = "device_grants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    device_digest: Mapped[str] = mapped_column(String(64), unique=True)
    user_digest: Mapped[str] = mapped_column(String(64), unique=True)
    state: Mapped[str] = mapped_column(String(10), default=GrantState.PENDING.value)
    client_name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    address: Mapped[str] = mapped_column(String(45), default="", server_default="")  # the TV's
    interval_s: Mapped[int] = mapped_column(SmallInteger)  # grows by 5 s at each slow_down
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    polled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    profile_id: Mapped[int | None] = mapped_column(ForeignKey("profiles.id", ondelete="SET NULL"))

    __table_args__ = (
        CheckConstraint("state IN ('pending', 'approved', 'denied', 'issued')", name="state_valid"),
        Index("ix_device_grants_expires_at", "expires_at"),  # the clean-up's range
        Index("ix_device_grants_account_id", "account_id"),
        {"sqlite_autoincrement": True},
    )
