"""Artwork variants: each title's uploaded images and each profile's uploaded picture (size variants in WebP
and JPEG or PNG, blurhash, size), as JSON in their rows so that lists read them with the row.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE, not a batch: SQLite adds and (since 3.35) drops a column in place, where a batch would
# copy the table and break the search triggers that name it.


def upgrade() -> None:
    op.add_column("titles", sa.Column("artwork_images", sa.JSON(), nullable=True))
    op.add_column("profiles", sa.Column("avatar_image", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("profiles", "avatar_image")
    op.drop_column("titles", "artwork_images")
