"""One VUGA endpoint in a few lines: ``@endpoint("path")`` over ``async def (call: Call) -> Response``.

The decorator makes the POST route, checks the ``apikey`` header, reads the fields whatever their encoding
(``vuga.compat_v2.requests``), runs the handler in one transaction (rolled back when it refuses), and turns
every refusal — of the fields, of the layer or of a service — into the endpoint's envelope
(``vuga.compat_v2.envelope``). ``Call`` gives the handler the caller, their profile and our services.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from litestar import Request, Response, post
from litestar.datastructures import State
from litestar.exceptions import HTTPException
from litestar.handlers import HTTPRouteHandler
from litestar.types import Empty
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.accounts.auth import Viewer
from vuga.accounts.dependencies import profile_service
from vuga.accounts.service import AuthService, ProfileService
from vuga.compat_v2.envelope import Errors, answer, refused
from vuga.compat_v2.models import AppUser
from vuga.compat_v2.requests import FieldError, Fields, read_fields
from vuga.compat_v2.service.catalog_ids import CatalogIdMap, CatalogIds
from vuga.compat_v2.service.identity import AppIdentity, viewer_of
from vuga.core.db import committing
from vuga.core.errors import NotFound, VugaError
from vuga.core.http import client_address
from vuga.core.ratelimit import READ, WRITE, Cost, rate_cost
from vuga.settings import Settings

Handler = Callable[["Call"], Awaitable[Response[bytes]]]
USER_FIELDS = ("user_id", "app_user_id", "userId")  # every name the apps give the acting user


@dataclass
class Call:
    request: Request[Any, Any, Any]
    state: State
    session: AsyncSession
    fields: Fields
    _app_user: AppUser | None = field(default=None)
    _profile_id: int | None = field(default=None)

    @property
    def settings(self) -> Settings:
        settings: Settings = self.state.settings
        return settings

    @property
    def address(self) -> str:
        return client_address(self.request)

    def auth(self) -> AuthService:
        return AuthService(
            self.session,
            self.state.passwords,
            self.state.access_tokens,
            self.state.authenticator,
            self.settings.auth.refresh_token_ttl_s,
            self.settings.auth.require_verified_email,
        )

    def identity(self) -> AppIdentity:
        return AppIdentity(self.session, self.auth())

    def profiles(self) -> ProfileService:
        return profile_service(self.session, self.state)

    async def catalog_ids(self) -> CatalogIdMap:
        """The apps' ids of our titles and episodes (``vuga.compat_v2.service.catalog_ids``)."""
        ids: CatalogIds | None = getattr(self.state, "v2_catalog_ids", None)
        if ids is None:  # one per process, made at the first call that needs it
            ids = self.state.v2_catalog_ids = CatalogIds(self.state.database)
        return await ids.current()

    async def title_id(self, *names: str) -> int:
        """Our title an id the call must carry names (an app's id: VUGA's or ours with its offset)."""
        found = (await self.catalog_ids()).title_of(self.fields.id(*names))
        if found is None:
            raise NotFound("Content not found")
        return found

    async def episode_id(self, *names: str) -> int:
        found = (await self.catalog_ids()).episode_of(self.fields.id(*names))
        if found is None:
            raise NotFound("Episode not found")
        return found

    async def app_user(self) -> AppUser:
        """The app user the call names (``user_id`` or ``app_user_id``); refused when it names none."""
        if self._app_user is None:
            user_id = self.fields.optional_id(*USER_FIELDS)
            if user_id is None:
                raise FieldError("user_id", "is required")
            self._app_user = await self.identity().resolve(user_id)
        return self._app_user

    async def viewer(self) -> Viewer:
        return viewer_of(await self.app_user())

    async def guest_or_viewer(self) -> Viewer | None:
        """The caller, or None for a guest (``user_id`` 0 or absent: the apps browse before signing in)."""
        if self.fields.optional_id(*USER_FIELDS) is None:
            return None
        return await self.viewer()

    async def named_profile_id(self) -> int:
        """Our id of the profile the call must name (``profile_id``), one of the caller's."""
        return await self.identity().named_profile(await self.app_user(), self.fields.id("profile_id"))

    async def profile_id(self) -> int:
        """The profile the call acts as: the one it names (the apps' id or VUGA's), else the last selected,
        else the account's first (resolved once per call)."""
        if self._profile_id is None:
            self._profile_id = await self._resolve_profile_id()
        return self._profile_id

    async def _resolve_profile_id(self) -> int:
        app_user = await self.app_user()
        found = await self.identity().profile_id(app_user, self.fields.optional_id("profile_id"))
        if found is not None:
            return found
        profiles = await self.profiles().list(viewer_of(app_user))
        if not profiles:
            raise NotFound("Profile not found")
        return profiles[0].id


def _key_matches(request: Request[Any, Any, Any], expected: str) -> bool:
    sent = request.headers.get("apikey", "")
    return hmac.compare_digest(sent.encode(), expected.encode())


def endpoint(
    path: str,
    *,
    errors: Errors = Errors.IN_BODY,
    reads: bool = False,
    cost: Cost | None = None,
    max_body: int | None = None,
) -> Callable[[Handler], HTTPRouteHandler]:
    """The POST route ``/api/v2/<path>`` answering with ``handler``, refusals in the ``errors`` convention.

    Every app call is a POST, reads included: ``reads`` charges the rate limit a read's cost (what a GET of
    /api/v1 costs), not a write's."""

    def wrap(handler: Handler) -> HTTPRouteHandler:
        async def route(request: Request[Any, Any, Any], state: State) -> Response[bytes]:
            settings: Settings = state.settings
            assert settings.v2.app_key is not None  # the router is mounted only with a key
            if not _key_matches(request, settings.v2.app_key.get_secret_value()):
                return answer(
                    "Unauthorized: a valid apikey header is required", status=False, http_status=401
                )
            try:
                fields = await read_fields(request)
                async with committing(state.database.writer) as session:
                    return await handler(Call(request, state, session, fields))
            except (FieldError, VugaError, HTTPException) as exc:
                return refused(errors, exc)

        route.__name__ = route.__qualname__ = handler.__name__
        route.__doc__ = handler.__doc__
        return post(
            f"/{path}",
            name=f"v2:{path}",
            include_in_schema=False,
            status_code=200,
            opt=rate_cost(cost or Cost(write=READ if reads else WRITE)),
            # Litestar reads None as "no limit": Empty, the app's bound applies.
            request_max_body_size=Empty if max_body is None else max_body,
        )(route)

    return wrap
