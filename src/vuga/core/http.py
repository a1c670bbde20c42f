"""What every feature's routes share: database sessions per request, id parameters, the bearer token, and the
shape of the ASGI layers in front of the router (and how they recognise a route's path before routing)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any

from litestar.connection import ASGIConnection
from litestar.datastructures import State
from litestar.params import PathParameter
from litestar.routes import HTTPRoute
from litestar.types import HTTPScope, Receive, Scope, Send
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.core.bounds import MAX_BIG_ID, MAX_ID
from vuga.core.db import Database, read_session, transaction

# An ASGI app that only ever sees HTTP requests, and a layer that wraps one (vuga.core.front).
HttpApp = Callable[[HTTPScope, Receive, Send], Awaitable[None]]
Layer = Callable[[HttpApp], HttpApp]

PathId = Annotated[int, PathParameter(ge=1, le=MAX_ID, description="A positive integer id.")]
BigPathId = Annotated[int, PathParameter(ge=1, le=MAX_BIG_ID, description="A positive 64-bit id.")]


async def provide_reader(state: State) -> AsyncIterator[AsyncSession]:
    database: Database = state.database
    async for session in read_session(database.reader):
        yield session


async def provide_writer(state: State) -> AsyncIterator[AsyncSession]:
    database: Database = state.database
    async for session in transaction(database.writer):
        yield session


def client_address(connection: ASGIConnection[Any, Any, Any, Any]) -> str:
    """The client's address: the connection's, or what a trusted proxy forwarded (``vuga.core.proxies``)."""
    return connection.client.host if connection.client else "unknown"


def bearer_token(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            return token.strip() if scheme.lower() == "bearer" and token.strip() else None
    return None


@dataclass(frozen=True, slots=True)
class IdPath:
    """The path of a route with one ``PathId`` parameter, matched before routing by the layers in front of the
    router: the text around the id, and the id within the route's own bounds."""

    template: str  # the route's path as the router names it (``/titles/{title_id}``), for the metrics
    prefix: str
    suffix: str

    @classmethod
    def of(cls, route: HTTPRoute) -> IdPath:
        parameters = list(route.path_parameters.values())
        if len(parameters) != 1 or parameters[0].type is not int:
            raise ValueError(f"{route.path}: not a path with one integer id")
        prefix, _, suffix = route.path.partition(f"{{{parameters[0].name}:int}}")
        return cls(route.path_format, prefix, suffix)

    def id_in(self, path: str) -> int | None:
        """The id ``path`` names, if it is this route's path with an id the route would take."""
        if len(path) <= len(self.prefix) + len(self.suffix):
            return None
        if not (path.startswith(self.prefix) and path.endswith(self.suffix)):
            return None
        digits = path[len(self.prefix) : len(path) - len(self.suffix)]
        if not (digits.isascii() and digits.isdigit()) or len(digits) > len(str(MAX_ID)):
            return None  # ASCII only: str.isdigit alone takes other scripts' digits
        found = int(digits)
        return found if 1 <= found <= MAX_ID else None
