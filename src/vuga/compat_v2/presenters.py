"""Our catalog's, profiles' and library's structs in the shapes the VUGA apps decode (``vuga-schemas.json``).

Rules every shape follows, because one app or another breaks otherwise:
- booleans the apps declare ``bool`` are JSON booleans (Gson refuses 0/1); VUGA's 0/1 flags stay integers;
- enum-like integers stay inside iOS's ranges (content type 1-2, source type 1-8, access type 1-3);
- ids appear under every name an app reads (``content_id`` and ``id``, ``category_id`` and ``id`` ...);
- media URLs are absolute (the apps prefix nothing): a relative one is completed with the request's origin;
- strings an app reads are ``""`` rather than null where a Kotlin non-null ``String`` could receive them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from vuga.accounts.schemas import ProfileOut
from vuga.catalog.models import Access, SourceKind, TitleKind
from vuga.catalog.schemas import (
    EpisodeOut,
    GenreOut,
    PersonOut,
    SeasonOut,
    SourceOut,
    SubtitleOut,
    TitleDetail,
    TitleSummary,
    TrailerOut,
)
from vuga.compat_v2.service.catalog_ids import CatalogIdMap
from vuga.core.maturity import Maturity

MOVIE, SERIES = 1, 2
_EXTENSION_TYPES = {".mov": 3, ".mp4": 4, ".mkv": 5, ".webm": 6}
AVATAR_COLOUR = "#5B6CFF"  # what iOS draws behind a profile's initial when it has no colour of its own


def stamp(when: datetime | None) -> str:
    """Laravel's ISO 8601 (``2025-08-01T12:34:56.000000Z``); the apps keep it as an opaque string."""
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ") if when is not None else ""


class AppView:
    """How the apps see our data: absolute URLs (media stored as paths get the request's origin; the apps
    resolve nothing), and titles and episodes under the ids they know them by (``CatalogIdMap``)."""

    def __init__(self, origin: str, ids: CatalogIdMap | None = None) -> None:
        self.origin = origin.rstrip("/")
        self.ids = ids or CatalogIdMap()

    def title(self, ours: int) -> int:
        return self.ids.title(ours)

    def episode(self, ours: int) -> int:
        return self.ids.episode(ours)

    def __call__(self, url: str | None) -> str:
        """The absolute URL, or "" for none (Kotlin's non-null strings take "", not null)."""
        if not url:
            return ""
        if url.startswith(("http://", "https://")):
            return url
        return f"{self.origin}/{url.lstrip('/')}"


def kind_number(kind: TitleKind) -> int:
    return MOVIE if kind is TitleKind.MOVIE else SERIES


def age_limit(maturity: Maturity) -> dict[str, Any]:
    """VUGA's age-limit row for our rating: iOS requires its id, code and minimum age."""
    return {
        "age_limit_id": maturity.min_age + 1,  # a stable id per rating (0+ is 1)
        "name": maturity.value,
        "code": maturity.value.upper(),
        "min_age": maturity.min_age,
        "max_age": None,
        "description": "",
        "display_name": maturity.value,
    }


def genre(g: GenreOut) -> dict[str, Any]:
    return {"category_id": g.id, "id": g.id, "genre_id": g.id, "title": g.name}


def content(t: TitleSummary, urls: AppView, **extra: Any) -> dict[str, Any]:
    """CONTENT_SUMMARY: a title in any list."""
    genre_ids = ",".join(str(g.id) for g in t.genres)
    return {
        "content_id": urls.title(t.id),
        "id": urls.title(t.id),
        "title": t.title,
        "description": "",
        "type": kind_number(t.kind),
        "duration": str(t.duration_s or 0),  # VUGA's numeric string of seconds
        "duration_seconds": t.duration_s or 0,
        "release_year": t.release_year,
        "ratings": float(t.rating_avg),
        "language_id": None,
        "vertical_poster": urls(t.artwork.poster) or "",
        "horizontal_poster": urls(t.artwork.poster_wide or t.artwork.backdrop or t.artwork.poster) or "",
        "genre_ids": genre_ids,
        "category_ids": genre_ids,
        "genres": [genre(g) for g in t.genres],
        "is_featured": 0,
        "is_show": 1,
        "total_view": 0,
        "total_download": 0,
        "total_share": 0,
        "age_rating": t.maturity_rating.value.upper(),
        "min_age": t.maturity_rating.min_age,
        "age_limits": [age_limit(t.maturity_rating)],
        "requires_subscription": False,
        "subscription_type": "free",
        "distributor": None,
        **extra,
    }


def source_type(source: SourceOut) -> int:
    """VUGA's source types: 1 YouTube, 2 m3u8, 3 mov, 4 mp4, 5 mkv, 6 webm, 7 file, 8 embed."""
    if source.kind is SourceKind.YOUTUBE:
        return 1
    if source.kind is SourceKind.HLS:
        return 2
    path = source.url.split("?", 1)[0].lower()
    extension = path[path.rfind(".") :] if "." in path.rsplit("/", 1)[-1] else ""
    return _EXTENSION_TYPES.get(extension, 7 if source.kind is SourceKind.DASH else 8)


def _source(source: SourceOut, urls: AppView, owner_key: str, owner_id: int, id_key: str) -> dict[str, Any]:
    return {
        id_key: source.id,
        owner_key: owner_id,
        "title": source.quality.value,
        "quality": source.quality.value,
        "size": str(source.size_bytes or ""),
        "is_download": 1 if source.is_downloadable else 0,
        "access_type": 2 if source.access is Access.PREMIUM else 1,
        "type": source_type(source),
        "source": urls(source.url) or "",
    }


