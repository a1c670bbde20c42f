"""Search: the search index tables and the triggers that keep them current on every catalog write.

PostgreSQL: the ``unaccent`` and ``pg_trgm`` extensions; a text search configuration ``vuga_search`` (the
``simple`` parser and dictionary behind ``unaccent``: no stemming and no stop words, so names in any
language match as typed, accents ignored); ``search_titles`` with a weighted tsvector per published title
(A: title and original title, B: people, C: genres, D: synopsis) under a GIN index, the names alone in a
second tsvector (type-ahead), the normalised names under a trigram GIN index (typos) and the normalised title
under a b-tree (exact matches); ``search_people`` for type-ahead on people's names. Triggers call ``search_refresh_titles(ids)`` / ``search_refresh_people(ids)``.

SQLite: FTS5 tables with the same columns (``unicode61 remove_diacritics 2``), a ``trigram`` FTS5 table over
the names for typos and substrings, and triggers repeating the refresh in SQL (SQLite triggers cannot call a
shared function).

Only published titles are in the index, so an unpublished title cannot appear in any search.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_UPGRADE:
            op.execute(statement)
    else:
        for statement in sqlite_upgrade():
            op.execute(statement)
        # Titles and people already in the catalog (an upgrade of a database holding data).
        backfill = _sqlite_refresh_titles("SELECT id FROM titles") + _sqlite_refresh_people(
            "SELECT id FROM people"
        )
        for statement in backfill.split(";"):
            if statement.strip():
                op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_DOWNGRADE:
            op.execute(statement)
    else:
        for trigger in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for table in ("search_titles", "search_title_trigrams", "search_people"):
            op.execute(f"DROP TABLE IF EXISTS {table}")


# --- PostgreSQL -----------------------------------------------------------------------------------------

_TITLE_DOCUMENT = """
    setweight(to_tsvector('vuga_search', t.title || ' ' || coalesce(t.original_title, '')), 'A')
    || setweight(to_tsvector('vuga_search', coalesce((
        SELECT string_agg(p.name, ' ') FROM credits c JOIN people p ON p.id = c.person_id
        WHERE c.title_id = t.id), '')), 'B')
    || setweight(to_tsvector('vuga_search', coalesce((
        SELECT string_agg(g.name, ' ') FROM title_genres tg JOIN genres g ON g.id = tg.genre_id
        WHERE tg.title_id = t.id), '')), 'C')
    || setweight(to_tsvector('vuga_search', t.synopsis), 'D')
