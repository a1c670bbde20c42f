"""Admin API: one resource path per catalog entity. Thin handlers over ``CatalogEditor``; every write is
one transaction owned by the request."""

from __future__ import annotations

from litestar import Router, delete, get, patch, post, put
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import require_editor
from vuga.admin.catalog_reads import CATALOG_READS, provide_lister
from vuga.catalog.schemas import (
    AdminTitle,
    Created,
    CreditCreate,
    CreditUpdate,
    EpisodeCreate,
    EpisodeUpdate,
    GenreCreate,
    GenreUpdate,
    LanguageCreate,
    PersonCreate,
    PersonUpdate,
    SeasonCreate,
    SeasonUpdate,
    SourceCreate,
    SourceUpdate,
    SubtitleCreate,
    SubtitleUpdate,
    TitleCreate,
    TitleUpdate,
    Top10Update,
    TrailerCreate,
)
from vuga.catalog.service import CatalogEditor, cache_tags
from vuga.core.cache import PERSONAL, ResponseCache
from vuga.core.cdn.requests import CdnPurges
from vuga.core.http import PathId, provide_writer
from vuga.core.openapi import PROBLEMS, problems
from vuga.core.ratelimit import EXPENSIVE_WRITE, rate_cost

Editor = NamedDependency[CatalogEditor]

# What a write's rules answer beyond its route's shape (vuga.core.openapi): the rows its body names must
# exist, and what it saves must not clash with a unique key (a slug, a season's number, a credit).
NAMES_ROWS = problems({404: "A row the body names (a title, a season, a person, a genre) does not exist."})
SAVES = problems(
    {**NAMES_ROWS[PROBLEMS], 409: "It would clash with an existing row (the message says which)."}
)


def provide_editor(writer: NamedDependency[AsyncSession], state: State) -> CatalogEditor:
    # Cached responses a write makes stale are invalidated once its transaction commits: in every
    # process's response cache, and at the CDN (a queued purge, which never fails the write).
    response_cache: ResponseCache = state.response_cache
    purges: CdnPurges = state.cdn_purges
    return CatalogEditor.for_session(
        writer, cache_tags.invalidating_everywhere(response_cache.invalidate, purges)
    )


# --- titles ---------------------------------------------------------------------------------------------


@post("/titles", summary="Create a title (unpublished until published)", opt=SAVES)
async def create_title(editor: Editor, data: JSONBody[TitleCreate]) -> AdminTitle:
    """Creates a title, unpublished: viewers see it once it is published. Editor or admin role."""
    return await editor.create_title(data)


@get("/titles/{title_id:int}", summary="A title as editors see it, published or not")
async def get_title(editor: Editor, title_id: PathId) -> AdminTitle:
    """A title with every field editors set, published or not. Editor or admin role."""
    return await editor.admin_title(title_id)


@patch("/titles/{title_id:int}", summary="Change the fields sent, and only those", opt=SAVES)
async def update_title(editor: Editor, title_id: PathId, data: JSONBody[TitleUpdate]) -> AdminTitle:
    """Changes the fields sent and leaves the rest; cached pages that show the title are refreshed. Editor or
    admin role.
    """
    return await editor.update_title(title_id, data)


@delete("/titles/{title_id:int}", summary="Delete a title with its seasons, episodes, credits and media")
async def delete_title(editor: Editor, title_id: PathId) -> None:
    """Deletes the title with its seasons, episodes, credits, sources, subtitles and trailers. Editor or
    admin role."""
    await editor.delete_title(title_id)


@post("/titles/{title_id:int}/publish", status_code=200, summary="Make a title visible to viewers")
async def publish_title(editor: Editor, title_id: PathId) -> AdminTitle:
    """Makes the title visible to viewers (within their profiles' ceilings); cached lists are refreshed.
    Editor or admin role.
    """
    return await editor.set_published(title_id, published=True)


@post("/titles/{title_id:int}/unpublish", status_code=200, summary="Hide a title from viewers")
async def unpublish_title(editor: Editor, title_id: PathId) -> AdminTitle:
    """Hides the title from viewers. Editor or
    admin role.
    """
    return await editor.set_published(title_id, published=False)


