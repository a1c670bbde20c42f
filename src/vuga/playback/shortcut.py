"""Heartbeats accepted in front of the framework: the platform's most frequent request skips Litestar's work.

Every viewer's player sends a heartbeat every ten seconds: at 100,000 viewers, 10,000 requests a second, each
a few bytes in and an empty 204 out. Profiled on one core, about half of a heartbeat's CPU was Litestar's per
request work (the request object, the guard and dependencies, the body parser, the response), none of which
a heartbeat needs. This ASGI layer, run in front of the router (``vuga.core.front``), takes a heartbeat it can
accept whole: a live session's token, a body that decodes into a valid ``Heartbeat``, a profile and title the
caller may report. It hands it to the same ``HeartbeatIntake`` as the route and answers 204 once it is stored.

A refusal (401, 404, 422) goes on to the documented route with its body, unchanged, and the route gives
it. A failure is answered here, with the problem the route would send (503 for a database pool with no free
connection, else 500): submitting the heartbeat again through the route would write a failed batch twice,
doubling the write load exactly while the database struggles. Failures are logged and counted
(``vuga_front_errors_total``: ``write`` for the database's, ``bug`` for anything else), never swallowed. So
the shortcut accepts a subset of what the route accepts, through the same checks, and the two cannot
disagree.
"""

from __future__ import annotations

import logging
from typing import Any, cast

import msgspec
from litestar import Litestar
from litestar.routes import HTTPRoute
from litestar.types import HTTPRequestEvent, HTTPScope, Receive, ReceiveMessage, Send
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError

from vuga.accounts.auth import Authenticator
from vuga.core.errors import PROBLEM_MEDIA_TYPE, Problem, VugaError
from vuga.core.headers import cross_origin
from vuga.core.http import HttpApp, IdPath, bearer_token
from vuga.core.metrics import record_front_error
from vuga.core.ratelimit import CHARGED, DEFAULT_COST, RATE_COST, Cost, Decision, RateLimiter
from vuga.playback.routes import heartbeat as heartbeat_route
from vuga.playback.schemas import Heartbeat
from vuga.playback.service import HeartbeatIntake

logger = logging.getLogger("vuga.playback")

# Status, headers and body of an answer given here.
Answer = tuple[int, list[tuple[bytes, bytes]], bytes]

MAX_BODY = 4096  # a heartbeat is about 200 bytes; a larger body is the route's to refuse
_DECODE = msgspec.json.Decoder(Heartbeat).decode
_NO_CONTENT: list[tuple[bytes, bytes]] = []


class HeartbeatShortcut:
    """The ASGI layer: a heartbeat it can accept is stored and answered here; anything else passes."""

    def __init__(self, app: HttpApp) -> None:
        self.app = app
        self._route: IdPath | None = None  # found on the first request, once the app is built
        self._cost = DEFAULT_COST  # and what the route says a heartbeat costs

    async def __call__(self, scope: HTTPScope, receive: Receive, send: Send) -> None:
        profile_id = self._profile_id(scope) if scope["method"] == "PUT" and not cross_origin(scope) else None
        if profile_id is None:
            await self.app(scope, receive, send)
            return
        body, more_body = await _read_body(receive)
        if body is None:
            return  # the client went away before sending its heartbeat: nothing to store or answer
        if not more_body:
            charged, decision = await self._charge(scope)
            answer = await self._accept(scope, profile_id, body) if charged else None
            if answer is not None:
                assert self._route is not None
                scope["path_template"] = self._route.template  # for the metrics: as the router names it
                status, headers, content = answer
                if decision is not None:
                    headers = [*headers, *decision.raw_headers()]
                await send({"type": "http.response.start", "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": content, "more_body": False})
                return
            if charged:  # the router must not charge it again (a refused charge spent nothing: it may)
                cast(dict[str, Any], scope)[CHARGED] = decision
        await self.app(scope, _replaying(body, more_body, receive), send)

    async def _charge(self, scope: HTTPScope) -> tuple[bool, Decision | None]:
        """Charge the heartbeat its route's cost, as the router would: whether it may go on, and the decision
        (None when it was free or limits are off)."""
        state: Any = scope["app"].state
        if not state.settings.rate_limit.enabled:
            return True, None
        limiter: RateLimiter = state.rate_limiter
        decision = await limiter.admit(scope, self._cost, limiter.identity(scope, state.access_tokens), None)
        return decision is None or decision.allowed, decision

    def _profile_id(self, scope: HTTPScope) -> int | None:
        if self._route is None:
            self._route, self._cost = _heartbeat_route(scope["app"])
        return self._route.id_in(scope["path"])

    @staticmethod
    async def _accept(scope: HTTPScope, profile_id: int, body: bytes) -> Answer | None:
        """The answer to a heartbeat taken here (204, or the problem of a failure); None for a refusal, which
        the route gives."""
        state: Any = scope["app"].state
        try:
            authenticator: Authenticator = state.authenticator
            viewer = await authenticator.authenticate(bearer_token(scope))
            intake: HeartbeatIntake = state.heartbeat_intake
            await intake.accept(viewer, profile_id, _DECODE(body))
        except (VugaError, msgspec.DecodeError):  # refused: the route answers it, with the same checks
            return None
        except SQLAlchemyTimeoutError:  # no free connection: the route's 503
            logger.warning("no database connection free within the pool timeout for a heartbeat")
            record_front_error("heartbeat", "write")
            return _problem(503, "The server is busy; retry in a moment.", [(b"retry-after", b"1")])
        except (SQLAlchemyError, OSError) as exc:
            logger.error("a heartbeat could not be stored: %s", exc)
            record_front_error("heartbeat", "write")
            return _problem(500, "The server could not complete the request.")
        except Exception:
            logger.exception("the heartbeat shortcut failed")
            record_front_error("heartbeat", "bug")
            return _problem(500, "The server could not complete the request.")
        return 204, _NO_CONTENT, b""


def _problem(status: int, detail: str, extra: list[tuple[bytes, bytes]] | None = None) -> Answer:
    """The problem response the route's error handlers send for the same failure."""
    body = msgspec.json.encode(Problem.of(status, detail))
    headers = [
        (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),  # as vuga.core.errors.problem_response
        *(extra or []),
    ]
    return status, headers, body


def _heartbeat_route(app: Litestar) -> tuple[IdPath, Cost]:
    """The heartbeat route's path, as the app mounted it, and its declared cost."""
    for route in app.routes:
        if not isinstance(route, HTTPRoute):
            continue
        for handler in route.route_handlers:
            if handler.fn is heartbeat_route.fn:
                return IdPath.of(route), handler.opt.get(RATE_COST, DEFAULT_COST)
    raise LookupError("the heartbeat route is not mounted")


async def _read_body(receive: Receive) -> tuple[bytes | None, bool]:
    """The request's body, up to ``MAX_BODY`` bytes, and whether more follows; None if the client left."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None, False
        chunk = message.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        more_body = message.get("more_body", False)
        if not more_body or size > MAX_BODY:
            return b"".join(chunks), more_body


def _replaying(body: bytes, more_body: bool, receive: Receive) -> Receive:
    """``receive`` with what was already read put back in front."""
    replayed = False

    async def replay() -> ReceiveMessage:
        nonlocal replayed
        if replayed:
            return await receive()
        replayed = True
        read: HTTPRequestEvent = {"type": "http.request", "body": body, "more_body": more_body}
        return read

    return replay
