"""Declarations the front layer could not serve exactly are refused when its table is built, not served."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

import pytest
from litestar import Litestar, get, post, put
from litestar.datastructures import ResponseHeader
from litestar.params import PathParameter

from vuga.core.front_paths import FrontPath, front_path, front_routes
from vuga.core.http import PathId


def key_of(_: int | None, query_string: bytes) -> str | None:
    return None if query_string else "key"


async def accept(*_: Any) -> None:
    return None


async def caller(*_: Any) -> object:
    return object()


def test_a_declaration_says_one_thing() -> None:
    with pytest.raises(ValueError, match="near cache or accepts"):
        FrontPath("both", key_of=key_of, accept=accept)
    with pytest.raises(ValueError, match="near cache or accepts"):
        FrontPath("neither")
    with pytest.raises(ValueError, match="public"):
        FrontPath("personal", key_of=key_of, caller=caller)  # a near-cache answer is the same for all


def test_the_table_holds_each_declared_route_by_method_and_path() -> None:
    @get("/things", opt=front_path(FrontPath.near_cached("things", key_of)), sync_to_thread=False)
    def things() -> None: ...

    @get(
        "/things/{thing_id:int}", opt=front_path(FrontPath.near_cached("thing", key_of)), sync_to_thread=False
    )
    def thing(thing_id: PathId) -> None: ...

    @put(
        "/things/{thing_id:int}/beat",
        status_code=204,
        opt=front_path(FrontPath.accepting("beat", accept)),
        request_max_body_size=2048,
    )
    async def beat(thing_id: PathId) -> None: ...

    @get("/plain", sync_to_thread=False)
    def plain() -> None: ...

    table = front_routes(Litestar([things, thing, beat, plain]))
    assert set(table) == {"GET", "PUT"}
    fixed, with_id = table["GET"]
    assert list(fixed) == ["/things"]
    assert [(id_path.template, route.declared.name) for id_path, route in with_id] == [
        ("/things/{thing_id}", "thing")
    ]
    beat_path, beat_route = table["PUT"][1][0]
    assert beat_path.id_in("/things/7/beat") == 7
    assert beat_route.max_body == 2048  # what a charge by size assumes of a body without a length, as routed


def near_cached_write() -> Any:
    @post("/a", opt=front_path(FrontPath.near_cached("a", key_of)), sync_to_thread=False)
    def handler() -> None: ...

    return handler


def accepted_write_with_a_body() -> Any:
    @post("/b", status_code=201, opt=front_path(FrontPath.accepting("b", accept)), sync_to_thread=False)
    def handler() -> None: ...

    return handler


def accepted_read() -> Any:
    @get("/c", status_code=204, opt=front_path(FrontPath.accepting("c", accept)), sync_to_thread=False)
    def handler() -> None: ...

    return handler


def near_cached_with_headers() -> Any:
    # Its cached answer sends the handler's own headers; what the route declares besides, it would not.
    @get(
        "/d",
        opt=front_path(FrontPath.near_cached("d", key_of)),
        response_headers=[ResponseHeader(name="X-Extra", value="1")],
        sync_to_thread=False,
    )
    def handler() -> None: ...

    return handler


def path_with_a_name() -> Any:
    @get("/e/{name:str}", opt=front_path(FrontPath.near_cached("e", key_of)), sync_to_thread=False)
    def handler(name: Annotated[str, PathParameter()]) -> None: ...

    return handler


@pytest.mark.parametrize(
    ("route", "problem"),
    [
        (near_cached_write, "only a GET"),
        (accepted_write_with_a_body, "answered with 204"),
        (accepted_read, "answered with 204"),
        (near_cached_with_headers, "no response headers"),
        (path_with_a_name, "one integer id"),
    ],
)
def test_what_the_layer_cannot_serve_exactly_is_refused(route: Callable[[], Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        front_routes(Litestar([route()]))