"""

POSTGRES_UPGRADE = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE TEXT SEARCH CONFIGURATION vuga_search (COPY = simple)",
    "ALTER TEXT SEARCH CONFIGURATION vuga_search "
    "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple",
    # unaccent() is only STABLE (its dictionary could change); naming the dictionary makes the result
    # depend on the argument alone, which is what an IMMUTABLE wrapper promises. Words are kept, separated by
    # single spaces: "The Godfather: Part II" and "the godfather part ii" normalise alike.
    """
    CREATE FUNCTION vuga_search_normalize(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
        SELECT btrim(regexp_replace(lower(unaccent('unaccent'::regdictionary, value)), '[^[:alnum:]]+', ' ', 'g'))
    $$
    """,
    # A title's popularity tier, "pop_1" (10 to 99) to "pop_9" (a billion and more): one lexeme in each
    # document, which no text can produce (the parser splits words at "_"). Searching tier by tier, most
    # popular first, lets GIN return the popular matches of a common word without reading all its matches.
    # Most titles are in the bottom tier (under 10), split in four by id ("pop_0a" to "pop_0d") so that a
    # search that reaches it reads a quarter of it at a time.
    """
    CREATE FUNCTION vuga_search_tier(popularity double precision, title_id integer) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
        SELECT CASE WHEN popularity < 10 THEN 'pop_0' || chr(97 + title_id % 4)
                    ELSE 'pop_' || least(9, floor(log(popularity)))::integer END
    $$
    """,
    """
    CREATE TABLE search_titles (
        title_id integer PRIMARY KEY REFERENCES titles (id) ON DELETE CASCADE,
        document tsvector NOT NULL,
        name_vector tsvector NOT NULL,
        names text NOT NULL,
        title_key text NOT NULL
    )
    """,
    "CREATE INDEX ix_search_titles_document ON search_titles USING gin (document)",
    "CREATE INDEX ix_search_titles_name_vector ON search_titles USING gin (name_vector)",
    "CREATE INDEX ix_search_titles_names_trgm ON search_titles USING gin (names gin_trgm_ops)",
    "CREATE INDEX ix_search_titles_title_key ON search_titles (title_key)",
    """
    CREATE TABLE search_people (
        person_id integer PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
        name_vector tsvector NOT NULL
    )
    """,
    "CREATE INDEX ix_search_people_name_vector ON search_people USING gin (name_vector)",
    f"""
    CREATE FUNCTION search_refresh_titles(ids integer[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM search_titles s
        WHERE s.title_id = ANY (ids)
          AND NOT EXISTS (SELECT 1 FROM titles t WHERE t.id = s.title_id AND t.is_published);
        INSERT INTO search_titles (title_id, document, name_vector, names, title_key)
        SELECT t.id,
               {_TITLE_DOCUMENT} || array_to_tsvector(ARRAY[vuga_search_tier(t.popularity, t.id)]),
               to_tsvector('vuga_search', t.title || ' ' || coalesce(t.original_title, ''))
                   || array_to_tsvector(ARRAY[vuga_search_tier(t.popularity, t.id)]),
               vuga_search_normalize(t.title || ' ' || coalesce(t.original_title, '')),
               vuga_search_normalize(t.title)
        FROM titles t
        WHERE t.id = ANY (ids) AND t.is_published
        ON CONFLICT (title_id) DO UPDATE
        SET document = excluded.document, name_vector = excluded.name_vector, names = excluded.names,
            title_key = excluded.title_key;
    $$
    """,
    """
    CREATE FUNCTION search_refresh_people(ids integer[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO search_people (person_id, name_vector)
        SELECT p.id, to_tsvector('vuga_search', p.name) FROM people p WHERE p.id = ANY (ids)
        ON CONFLICT (person_id) DO UPDATE SET name_vector = excluded.name_vector;
    $$
    """,
    """
    CREATE FUNCTION search_on_title_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM search_refresh_titles(ARRAY[NEW.id]);
        RETURN NULL;
    END $$
    """,
    """
    CREATE FUNCTION search_on_title_part_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            PERFORM search_refresh_titles(ARRAY[OLD.title_id]);
        ELSIF TG_OP = 'UPDATE' THEN
            PERFORM search_refresh_titles(ARRAY[OLD.title_id, NEW.title_id]);
        ELSE
            PERFORM search_refresh_titles(ARRAY[NEW.title_id]);
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE FUNCTION search_on_person_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM search_refresh_people(ARRAY[NEW.id]);
        IF TG_OP = 'UPDATE' THEN
            PERFORM search_refresh_titles(ARRAY(SELECT title_id FROM credits WHERE person_id = NEW.id));
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE FUNCTION search_on_genre_rename() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM search_refresh_titles(ARRAY(SELECT title_id FROM title_genres WHERE genre_id = NEW.id));
        RETURN NULL;
    END $$
    """,
    "CREATE TRIGGER search_titles_changed AFTER INSERT OR UPDATE OF title, original_title, synopsis, "
    "is_published ON titles FOR EACH ROW EXECUTE FUNCTION search_on_title_change()",
    # Popularity moves with every counter flush; the index follows only when a title changes tier.
    "CREATE TRIGGER search_titles_tier_changed AFTER UPDATE OF popularity ON titles FOR EACH ROW "
    "WHEN (vuga_search_tier(OLD.popularity, OLD.id) IS DISTINCT FROM vuga_search_tier(NEW.popularity, NEW.id)) "
    "EXECUTE FUNCTION search_on_title_change()",
    "CREATE TRIGGER search_credits_changed AFTER INSERT OR UPDATE OF title_id, person_id OR DELETE "
    "ON credits FOR EACH ROW EXECUTE FUNCTION search_on_title_part_change()",
    "CREATE TRIGGER search_title_genres_changed AFTER INSERT OR UPDATE OR DELETE ON title_genres "
    "FOR EACH ROW EXECUTE FUNCTION search_on_title_part_change()",
    "CREATE TRIGGER search_people_changed AFTER INSERT OR UPDATE OF name ON people "
    "FOR EACH ROW EXECUTE FUNCTION search_on_person_change()",
    "CREATE TRIGGER search_genres_renamed AFTER UPDATE OF name ON genres "
    "FOR EACH ROW EXECUTE FUNCTION search_on_genre_rename()",
    # Titles and people already in the catalog (an upgrade of a database holding data): about three minutes
    # for a million titles, longer than the statement timeout the server's connections set.
    "SET LOCAL statement_timeout = 0",
    "SELECT search_refresh_titles(ARRAY(SELECT id FROM titles))",
    "SELECT search_refresh_people(ARRAY(SELECT id FROM people))",
]

POSTGRES_DOWNGRADE = [
    "DROP TRIGGER IF EXISTS search_titles_changed ON titles",
    "DROP TRIGGER IF EXISTS search_titles_tier_changed ON titles",
    "DROP TRIGGER IF EXISTS search_credits_changed ON credits",
    "DROP TRIGGER IF EXISTS search_title_genres_changed ON title_genres",
    "DROP TRIGGER IF EXISTS search_people_changed ON people",
    "DROP TRIGGER IF EXISTS search_genres_renamed ON genres",
    "DROP FUNCTION IF EXISTS search_on_title_change()",
    "DROP FUNCTION IF EXISTS search_on_title_part_change()",
    "DROP FUNCTION IF EXISTS search_on_person_change()",
    "DROP FUNCTION IF EXISTS search_on_genre_rename()",
    "DROP FUNCTION IF EXISTS search_refresh_titles(integer[])",
    "DROP FUNCTION IF EXISTS search_refresh_people(integer[])",
    "DROP TABLE IF EXISTS search_titles",
    "DROP TABLE IF EXISTS search_people",
    "DROP FUNCTION IF EXISTS vuga_search_normalize(text)",
    "DROP FUNCTION IF EXISTS vuga_search_tier(double precision, integer)",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS vuga_search",
    # The extensions stay: they may have been installed before this migration, for other uses.
]


# --- SQLite ---------------------------------------------------------------------------------------------


def _sqlite_refresh_titles(ids: str) -> str:
    """Statements that rebuild the index rows of the titles whose ids ``ids`` (a SELECT) yields."""
    return f"""
        DELETE FROM search_titles WHERE rowid IN ({ids});
        DELETE FROM search_title_trigrams WHERE rowid IN ({ids});
        INSERT INTO search_titles (rowid, names, people, genres, synopsis)
        SELECT t.id, t.title || ' ' || coalesce(t.original_title, ''),
               coalesce((SELECT group_concat(p.name, ' ') FROM credits c JOIN people p ON p.id = c.person_id
                         WHERE c.title_id = t.id), ''),
               coalesce((SELECT group_concat(g.name, ' ') FROM title_genres tg
                         JOIN genres g ON g.id = tg.genre_id WHERE tg.title_id = t.id), ''),
               t.synopsis
        FROM titles t WHERE t.id IN ({ids}) AND t.is_published;
        INSERT INTO search_title_trigrams (rowid, names)
        SELECT t.id, t.title || ' ' || coalesce(t.original_title, '')
        FROM titles t WHERE t.id IN ({ids}) AND t.is_published;
    """


def _sqlite_refresh_people(ids: str) -> str:
    return f"""
        DELETE FROM search_people WHERE rowid IN ({ids});
        INSERT INTO search_people (rowid, name) SELECT p.id, p.name FROM people p WHERE p.id IN ({ids});
    """


SQLITE_TRIGGERS: dict[str, tuple[str, str]] = {
    "search_titles_inserted": ("AFTER INSERT ON titles", _sqlite_refresh_titles("NEW.id")),
    "search_titles_updated": (
        "AFTER UPDATE OF title, original_title, synopsis, is_published ON titles",
        _sqlite_refresh_titles("NEW.id"),
    ),
    "search_titles_deleted": (
        "AFTER DELETE ON titles",
        "DELETE FROM search_titles WHERE rowid = OLD.id; DELETE FROM search_title_trigrams WHERE rowid = OLD.id;",
    ),
    "search_credits_inserted": ("AFTER INSERT ON credits", _sqlite_refresh_titles("NEW.title_id")),
    "search_credits_updated": (
        "AFTER UPDATE OF title_id, person_id ON credits",
        _sqlite_refresh_titles("OLD.title_id, NEW.title_id"),
    ),
    "search_credits_deleted": ("AFTER DELETE ON credits", _sqlite_refresh_titles("OLD.title_id")),
    "search_title_genres_inserted": ("AFTER INSERT ON title_genres", _sqlite_refresh_titles("NEW.title_id")),
    "search_title_genres_deleted": ("AFTER DELETE ON title_genres", _sqlite_refresh_titles("OLD.title_id")),
    "search_people_inserted": ("AFTER INSERT ON people", _sqlite_refresh_people("NEW.id")),
    "search_people_renamed": (
        "AFTER UPDATE OF name ON people",
        _sqlite_refresh_people("NEW.id")
        + _sqlite_refresh_titles("SELECT title_id FROM credits WHERE person_id = NEW.id"),
    ),
    "search_people_deleted": ("AFTER DELETE ON people", "DELETE FROM search_people WHERE rowid = OLD.id;"),
    "search_genres_renamed": (
        "AFTER UPDATE OF name ON genres",
        _sqlite_refresh_titles("SELECT title_id FROM title_genres WHERE genre_id = NEW.id"),
    ),
}


def sqlite_upgrade() -> list[str]:
    # Prefix indexes of 2 and 3 characters make type-ahead prefix queries index lookups.
    words = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
    statements = [
        f"CREATE VIRTUAL TABLE search_titles USING fts5(names, people, genres, synopsis, {words})",
        "CREATE VIRTUAL TABLE search_title_trigrams USING fts5(names, tokenize = 'trigram')",
        f"CREATE VIRTUAL TABLE search_people USING fts5(name, {words})",
    ]
    for name, (event, body) in SQLITE_TRIGGERS.items():
        statements.append(f"CREATE TRIGGER {name} {event} BEGIN {body} END")
    return statements
