"""The importer's own tables: which of our rows each legacy row became, and how far a run got.

- ``legacy_ids``: per legacy table and primary key, the id of our row it became and a fingerprint of what was
  written, so that a second run updates a row only when its source changed and never inserts it twice. The
  apps keep legacy ids (``app_user_id``, ``profile_id``, ``content_id``): this is also how they are resolved.
- ``legacy_accounts``: what a migrated viewer signed in with at VUGA (login type and the provider's identity),
  for linking a later Google, Apple or Firebase sign-in to the imported account.
- ``import_runs`` and ``import_checkpoints``: a run, and per legacy table the last key written with the
  running counts of the report, committed with each batch — a killed run resumes after its last committed
  batch.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, SmallInteger, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from vuga.core.db import Base, UTCDateTime


class LegacyId(Base):
    __tablename__ = "legacy_ids"

    source: Mapped[str] = mapped_column(String(64), primary_key=True)  # the legacy table
    legacy_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    target_id: Mapped[int] = mapped_column(BigInteger)
    fingerprint: Mapped[str] = mapped_column(String(32))  # of the values written; unchanged → no write

    # The way back: which legacy row an id of ours came from (the compatibility layer answers with it).
    __table_args__ = (Index("ix_legacy_ids_source_target_id", "source", "target_id"),)


class LegacyAccount(Base):
    __tablename__ = "legacy_accounts"

    legacy_user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), unique=True)
    login_type: Mapped[int] = mapped_column(SmallInteger)  # VUGA's: 1 Google, 2 Facebook, 3 Apple, 4 email
    identity: Mapped[str | None] = mapped_column(Text)  # the provider's subject id (or email) VUGA kept


class ImportRun(Base):
    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(300))  # host and database, never the password
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ImportCheckpoint(Base):
    __tablename__ = "import_checkpoints"

    run_id: Mapped[int] = mapped_column(ForeignKey("import_runs.id", ondelete="CASCADE"), primary_key=True)
    source: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_key: Mapped[str | None] = mapped_column(Text)  # JSON list: the keyset position after the last batch
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    read: Mapped[int] = mapped_column(BigInteger, default=0)
    written: Mapped[int] = mapped_column(BigInteger, default=0)
    changed: Mapped[int] = mapped_column(BigInteger, default=0)
    skipped: Mapped[str] = mapped_column(Text, default="{}")  # JSON object: reason → rows
