"""The admin API's reads of the catalog: the titles table (every title, published or not), a series' seasons
and episodes, the editorial top 10. Read from the primary, like the writes next to them: an editor sees the
change they just made, never a replica's older copy."""

from __future__ import annotations

from typing import Annotated

from litestar import get
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.params import FromQuery, QueryParameter
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.catalog.models import TitleKind
from vuga.catalog.schemas.admin_lists import (
    AdminQueryText,
    AdminSeasons,
    AdminTitleRow,
    AdminTitleSort,
    AdminTop10,
)
from vuga.catalog.service import AdminCatalogReader, AdminTitleQuery
from vuga.core.bounds import MAX_ID
from vuga.core.http import PathId
from vuga.core.media import MediaUrls
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page

Lister = NamedDependency[AdminCatalogReader]
GenreIdParam = Annotated[int | None, QueryParameter(ge=1, le=MAX_ID, description="A genre's id.")]
PublishedParam = Annotated[
    bool | None, QueryParameter(description="`true`: published titles only; `false`: unpublished only.")
]


def provide_lister(writer: NamedDependency[AsyncSession], state: State) -> AdminCatalogReader:
    media: MediaUrls = state.media_urls
    return AdminCatalogReader.for_session(writer, media)


@get("/titles", summary="Every title, published or not: search, filters, sort, a page at a time")
async def list_titles(
    lister: Lister,
    limit: Limit = DEFAULT_LIMIT,
    cursor: CursorParam = None,
    sort: FromQuery[AdminTitleSort] = AdminTitleSort.UPDATED,
    q: AdminQueryText = None,
    kind: FromQuery[TitleKind | None] = None,
    published: PublishedParam = None,
    genre: GenreIdParam = None,
) -> Page[AdminTitleRow]:
    """Titles as editors see them, unpublished ones included, `limit` at a time (20 by default, 100 at most);
    pass `next_cursor` back as `cursor` for the next page (a cursor works only with the sort and filters it
    came from). `q` keeps titles whose name contains it; `kind`, `published` and `genre` (an id; an unknown
    one is a 422) filter. Sorted by last change (`updated`, the default), by `title` or by `release_year`.
    No total count: the table pages on. Editor or admin role.
    """
    query = AdminTitleQuery(sort=sort, text=q, kind=kind, published=published, genre_id=genre)
    return await lister.titles(query, cursor, limit)


@get("/titles/{title_id:int}/seasons", summary="A series' seasons with their episodes, published or not")
async def list_seasons(lister: Lister, title_id: PathId) -> AdminSeasons:
    """Every season of a series in order, each with its episodes in order and whether each has a playable
    source; a movie is a 422, an unknown title a 404. Editor or admin role."""
    return await lister.seasons(title_id)


@get("/top10", summary="The editorial top 10, in order")
async def get_top10(lister: Lister) -> AdminTop10:
    """The editorial top 10 as set by `PUT /api/v1/admin/top10`, with each title's name and state; empty when
    the home page falls back to the most viewed titles. Editor or admin role."""
    return await lister.top10()


CATALOG_READS = [list_titles, list_seasons, get_top10]
