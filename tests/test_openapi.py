"""The OpenAPI document tells the truth, checked over every operation it has (a route added later is checked
as soon as it exists; a failure names the operation and what it lacks):

- each operation has a summary and a description;
- its error responses are problem+json bodies of the one ``Problem`` schema, never Litestar's default
  validation body: 401 where a guard asks for a token, 403 for a role, 404 for an id in the path, 422 for
  parameters or a body, 413 for a body, 429 where the rate limit applies;
- a guarded operation requires the bearer token, a public one nothing (or the token as an option, where a
  ``profile_id`` lets a viewer browse as a profile);
- each JSON request body has examples, and each example is valid for its schema, as is every problem
  example;
- and what it documents is what happens: every guarded GET, called anonymously, is a 401 whose body is valid
  for the documented problem schema.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from httpx import AsyncClient
from litestar import Litestar
from litestar.routes import HTTPRoute

from tests.conftest import settings_for
from vuga.app import create_app
from vuga.core.errors import PROBLEM_MEDIA_TYPE
from vuga.core.ratelimit import UNLIMITED_PREFIXES

METHODS = {"get", "put", "post", "patch", "delete", "head"}
# Errors whose body is not a problem, on purpose: readiness answers its checks to a load balancer either way.
NOT_PROBLEMS = {("GET", "/readyz", "503")}


def _app() -> Litestar:
    with tempfile.TemporaryDirectory() as scratch:
        return create_app(settings_for("sqlite+aiosqlite://", Path(scratch)))


APP = _app()
DOCUMENT = APP.openapi_schema.to_schema()


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in DOCUMENT["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield method.upper(), path, operation


def guarded() -> set[tuple[str, str]]:
    """The operations whose route has a guard, from the route table (not from the document)."""
    found = set()
    for route in APP.routes:
        if isinstance(route, HTTPRoute):
            for method, (handler, _) in route.route_handler_map.items():
                if handler.resolve_guards() and handler.resolve_include_in_schema():
                    found.add((method, route.path_format))
    return found


OPERATIONS = list(operations())
IDS = [f"{method} {path}" for method, path, _ in OPERATIONS]
GUARDED = guarded()


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """A schema with its components, so that a ``$ref`` inside it resolves."""
    return {**schema, "components": DOCUMENT["components"]}


def validate(value: Any, schema: dict[str, Any]) -> None:
    jsonschema.validate(value, resolve(schema), cls=jsonschema.Draft202012Validator)


def parameters(operation: dict[str, Any]) -> list[dict[str, Any]]:
    return operation.get("parameters", [])


def lacks(method: str, path: str, what: str) -> str:
    return f"{method} {path}: {what}"


@pytest.mark.parametrize(("method", "path", "operation"), OPERATIONS, ids=IDS)
def test_every_operation_has_a_summary_and_a_description(
    method: str, path: str, operation: dict[str, Any]
) -> None:
    summary = operation.get("summary", "")
    # Litestar's fallback summary is the handler's name in CamelCase ("GetProfile"): no summary was written.
    assert summary, lacks(method, path, "no summary")
    assert not re.fullmatch(r"[A-Z][A-Za-z0-9]*", summary), lacks(method, path, f"no summary ({summary})")
    assert operation.get("description"), lacks(method, path, "no description (give its handler a docstring)")


@pytest.mark.parametrize(("method", "path", "operation"), OPERATIONS, ids=IDS)
def test_every_error_is_a_problem_and_where_it_happens(
    method: str, path: str, operation: dict[str, Any]
) -> None:
    responses = operation["responses"]
    for status, response in responses.items():
        if int(status) >= 400 and (method, path, status) not in NOT_PROBLEMS:
            content = response.get("content", {})
            assert list(content) == [PROBLEM_MEDIA_TYPE], lacks(
                method, path, f"{status} is documented as {list(content)}, not {PROBLEM_MEDIA_TYPE}"
            )
            assert content[PROBLEM_MEDIA_TYPE]["schema"] == {"$ref": "#/components/schemas/Problem"}
    expected = set()
    if (method, path) in GUARDED:
        expected.add("401")
    if any(parameter["in"] == "path" for parameter in parameters(operation)):
        expected.add("404")
    if parameters(operation) or "requestBody" in operation:
        expected.add("422")
    if "requestBody" in operation:
        expected.add("413")
    if not path.startswith(UNLIMITED_PREFIXES):
        expected.add("429")
    missing = expected - set(responses)
    assert not missing, lacks(method, path, f"does not document {sorted(missing)}")


def test_the_problem_schema_is_one_component() -> None:
    problem = DOCUMENT["components"]["schemas"]["Problem"]
    assert set(problem["required"]) == {"type", "title", "status"}
    assert set(problem["properties"]) == {"type", "title", "status", "detail", "errors"}


@pytest.mark.parametrize(("method", "path", "operation"), OPERATIONS, ids=IDS)
def test_security_says_who_may_call(method: str, path: str, operation: dict[str, Any]) -> None:
    security = operation.get("security")
    if (method, path) in GUARDED:
        assert security == [{"BearerToken": []}], lacks(method, path, f"guarded, but security is {security}")
        assert "BearerToken" in DOCUMENT["components"]["securitySchemes"]
    elif any(parameter["name"] == "profile_id" for parameter in parameters(operation)):
        assert security == [{}, {"BearerToken": []}], lacks(method, path, f"token optional, not {security}")
    else:
        assert security is None, lacks(method, path, f"public, but security is {security}")


@pytest.mark.parametrize(("method", "path", "operation"), OPERATIONS, ids=IDS)
def test_every_example_is_valid_for_its_schema(method: str, path: str, operation: dict[str, Any]) -> None:
    body = operation.get("requestBody", {}).get("content", {}).get("application/json")
    if body is not None:
        examples = body.get("examples", {})
        assert examples, lacks(method, path, "a JSON body without an example (@body_example on its struct)")
        for name, example in examples.items():
            try:
                validate(example["value"], body["schema"])
            except jsonschema.ValidationError as error:
                pytest.fail(lacks(method, path, f"body example {name} is invalid: {error.message}"))
    for status, response in operation["responses"].items():
        for media in response.get("content", {}).values():
            for example in media.get("examples", {}).values():
                validate(example["value"], media["schema"])
                assert str(example["value"].get("status", status)) == status


def test_the_problem_schema_refuses_litestars_default_shape() -> None:
    """The derivation is not taken on trust: the schema's validator must refuse Litestar's old shape."""
    with pytest.raises(jsonschema.ValidationError):
        validate(
            {"status_code": 400, "detail": "Bad Request", "extra": {}},
            {"$ref": "#/components/schemas/Problem"},
        )


GUARDED_GETS = sorted(
    (path, operation)
    for method, path, operation in OPERATIONS
    if method == "GET" and (method, path) in GUARDED
)


async def test_every_guarded_get_answers_an_anonymous_caller_with_the_documented_401(
    client: AsyncClient,
) -> None:
    assert GUARDED_GETS
    for path, operation in GUARDED_GETS:
        concrete = re.sub(r"\{[^}]+\}", "1", path)
        response = await client.get(concrete)
        assert response.status_code == 401, lacks(
            "GET", path, f"anonymous call answered {response.status_code}"
        )
        assert response.headers["content-type"].startswith(PROBLEM_MEDIA_TYPE)
        documented = operation["responses"]["401"]["content"][PROBLEM_MEDIA_TYPE]["schema"]
        validate(response.json(), documented)
