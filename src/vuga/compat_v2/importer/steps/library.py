"""Each profile's library: watchlists (titles and episodes), favourites and ratings.

A profile keeps only what it may see. VUGA's kids filter ORed "has no age limit" into its query without
brackets, so hidden titles (``is_show = 0``) leaked into kids profiles, and their viewers could save them;
such rows, and any for a title above the profile's ceiling, are skipped with that reason. Ratings are whole
scores from 1 to 10 here: VUGA's 0-10 floats are rounded half up, a 0 (no score) is skipped; the titles'
averages are then recomputed from the ratings, exactly.
"""

from __future__ import annotations

import math
from typing import Any, ClassVar

from sqlalchemy.ext.asyncio import AsyncSession

from vuga.compat_v2.importer.context import EpisodeFacts, ImportContext, ProfileFacts, TitleFacts
from vuga.compat_v2.importer.repository import ImportRepository
from vuga.compat_v2.importer.source import Row
from vuga.compat_v2.importer.steps.catalog import orphan
from vuga.compat_v2.importer.steps.kinds import LinkStep, Skip
from vuga.compat_v2.importer.values import aware
from vuga.library.models import FavoriteTitle, Rating, WatchlistEpisode, WatchlistTitle

LEAKED = "a hidden title (is_show = 0) in a kids profile: VUGA's kids filter let it through (OR precedence)"
ABOVE_CEILING = "the title is above the profile's age ceiling"


def may_see(profile: ProfileFacts, title: TitleFacts) -> str | None:
    """None when the profile may keep the title, else why not."""
    if profile.is_kids and not title.is_published:
        return LEAKED
    if title.maturity_age > profile.ceiling:
        return ABOVE_CEILING
    return None


class _ProfileStep(LinkStep):
    """A table of (profile, title or episode) rows."""

    item: ClassVar[str] = "content_id"  # or "episode_id"
    stamp: ClassVar[str] = "created_at"  # the legacy column of when it was added
    # A table of an older VUGA generation holding the same rows: those it shares with ``primary`` are skipped.
    primary: ClassVar[str | None] = None

    async def prepare(self, context: ImportContext, session: AsyncSession) -> None:
        if self.primary is not None:
            rows = await context.legacy.rows(f"SELECT profile_id, {self.item} FROM {self.primary}")  # noqa: S608
            context.prepared[f"{self.source}.primary"] = {
                (int(r["profile_id"]), int(r[self.item])) for r in rows
            }

    async def lookups(self, context: ImportContext, session: AsyncSession) -> None:
        self.profiles = await context.profiles(session)
        self.titles = await context.titles(session)
        self.episodes: dict[int, EpisodeFacts] = (
            await context.episodes(session) if self.item == "episode_id" else {}
        )

    def resolve(self, context: ImportContext, row: Row) -> tuple[ProfileFacts, int, TitleFacts] | Skip:
        """The profile, the item id of ours and its title's facts, or why the row cannot be kept."""
        profile = self.profiles.get(int(row["profile_id"]))
        if profile is None:
            return orphan("profile")
        legacy_item = int(row[self.item] or 0)
        if (
            self.primary is not None
            and (int(row["profile_id"]), legacy_item) in context.prepared[f"{self.source}.primary"]
        ):
            return Skip(f"duplicate: imported from {self.primary}")
        if self.item == "episode_id":
            episode = self.episodes.get(legacy_item)
            title = None if episode is None else self.titles.get(episode.legacy_content_id or 0)
            if episode is None or title is None:
                return orphan("episode")
            item_id = episode.id
        else:
            title = self.titles.get(legacy_item)
            if title is None:
                return orphan("content")
            item_id = title.id
        reason = may_see(profile, title)
        return Skip(reason) if reason else (profile, item_id, title)

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        resolved = self.resolve(context, row)
        if isinstance(resolved, Skip):
            return resolved
        profile, item_id, _ = resolved
        added = aware(row[self.stamp]) or aware(row.get("updated_at"))
        if added is None:
            return Skip("no date it was added")
        return {"profile_id": profile.id, self.target_key[1]: item_id, "added_at": added}


class WatchlistStep(_ProfileStep):
    source, keys, what = "app_user_watchlist", ("profile_id", "content_id"), "watchlists (titles)"
    table, target_key = WatchlistTitle.__table__, ("profile_id", "title_id")


class OlderWatchlistStep(_ProfileStep):
    source, keys, what = "profile_watchlist", ("watchlist_id",), "watchlists (titles)"
    table, target_key = WatchlistTitle.__table__, ("profile_id", "title_id")
    stamp, primary = "added_at", "app_user_watchlist"


class EpisodeWatchlistStep(_ProfileStep):
    source, keys, what = (
        "app_profile_episode_watchlist",
        ("profile_id", "episode_id"),
        "watchlists (episodes)",
    )
    table, target_key = WatchlistEpisode.__table__, ("profile_id", "episode_id")
    item = "episode_id"


class FavoritesStep(_ProfileStep):
    source, keys, what = "app_profile_favorite", ("profile_id", "content_id"), "favourites"
    table, target_key = FavoriteTitle.__table__, ("profile_id", "title_id")
    stamp = "added_at"


class OlderFavoritesStep(_ProfileStep):
    source, keys, what = "profile_favorite", ("favorite_id",), "favourites"
    table, target_key = FavoriteTitle.__table__, ("profile_id", "title_id")
    stamp, primary = "added_at", "app_profile_favorite"


def score(rating: float) -> int | None:
    """0-10 (a float) → a whole score 1-10, half up; None for 0 or out of range."""
    if not 0 < rating <= 10:
        return None
    return max(1, min(10, math.floor(rating + 0.5)))


class RatingsStep(_ProfileStep):
    source, keys, what = (
        "app_profile_rating",
        ("profile_id", "content_id"),
        "ratings (titles' averages recomputed)",
    )
    table, target_key = Rating.__table__, ("profile_id", "title_id")

    def transform(self, context: ImportContext, row: Row) -> dict[str, Any] | Skip:
        resolved = self.resolve(context, row)
        if isinstance(resolved, Skip):
            return resolved
        made = score(float(row["rating"] or 0))
        if made is None:
            return Skip("a score of 0 or outside 0-10: ours are 1 to 10")
        rated = aware(row["updated_at"]) or aware(row["created_at"])
        if rated is None:
            return Skip("no date it was rated")
        return {"profile_id": resolved[0].id, "title_id": resolved[1], "score": made, "rated_at": rated}

    async def finish(self, context: ImportContext, session: AsyncSession) -> int:
        return await ImportRepository(session).recompute_ratings()
