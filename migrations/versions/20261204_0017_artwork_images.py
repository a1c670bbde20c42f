"""Artwork variants: each title's uploaded images (size variants in WebP and JPEG or PNG, blurhash, size),
as JSON in the title's row so that lists read them with the row.

Revision ID: 0017
Revises: 0014
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("titles") as batch:
        batch.add_column(sa.Column("artwork_images", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("titles") as batch:
        batch.drop_column("artwork_images")
