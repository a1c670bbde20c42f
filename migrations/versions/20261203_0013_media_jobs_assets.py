"""Media jobs (an upload on its way to a published HLS ladder) and media assets (the ladders viewers play).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATES = "'queued', 'running', 'done', 'failed', 'cancelled'"


def upgrade() -> None:
    op.create_table(
        "media_jobs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title_id", sa.Integer(), sa.ForeignKey("titles.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "episode_id", sa.Integer(), sa.ForeignKey("episodes.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("upload_id", sa.Integer(), nullable=False),
        sa.Column(
            "requested_by", sa.Integer(), sa.ForeignKey("accounts.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("asset_key", sa.String(length=32), nullable=False, unique=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("percent", sa.Float(), server_default=sa.text("0"), nullable=False),
        sa.Column("eta_s", sa.Integer(), nullable=True),
        sa.Column("attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(f"state IN ({STATES})", name="media_jobs_state"),
    )
    op.create_index("media_jobs_by_state", "media_jobs", ["state", "id"])
    op.create_table(
        "media_assets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("asset_key", sa.String(length=32), nullable=False, unique=True),
        sa.Column("title_id", sa.Integer(), sa.ForeignKey("titles.id", ondelete="CASCADE"), nullable=False),
        sa.Column(
            "episode_id", sa.Integer(), sa.ForeignKey("episodes.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("job_id", sa.Integer(), sa.ForeignKey("media_jobs.id", ondelete="SET NULL"), nullable=True),
        sa.Column("duration_s", sa.Float(), nullable=False),
        sa.Column("max_height", sa.Integer(), nullable=False),
        sa.Column("encrypted", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("manifest", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("media_assets_playing", "media_assets", ["title_id", "episode_id", "id"])


def downgrade() -> None:
    op.drop_table("media_assets")
    op.drop_table("media_jobs")
