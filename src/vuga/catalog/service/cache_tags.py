"""What cached catalog responses are built from, named as cache tags (see ``vuga.core.cache.stores``).

Reads tag their responses with everything they show; writes invalidate the tags of what they changed. A
title's page (``title:``) shows its own rows, its people, its genres and its "more like this" titles, which
like every title in a list appear as summaries (``summary:``): a synopsis change stales only the title's own
page, a new name every page showing its summary. Every list of titles (home rails, browse pages) is also
tagged ``listing``, since any change to a published title's summary fields can move it in or out of a list.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence

from vuga.catalog.schemas import GenreOut, PersonOut, TitleDetail, TitleSummary
from vuga.core.cdn.purge import Purge
from vuga.core.cdn.requests import CdnPurges

Invalidate = Callable[[Sequence[str]], Awaitable[None]]

LISTING = "listing"
SEARCH = "search"  # search results and type-ahead: titles' text and publication, credits, people, genres
GENRES = "genres"
LANGUAGES = "languages"


def title(title_id: int) -> str:
    return f"title:{title_id}"


def summary(title_id: int) -> str:
    return f"summary:{title_id}"


def person(person_id: int) -> str:
    return f"person:{person_id}"


def genre(genre_id: int) -> str:
    return f"genre:{genre_id}"


def language(language_id: int) -> str:
    return f"language:{language_id}"


def _summaries(summaries: Iterable[TitleSummary]) -> list[str]:
    tags = []
    for item in summaries:
        tags.append(summary(item.id))
        tags.extend(_genres(item.genres))
    return tags


def _genres(genres: Iterable[GenreOut]) -> list[str]:
    return [genre(item.id) for item in genres]


def of_title_detail(detail: TitleDetail) -> list[str]:
    tags = [title(detail.id), *_genres(detail.genres), *_summaries(detail.more_like_this)]
    tags.extend(person(credit.person.id) for credit in detail.credits)
    if detail.language is not None:
        tags.append(language(detail.language.id))
    return tags


def of_more_like(watched: TitleSummary, similar: Iterable[TitleSummary]) -> list[str]:
    """A "because you watched" rail: a list (``listing``), of summaries, following one title's summary."""
    return [LISTING, *_summaries([watched, *similar])]


def of_person(page: PersonOut) -> list[str]:
    return [person(page.id), *_summaries(credit.title for credit in page.credits)]


# The public paths whose cached copies (at a CDN) a tag reaches, for CDNs that purge by path (CloudFront, a
# plain HTTP cache); CDNs that purge by tag use the tags themselves, which every public response carries.
# A trailing ``*`` covers the path's query strings and everything below it.
API = "/api/v1"
_LISTS = (f"{API}/titles*", f"{API}/home*")
_PATHS_OF_NAMED = {
    LISTING: _LISTS,
    SEARCH: (f"{API}/search*",),
    GENRES: (f"{API}/genres*", f"{API}/home*"),
    LANGUAGES: (f"{API}/languages*",),
}


def public_paths(tags: Iterable[str]) -> list[str]:
    """The public paths (with wildcards) that may hold a response built from any of ``tags``."""
    paths: set[str] = set()
    for tag in tags:
        kind, _, row_id = tag.partition(":")
        if tag in _PATHS_OF_NAMED:
            paths.update(_PATHS_OF_NAMED[tag])
        elif kind == "title":
            paths.add(f"{API}/titles/{row_id}*")
        elif kind == "person":
            paths.add(f"{API}/people/{row_id}*")
        elif kind in ("summary", "genre", "language"):
            # Shown in lists, on other titles' pages (more like this) and on people's pages.
            paths.update((*_LISTS, f"{API}/people/*"))
    return sorted(paths)


def invalidating_everywhere(invalidate_cache: Invalidate, purges: CdnPurges) -> Invalidate:
    """What a committed catalog write calls with the tags it made stale, in an API process (admin writes) or a
    worker (a published ladder, a new top 10): every process's response cache, then the CDN's copies (a
    queued purge, which never fails the write)."""

    async def invalidate(tags: Sequence[str]) -> None:
        await invalidate_cache(tags)
        await purges.request(Purge.of(tags, public_paths(tags)))

    return invalidate
