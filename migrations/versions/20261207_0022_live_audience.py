"""Live TV's audience (each channel's views, and its views and peak viewers per hour) and channels' uploaded
logos (size variants, as JSON in the row like titles' artwork).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE: SQLite adds a column in place.


def upgrade() -> None:
    op.add_column(
        "live_channels", sa.Column("view_count", sa.BigInteger(), server_default="0", nullable=False)
    )
    op.add_column("live_channels", sa.Column("logo_images", sa.JSON(), nullable=True))
    op.create_table(
        "live_channel_hours",
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("hour", sa.DateTime(timezone=True), nullable=False),
        sa.Column("views", sa.Integer(), server_default="0", nullable=False),
        sa.Column("peak_watching", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["live_channels.id"],
            name=op.f("fk_live_channel_hours_channel_id_live_channels"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("channel_id", "hour", name=op.f("pk_live_channel_hours")),
    )


def downgrade() -> None:
    op.drop_table("live_channel_hours")
    op.drop_column("live_channels", "logo_images")
    op.drop_column("live_channels", "view_count")
