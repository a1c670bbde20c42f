"""A profile's library: the titles and episodes it saved to watch, its favourites, its ratings.

Titles and episodes are kept in separate tables so that every row has a plain composite primary key — the
index that serves both "is it saved?" and the profile's list in the order saved.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, SmallInteger, func
from sqlalchemy.orm import Mapped, mapped_column

from vuga.core.db import Base, UTCDateTime


class _ProfileTitle:
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"), primary_key=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())


class _ProfileEpisode:
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True)
    episode_id: Mapped[int] = mapped_column(ForeignKey("episodes.id", ondelete="CASCADE"), primary_key=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now())


class WatchlistTitle(_ProfileTitle, Base):
    __tablename__ = "watchlist_titles"
    __table_args__ = (Index("ix_watchlist_titles_profile_id_added_at", "profile_id", "added_at", "title_id"),)


class WatchlistEpisode(_ProfileEpisode, Base):
    __tablename__ = "watchlist_episodes"
    __table_args__ = (
        Index("ix_watchlist_episodes_profile_id_added_at", "profile_id", "added_at", "episode_id"),
    )


class FavoriteTitle(_ProfileTitle, Base):
    __tablename__ = "favorite_titles"
    __table_args__ = (Index("ix_favorite_titles_profile_id_added_at", "profile_id", "added_at", "title_id"),)


class FavoriteEpisode(_ProfileEpisode, Base):
    __tablename__ = "favorite_episodes"
    __table_args__ = (
        Index("ix_favorite_episodes_profile_id_added_at", "profile_id", "added_at", "episode_id"),
    )


class Rating(Base):
    __tablename__ = "ratings"

    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), primary_key=True)
    title_id: Mapped[int] = mapped_column(ForeignKey("titles.id", ondelete="CASCADE"), primary_key=True)
    score: Mapped[int] = mapped_column(SmallInteger)
    rated_at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.now(), onupdate=func.now())

    __table_args__ = (
        CheckConstraint("score BETWEEN 1 AND 10", name="score_range"),
        Index("ix_ratings_title_id", "title_id"),
    )
