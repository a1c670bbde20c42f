"""Search: a GIN index per popularity tier, in place of one over every document.

A search reads its matches tier by tier, most popular first, and stops when it has enough
(``PostgresSearch.candidates``). Over one index of every document, each tier's branch intersected the
query's words with the tier's lexeme: it walked the words' posting lists over all titles, once per tier.
With a common word among the query's ("sun a"), that was 1-4 ms per branch even where a tier held a hundred
titles. Each tier now has a partial index holding only its own documents, so a branch reads only its tier's
postings: the three top tiers, about 10,000 titles at a million, cost tens of microseconds, and the bottom
tier, split in four by id since migration 0004 (``pop_0a`` to ``pop_0d``), is read a quarter at a time.
Figures in BENCHMARKS.md, "Search".

Each index's predicate is the tier test its branch repeats (``TIER_GROUPS`` in the PostgreSQL backend), so
that the planner proves the branch may use it; a test compares the two. Every document holds one tier
lexeme, so the indexes together cover every document and the index over all of them goes.

SQLite's FTS5 tables need nothing.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Index name suffix -> the tier test, as the backend writes it at this revision.
TIERS = {
    "top": "pop_9 | pop_8 | pop_7 | pop_6 | pop_5 | pop_4 | pop_3",
    "pop_2": "pop_2",
    "pop_1": "pop_1",
    "pop_0a": "pop_0a",
    "pop_0b": "pop_0b",
    "pop_0c": "pop_0c",
    "pop_0d": "pop_0d",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("SET LOCAL statement_timeout = 0")  # about 30 s at a million titles
    for suffix, tiers in TIERS.items():
        op.execute(
            f"CREATE INDEX ix_search_titles_document_{suffix} ON search_titles USING gin (document) "
            f"WHERE document @@ '{tiers}'::tsquery"
        )
    op.execute("DROP INDEX ix_search_titles_document")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("SET LOCAL statement_timeout = 0")
    op.execute("CREATE INDEX ix_search_titles_document ON search_titles USING gin (document)")
    for suffix in TIERS:
        op.execute(f"DROP INDEX ix_search_titles_document_{suffix}")