def _subtitle(subtitle: SubtitleOut, urls: AppView, **ids: Any) -> dict[str, Any]:
    return {**ids, "language_id": None, "language_code": subtitle.language_code, "file": urls(subtitle.url)}


def _trailer(trailer: TrailerOut, urls: AppView, title_id: int, first: bool) -> dict[str, Any]:
    return {
        "content_trailer_id": trailer.id,
        "content_id": title_id,
        "title": trailer.name,
        "trailer_url": urls(trailer.url) or "",
        "youtube_id": trailer.url.rsplit("/", 1)[-1] if trailer.kind == "youtube" else None,
        "is_primary": first,
    }


def episode(e: EpisodeOut, season_id: int, urls: AppView) -> dict[str, Any]:
    return {
        "episode_id": urls.episode(e.id),
        "id": urls.episode(e.id),
        "season_id": season_id,
        "number": e.number,
        "thumbnail": urls(e.still_url),
        "title": e.name,
        "description": e.synopsis,
        "duration": e.duration_s or 0,
        "ratings": 0.0,
        "total_view": 0,
        "total_download": 0,
        "sources": [
            _source(s, urls, "episode_id", urls.episode(e.id), "episode_source_id") for s in e.sources
        ],
        "subtitles": [
            _subtitle(s, urls, episode_subtitle_id=s.id, episode_id=urls.episode(e.id)) for s in e.subtitles
        ],
    }


def season(s: SeasonOut, title_id: int, episodes: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "season_id": s.id,
        "id": s.id,
        "content_id": title_id,
        "title": s.name or f"Season {s.number}",
        "trailer_url": "",
        "episodes": episodes,
    }


def detail(
    d: TitleDetail,
    urls: AppView,
    seasons: list[dict[str, Any]],
    *,
    is_watchlist: bool,
    is_favorite: bool,
) -> dict[str, Any]:
    """CONTENT_DETAIL: the title page."""
    summary = TitleSummary(
        id=d.id,
        title=d.title,
        kind=d.kind,
        release_year=d.release_year,
        maturity_rating=d.maturity_rating,
        genres=d.genres,
        duration_s=d.duration_s,
        rating_avg=d.rating_avg,
        rating_count=d.rating_count,
        artwork=d.artwork,
    )
    cast = [
        {
            "content_cast_id": c.id,
            "actor_id": c.person.id,
            "content_id": urls.title(d.id),
            "character_name": c.character or "",
            "actor": {
                "actor_id": c.person.id,
                "fullname": c.person.name,
                "profile_image": urls(c.person.photo_url),
            },
        }
        for c in d.credits
    ]
    return content(
        summary,
        urls,
        description=d.synopsis,
        language_id=d.language.id if d.language else None,
        is_featured=1 if d.is_featured else 0,
        total_view=d.view_count,
        content_sources=[
            _source(s, urls, "content_id", urls.title(d.id), "content_source_id") for s in d.sources
        ],
        # iOS declares content_id a String here: a numeric string, which Gson takes for an int as well.
        content_subtitles=[
            _subtitle(s, urls, subtitle_id=s.id, content_id=str(urls.title(d.id))) for s in d.subtitles
        ],
        contentCast=cast,
        cast=cast,
        seasons=seasons,
        trailers=[_trailer(t, urls, urls.title(d.id), i == 0) for i, t in enumerate(d.trailers)],
        trailer_url=(urls(d.trailers[0].url) or "") if d.trailers else "",
        is_watchlist=is_watchlist,
        is_favorite=is_favorite,
        user_has_access=True,
        more_like_this=[content(t, urls) for t in d.more_like_this],
    )


def actor(p: PersonOut, urls: AppView) -> dict[str, Any]:
    return {
        "actor_id": p.id,
        "id": p.id,
        "fullname": p.name,
        "dob": p.birth_date.isoformat() if p.birth_date else "",
        "bio": p.biography,
        "profile_image": urls(p.photo_url),
        "actorContent": [content(c.title, urls, character_name=c.character or "") for c in p.credits],
    }


def profile(p: ProfileOut, urls: AppView, app_user_id: int, app_profile_id: int) -> dict[str, Any]:
    """PROFILE_FULL. Our profiles have a picture, never VUGA's colour circle: ``custom`` for an uploaded one,
    ``default`` for one of the defaults; ``avatar_color`` is always sent (iOS draws it)."""
    return {
        "profile_id": app_profile_id,
        "id": app_profile_id,
        "app_user_id": app_user_id,
        "name": p.name,
        "avatar_type": "default" if "/avatars/" in p.avatar_url or not p.avatar_url else "custom",
        "avatar_url": urls(p.avatar_url),
        "avatar_color": AVATAR_COLOUR,
        "avatar_id": None,
        "is_kids": p.is_kids,
        "is_kids_profile": p.is_kids,
        "age": p.max_maturity.min_age if p.is_kids else None,
        "is_active": True,
    }


def user(
    app_user_id: int,
    email: str,
    fullname: str,
    login_type: int,
    profiles: list[dict[str, Any]],
    last_profile: dict[str, Any] | None,
    watchlist_ids: list[int],
) -> dict[str, Any]:
    """USER, stripped of what VUGA leaked: no ``identity`` (the login credential), no device token, no consent
    address. ``device_type`` is left out: iOS accepts only 1 or 2, and it was the device's own value."""
    return {
        "app_user_id": app_user_id,
        "id": app_user_id,
        "fullname": fullname,
        "email": email,
        "login_type": login_type,
        "profile_image": "",
        "watchlist_content_ids": ",".join(str(i) for i in watchlist_ids),
        "last_active_profile_id": last_profile["profile_id"] if last_profile else None,
        "profiles": profiles,
        "last_active_profile": last_profile,
    }
