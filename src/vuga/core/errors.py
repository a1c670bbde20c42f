"""Errors the API answers with, as RFC 9457 ``application/problem+json``.

    VugaError                 any failure a client can act on
    ├── BadRequest      400   the request cannot be understood (a malformed or foreign cursor, ...)
    ├── Unauthorized    401   credentials missing or wrong
    ├── NotFound        404   no such resource, or one the caller may not see
    ├── Conflict        409   the write contradicts current state (a duplicate, a rule on related rows)
    └── InvalidInput    422   well-formed input that breaks a rule, naming the fields in ``errors[]``

Litestar's own HTTP exceptions (route not found, method not allowed, body or parameter validation) are
rendered in the same shape, and anything unexpected becomes a 500 problem with no internals in it.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.status_codes import HTTP_422_UNPROCESSABLE_ENTITY, HTTP_500_INTERNAL_SERVER_ERROR
from litestar.types import ExceptionHandlersMap

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://vuga.tv/problems/"

logger = logging.getLogger("vuga.errors")


class FieldProblem(msgspec.Struct, omit_defaults=True):
    field: str
    message: str


class Problem(msgspec.Struct, omit_defaults=True):
    type: str
    title: str
    status: int
    detail: str = ""
    errors: list[FieldProblem] = []


class VugaError(Exception):
    status_code = 400
    slug = "bad-request"
    title = "Bad request"

    def __init__(self, detail: str, errors: list[FieldProblem] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or []


class BadRequest(VugaError):
    pass


class Unauthorized(VugaError):
    status_code = 401
    slug = "unauthorized"
    title = "Authentication required"


class NotFound(VugaError):
    status_code = 404
    slug = "not-found"
    title = "Not found"


class Conflict(VugaError):
    status_code = 409
    slug = "conflict"
    title = "Conflict"


class InvalidInput(VugaError):
    status_code = 422
    slug = "invalid-input"
    title = "Invalid input"

    @classmethod
    def field(cls, field: str, message: str) -> InvalidInput:
        return cls(f"{field}: {message}", [FieldProblem(field=field, message=message)])


def _problem_response(problem: Problem, headers: dict[str, str] | None = None) -> Response[bytes]:
    return Response(
        content=msgspec.json.encode(problem),
        status_code=problem.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


def handle_vuga_error(_request: Request[Any, Any, Any], exc: VugaError) -> Response[bytes]:
    return _problem_response(
        Problem(
            type=PROBLEM_TYPE_BASE + exc.slug,
            title=exc.title,
            status=exc.status_code,
            detail=exc.detail,
            errors=exc.errors,
        )
    )


# msgspec names the failing location as "... - at `$.field[0]`", and a missing field as
# "Object missing required field `name`" or "... contains unknown field `name`" (then the location of the
# object).
_LOCATION = re.compile(r" - at `\$\.?(?P<path>[^`]*)`$")
_MISSING = re.compile(r"(?:missing required|contains unknown) field `(?P<name>[^`]+)`")


def _field_problem(item: dict[str, Any]) -> FieldProblem:
    message = str(item.get("message", "invalid value"))
    location = _LOCATION.search(message)
    path = location.group("path") if location else ""
    if location:
        message = message[: location.start()]
    if missing := _MISSING.search(message):
        return FieldProblem(
            field=f"{path}.{missing.group('name')}" if path else missing.group("name"), message=message
        )
    if path:
        return FieldProblem(field=path, message=message)
    key = item.get("key")
    # Litestar reports query and path parameters by name, and a whole body that failed as "data".
    return FieldProblem(field=str(key) if key and key != "data" else "body", message=message)


def _field_problems(exc: ValidationException) -> list[FieldProblem]:
    items = exc.extra if isinstance(exc.extra, list) else []
    return [_field_problem(item) for item in items if isinstance(item, dict)]


def handle_http_exception(_request: Request[Any, Any, Any], exc: HTTPException) -> Response[bytes]:
    if isinstance(exc, ValidationException):
        errors = _field_problems(exc)
        detail = "; ".join(f"{e.field}: {e.message}" for e in errors) or exc.detail
        problem = Problem(
            type=PROBLEM_TYPE_BASE + "invalid-input",
            title="Invalid input",
            status=HTTP_422_UNPROCESSABLE_ENTITY if errors else exc.status_code,
            detail=detail,
            errors=errors,
        )
        return _problem_response(problem)
    status = exc.status_code
    title = _TITLES.get(status, "Request failed")
    problem = Problem(
        type=PROBLEM_TYPE_BASE + title.lower().replace(" ", "-"),
        title=title,
        status=status,
        detail=exc.detail if status < 500 else "The server could not complete the request.",
    )
    return _problem_response(problem, headers=exc.headers)


def handle_unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
    logger.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return _problem_response(
        Problem(
            type=PROBLEM_TYPE_BASE + "internal-error",
            title="Internal server error",
            status=HTTP_500_INTERNAL_SERVER_ERROR,
            detail="The server could not complete the request.",
        )
    )


_TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Request too large",
    415: "Unsupported media type",
    429: "Too many requests",
    503: "Service unavailable",
}

EXCEPTION_HANDLERS: ExceptionHandlersMap = {
    VugaError: handle_vuga_error,
    HTTPException: handle_http_exception,
    Exception: handle_unexpected,
}
