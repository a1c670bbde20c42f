"""The VUGA importer: legacy-id mapping, migrated viewers' sign-in identities, runs and per-table checkpoints;
and accounts without a password (migrated viewers signed in with Google, Facebook, Apple or Firebase: they
claim their account through the password-reset flow).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-10
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.alter_column("password_hash", existing_type=sa.String(length=200), nullable=True)
    op.create_table(
        "legacy_ids",
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("legacy_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("target_id", sa.BigInteger(), nullable=False),
        sa.Column("fingerprint", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("source", "legacy_id", name=op.f("pk_legacy_ids")),
    )
    op.create_index("ix_legacy_ids_source_target_id", "legacy_ids", ["source", "target_id"], unique=False)
    op.create_table(
        "legacy_accounts",
        sa.Column("legacy_user_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("login_type", sa.SmallInteger(), nullable=False),
        sa.Column("identity", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_legacy_accounts_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("legacy_user_id", name=op.f("pk_legacy_accounts")),
        sa.UniqueConstraint("account_id", name=op.f("uq_legacy_accounts_account_id")),
    )
    op.create_table(
        "import_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_runs")),
    )
    op.create_table(
        "import_checkpoints",
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("last_key", sa.Text(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("read", sa.BigInteger(), nullable=False),
        sa.Column("written", sa.BigInteger(), nullable=False),
        sa.Column("changed", sa.BigInteger(), nullable=False),
        sa.Column("skipped", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["import_runs.id"],
            name=op.f("fk_import_checkpoints_run_id_import_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("run_id", "source", name=op.f("pk_import_checkpoints")),
    )


def downgrade() -> None:
    op.drop_table("import_checkpoints")
    op.drop_table("import_runs")
    op.drop_table("legacy_accounts")
    op.drop_index("ix_legacy_ids_source_target_id", table_name="legacy_ids")
    op.drop_table("legacy_ids")
    # Accounts made without a password get an unusable one: a hash no password verifies against.
    op.execute("UPDATE accounts SET password_hash = '!' WHERE password_hash IS NULL")
    with op.batch_alter_table("accounts") as batch:
        batch.alter_column("password_hash", existing_type=sa.String(length=200), nullable=False)
