"""Catalog: titles, seasons, episodes, genres, languages, people, credits, sources, subtitles, trailers, top 10.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "genres",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.SmallInteger(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_genres")),
        sa.UniqueConstraint("slug", name=op.f("uq_genres_slug")),
    )
    op.create_table(
        "languages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=35), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_languages")),
        sa.UniqueConstraint("code", name=op.f("uq_languages_code")),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("biography", sa.Text(), server_default="", nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("photo_url", sa.String(length=2048), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    op.create_table(
        "titles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("sort_title", sa.String(length=300), nullable=False),
        sa.Column("original_title", sa.String(length=300), nullable=True),
        sa.Column("synopsis", sa.Text(), server_default="", nullable=False),
        sa.Column("release_year", sa.SmallInteger(), nullable=False),
        sa.Column("duration_s", sa.Integer(), nullable=True),
        sa.Column("maturity_age", sa.SmallInteger(), server_default="0", nullable=False),
        sa.Column("language_id", sa.Integer(), nullable=True),
        sa.Column("is_published", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("is_featured", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("popularity", sa.Float(), server_default="0", nullable=False),
        sa.Column("view_count", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("share_count", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("download_count", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("rating_avg", sa.Float(), server_default="0", nullable=False),
        sa.Column("rating_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("poster_url", sa.String(length=2048), nullable=True),
        sa.Column("poster_wide_url", sa.String(length=2048), nullable=True),
        sa.Column("backdrop_url", sa.String(length=2048), nullable=True),
        sa.Column("logo_url", sa.String(length=2048), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint("kind IN ('movie', 'series')", name=op.f("ck_titles_kind_valid")),
        sa.CheckConstraint("maturity_age BETWEEN 0 AND 21", name=op.f("ck_titles_maturity_age_range")),
        sa.CheckConstraint(
            "published_at IS NOT NULL OR NOT is_published", name=op.f("ck_titles_published_has_date")
        ),
        sa.CheckConstraint("release_year BETWEEN 1870 AND 2100", name=op.f("ck_titles_release_year_range")),
        sa.ForeignKeyConstraint(
            ["language_id"],
            ["languages.id"],
            name=op.f("fk_titles_language_id_languages"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_titles")),
    )
    op.create_index(
        "ix_titles_browse_kind_popular",
        "titles",
        ["kind", sa.literal_column("popularity DESC"), sa.literal_column("id DESC")],
        unique=False,
        postgresql_where=sa.text("is_published"),
        sqlite_where=sa.text("is_published = 1"),
    )
    op.create_index(
        "ix_titles_browse_kind_year",
        "titles",
        ["kind", sa.literal_column("release_year DESC"), sa.literal_column("popularity DESC")],
        unique=False,
        postgresql_where=sa.text("is_published"),
        sqlite_where=sa.text("is_published = 1"),
    )
    op.create_index(
        "ix_titles_browse_newest",
        "titles",
        [sa.literal_column("published_at DESC"), sa.literal_column("id DESC")],
        unique=False,
        postgresql_where=sa.text("is_published"),
        sqlite_where=sa.text("is_published = 1"),
    )
    op.create_index(
        "ix_titles_browse_popular",
        "titles",
        [sa.literal_column("popularity DESC"), sa.literal_column("id DESC")],
        unique=False,
        postgresql_where=sa.text("is_published"),
        sqlite_where=sa.text("is_published = 1"),
    )
    op.create_index(
        "ix_titles_browse_rating",
        "titles",
        [sa.literal_column("rating_avg DESC"), sa.literal_column("id DESC")],
        unique=False,
        postgresql_where=sa.text("is_published"),
        sqlite_where=sa.text("is_published = 1"),
    )
    op.create_index(
        "ix_titles_browse_release_year",
        "titles",
        [sa.literal_column("release_year DESC"), sa.literal_column("id DESC")],
        unique=False,
        postgresql_where=sa.text("is_published"),
        sqlite_where=sa.text("is_published = 1"),
    )
    op.create_index(
        "ix_titles_browse_title",
        "titles",
        ["sort_title", "id"],
        unique=False,
        postgresql_where=sa.text("is_published"),
        sqlite_where=sa.text("is_published = 1"),
    )
    op.create_index(
        "ix_titles_featured",
        "titles",
        [sa.literal_column("popularity DESC")],
        unique=False,
        postgresql_where=sa.text("is_published AND is_featured"),
        sqlite_where=sa.text("is_published = 1 AND is_featured = 1"),
    )
    op.create_index("ix_titles_language_id", "titles", ["language_id"], unique=False)
    op.create_table(
        "credits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("character", sa.String(length=300), nullable=True),
        sa.Column("billing_order", sa.SmallInteger(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "role IN ('cast', 'director', 'writer', 'producer', 'creator')",
            name=op.f("ck_credits_role_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_credits_person_id_people"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_credits_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credits")),
        sa.UniqueConstraint("title_id", "person_id", "role", name=op.f("uq_credits_title_id_person_id_role")),
    )
    op.create_index("ix_credits_person_id_title_id", "credits", ["person_id", "title_id"], unique=False)
    op.create_table(
        "seasons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.SmallInteger(), nullable=False),
        sa.Column("name", sa.String(length=300), server_default="", nullable=False),
        sa.Column("synopsis", sa.Text(), server_default="", nullable=False),
        sa.Column("release_year", sa.SmallInteger(), nullable=True),
        sa.Column("poster_url", sa.String(length=2048), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint("number BETWEEN 0 AND 1000", name=op.f("ck_seasons_number_range")),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_seasons_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seasons")),
        sa.UniqueConstraint("title_id", "number", name=op.f("uq_seasons_title_id_number")),
    )
    op.create_table(
        "title_genres",
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("genre_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["genre_id"], ["genres.id"], name=op.f("fk_title_genres_genre_id_genres"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_title_genres_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("title_id", "genre_id", name=op.f("pk_title_genres")),
    )
    op.create_index(
        "ix_title_genres_genre_id_title_id", "title_genres", ["genre_id", "title_id"], unique=False
    )
    op.create_table(
        "top10_entries",
        sa.Column("position", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("position BETWEEN 1 AND 10", name=op.f("ck_top10_entries_position_range")),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_top10_entries_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("position", name=op.f("pk_top10_entries")),
        sa.UniqueConstraint("title_id", name=op.f("uq_top10_entries_title_id")),
    )
    op.create_table(
        "trailers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), server_default="", nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("position", sa.SmallInteger(), server_default="0", nullable=False),
        sa.CheckConstraint("kind IN ('youtube', 'hls', 'mp4')", name=op.f("ck_trailers_kind_valid")),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_trailers_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trailers")),
    )
    op.create_index("ix_trailers_title_id", "trailers", ["title_id"], unique=False)
    op.create_table(
        "episodes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("season_id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.SmallInteger(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("synopsis", sa.Text(), server_default="", nullable=False),
        sa.Column("duration_s", sa.Integer(), nullable=True),
        sa.Column("air_date", sa.Date(), nullable=True),
        sa.Column("still_url", sa.String(length=2048), nullable=True),
        sa.Column("view_count", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("download_count", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint("number BETWEEN 0 AND 10000", name=op.f("ck_episodes_number_range")),
        sa.ForeignKeyConstraint(
            ["season_id"], ["seasons.id"], name=op.f("fk_episodes_season_id_seasons"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_episodes_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_episodes")),
        sa.UniqueConstraint("season_id", "number", name=op.f("uq_episodes_season_id_number")),
    )
    op.create_index("ix_episodes_title_id", "episodes", ["title_id"], unique=False)
    op.create_table(
        "media_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("episode_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("quality", sa.String(length=10), nullable=False),
        sa.Column("access", sa.String(length=10), nullable=False),
        sa.Column("is_downloadable", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=True),
        sa.CheckConstraint("access IN ('free', 'premium')", name=op.f("ck_media_sources_access_valid")),
        sa.CheckConstraint(
            "kind IN ('hls', 'dash', 'mp4', 'youtube', 'external')", name=op.f("ck_media_sources_kind_valid")
        ),
        sa.CheckConstraint(
            "quality IN ('auto', '480p', '720p', '1080p', '2160p')",
            name=op.f("ck_media_sources_quality_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episodes.id"],
            name=op.f("fk_media_sources_episode_id_episodes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_media_sources_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_sources")),
    )
    op.create_index("ix_media_sources_episode_id", "media_sources", ["episode_id"], unique=False)
    op.create_index(
        "ix_media_sources_title_id_episode_id", "media_sources", ["title_id", "episode_id"], unique=False
    )
    op.create_table(
        "subtitles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("episode_id", sa.Integer(), nullable=True),
        sa.Column("language_code", sa.String(length=35), nullable=False),
        sa.Column("label", sa.String(length=100), server_default="", nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.CheckConstraint("format IN ('vtt', 'srt')", name=op.f("ck_subtitles_format_valid")),
        sa.ForeignKeyConstraint(
            ["episode_id"], ["episodes.id"], name=op.f("fk_subtitles_episode_id_episodes"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["title_id"], ["titles.id"], name=op.f("fk_subtitles_title_id_titles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subtitles")),
    )
    op.create_index("ix_subtitles_episode_id", "subtitles", ["episode_id"], unique=False)
    op.create_index("ix_subtitles_title_id_episode_id", "subtitles", ["title_id", "episode_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_subtitles_title_id_episode_id", table_name="subtitles")
    op.drop_index("ix_subtitles_episode_id", table_name="subtitles")
    op.drop_table("subtitles")
    op.drop_index("ix_media_sources_title_id_episode_id", table_name="media_sources")
    op.drop_index("ix_media_sources_episode_id", table_name="media_sources")
    op.drop_table("media_sources")
    op.drop_index("ix_episodes_title_id", table_name="episodes")
    op.drop_table("episodes")
    op.drop_index("ix_trailers_title_id", table_name="trailers")
    op.drop_table("trailers")
    op.drop_table("top10_entries")
    op.drop_index("ix_title_genres_genre_id_title_id", table_name="title_genres")
    op.drop_table("title_genres")
    op.drop_table("seasons")
    op.drop_index("ix_credits_person_id_title_id", table_name="credits")
    op.drop_table("credits")
    op.drop_index("ix_titles_language_id", table_name="titles")
    op.drop_index(
        "ix_titles_featured",
        table_name="titles",
        postgresql_where=sa.text("is_published AND is_featured"),
        sqlite_where=sa.text("is_published = 1 AND is_featured = 1"),
    )
    op.drop_index(
        "ix_titles_browse_title",
        table_name="titles",
        postgresql_where=sa.text("is_published"),
        sqlite_where=sa.text("is_published = 1"),
    )
    op.drop_index(
        "ix_titles_browse_release_year",
        table_name="titles",
        postgresql_where=sa.text("is_published"),
        sqlite_where=sa.text("is_published = 1"),
    )
    op.drop_index(
        "ix_titles_browse_rating",
        table_name="titles",
        postgresql_where=sa.text("is_published"),
        sqlite_where=sa.text("is_published = 1"),
    )
    op.drop_index(
        "ix_titles_browse_popular",
        table_name="titles",
        postgresql_where=sa.text("is_published"),
        sqlite_where=sa.text("is_published = 1"),
    )
    op.drop_index(
        "ix_titles_browse_newest",
        table_name="titles",
        postgresql_where=sa.text("is_published"),
        sqlite_where=sa.text("is_published = 1"),
    )
    op.drop_index(
        "ix_titles_browse_kind_year",
        table_name="titles",
        postgresql_where=sa.text("is_published"),
        sqlite_where=sa.text("is_published = 1"),
    )
    op.drop_index(
        "ix_titles_browse_kind_popular",
        table_name="titles",
        postgresql_where=sa.text("is_published"),
        sqlite_where=sa.text("is_published = 1"),
    )
    op.drop_table("titles")
    op.drop_table("people")
    op.drop_table("languages")
    op.drop_table("genres")
