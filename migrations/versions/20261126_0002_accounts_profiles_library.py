"""Accounts, login sessions, refresh tokens, profiles, and each profile's library (watchlist, favourites,
ratings); the exact rating total on titles.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("display_name", sa.String(length=100), server_default="", nullable=False),
        sa.Column("role", sa.String(length=10), server_default="viewer", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint("role IN ('viewer', 'editor', 'admin')", name=op.f("ck_accounts_role_valid")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("email", name=op.f("uq_accounts_email")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "auth_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("user_agent", sa.String(length=300), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_auth_sessions_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_sessions")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_auth_sessions_account_id", "auth_sessions", ["account_id"], unique=False)
    op.create_table(
        "profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("avatar_url", sa.String(length=500), nullable=False),
        sa.Column("is_kids", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("max_maturity_age", sa.SmallInteger(), server_default="18", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_profiles_account_id_accounts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profiles")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_profiles_account_id", "profiles", ["account_id"], unique=False)
    op.create_table(
        "favorite_titles",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_favorite_titles_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_favorite_titles_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("profile_id", "title_id", name=op.f("pk_favorite_titles")),
    )
    op.create_index(
        "ix_favorite_titles_profile_id_added_at",
        "favorite_titles",
        ["profile_id", "added_at", "title_id"],
        unique=False,
    )
    op.create_table(
        "ratings",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.SmallInteger(), nullable=False),
        sa.Column("rated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint("score BETWEEN 1 AND 10", name=op.f("ck_ratings_score_range")),
        sa.ForeignKeyConstraint(
            ["profile_id"], ["profiles.id"], name=op.f("fk_ratings_profile_id_profiles"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_ratings_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("profile_id", "title_id", name=op.f("pk_ratings")),
    )
    op.create_index("ix_ratings_title_id", "ratings", ["title_id"], unique=False)
    op.create_table(
        "refresh_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["auth_sessions.id"],
            name=op.f("fk_refresh_tokens_session_id_auth_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refresh_tokens")),
        sa.UniqueConstraint("digest", name=op.f("uq_refresh_tokens_digest")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_refresh_tokens_session_id", "refresh_tokens", ["session_id"], unique=False)
    op.create_table(
        "watchlist_titles",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_watchlist_titles_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_watchlist_titles_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("profile_id", "title_id", name=op.f("pk_watchlist_titles")),
    )
    op.create_index(
        "ix_watchlist_titles_profile_id_added_at",
        "watchlist_titles",
        ["profile_id", "added_at", "title_id"],
        unique=False,
    )
    op.create_table(
        "favorite_episodes",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episodes.id"],
            name=op.f("fk_favorite_episodes_episode_id_episodes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_favorite_episodes_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("profile_id", "episode_id", name=op.f("pk_favorite_episodes")),
    )
    op.create_index(
        "ix_favorite_episodes_profile_id_added_at",
        "favorite_episodes",
        ["profile_id", "added_at", "episode_id"],
        unique=False,
    )
    op.create_table(
        "watchlist_episodes",
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("episode_id", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episodes.id"],
            name=op.f("fk_watchlist_episodes_episode_id_episodes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_watchlist_episodes_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("profile_id", "episode_id", name=op.f("pk_watchlist_episodes")),
    )
    op.create_index(
        "ix_watchlist_episodes_profile_id_added_at",
        "watchlist_episodes",
        ["profile_id", "added_at", "episode_id"],
        unique=False,
    )
    op.add_column("titles", sa.Column("rating_total", sa.BigInteger(), server_default="0", nullable=False))


def downgrade() -> None:
    op.drop_column("titles", "rating_total")
    op.drop_index("ix_watchlist_episodes_profile_id_added_at", table_name="watchlist_episodes")
    op.drop_table("watchlist_episodes")
    op.drop_index("ix_favorite_episodes_profile_id_added_at", table_name="favorite_episodes")
    op.drop_table("favorite_episodes")
    op.drop_index("ix_watchlist_titles_profile_id_added_at", table_name="watchlist_titles")
    op.drop_table("watchlist_titles")
    op.drop_index("ix_refresh_tokens_session_id", table_name="refresh_tokens")
    op.drop_table("refresh_tokens")
    op.drop_index("ix_ratings_title_id", table_name="ratings")
    op.drop_table("ratings")
    op.drop_index("ix_favorite_titles_profile_id_added_at", table_name="favorite_titles")
    op.drop_table("favorite_titles")
    op.drop_index("ix_profiles_account_id", table_name="profiles")
    op.drop_table("profiles")
    op.drop_index("ix_auth_sessions_account_id", table_name="auth_sessions")
    op.drop_table("auth_sessions")
    op.drop_table("accounts")
