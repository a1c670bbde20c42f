"""The front layer and the router answer alike: one conformance test, generated over the route table.

Every route declaring a ``FrontPath`` (``vuga.core.front_paths``) is found from its declaration, so a route
that opts in later is covered without editing this test. Each request is sent twice to the same app, on the
same database and caches: through the app as it runs, where ``FrontPaths`` may answer it, and through the
same app with that layer left out (``FrontedLitestar.bypassing``), where the router does. Their status,
headers and body must be equal, for anonymous, signed-in, another account's and a kids profile's requests,
conditional ones, HEAD, odd paths (trailing slash, percent-encoded characters, extra query parameters), a
revoked session and a spent rate limit.

A read is sent once through the router first, so that both answers come from the same warm caches (a
first request pays for a build; the second does not). A write changes what the next request sees, so the
front's and the router's copies of it go to twin accounts, made alike: their answers are compared, and so
is what each stored in the database, with the accounts' own ids named rather than numbered.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

import httpx
import limits.aio.storage.memory
import limits.aio.strategies
import msgspec
import pytest
from limits import RateLimitItemPerMinute
from litestar import Litestar
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from tests.factories import CatalogFactory
from tests.members import Member, add_profile, register
from tests.playback.test_progress import beat
from vuga.core.db import Base
from vuga.core.front import FrontedLitestar
from vuga.core.front_paths import FrontPaths, FrontRoute, front_routes
from vuga.core.http import HttpApp
from vuga.core.ratelimit import RateLimiter
from vuga.playback.schemas import Heartbeat
from vuga.settings import RateLimitSettings, Settings

# Headers whose values legitimately differ between two answers to the same request (both must send them,
# or neither): the request's own id, the time of day, what is left of the budget (each charged request
# spends some) and the seconds until the rate-limit window turns (they tick between the two requests).
PER_RESPONSE = frozenset({"date", "x-request-id", "ratelimit-remaining", "ratelimit-reset", "retry-after"})
SPENT_ADDRESS = ("10.9.9.9", 4000)  # an anonymous caller whose budget is spent
MISSING_ID = 999_999
TITLE_IDS = 700_001
_sessions = itertools.count(1)


@pytest.fixture
def settings(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    # The limiter's clock stands still: a sliding window gives back part of a spent budget as time passes,
    # and the two sides' requests, a moment apart, must meet the same budget.
    now = time.time()
    still = SimpleNamespace(time=lambda: now)
    monkeypatch.setattr(limits.aio.storage.memory, "time", still)
    monkeypatch.setattr(limits.aio.strategies, "time", still)
    # Limits on, so that the answers carry what the limiter adds, with a budget these requests cannot spend.
    return settings.model_copy(update={"rate_limit": RateLimitSettings(enabled=True, per_minute=100_000)})


@dataclass
class World:
    """One viewer's side of the comparison: an account with a kids profile, a revoked session and a spent
    rate limit; the ids it names, by name (for comparing what two twins stored)."""

    member: Member
    kids_profile: int
    revoked: dict[str, str]
    spent: Member  # an account of its own: its budget is spent

    def names(self) -> dict[int, str]:
        return {
            self.member.profile_id: "my profile",
            self.kids_profile: "kids profile",
            self.spent.profile_id: "spent profile",
        }


@dataclass(frozen=True)
class Shared:
    """What both sides see alike: the titles, another account, and the spent anonymous address."""

    movie: int
    adult: int
    stranger: Member


async def make_world(app: Litestar, client: httpx.AsyncClient, routes: list[FrontRoute]) -> World:
    member = await register(client)
    kids = await add_profile(client, member, is_kids=True)
    login = {"email": member.email, "password": member.password}
    ended = (await client.post("/api/v1/auth/login", json=login)).json()["access_token"]
    revoked = {"Authorization": f"Bearer {ended}"}
    assert (await client.post("/api/v1/auth/logout", headers=revoked)).status_code == 204
    # The member's free allowances are spent too: the two sides charge the same account a different number
    # of times (a refusal reaches the router from the same world), and every request must be charged alike.
    await spend(app, routes, account_of(app, member), budget=False)
    other = await register(client)
    await spend(app, routes, account_of(app, other))
    return World(member, kids, revoked, other)


def account_of(app: Litestar, member: Member) -> str:
    return f"account:{app.state.access_tokens.verify(member.access_token).account_id}"


async def spend(app: Litestar, routes: list[FrontRoute], identity: str, budget: bool = True) -> None:
    """Spend every free allowance a declared route has for ``identity``, and all its budget if ``budget``."""
    limiter: RateLimiter = app.state.rate_limiter
    if budget:
        await limiter.hit(limiter.budget, identity, cost=limiter.budget.amount)
    for route in routes:
        if route.cost.free_per_minute:
            free = RateLimitItemPerMinute(route.cost.free_per_minute)
            await limiter.hit(free, "free", route.cost.allowance, identity, cost=route.cost.free_per_minute)


# --- the requests, for any declared route ------------------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    case: str
    method: str
    path: str
    headers: dict[str, str]
    body: bytes = b""
    spent_address: bool = False


def path_of(route: FrontRoute, id_: int | None, encoded: bool = False) -> str:
    if route.id_path is None:
        return route.template[:-1] + f"%{ord(route.template[-1]):02X}" if encoded else route.template
    digits = "".join(f"%{ord(digit):02X}" for digit in str(id_)) if encoded else str(id_)
    return f"{route.id_path.prefix}{digits}{route.id_path.suffix}"


# Bodies for the writes a route takes, by the type its handler decodes: add one when a route taking another
# body opts in (the test says so).
BODIES: dict[type, Callable[[Shared], list[bytes]]] = {
    Heartbeat: lambda shared: [
        msgspec.json.encode(beat(shared.movie, 60, session=f"conformance-{next(_sessions)}")),
        msgspec.json.encode(
            beat(shared.adult, 60, session=f"conformance-{next(_sessions)}")
        ),  # kids: refused
        b'{"title_id": 1',
        b"{}",
    ]
}


def bodies_for(app: Litestar, route: FrontRoute, shared: Shared) -> list[bytes]:
    if route.method == "GET":
        return [b""]
    handler = next(
        handler
        for http_route in app.routes
        for handler in getattr(http_route, "route_handlers", ())
        if handler.opt.get("front_path") is route.declared
    )
    kind = handler.parsed_fn_signature.parameters["data"].annotation  # what its body decodes into
    assert kind in BODIES, f"{route.template} takes {kind}: add bodies for it to BODIES"
    return BODIES[kind](shared)


def requests_for(
    app: Litestar, route: FrontRoute, world: World, shared: Shared, etag: str | None
) -> list[Sent]:
    member = world.member
    own = [member.profile_id, world.kids_profile, shared.stranger.profile_id]
    ids: list[int | None] = (
        [None] if route.id_path is None else [*own, shared.movie, shared.adult, MISSING_ID]
    )
    sent: list[Sent] = []
    for id_, body in itertools.product(ids, bodies_for(app, route, shared)):
        path = path_of(route, id_)
        # The spent account asks for its own profile where the member asks for theirs.
        spent_path = path_of(route, world.spent.profile_id if id_ == member.profile_id else id_)
        mine = member.headers | {"Content-Type": "application/json"}
        sent += [
            Sent("anonymous", route.method, path, {}, body),
            Sent("signed in", route.method, path, mine, body),
            Sent("revoked session", route.method, path, world.revoked, body),
            Sent("rate limited", route.method, spent_path, world.spent.headers, body),
            Sent("rate limited anonymous", route.method, path, {}, body, spent_address=True),
            Sent("conditional", route.method, path, mine | {"If-None-Match": etag or '"*"'}, body),
            Sent("HEAD", "HEAD", path, mine, body),
            Sent("trailing slash", route.method, path + "/", mine, body),
            Sent("percent-encoded", route.method, path_of(route, id_, encoded=True), mine, body),
            Sent("extra query", route.method, path + "?extra=1", mine, body),
            Sent("gzip", route.method, path, mine | {"Accept-Encoding": "gzip"}, body),
            *(
                Sent(f"as profile {n}", route.method, f"{path}?profile_id={profile}", mine, body)
                for n, profile in enumerate(own)
            ),
        ]
    return sent


# --- sending and comparing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


def answer_of(response: httpx.Response) -> Answer:
    headers = sorted(
        (name, "(per response)" if name in PER_RESPONSE else value)
        for name, value in response.headers.multi_items()
    )
    return Answer(response.status_code, headers, response.content)


class Sides:
    """The app through its front (``front``) and with ``FrontPaths`` bypassed (``router``), and how many
    requests the front layer handed on to the router."""

    def __init__(self, app: FrontedLitestar) -> None:
        self.app = app
        self.passed_on = 0
        layer: Any = app._fronted
        while not isinstance(layer, FrontPaths):
            layer = layer.app  # the layers in front of it
        behind: HttpApp = layer.app

        async def counted(scope: Any, receive: Any, send: Any) -> None:
            self.passed_on += 1
            await behind(scope, receive, send)

        layer.app = counted
        self.front: HttpApp = app
        self.router = app.bypassing(FrontPaths)

    async def send(self, entry: HttpApp, request: Sent) -> Answer:
        client = SPENT_ADDRESS if request.spent_address else ("127.0.0.1", 123)
        transport = httpx.ASGITransport(app=entry, client=client)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://vuga.test") as http:
            response = await http.request(
                request.method, request.path, headers=request.headers, content=request.body or None
            )
        return answer_of(response)


async def stored(session: AsyncSession, names: dict[int, str]) -> set[tuple[str, tuple[Any, ...]]]:
    """Every row of every table, without surrogate ids and times, with the world's profile ids named."""
    rows: set[tuple[str, tuple[Any, ...]]] = set()
    for table in Base.metadata.sorted_tables:
        for row in (await session.execute(select(table))).mappings():
            kept = tuple(
                (column, names.get(value, value) if column == "profile_id" else value)
                for column, value in sorted(row.items())
                if column != "id" and not isinstance(value, datetime | date)
            )
            rows.add((table.name, kept))
    await session.commit()  # a fresh snapshot next time
    return rows


