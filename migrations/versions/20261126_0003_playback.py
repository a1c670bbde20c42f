"""Playback: watch state, title progress for continue watching, and the watch history (partitioned by month
on PostgreSQL, with partitions for this month and the next three and a default one).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "title_progress",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("episode_id", sa.Integer(), nullable=True),
        sa.Column("position_s", sa.Float(), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=True),
        sa.Column("completed", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("client_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episodes.id"],
            name=op.f("fk_title_progress_episode_id_episodes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_title_progress_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_title_progress_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("profile_id", "title_id", name=op.f("pk_title_progress")),
    )
    op.create_index(
        "ix_title_progress_continue",
        "title_progress",
        ["profile_id", "completed", sa.literal_column("updated_at DESC")],
        unique=False,
    )
    op.create_table(
        "watch_history",
        # PostgreSQL: a table partitioned by month, its rows living in one partition per month.
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("episode_key", sa.Integer(), nullable=False),
        sa.Column("episode_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.String(length=64), nullable=False),
        sa.Column("device", sa.String(length=20), server_default="", nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_client_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seconds_watched", sa.Float(), server_default="0", nullable=False),
        sa.Column("view_counted", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episodes.id"],
            name=op.f("fk_watch_history_episode_id_episodes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_watch_history_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_watch_history_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", "month", name=op.f("pk_watch_history")),
        postgresql_partition_by="RANGE (month)",
    )
    op.create_index(
        "ix_watch_history_profile_last_seen",
        "watch_history",
        ["profile_id", sa.literal_column("last_seen_at DESC"), "id"],
        unique=False,
    )
    op.create_index(
        "uq_watch_history_session",
        "watch_history",
        ["profile_id", "session_id", "episode_key", "title_id", "month"],
        unique=True,
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE TABLE watch_history_default PARTITION OF watch_history DEFAULT")
        today = date.today().replace(day=1)
        for offset in range(4):
            index = today.year * 12 + today.month - 1 + offset
            start, end = (
                date(index // 12, index % 12 + 1, 1),
                date((index + 1) // 12, (index + 1) % 12 + 1, 1),
            )
            op.execute(
                f"CREATE TABLE watch_history_y{start.year:04d}m{start.month:02d} PARTITION OF watch_history "
                f"FOR VALUES FROM ('{start.isoformat()}') TO ('{end.isoformat()}')"
            )
    op.create_table(
        "watch_state",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("episode_key", sa.Integer(), nullable=False),
        sa.Column("episode_id", sa.Integer(), nullable=True),
        sa.Column("position_s", sa.Float(), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=False),
        sa.Column("completed", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("client_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episodes.id"],
            name=op.f("fk_watch_state_episode_id_episodes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_watch_state_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_watch_state_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("profile_id", "title_id", "episode_key", name=op.f("pk_watch_state")),
    )


def downgrade() -> None:
    op.drop_table("watch_state")
    op.drop_index("uq_watch_history_session", table_name="watch_history")
    op.drop_index("ix_watch_history_profile_last_seen", table_name="watch_history")
    op.drop_table("watch_history")
    op.drop_index("ix_title_progress_continue", table_name="title_progress")
    op.drop_table("title_progress")
