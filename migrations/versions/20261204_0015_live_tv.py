"""Live TV: channels with their stream sources, categories (an ordered many-to-many), the programme guide
and the XMLTV imports' records.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-11
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "live_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("sort_order", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_categories")),
        sa.UniqueConstraint("slug", name=op.f("uq_live_categories_slug")),
    )
    op.create_table(
        "live_channels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("xmltv_id", sa.String(length=200), nullable=True),
        sa.Column("logo_url", sa.String(length=2048), nullable=True),
        sa.Column("logo_wide_url", sa.String(length=2048), nullable=True),
        sa.Column("language", sa.String(length=35), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("maturity_age", sa.SmallInteger(), server_default="0", nullable=False),
        sa.Column("is_premium", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("is_enabled", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("sort_order", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint("maturity_age BETWEEN 0 AND 21", name=op.f("ck_live_channels_maturity_age_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_channels")),
        sa.UniqueConstraint("number", name=op.f("uq_live_channels_number")),
        sa.UniqueConstraint("xmltv_id", name=op.f("uq_live_channels_xmltv_id")),
    )
    op.create_index(
        "ix_live_channels_display",
        "live_channels",
        ["sort_order", "id"],
        unique=False,
        postgresql_where=sa.text("is_enabled"),
        sqlite_where=sa.text("is_enabled = 1"),
    )
    op.create_table(
        "live_epg_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=2048), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("report", sa.JSON(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_epg_imports")),
    )
    op.create_table(
        "live_category_channels",
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["live_categories.id"],
            name=op.f("fk_live_category_channels_category_id_live_categories"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["live_channels.id"],
            name=op.f("fk_live_category_channels_channel_id_live_channels"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("category_id", "channel_id", name=op.f("pk_live_category_channels")),
    )
    op.create_index(
        "ix_live_category_channels_category_id_position",
        "live_category_channels",
        ["category_id", "position"],
        unique=False,
    )
    op.create_index(
        "ix_live_category_channels_channel_id", "live_category_channels", ["channel_id"], unique=False
    )
    op.create_table(
        "live_channel_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("backup_url", sa.String(length=2048), nullable=True),
        sa.Column("quality", sa.String(length=8), server_default="hd", nullable=False),
        sa.CheckConstraint(
            "quality IN ('sd', 'hd', 'fhd', 'uhd')", name=op.f("ck_live_channel_sources_quality_valid")
        ),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["live_channels.id"],
            name=op.f("fk_live_channel_sources_channel_id_live_channels"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_channel_sources")),
        sa.UniqueConstraint(
            "channel_id", "position", name=op.f("uq_live_channel_sources_channel_id_position")
        ),
    )
    op.create_table(
        "live_programmes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("subtitle", sa.String(length=300), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("category", sa.String(length=100), nullable=True),
        sa.Column("rating", sa.String(length=32), nullable=True),
        sa.Column("episode", sa.String(length=64), nullable=True),
        sa.Column("image_url", sa.String(length=2048), nullable=True),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_live_programmes_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["live_channels.id"],
            name=op.f("fk_live_programmes_channel_id_live_channels"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_programmes")),
        sa.UniqueConstraint("channel_id", "starts_at", name=op.f("uq_live_programmes_channel_id_starts_at")),
    )
    op.create_index(
        "ix_live_programmes_channel_id_ends_at", "live_programmes", ["channel_id", "ends_at"], unique=False
    )
    op.create_index("ix_live_programmes_ends_at", "live_programmes", ["ends_at"], unique=False)


def downgrade() -> None:

    op.drop_index("ix_live_programmes_ends_at", table_name="live_programmes")
    op.drop_index("ix_live_programmes_channel_id_ends_at", table_name="live_programmes")
    op.drop_table("live_programmes")
    op.drop_table("live_channel_sources")
    op.drop_index("ix_live_category_channels_channel_id", table_name="live_category_channels")
    op.drop_index("ix_live_category_channels_category_id_position", table_name="live_category_channels")
    op.drop_table("live_category_channels")
    op.drop_table("live_epg_imports")
    op.drop_index(
        "ix_live_channels_display",
        table_name="live_channels",
        postgresql_where=sa.text("is_enabled"),
        sqlite_where=sa.text("is_enabled = 1"),
    )
    op.drop_table("live_channels")
    op.drop_table("live_categories")
