"""Resumable uploads of source media (tus, or direct S3 multipart).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "media_uploads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("length", sa.BigInteger(), nullable=False),
        sa.Column("offset", sa.BigInteger(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("filetype", sa.String(length=100), nullable=False),
        sa.Column("store_key", sa.String(length=512), nullable=True),
        sa.Column("multipart_id", sa.String(length=1024), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("consumed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("mode IN ('tus', 's3_multipart')", name=op.f("ck_media_uploads_mode_valid")),
        sa.CheckConstraint(
            "state IN ('receiving', 'complete', 'consumed')", name=op.f("ck_media_uploads_state_valid")
        ),
        sa.CheckConstraint(
            'length >= 0 AND "offset" >= 0 AND "offset" <= length',
            name=op.f("ck_media_uploads_offset_in_length"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_media_uploads_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_uploads")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_media_uploads_account_id_state", "media_uploads", ["account_id", "state"])
    op.create_index("ix_media_uploads_expires_at", "media_uploads", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_media_uploads_expires_at", table_name="media_uploads")
    op.drop_index("ix_media_uploads_account_id_state", table_name="media_uploads")
    op.drop_table("media_uploads")
