"""Home page: views per title and day, for the "most viewed lately" top 10.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "title_daily_views",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("views", sa.BigInteger(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_title_daily_views_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("day", "title_id", name=op.f("pk_title_daily_views")),
    )
    op.create_index(op.f("ix_title_daily_views_title_id"), "title_daily_views", ["title_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_title_daily_views_title_id"), table_name="title_daily_views")
    op.drop_table("title_daily_views")