@put(
    "/top10",
    summary="Set the editorial top 10, in order (an empty list falls back to the most viewed)",
    opt=NAMES_ROWS,
)
async def set_top10(editor: Editor, data: JSONBody[Top10Update]) -> Top10Update:
    """Sets the editorial top 10 to these titles, in order; an empty list returns the home's top 10 to the
    most viewed titles. Editor or admin role.
    """
    return Top10Update(title_ids=await editor.set_top10(data))


# --- seasons and episodes -------------------------------------------------------------------------------


@post("/seasons", summary="Add a season to a series", opt=SAVES)
async def create_season(editor: Editor, data: JSONBody[SeasonCreate]) -> Created:
    """Adds a season to a series; a number the series has already is a 409. Editor or admin role."""
    return Created(id=await editor.create_season(data))


@patch("/seasons/{season_id:int}", summary="Change a season", status_code=204, opt=SAVES)
async def update_season(editor: Editor, season_id: PathId, data: JSONBody[SeasonUpdate]) -> None:
    """Changes the fields sent of a season. Editor or admin role."""
    await editor.update_season(season_id, data)


@delete("/seasons/{season_id:int}", summary="Delete a season with its episodes")
async def delete_season(editor: Editor, season_id: PathId) -> None:
    """Deletes the season with its episodes. Editor or admin role."""
    await editor.delete("season", season_id)


@post("/episodes", summary="Add an episode to a season", opt=SAVES)
async def create_episode(editor: Editor, data: JSONBody[EpisodeCreate]) -> Created:
    """Adds an episode to a season; a number the season has already is a 409. Editor or admin role."""
    return Created(id=await editor.create_episode(data))


@patch("/episodes/{episode_id:int}", summary="Change an episode", status_code=204, opt=SAVES)
async def update_episode(editor: Editor, episode_id: PathId, data: JSONBody[EpisodeUpdate]) -> None:
    """Changes the fields sent of an episode. Editor or admin role."""
    await editor.update_episode(episode_id, data)


@delete("/episodes/{episode_id:int}", summary="Delete an episode")
async def delete_episode(editor: Editor, episode_id: PathId) -> None:
    """Deletes the episode. Editor or admin role."""
    await editor.delete("episode", episode_id)


# --- genres, languages, people, credits -----------------------------------------------------------------


@post("/genres", summary="Add a genre", opt=SAVES)
async def create_genre(editor: Editor, data: JSONBody[GenreCreate]) -> Created:
    """Adds a genre; a slug in use is a 409. Editor or admin role."""
    return Created(id=await editor.create_genre(data))


@patch("/genres/{genre_id:int}", summary="Change a genre", status_code=204, opt=SAVES)
async def update_genre(editor: Editor, genre_id: PathId, data: JSONBody[GenreUpdate]) -> None:
    """Changes the fields sent of a genre; a slug in use is a 409. Editor or admin role."""
    await editor.update_genre(genre_id, data)


@delete("/genres/{genre_id:int}", summary="Delete a genre; its titles stay, without it")
async def delete_genre(editor: Editor, genre_id: PathId) -> None:
    """Deletes the genre; its titles stay, without it. Editor or admin role."""
    await editor.delete("genre", genre_id)


@post("/languages", summary="Add a language", opt=SAVES)
async def create_language(editor: Editor, data: JSONBody[LanguageCreate]) -> Created:
    """Adds a language by its code; a code in use is a 409. Editor or admin role."""
    return Created(id=await editor.create_language(data))


@delete("/languages/{language_id:int}", summary="Delete a language; its titles keep no language")
async def delete_language(editor: Editor, language_id: PathId) -> None:
    """Deletes the language; its titles keep no language. Editor or admin role."""
    await editor.delete("language", language_id)


@post("/people", summary="Add a person", opt=SAVES)
async def create_person(editor: Editor, data: JSONBody[PersonCreate]) -> Created:
    """Adds a person (cast or crew) to credit on titles. Editor or admin role."""
    return Created(id=await editor.create_person(data))


@patch("/people/{person_id:int}", summary="Change a person", status_code=204, opt=SAVES)
async def update_person(editor: Editor, person_id: PathId, data: JSONBody[PersonUpdate]) -> None:
    """Changes the fields sent of a person. Editor or admin role."""
    await editor.update_person(person_id, data)


@delete("/people/{person_id:int}", summary="Delete a person and their credits")
async def delete_person(editor: Editor, person_id: PathId) -> None:
    """Deletes the person and their credits. Editor or admin role."""
    await editor.delete("person", person_id)


