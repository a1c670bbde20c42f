"""Type-ahead's probes answered from an index alone.

Type-ahead walks the most popular titles and checks each one's name against the typed prefix (migration
0004, ``PostgresSearch.suggest``). Each check read the title's row in ``search_titles``, a wide row (it holds
the whole search document); this index carries the names' tsvector next to the id, so the check is an
index-only scan. At a million titles it took a 3-letter prefix's statement from about 6 to 4 ms (BENCHMARKS.md,
"Search"). SQLite's type-ahead uses FTS5 and needs nothing.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_search_titles_title_id_names ON search_titles (title_id) INCLUDE (name_vector)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_search_titles_title_id_names")
