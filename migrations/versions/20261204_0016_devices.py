"""Devices: the sessions' kind, name and where they were last seen; TVs' pending sign-ins by device code.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("auth_sessions") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=10), server_default="web", nullable=False))
        batch.add_column(sa.Column("name", sa.String(length=100), server_default="", nullable=False))
        batch.add_column(sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("last_address", sa.String(length=45), server_default="", nullable=False))
    op.create_table(
        "device_grants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_digest", sa.String(length=64), nullable=False),
        sa.Column("user_digest", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("client_name", sa.String(length=100), server_default="", nullable=False),
        sa.Column("address", sa.String(length=45), server_default="", nullable=False),
        sa.Column("interval_s", sa.SmallInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("polled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("profile_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "state IN ('pending', 'approved', 'denied', 'issued')", name=op.f("ck_device_grants_state_valid")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_device_grants_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_device_grants_profile_id_profiles"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_grants")),
        sa.UniqueConstraint("device_digest", name=op.f("uq_device_grants_device_digest")),
        sa.UniqueConstraint("user_digest", name=op.f("uq_device_grants_user_digest")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_device_grants_expires_at", "device_grants", ["expires_at"])
    op.create_index("ix_device_grants_account_id", "device_grants", ["account_id"])


def downgrade() -> None:
    op.drop_index("ix_device_grants_account_id", table_name="device_grants")
    op.drop_index("ix_device_grants_expires_at", table_name="device_grants")
    op.drop_table("device_grants")
    with op.batch_alter_table("auth_sessions") as batch:
        batch.drop_column("last_address")
        batch.drop_column("last_seen_at")
        batch.drop_column("name")
        batch.drop_column("kind")
