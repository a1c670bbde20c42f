"""Who is calling: the bearer token turned into a ``Viewer``, for every feature's routes.

A token is accepted when its signature and expiry hold *and* its session is still live. Live sessions are
cached for a few minutes (the plan's figure) so that most requests need no database; revoking a session
writes a tombstone into the cache first, so that revocation takes effect at once on every process.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec
from litestar.connection import ASGIConnection
from litestar.datastructures import State
from litestar.handlers.base import BaseRouteHandler

from vuga.accounts.models import Role
from vuga.accounts.repository import AccountsRepository
from vuga.core.cache import Cache, CoalescedGets
from vuga.core.clock import utcnow
from vuga.core.db import Database
from vuga.core.errors import Forbidden, Unauthorized
from vuga.core.http import bearer_token
from vuga.core.metrics import record_cache_lookup
from vuga.core.openapi import refuses
from vuga.core.security import AccessTokens, InvalidToken, ProfileUnlock

_REVOKED = b"revoked"


@dataclass(frozen=True, slots=True)
class Viewer:
    account_id: int
    session_id: int
    role: Role
    unlock: ProfileUnlock | None = None  # the locked profile a profile-scoped token opens (accounts.parental)


class Authenticator:
    def __init__(self, tokens: AccessTokens, cache: Cache, database: Database, cache_ttl_s: int) -> None:
        self.tokens = tokens
        self.cache = cache
        self._sessions = CoalescedGets(cache)  # concurrent requests' sessions: one round trip
        self.database = database
        self.cache_ttl_s = cache_ttl_s

    @staticmethod
    def _key(session_id: int) -> str:
        return f"session:{session_id}"

    async def authenticate(self, token: str | None) -> Viewer:
        if token is None:
            raise Unauthorized("send an access token as 'Authorization: Bearer <token>'")
        try:
            claims = self.tokens.verify(token)
        except InvalidToken as exc:
            raise Unauthorized("the access token is invalid or expired; refresh it or log in again") from exc
        live = await self._live_session(claims.session_id)
        if live is None or live[0] != claims.account_id:
            raise Unauthorized("the session has ended; log in again")
        return Viewer(
            account_id=live[0], session_id=claims.session_id, role=Role(live[1]), unlock=claims.unlock
        )

    async def _live_session(self, session_id: int) -> tuple[int, str] | None:
        cached = await self._sessions.get(self._key(session_id))
        record_cache_lookup("session", hit=cached is not None)
        if cached == _REVOKED:
            return None
        if cached is not None:
            account_id, role = msgspec.json.decode(cached, type=tuple[int, str])
            return account_id, role
        # The primary, not a replica: a revocation must never be read from a lagging copy.
        async with self.database.writer() as session:
            live = await AccountsRepository(session).active_session_role(session_id, utcnow())
        if live is None or not self.cache_ttl_s:
            return live
        # Added only if absent: a revocation written while the database was being read must win over what
        # was read before it committed. A plain write here could cover the tombstone and keep an ended
        # session alive for the cache's lifetime.
        key = self._key(session_id)
        added = await self.cache.add(key, msgspec.json.encode(live), self.cache_ttl_s * 1000)
        if added is False and await self.cache.get(key) == _REVOKED:
            return None
        return live

    async def revoke(self, *session_ids: int) -> None:
        """Mark sessions ended in the cache, before the database says so (see the module docstring)."""
        for session_id in session_ids:
            # Replayed if Redis is down: once it is back, no cached "live" may outlast the revocation.
            await self.cache.set(
                self._key(session_id), _REVOKED, max(self.cache_ttl_s, 1), replay_if_failed=True
            )


@refuses(401)
async def authenticated(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """Route guard: admit only callers with a live session, and keep who they are for the handler.

    A guard, not a dependency, so that a refusal happens before any database session is opened for the
    request.
    """
    authenticator: Authenticator = connection.app.state.authenticator
    connection.state.viewer = await authenticator.authenticate(bearer_token(connection.scope))


async def live_session_caller(state: State, token: str | None) -> Viewer:
    """The caller of a request answered in front of the router (``vuga.core.front_paths``): the same check
    as the ``authenticated`` guard, a live session's token."""
    authenticator: Authenticator = state.authenticator
    return await authenticator.authenticate(token)


def provide_viewer(request: ASGIConnection[Any, Any, Any, Any]) -> Viewer:
    """The caller, as established by the ``authenticated`` guard of the route."""
    viewer: Viewer = request.state.viewer
    return viewer


def require_role(*roles: Role) -> Any:
    """A route guard admitting only viewers whose role is one of ``roles``."""

    @refuses(401, 403)
    async def guard(connection: ASGIConnection[Any, Any, Any, Any], handler: BaseRouteHandler) -> None:
        await authenticated(connection, handler)
        if connection.state.viewer.role not in roles:
            raise Forbidden(f"this needs the {' or '.join(roles)} role")

    return guard


require_editor = require_role(Role.EDITOR, Role.ADMIN)
