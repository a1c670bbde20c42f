"""Background jobs: receipts that make a job's effect happen once, and the most viewed titles list.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "job_receipts",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_job_receipts")),
    )
    op.create_table(
        "most_viewed_titles",
        sa.Column("position", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("views", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("position BETWEEN 1 AND 10", name=op.f("ck_most_viewed_titles_position_range")),
        sa.ForeignKeyConstraint(
            ["title_id"],
            ["titles.id"],
            name=op.f("fk_most_viewed_titles_title_id_titles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("position", name=op.f("pk_most_viewed_titles")),
        sa.UniqueConstraint("title_id", name=op.f("uq_most_viewed_titles_title_id")),
    )


def downgrade() -> None:
    op.drop_table("most_viewed_titles")
    op.drop_table("job_receipts")
