"""A profile's library: watchlist and favourites (titles and episodes), and ratings."""

from __future__ import annotations

from litestar import Router, delete, get, put
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.handlers import HTTPRouteHandler
from litestar.params import JSONBody
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer, authenticated, provide_viewer
from vuga.accounts.dependencies import profile_service
from vuga.core.cache import PERSONAL
from vuga.core.http import PathId, provide_writer
from vuga.core.pagination import DEFAULT_LIMIT, CursorParam, Limit, Page
from vuga.library.schemas import ItemKind, LibraryItem, RatingIn, RatingOut, Shelf
from vuga.library.service import LibraryService

Library = NamedDependency[LibraryService]
CurrentViewer = NamedDependency[Viewer]


def provide_library(writer: NamedDependency[AsyncSession], state: State) -> LibraryService:
    return LibraryService(writer, profile_service(writer, state), state.media_urls)


def shelf_routes(shelf: Shelf) -> list[HTTPRouteHandler]:
    """The same five endpoints for each shelf: list, add and remove a title, add and remove an episode."""
    base = f"/profiles/{{profile_id:int}}/{shelf.value}"

    # One handler per shelf: the descriptions name it, which a docstring could not.
    @get(
        base,
        name=f"{shelf.value}-list",
        summary=f"The profile's {shelf.value}, most recently added first",
        description=f"Titles and episodes on the profile's {shelf.value}, latest first, a page at a time.",
    )
    async def list_shelf(
        library: Library,
        viewer: CurrentViewer,
        profile_id: PathId,
        limit: Limit = DEFAULT_LIMIT,
        cursor: CursorParam = None,
    ) -> Page[LibraryItem]:
        return await library.list(viewer, profile_id, shelf, cursor, limit)

    @put(
        f"{base}/{{title_id:int}}",
        name=f"{shelf.value}-add-title",
        status_code=204,
        summary=f"Put a title on the profile's {shelf.value}",
        description=f"Puts the title on the profile's {shelf.value}; one the profile may not see is a 404.",
    )
    async def add_title(
        library: Library, viewer: CurrentViewer, profile_id: PathId, title_id: PathId
    ) -> None:
        await library.put(viewer, profile_id, shelf, ItemKind.TITLE, title_id)

    @delete(
        f"{base}/{{title_id:int}}",
        name=f"{shelf.value}-remove-title",
        summary=f"Take a title off the profile's {shelf.value}",
        description=f"Takes the title off the profile's {shelf.value}.",
    )
    async def remove_title(
        library: Library, viewer: CurrentViewer, profile_id: PathId, title_id: PathId
    ) -> None:
        await library.remove(viewer, profile_id, shelf, ItemKind.TITLE, title_id)

    @put(
        f"{base}/episodes/{{episode_id:int}}",
        name=f"{shelf.value}-add-episode",
        status_code=204,
        summary=f"Put an episode on the profile's {shelf.value}",
        description=f"Puts the episode on the profile's {shelf.value}; one the profile may not see is a 404.",
    )
    async def add_episode(
        library: Library, viewer: CurrentViewer, profile_id: PathId, episode_id: PathId
    ) -> None:
        await library.put(viewer, profile_id, shelf, ItemKind.EPISODE, episode_id)

    @delete(
        f"{base}/episodes/{{episode_id:int}}",
        name=f"{shelf.value}-remove-episode",
        summary=f"Take an episode off the profile's {shelf.value}",
        description=f"Takes the episode off the profile's {shelf.value}.",
    )
    async def remove_episode(
        library: Library, viewer: CurrentViewer, profile_id: PathId, episode_id: PathId
    ) -> None:
        await library.remove(viewer, profile_id, shelf, ItemKind.EPISODE, episode_id)

    return [list_shelf, add_title, remove_title, add_episode, remove_episode]


@get("/profiles/{profile_id:int}/ratings/{title_id:int}", summary="The profile's score for a title")
async def get_rating(
    library: Library, viewer: CurrentViewer, profile_id: PathId, title_id: PathId
) -> RatingIn:
    """The profile's score for the title (1 to 10), or null when it has not rated it."""
    return RatingIn(score=await library.rating(viewer, profile_id, title_id))


@put("/profiles/{profile_id:int}/ratings/{title_id:int}", summary="Rate a title from 1 to 10")
async def rate_title(
    library: Library, viewer: CurrentViewer, profile_id: PathId, title_id: PathId, data: JSONBody[RatingIn]
) -> RatingOut:
    """Sets the profile's score for the title, replacing an earlier one; returns the title's new average and
    count.
    """
    return await library.rate(viewer, profile_id, title_id, data.score)


@delete("/profiles/{profile_id:int}/ratings/{title_id:int}", summary="Withdraw the profile's rating")
async def unrate_title(library: Library, viewer: CurrentViewer, profile_id: PathId, title_id: PathId) -> None:
    """Withdraws the profile's score; the title's average stops counting it."""
    await library.unrate(viewer, profile_id, title_id)


library_router = Router(
    path="/",
    route_handlers=[
        *shelf_routes(Shelf.WATCHLIST),
        *shelf_routes(Shelf.FAVORITES),
        get_rating,
        rate_title,
        unrate_title,
    ],
    dependencies={
        "writer": Provide(provide_writer),
        "viewer": Provide(provide_viewer, sync_to_thread=False),
        "library": Provide(provide_library, sync_to_thread=False),
    },
    cache_control=PERSONAL,
    guards=[authenticated],
    tags=["library"],
)