@post("/credits", summary="Credit a person on a title (cast or crew)", opt=SAVES)
async def create_credit(editor: Editor, data: JSONBody[CreditCreate]) -> Created:
    """Credits a person on a title in a role; the same person in the same role twice is a 409. Editor or admin
    role.
    """
    return Created(id=await editor.create_credit(data))


@patch("/credits/{credit_id:int}", summary="Change a credit", status_code=204, opt=SAVES)
async def update_credit(editor: Editor, credit_id: PathId, data: JSONBody[CreditUpdate]) -> None:
    """Changes the fields sent of a credit. Editor or admin role."""
    await editor.update_credit(credit_id, data)


@delete("/credits/{credit_id:int}", summary="Remove a credit")
async def delete_credit(editor: Editor, credit_id: PathId) -> None:
    """Removes a credit; the person stays. Editor or admin role."""
    await editor.delete("credit", credit_id)


# --- playable media and trailers ------------------------------------------------------------------------


@post("/sources", summary="Add a playable source to a movie or an episode", opt=SAVES)
async def create_source(editor: Editor, data: JSONBody[SourceCreate]) -> Created:
    """Adds a playable source to a movie or an episode. Editor or
    admin role.
    """
    return Created(id=await editor.create_source(data))


@patch("/sources/{source_id:int}", summary="Change a playable source", status_code=204, opt=SAVES)
async def update_source(editor: Editor, source_id: PathId, data: JSONBody[SourceUpdate]) -> None:
    """Changes the fields sent of a source. Editor or admin role."""
    await editor.update_source(source_id, data)


@delete("/sources/{source_id:int}", summary="Remove a playable source")
async def delete_source(editor: Editor, source_id: PathId) -> None:
    """Removes a playable source. Editor or admin role."""
    await editor.delete("source", source_id)


@post("/subtitles", summary="Add subtitles to a movie or an episode", opt=SAVES)
async def create_subtitle(editor: Editor, data: JSONBody[SubtitleCreate]) -> Created:
    """Adds a subtitle track to a movie or an episode. Editor or admin role."""
    return Created(id=await editor.create_subtitle(data))


@patch("/subtitles/{subtitle_id:int}", summary="Change a subtitle track", status_code=204, opt=SAVES)
async def update_subtitle(editor: Editor, subtitle_id: PathId, data: JSONBody[SubtitleUpdate]) -> None:
    """Changes the fields sent of a subtitle track. Editor or admin role."""
    await editor.update_subtitle(subtitle_id, data)


@delete("/subtitles/{subtitle_id:int}", summary="Remove a subtitle track")
async def delete_subtitle(editor: Editor, subtitle_id: PathId) -> None:
    """Removes a subtitle track. Editor or admin role."""
    await editor.delete("subtitle", subtitle_id)


@post("/trailers", summary="Add a trailer", opt=SAVES)
async def create_trailer(editor: Editor, data: JSONBody[TrailerCreate]) -> Created:
    """Adds a trailer to a title. Editor or admin role."""
    return Created(id=await editor.create_trailer(data))


@delete("/trailers/{trailer_id:int}", summary="Remove a trailer")
async def delete_trailer(editor: Editor, trailer_id: PathId) -> None:
    """Removes a trailer. Editor or admin role."""
    await editor.delete("trailer", trailer_id)


admin_router = Router(
    path="/admin",
    route_handlers=[
        create_title,
        get_title,
        update_title,
        delete_title,
        publish_title,
        unpublish_title,
        set_top10,
        create_season,
        update_season,
        delete_season,
        create_episode,
        update_episode,
        delete_episode,
        create_genre,
        update_genre,
        delete_genre,
        create_language,
        delete_language,
        create_person,
        update_person,
        delete_person,
        create_credit,
        update_credit,
        delete_credit,
        create_source,
        update_source,
        delete_source,
        create_subtitle,
        update_subtitle,
        delete_subtitle,
        create_trailer,
        delete_trailer,
        *CATALOG_READS,
    ],
    cache_control=PERSONAL,
    guards=[require_editor],
    opt=rate_cost(EXPENSIVE_WRITE),  # writes weigh an expensive request; reads cost what any read does
    dependencies={
        "writer": Provide(provide_writer),
        "editor": Provide(provide_editor, sync_to_thread=False),
        "lister": Provide(provide_lister, sync_to_thread=False),
    },
    tags=["admin"],
)
