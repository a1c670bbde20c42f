"""What every feature's routes share: database sessions per request, id parameters, the bearer token, and the
shape of the ASGI layers in front of the router."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated

from litestar.datastructures import State
from litestar.params import PathParameter
from litestar.types import HTTPScope, Receive, Scope, Send
from sqlalchemy.ext.asyncio import AsyncSession

from vuga.core.db import Database, read_session, transaction

MAX_ID = 2**31 - 1

# An ASGI app that only ever sees HTTP requests, and a layer that wraps one (vuga.core.front).
HttpApp = Callable[[HTTPScope, Receive, Send], Awaitable[None]]
Layer = Callable[[HttpApp], HttpApp]

PathId = Annotated[int, PathParameter(ge=1, le=MAX_ID, description="A positive integer id.")]
BigPathId = Annotated[int, PathParameter(ge=1, le=2**63 - 1, description="A positive 64-bit id.")]


async def provide_reader(state: State) -> AsyncIterator[AsyncSession]:
    database: Database = state.database
    async for session in read_session(database.reader):
        yield session


async def provide_writer(state: State) -> AsyncIterator[AsyncSession]:
    database: Database = state.database
    async for session in transaction(database.writer):
        yield session


def bearer_token(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            return token.strip() if scheme.lower() == "bearer" and token.strip() else None
    return None
