"""The admin's titles table: one keyset index per order it sorts in, over every title (the browse indexes
hold only published ones), so that a filter change reads a page from an index whatever the catalog's size.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_titles_admin_updated": [sa.text("updated_at DESC"), sa.text("id DESC")],
    "ix_titles_admin_title": ["sort_title", "id"],
    "ix_titles_admin_release_year": [sa.text("release_year DESC"), sa.text("id DESC")],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "titles", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="titles")
