"""The profile a public read browses as (``?profile_id=``): the catalog's and live TV's lists and pages are
shared answers, narrowed to a profile's maturity ceiling when the caller names one of their profiles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from litestar import Request
from litestar.datastructures import State
from litestar.di import NamedDependency
from litestar.params import QueryParameter
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Authenticator
from vuga.accounts.dependencies import profile_service
from vuga.accounts.service import ProfileService
from vuga.core.bounds import MAX_ID
from vuga.core.cache import HttpCaching
from vuga.core.http import bearer_token
from vuga.core.maturity import Maturity

ProfileParam = Annotated[
    int | None,
    QueryParameter(
        ge=1,
        le=MAX_ID,
        description="Browse as this profile of the caller (needs a bearer token): what is above its maturity "
        "ceiling is left out of lists, and is 404 on its own page.",
    ),
]


@dataclass(frozen=True, slots=True)
class BrowsingProfile:
    """The profile a request browses as, checked when the handler asks for its ceiling.

    Resolved in the handler rather than as a dependency, so that a refusal (no token, another account's
    profile) is raised where the request's database session is cleaned up.
    """

    profile_id: int | None
    token: str | None
    authenticator: Authenticator
    profiles: ProfileService

    async def ceiling(self) -> Maturity | None:
        if self.profile_id is None:
            return None
        viewer = await self.authenticator.authenticate(self.token)
        return await self.profiles.ceiling(viewer, self.profile_id)

    def cache_control(self, http_cache: HttpCaching) -> str:
        """Public for anonymous browsing; a profile's view is for that viewer alone."""
        return http_cache.for_viewer(personal=self.profile_id is not None)


Browsing = NamedDependency[BrowsingProfile]


def provide_browsing_profile(
    request: Request[Any, Any, Any],
    state: State,
    reader: NamedDependency[AsyncSession],
    profile_id: ProfileParam = None,
) -> BrowsingProfile:
    return BrowsingProfile(
        profile_id=profile_id,
        token=bearer_token(request.scope),
        authenticator=state.authenticator,
        profiles=profile_service(reader, state),
    )
