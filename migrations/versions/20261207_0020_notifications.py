"""Notifications: one row per notification and its audience, the per-profile state rows written when a
profile shows or dismisses one, and the devices' push subscriptions (Web Push, FCM).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("body", sa.String(length=500), server_default="", nullable=False),
        sa.Column("image_url", sa.String(length=1000), nullable=True),
        sa.Column("link_title_id", sa.Integer(), nullable=True),
        sa.Column("link_channel_id", sa.Integer(), nullable=True),
        sa.Column("audience", sa.String(length=10), nullable=False),
        sa.Column("audience_title_id", sa.Integer(), nullable=True),
        sa.Column("audience_account_id", sa.Integer(), nullable=True),
        sa.Column("popup", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("push", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("send_at", MOMENT, nullable=False),
        sa.Column("expires_at", MOMENT, nullable=False),
        sa.Column("delivered_at", MOMENT, nullable=True),
        sa.Column("delivered_count", sa.Integer(), nullable=True),
        sa.Column("pushed_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", MOMENT, server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint(
            "(audience = 'account') = (audience_account_id IS NOT NULL)",
            name=op.f("ck_notifications_account_has_account"),
        ),
        sa.CheckConstraint(
            "(audience = 'watched') = (audience_title_id IS NOT NULL)",
            name=op.f("ck_notifications_watched_has_title"),
        ),
        sa.CheckConstraint(
            "audience IN ('everyone', 'kids', 'non_kids', 'watched', 'account')",
            name=op.f("ck_notifications_audience_valid"),
        ),
        sa.CheckConstraint("expires_at > send_at", name=op.f("ck_notifications_expires_after_sending")),
        sa.CheckConstraint(
            "link_title_id IS NULL OR link_channel_id IS NULL", name=op.f("ck_notifications_one_link")
        ),
        sa.ForeignKeyConstraint(
            ["audience_account_id"],
            ["accounts.id"],
            name=op.f("fk_notifications_audience_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["audience_title_id"],
            ["titles.id"],
            name=op.f("fk_notifications_audience_title_id_titles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["accounts.id"],
            name=op.f("fk_notifications_created_by_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["link_channel_id"],
            ["live_channels.id"],
            name=op.f("fk_notifications_link_channel_id_live_channels"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["link_title_id"],
            ["titles.id"],
            name=op.f("fk_notifications_link_title_id_titles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
        sqlite_autoincrement=True,
    )
    for column in (
        "audience_account_id",
        "audience_title_id",
        "expires_at",
        "link_channel_id",
        "link_title_id",
    ):
        op.create_index(f"ix_notifications_{column}", "notifications", [column])
    op.create_index(
        "ix_notifications_undelivered",
        "notifications",
        ["send_at"],
        postgresql_where=sa.text("delivered_at IS NULL"),
        sqlite_where=sa.text("delivered_at IS NULL"),
    )

    op.create_table(
        "notification_states",
        sa.Column("notification_id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("shown_at", MOMENT, nullable=True),
        sa.Column("dismissed_at", MOMENT, nullable=True),
        sa.ForeignKeyConstraint(
            ["notification_id"],
            ["notifications.id"],
            name=op.f("fk_notification_states_notification_id_notifications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name=op.f("fk_notification_states_profile_id_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("notification_id", "profile_id", name=op.f("pk_notification_states")),
    )
    op.create_index("ix_notification_states_profile_id", "notification_states", ["profile_id"])

    op.create_table(
        "push_subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=10), nullable=False),
        sa.Column("address", sa.String(length=1000), nullable=False),
        sa.Column("address_digest", sa.String(length=64), nullable=False),
        sa.Column("p256dh", sa.String(length=200), nullable=True),
        sa.Column("auth_secret", sa.String(length=50), nullable=True),
        sa.Column("created_at", MOMENT, server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint(
            "provider = 'fcm' OR (p256dh IS NOT NULL AND auth_secret IS NOT NULL)",
            name=op.f("ck_push_subscriptions_keys"),
        ),
        sa.CheckConstraint(
            "provider IN ('webpush', 'fcm')", name=op.f("ck_push_subscriptions_provider_valid")
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_push_subscriptions_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["auth_sessions.id"],
            name=op.f("fk_push_subscriptions_session_id_auth_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_push_subscriptions")),
        sa.UniqueConstraint("address_digest", name=op.f("uq_push_subscriptions_address_digest")),
        sa.UniqueConstraint("session_id", name=op.f("uq_push_subscriptions_session_id")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_push_subscriptions_account_id", "push_subscriptions", ["account_id"])


def downgrade() -> None:
    op.drop_table("push_subscriptions")
    op.drop_table("notification_states")
    op.drop_table("notifications")
