"""Public catalog endpoints (no authentication): genres, languages, browse, title detail, episodes, people."""

from __future__ import annotations

from typing import Annotated

from litestar import Router, get
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.params import FromQuery, PathParameter, QueryParameter
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import Maturity, TitleKind
from vuga.catalog.schemas import (
    EpisodeOut,
    GenreOut,
    LanguageOut,
    PersonOut,
    TitleDetail,
    TitleSort,
    TitleSummary,
)
from vuga.catalog.service import BrowseQuery, CatalogReader, GenreRef
from vuga.core.http import PathId, provide_reader
from vuga.core.media import MediaUrls
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page

Catalog = NamedDependency[CatalogReader]
YearParam = Annotated[int | None, QueryParameter(ge=1870, le=2100)]


def provide_catalog_reader(reader: NamedDependency[AsyncSession], state: State) -> CatalogReader:
    media: MediaUrls = state.media_urls
    return CatalogReader.for_session(reader, media)


@get("/genres", summary="All genres, in display order")
async def list_genres(catalog: Catalog) -> Page[GenreOut]:
    return await catalog.genres()


@get("/languages", summary="All catalog languages")
async def list_languages(catalog: Catalog) -> Page[LanguageOut]:
    return await catalog.languages()


@get("/titles", summary="Browse published titles with filters, sorted, a page at a time")
async def browse_titles(
    catalog: Catalog,
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorParam = None,
    sort: FromQuery[TitleSort] = TitleSort.POPULAR,
    kind: FromQuery[TitleKind | None] = None,
    genre: Annotated[
        str | None,
        QueryParameter(
            max_length=64,
            pattern=r"^([0-9]{1,10}|[a-z0-9]+(-[a-z0-9]+)*)$",
            description="A genre id (`12`) or slug (`sci-fi`).",
        ),
    ] = None,
    language: Annotated[
        str | None,
        QueryParameter(
            max_length=35,
            pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
            description="Original language code, e.g. `en`.",
        ),
    ] = None,
    year_from: YearParam = None,
    year_to: YearParam = None,
    max_maturity: Annotated[
        Maturity | None, QueryParameter(description="Only titles rated at or below this.")
    ] = None,
) -> Page[TitleSummary]:
    query = BrowseQuery(
        sort=sort,
        kind=kind,
        genre=GenreRef.parse(genre) if genre else None,
        language=language,
        year_from=year_from,
        year_to=year_to,
        max_maturity=max_maturity,
    )
    return await catalog.browse(query, cursor, limit)


@get("/titles/{title_id:int}", summary="One title with credits, seasons, sources and related titles")
async def get_title(catalog: Catalog, title_id: PathId) -> TitleDetail:
    return await catalog.title(title_id)


@get(
    "/titles/{title_id:int}/seasons/{number:int}/episodes",
    summary="The episodes of one season of a series, in order",
)
async def list_episodes(
    catalog: Catalog,
    title_id: PathId,
    number: Annotated[int, PathParameter(ge=0, le=1000)],
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorParam = None,
) -> Page[EpisodeOut]:
    return await catalog.episodes(title_id, number, cursor, limit)


@get("/people/{person_id:int}", summary="A person with the titles they are credited on")
async def get_person(catalog: Catalog, person_id: PathId) -> PersonOut:
    return await catalog.person(person_id)


catalog_router = Router(
    path="/",
    route_handlers=[list_genres, list_languages, browse_titles, get_title, list_episodes, get_person],
    dependencies={
        "reader": Provide(provide_reader),
        "catalog": Provide(provide_catalog_reader, sync_to_thread=False),
    },
    tags=["catalog"],
)
