"""Admin API: one resource path per catalog entity. Thin handlers over ``CatalogEditor``; every write is
one transaction owned by the request."""

from __future__ import annotations

from litestar import Router, delete, get, patch, post, put
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import require_editor
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
from vuga.catalog.service import CatalogEditor
from vuga.core.cache import PERSONAL
from vuga.core.http import PathId, provide_writer
from vuga.core.ratelimit import EXPENSIVE_WRITE, rate_cost

Editor = NamedDependency[CatalogEditor]


def provide_editor(writer: NamedDependency[AsyncSession], state: State) -> CatalogEditor:
    # Cached responses a write makes stale are invalidated once its transaction commits.
    return CatalogEditor.for_session(writer, state.response_cache.invalidate)


# --- titles ---------------------------------------------------------------------------------------------


@post("/titles", summary="Create a title (unpublished until published)")
async def create_title(editor: Editor, data: JSONBody[TitleCreate]) -> AdminTitle:
    return await editor.create_title(data)


@get("/titles/{title_id:int}", summary="A title as editors see it, published or not")
async def get_title(editor: Editor, title_id: PathId) -> AdminTitle:
    return await editor.admin_title(title_id)


@patch("/titles/{title_id:int}", summary="Change the fields sent, and only those")
async def update_title(editor: Editor, title_id: PathId, data: JSONBody[TitleUpdate]) -> AdminTitle:
    return await editor.update_title(title_id, data)


@delete("/titles/{title_id:int}", summary="Delete a title with its seasons, episodes, credits and media")
async def delete_title(editor: Editor, title_id: PathId) -> None:
    await editor.delete_title(title_id)


@post("/titles/{title_id:int}/publish", status_code=200, summary="Make a title visible to viewers")
async def publish_title(editor: Editor, title_id: PathId) -> AdminTitle:
    return await editor.set_published(title_id, published=True)


@post("/titles/{title_id:int}/unpublish", status_code=200, summary="Hide a title from viewers")
async def unpublish_title(editor: Editor, title_id: PathId) -> AdminTitle:
    return await editor.set_published(title_id, published=False)


@put("/top10", summary="Set the editorial top 10, in order (an empty list falls back to the most viewed)")
async def set_top10(editor: Editor, data: JSONBody[Top10Update]) -> Top10Update:
    return Top10Update(title_ids=await editor.set_top10(data))


# --- seasons and episodes -------------------------------------------------------------------------------


@post("/seasons", summary="Add a season to a series")
async def create_season(editor: Editor, data: JSONBody[SeasonCreate]) -> Created:
    return Created(id=await editor.create_season(data))


@patch("/seasons/{season_id:int}", status_code=204)
async def update_season(editor: Editor, season_id: PathId, data: JSONBody[SeasonUpdate]) -> None:
    await editor.update_season(season_id, data)


@delete("/seasons/{season_id:int}", summary="Delete a season with its episodes")
async def delete_season(editor: Editor, season_id: PathId) -> None:
    await editor.delete("season", season_id)


@post("/episodes", summary="Add an episode to a season")
async def create_episode(editor: Editor, data: JSONBody[EpisodeCreate]) -> Created:
    return Created(id=await editor.create_episode(data))


@patch("/episodes/{episode_id:int}", status_code=204)
async def update_episode(editor: Editor, episode_id: PathId, data: JSONBody[EpisodeUpdate]) -> None:
    await editor.update_episode(episode_id, data)


@delete("/episodes/{episode_id:int}")
async def delete_episode(editor: Editor, episode_id: PathId) -> None:
    await editor.delete("episode", episode_id)


# --- genres, languages, people, credits -----------------------------------------------------------------


@post("/genres")
async def create_genre(editor: Editor, data: JSONBody[GenreCreate]) -> Created:
    return Created(id=await editor.create_genre(data))


@patch("/genres/{genre_id:int}", status_code=204)
async def update_genre(editor: Editor, genre_id: PathId, data: JSONBody[GenreUpdate]) -> None:
    await editor.update_genre(genre_id, data)


@delete("/genres/{genre_id:int}", summary="Delete a genre; its titles stay, without it")
async def delete_genre(editor: Editor, genre_id: PathId) -> None:
    await editor.delete("genre", genre_id)


@post("/languages")
async def create_language(editor: Editor, data: JSONBody[LanguageCreate]) -> Created:
    return Created(id=await editor.create_language(data))


@delete("/languages/{language_id:int}", summary="Delete a language; its titles keep no language")
async def delete_language(editor: Editor, language_id: PathId) -> None:
    await editor.delete("language", language_id)


@post("/people")
async def create_person(editor: Editor, data: JSONBody[PersonCreate]) -> Created:
    return Created(id=await editor.create_person(data))


@patch("/people/{person_id:int}", status_code=204)
async def update_person(editor: Editor, person_id: PathId, data: JSONBody[PersonUpdate]) -> None:
    await editor.update_person(person_id, data)


@delete("/people/{person_id:int}", summary="Delete a person and their credits")
async def delete_person(editor: Editor, person_id: PathId) -> None:
    await editor.delete("person", person_id)


@post("/credits", summary="Credit a person on a title (cast or crew)")
async def create_credit(editor: Editor, data: JSONBody[CreditCreate]) -> Created:
    return Created(id=await editor.create_credit(data))


@patch("/credits/{credit_id:int}", status_code=204)
async def update_credit(editor: Editor, credit_id: PathId, data: JSONBody[CreditUpdate]) -> None:
    await editor.update_credit(credit_id, data)


@delete("/credits/{credit_id:int}")
async def delete_credit(editor: Editor, credit_id: PathId) -> None:
    await editor.delete("credit", credit_id)


# --- playable media and trailers ------------------------------------------------------------------------


@post("/sources", summary="Add a playable source to a movie or an episode")
async def create_source(editor: Editor, data: JSONBody[SourceCreate]) -> Created:
    return Created(id=await editor.create_source(data))


@patch("/sources/{source_id:int}", status_code=204)
async def update_source(editor: Editor, source_id: PathId, data: JSONBody[SourceUpdate]) -> None:
    await editor.update_source(source_id, data)


@delete("/sources/{source_id:int}")
async def delete_source(editor: Editor, source_id: PathId) -> None:
    await editor.delete("source", source_id)


@post("/subtitles", summary="Add subtitles to a movie or an episode")
async def create_subtitle(editor: Editor, data: JSONBody[SubtitleCreate]) -> Created:
    return Created(id=await editor.create_subtitle(data))


@patch("/subtitles/{subtitle_id:int}", status_code=204)
async def update_subtitle(editor: Editor, subtitle_id: PathId, data: JSONBody[SubtitleUpdate]) -> None:
    await editor.update_subtitle(subtitle_id, data)


@delete("/subtitles/{subtitle_id:int}")
async def delete_subtitle(editor: Editor, subtitle_id: PathId) -> None:
    await editor.delete("subtitle", subtitle_id)


@post("/trailers")
async def create_trailer(editor: Editor, data: JSONBody[TrailerCreate]) -> Created:
    return Created(id=await editor.create_trailer(data))


@delete("/trailers/{trailer_id:int}")
async def delete_trailer(editor: Editor, trailer_id: PathId) -> None:
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
    ],
    cache_control=PERSONAL,
    guards=[require_editor],
    opt=rate_cost(EXPENSIVE_WRITE),  # writes weigh an expensive request; reads cost what any read does
    dependencies={"writer": Provide(provide_writer), "editor": Provide(provide_editor, sync_to_thread=False)},
    tags=["admin"],
    security=[{"BearerToken": []}],
)
