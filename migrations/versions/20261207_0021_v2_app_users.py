"""The VUGA apps' ids (``/api/v2``): each app_user_id an app holds, the account it names and the device it is
bound to, and the apps' ids of our profiles (``vuga.compat_v2.models``).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "v2_app_users",
        sa.Column("app_user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("legacy", sa.Boolean(), nullable=False),
        sa.Column("login_type", sa.SmallInteger(), nullable=False),
        sa.Column("device_digest", sa.String(length=64), nullable=True),
        sa.Column("bound_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_profile_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            ondelete="CASCADE",
            name=op.f("fk_v2_app_users_account_id_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["last_profile_id"],
            ["profiles.id"],
            ondelete="SET NULL",
            name=op.f("fk_v2_app_users_last_profile_id_profiles"),
        ),
        sa.PrimaryKeyConstraint("app_user_id", name=op.f("pk_v2_app_users")),
        sa.UniqueConstraint("account_id", name=op.f("uq_v2_app_users_account_id")),
    )
    op.create_table(
        "v2_app_profiles",
        sa.Column("app_profile_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            ondelete="CASCADE",
            name=op.f("fk_v2_app_profiles_profile_id_profiles"),
        ),
        sa.PrimaryKeyConstraint("app_profile_id", name=op.f("pk_v2_app_profiles")),
        sa.UniqueConstraint("profile_id", name=op.f("uq_v2_app_profiles_profile_id")),
    )


def downgrade() -> None:
    op.drop_table("v2_app_profiles")
    op.drop_table("v2_app_users")