async def test_the_front_layer_answers_as_the_router_does(
    app: FrontedLitestar, client: httpx.AsyncClient, make: CatalogFactory, session: AsyncSession
) -> None:
    routes = [
        route
        for fixed, with_id in front_routes(app).values()
        for route in (*fixed.values(), *(served for _, served in with_id))
    ]
    assert {route.declared.name for route in routes} >= {"home", "title", "heartbeat"}  # the table was read
    # Title ids apart from the accounts' and profiles': a path's id means the same thing on both twins.
    movie = await make.title(id=TITLE_IDS)
    adult = await make.title(id=TITLE_IDS + 1, maturity_age=18)
    shared = Shared(movie.id, adult.id, await register(client))
    await spend(app, routes, f"ip:{SPENT_ADDRESS[0]}")
    await spend(app, routes, "ip:127.0.0.1", budget=False)  # the anonymous caller's free allowances
    front_world = await make_world(app, client, routes)
    twin_world = await make_world(app, client, routes)
    sides = Sides(app)
    differences: list[str] = []
    for route in routes:
        answered_in_front = 0
        if route.method == "GET":  # a read: the same request, twice, on warm caches
            etag = (await sides.send(sides.router, Sent("", "GET", path_of(route, movie.id), {}))).headers
            tag = dict(etag).get("etag")
            for request in requests_for(app, route, front_world, shared, tag):
                await sides.send(sides.router, request)  # warms what the request reads
                passed_on = sides.passed_on
                front = await sides.send(sides.front, request)
                answered_in_front += sides.passed_on == passed_on
                router = await sides.send(sides.router, request)
                if front != router:
                    differences.append(f"{route.template} {request}:\n  front  {front}\n  router {router}")
        else:  # a write: the front's copy for one twin, the router's for the other, and what each stored
            fronted = requests_for(app, route, front_world, shared, None)
            routed = requests_for(app, route, twin_world, shared, None)
            for front_request, twin_request in zip(fronted, routed, strict=True):
                before = await stored(session, front_world.names())
                passed_on = sides.passed_on
                front = await sides.send(sides.front, front_request)
                answered_in_front += sides.passed_on == passed_on
                front_stored = (await stored(session, front_world.names())) - before
                # What was refused changed nothing (front_stored shows it): the router gets the very same
                # request. What was taken goes to the twin, with the same body.
                taken = front.status < 300
                world = twin_world if taken else front_world
                router_request = replace(twin_request, body=front_request.body) if taken else front_request
                before = await stored(session, world.names())
                router = await sides.send(sides.router, router_request)
                router_stored = (await stored(session, world.names())) - before
                if (front, front_stored) != (router, router_stored):
                    differences.append(
                        f"{route.template} {front_request}:\n  front  {front} {front_stored}"
                        f"\n  router {router} {router_stored}\n  (sent {router_request})"
                    )
        assert answered_in_front, f"{route.template}: the front layer answered none of its requests"
    assert differences == [], "\n".join(differences[:10])
