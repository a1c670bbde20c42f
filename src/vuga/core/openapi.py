"""The OpenAPI document tells the truth about errors, authentication and bodies, derived from the routes.

Litestar documents every route that takes input with its own 400 ``ValidationException`` body
(``{status_code, detail, extra}``), which this API never sends, and marks security per router, so that a
router's declaration covered its public routes too (register and login asked for a token). Here each route
is documented from what it is, as the app registers it (``OperationDocs``, an app plugin), so that a new
route is documented as soon as it exists:

- security from its guards: a guard marked ``refuses(401, ...)`` means a bearer token; a ``profile_id``
  query parameter (a viewer browsing as one of their profiles) makes the token optional; else none;
- its problems, all ``application/problem+json`` bodies of the one ``Problem`` schema (``vuga.core.errors``):
  the guards' 401 and 403; 404 for an id in the path (or a ``profile_id``: not the caller's); 422 when it
  takes parameters or a body; 400 for a cursor or a JSON body (malformed, too deep, a NUL); 413 for a body;
  429 wherever the rate limit applies (``vuga.core.ratelimit``); and what the route declares in its ``opt``
  (``problems({409: "why"})``), for the rules only its service knows;
- its request body's examples, registered with the body's struct (``@body_example(...)``), each checked
  against the struct when the module is imported.

The derivation happens in two places because Litestar builds the document lazily: the pass over the route
table puts what only the handler knows (guards, ``opt``, the body's type, the rate-limited paths) on it, and
the handler's operation class (``DocumentedOperation``) completes the operation from what only the built
operation knows (its parameters, from the handler's dependencies too), once, when the document is built.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

import msgspec
from litestar.handlers import HTTPRouteHandler
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import (
    Example,
    OpenAPIHeader,
    OpenAPIMediaType,
    OpenAPIResponse,
    Operation,
    Parameter,
    Reference,
    RequestBody,
    Schema,
    SecurityRequirement,
)
from litestar.openapi.spec.enums import OpenAPIFormat, OpenAPIType
from litestar.plugins import ReceiveRoutePlugin
from litestar.routes import BaseRoute, HTTPRoute

from vuga.core.errors import PROBLEM_MEDIA_TYPE, FieldProblem, Problem
from vuga.core.ratelimit import UNLIMITED_PREFIXES

BEARER_SCHEME = "BearerToken"  # the security scheme the app's OpenAPI components define
BEARER: list[SecurityRequirement] = [{BEARER_SCHEME: []}]
OPTIONAL_BEARER: list[SecurityRequirement] = [{}, {BEARER_SCHEME: []}]

# The handler ``opt`` entry naming the problems a route answers beyond those its shape implies.
PROBLEMS = "problems"
RAW_BODY = "raw_body"
RAW_BODY_EXAMPLE = "raw_body_example"

_PROBLEM_SCHEMA = Reference(ref="#/components/schemas/Problem")
# The ``profile_id`` query parameter: the catalog seen as one of the caller's profiles (its ceiling).
_PROFILE_QUERY = "profile_id"
_AS_PROFILE_401 = "A `profile_id` was given without a valid access token."

DESCRIPTIONS = {
    400: "Malformed input: {what}.",
    401: "No valid access token: missing, invalid, expired, or of a session that has ended.",
    403: "The caller's role may not do this.",
    404: "No such resource, or one the caller may not see.",
    413: "The request body is larger than this route accepts.",
    422: "Invalid input: `errors[]` names every invalid field and parameter, with what is wrong.",
    429: "Over the rate limit; `Retry-After` says in how many seconds to retry.",
}

_LOCKED_403 = (
    "The profile is locked by a PIN: unlock it (`POST /api/v1/profiles/{profile_id}/unlock`) and send the "
    "profile's token."
)

_guard_refusals: dict[Any, tuple[int, ...]] = {}
_body_examples: dict[type, tuple[Any, ...]] = {}

G = TypeVar("G", bound=Callable[..., Any])
S = TypeVar("S", bound=type[msgspec.Struct])


def refuses(*statuses: int) -> Callable[[G], G]:
    """Marks a route guard with the problems it answers: ``401`` (it needs a bearer token), ``403``."""

    def mark(guard: G) -> G:
        _guard_refusals[guard] = statuses
        return guard

    return mark


def body_example(*examples: dict[str, Any]) -> Callable[[S], S]:
    """Registers request body examples with their struct, as a client sends them (JSON values). An example
    the struct would refuse fails at import."""

    def register(struct: S) -> S:
        for example in examples:
            msgspec.convert(example, struct)
        _body_examples[struct] = examples
        return struct

    return register


def problems(described: Mapping[int, str]) -> dict[str, Any]:
    """A handler's ``opt`` naming problems only its rules know: ``opt=problems({409: "the email is taken"})``
    (merge it with other ``opt`` entries: ``{**rate_cost(...), **problems(...)}``)."""
    return {PROBLEMS: dict(described)}


def raw_body(*media_types: str, example: dict[str, Any] | None = None) -> dict[str, Any]:
    """A handler's ``opt`` documenting a body it reads itself (``body: RawBody``) as bytes of these types:
    ``opt=raw_body("image/jpeg", "image/png")``. A JSON document read as bytes (a signed webhook, whose
    signature covers the exact bytes) is documented as an object, with ``example``."""
    return {RAW_BODY: media_types, RAW_BODY_EXAMPLE: example}


def problem_example(status: int, detail: str, errors: list[FieldProblem] | None = None) -> dict[str, Any]:
    return msgspec.to_builtins(Problem.of(status, detail, errors))  # type: ignore[no-any-return]


_EXAMPLE_DETAILS = {
    400: "cursor is malformed",
    401: "send an access token as 'Authorization: Bearer <token>'",
    403: "this needs the editor or admin role",
    404: "no such resource",
    409: "the request contradicts the current state",
    413: "the request body is too large",
    422: "limit: Expected `int` >= 1",
    429: "the request rate limit is exceeded; retry after the delay given",
}


def _problem_response(status: int, description: str) -> OpenAPIResponse:
    errors = [FieldProblem(field="limit", message="Expected `int` >= 1")] if status == 422 else None
    example = problem_example(status, _EXAMPLE_DETAILS.get(status, description), errors)
    headers: dict[str, OpenAPIHeader | Reference] | None = None
    if status == 429:
        headers = {"Retry-After": OpenAPIHeader(schema=Schema(type=OpenAPIType.INTEGER), required=True)}
    return OpenAPIResponse(
        description=description,
        headers=headers,
        content={
            PROBLEM_MEDIA_TYPE: OpenAPIMediaType(
                schema=_PROBLEM_SCHEMA, examples={str(status): Example(value=example)}
            )
        },
    )


@dataclass(frozen=True)
class RouteFacts:
    """What the handler, not its built operation, knows about the route."""

    security: tuple[int, ...]  # the statuses its guards refuse with (401, 403)
    declared: tuple[tuple[int, str], ...]  # the problems its ``opt`` names
    rate_limited: bool
    body: type | None  # the request body's type, for its examples
    raw_body: tuple[str, ...] = ()  # the media types of a body the handler reads as bytes
    raw_example: bytes | None = None  # a JSON one's example, encoded (the facts are a cache key)


class DocumentedOperation(Operation):
    """Litestar's operation, completed when built from the route's facts (the module docstring)."""

    facts = RouteFacts((), (), rate_limited=False, body=None)

    def __init__(self, **fields: Any) -> None:
        super().__init__(**fields)
        if self.facts.raw_body and self.request_body is None:
            binary = Schema(type=OpenAPIType.STRING, format=OpenAPIFormat.BINARY)
            content = {media_type: OpenAPIMediaType(schema=binary) for media_type in self.facts.raw_body}
            if "application/json" in content:
                example = self.facts.raw_example
                content["application/json"] = OpenAPIMediaType(
                    schema=Schema(type=OpenAPIType.OBJECT),
                    examples={"example-1": Example(value=msgspec.json.decode(example))} if example else None,
                )
            self.request_body = RequestBody(content=content, required=True)
        parameters = [parameter for parameter in self.parameters or [] if isinstance(parameter, Parameter)]
        as_profile = any(p.name == _PROFILE_QUERY and p.param_in == "query" for p in parameters)
        body = getattr(self.request_body, "content", None) or {}

        responses = dict(self.responses or {})
        # Litestar's own 400 body (``ValidationException``): this API answers problems instead.
        if "application/json" in (getattr(responses.get("400"), "content", None) or {}):
            del responses["400"]
        for status, description in sorted(_problems(self.facts, parameters, body).items()):
            responses[str(status)] = _problem_response(status, description)
        self.responses = responses

        if 401 in self.facts.security:
            self.security = list(BEARER)
        else:
            self.security = list(OPTIONAL_BEARER) if as_profile else None
        examples = _body_examples.get(self.facts.body) if self.facts.body else None
        if examples and "application/json" in body:
            body["application/json"].examples = {
                f"example-{number}": Example(value=value) for number, value in enumerate(examples, 1)
            }


def _problems(facts: RouteFacts, parameters: list[Parameter], body: Mapping[str, Any]) -> dict[int, str]:
    """The problems an operation answers, by status, with what each means for it."""
    as_profile = any(p.name == _PROFILE_QUERY and p.param_in == "query" for p in parameters)
    cursor = any(parameter.name == "cursor" for parameter in parameters)
    json_body = "application/json" in body
    found: dict[int, str] = {}
    malformed = [
        *(["a cursor that is not one this list gave, or of other filters"] if cursor else []),
        *(["a body that is not JSON, nests too deeply or holds a NUL"] if json_body else []),
    ]
    if malformed:
        found[400] = DESCRIPTIONS[400].format(what=", or ".join(malformed))
    if 401 in facts.security or as_profile:
        found[401] = DESCRIPTIONS[401] if 401 in facts.security else _AS_PROFILE_401
    for_profile = as_profile or any(p.name == _PROFILE_QUERY and p.param_in == "path" for p in parameters)
    if 403 in facts.security or for_profile:
        # A profile's routes, and browsing as a profile, refuse the account's token for a locked profile.
        found[403] = " Or: ".join(
            [*([DESCRIPTIONS[403]] if 403 in facts.security else []), *([_LOCKED_403] if for_profile else [])]
        )
    if as_profile or any(parameter.param_in == "path" for parameter in parameters):
        found[404] = DESCRIPTIONS[404]
    if body:
        found[413] = DESCRIPTIONS[413]
    if parameters or body:
        found[422] = DESCRIPTIONS[422]
    if facts.rate_limited:
        found[429] = DESCRIPTIONS[429]
    return found | dict(facts.declared)


@cache
def _operation_class(facts: RouteFacts) -> type[Operation]:
    return type("DocumentedOperation", (DocumentedOperation,), {"facts": facts})


def _facts(route: HTTPRoute, handler: HTTPRouteHandler) -> RouteFacts:
    refused = {status for guard in handler.resolve_guards() for status in _guard_refusals.get(guard, ())}
    declared: Mapping[int, str] = handler.opt.get(PROBLEMS, {})
    data = handler.parsed_fn_signature.parameters.get("data")
    return RouteFacts(
        security=tuple(sorted(refused)),
        declared=tuple(sorted(declared.items())),
        rate_limited=not route.path.startswith(UNLIMITED_PREFIXES),
        body=data.annotation if data is not None and isinstance(data.annotation, type) else None,
        raw_body=tuple(handler.opt.get(RAW_BODY, ())),
        raw_example=msgspec.json.encode(example) if (example := handler.opt.get(RAW_BODY_EXAMPLE)) else None,
    )


class OperationDocs(ReceiveRoutePlugin):
    """The app's plugin documenting each route as it is registered (the module docstring)."""

    def receive_route(self, route: BaseRoute) -> None:
        if not isinstance(route, HTTPRoute):
            return
        for handler, _ in route.route_handler_map.values():
            if not handler.resolve_include_in_schema():
                continue
            facts = _facts(route, handler)
            handler.operation_class = _operation_class(facts)
            statuses = [*facts.security, *dict(facts.declared), *([429] if facts.rate_limited else [])]
            if statuses:
                # Registers the one Problem schema among the document's components, which the operation's
                # problem responses refer to (they are written by the operation class, all alike).
                problem = ResponseSpec(Problem, media_type=PROBLEM_MEDIA_TYPE, generate_examples=False)
                handler.responses = {statuses[0]: problem, **(handler.responses or {})}
