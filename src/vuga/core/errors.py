"""Errors the API answers with, as RFC 9457 ``application/problem+json``.

    VugaError                    any failure a client can act on
    ├── BadRequest         400   the request cannot be understood (a malformed or foreign cursor, ...)
    ├── Unauthorized       401   credentials missing, wrong or expired
    ├── Forbidden          403   a known caller, not allowed to do this
    ├── NotFound           404   no such resource, or one the caller may not see
    ├── Conflict           409   the write contradicts current state (a duplicate, a limit, a rule)
    ├── InvalidInput       422   well-formed input that breaks a rule, naming the fields in ``errors[]``
    └── TooManyRequests    429   over a rate limit, with ``Retry-After``

A database pool with no free connection within its timeout answers 503 with ``Retry-After``: the request
may succeed a moment later, and the bounded pool protects the database.

Litestar's own HTTP exceptions (route not found, method not allowed, body or parameter validation) are
rendered in the same shape, and anything unexpected becomes a 500 problem with no internals in it.
"""

from __future__ import annotations

import logging
from typing import Any

import msgspec
from litestar import Request, Response
from litestar.exceptions import HTTPException, ValidationException
from litestar.types import ExceptionHandlersMap
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError

from vuga.core.validation import missing_parameters, request_body_problems

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://vuga.tv/problems/"

logger = logging.getLogger("vuga.errors")

TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    410: "Gone",
    412: "Precondition failed",
    413: "Request too large",
    415: "Unsupported media type",
    416: "Range not satisfiable",
    422: "Invalid input",
    423: "Locked",
    429: "Too many requests",
    460: "Checksum mismatch",  # tus 1.0's checksum extension
    500: "Internal server error",
    503: "Service unavailable",
}


class FieldProblem(msgspec.Struct, omit_defaults=True):
    field: str
    message: str


class Problem(msgspec.Struct, omit_defaults=True):
    type: str
    title: str
    status: int
    detail: str = ""
    errors: list[FieldProblem] = []

    @classmethod
    def of(
        cls,
        status: int,
        detail: str,
        errors: list[FieldProblem] | None = None,
        kind: tuple[str, str] | None = None,
    ) -> Problem:
        """A problem of the status's generic type, or of ``kind`` (its slug and title) when a client acts
        on a narrower reason than the status (``subscription-required`` beside a plain 403)."""
        title = TITLES.get(status, "Request failed")
        slug = title.lower().replace(" ", "-")
        if kind is not None:
            slug, title = kind
        return cls(
            type=PROBLEM_TYPE_BASE + slug, title=title, status=status, detail=detail, errors=errors or []
        )


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> Response[bytes]:
    # An error is about one request at one moment: no cache on the way keeps it (a title's 404 must not
    # outlive its publication, nor one caller's 401 or 429 be answered to another).
    return Response(
        content=msgspec.json.encode(problem),
        status_code=problem.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers={"Cache-Control": "no-store", **(headers or {})},
    )


class VugaError(Exception):
    status_code = 400
    kind: tuple[str, str] | None = None  # a narrower problem type than the status's: (slug, title)

    def __init__(
        self, detail: str, errors: list[FieldProblem] | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or []
        self.headers = headers


class BadRequest(VugaError):
    pass


class Unauthorized(VugaError):
    status_code = 401


class Forbidden(VugaError):
    status_code = 403


class NotFound(VugaError):
    status_code = 404


class Conflict(VugaError):
    status_code = 409


class InvalidInput(VugaError):
    status_code = 422

    @classmethod
    def field(cls, field: str, message: str) -> InvalidInput:
        return cls(f"{field}: {message}", [FieldProblem(field=field, message=message)])


class TooManyRequests(VugaError):
    status_code = 429


def handle_vuga_error(_request: Request[Any, Any, Any], exc: VugaError) -> Response[bytes]:
    problem = Problem.of(exc.status_code, exc.detail, exc.errors, exc.kind)
    return problem_response(problem, headers=exc.headers)


def handle_http_exception(request: Request[Any, Any, Any], exc: HTTPException) -> Response[bytes]:
    if isinstance(exc, ValidationException):
        return problem_response(_validation_problem(request, exc))
    if exc.status_code >= 500:
        return problem_response(Problem.of(exc.status_code, "The server could not complete the request."))
    return problem_response(Problem.of(exc.status_code, exc.detail), headers=exc.headers)


def _validation_problem(request: Request[Any, Any, Any], exc: ValidationException) -> Problem:
    """A 422 naming every invalid field and parameter (``vuga.core.validation``), or Litestar's own answer
    (a body that is not JSON at all, say) when there is nothing to name."""
    items = [item for item in (exc.extra if isinstance(exc.extra, list) else []) if isinstance(item, dict)]
    errors: list[FieldProblem] = []
    body_failed = False
    for item in items:
        key = str(item.get("key") or "")
        if item.get("source") == "body" or not key:  # Litestar reports a body by its first problem only
            body_failed = True
        else:
            errors.append(FieldProblem(field=key, message=str(item.get("message", "is invalid"))))
    if body_failed:
        found = request_body_problems(request)
        errors += (
            [FieldProblem(field=field, message=message) for field, message in found]
            if found
            else [FieldProblem(field="body", message=str(items[0].get("message", "is invalid")))]
        )
    errors += [FieldProblem(field=name, message="is required") for name in missing_parameters(request)]
    if not errors:
        return Problem.of(exc.status_code, exc.detail)
    return Problem.of(422, "; ".join(f"{e.field}: {e.message}" for e in errors), errors)


def handle_pool_exhausted(request: Request[Any, Any, Any], exc: SQLAlchemyTimeoutError) -> Response[bytes]:
    logger.warning(
        "no database connection free within the pool timeout on %s %s", request.method, request.url.path
    )
    return problem_response(
        Problem.of(503, "The server is busy; retry in a moment."), headers={"Retry-After": "1"}
    )


def handle_unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
    logger.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(Problem.of(500, "The server could not complete the request."))


EXCEPTION_HANDLERS: ExceptionHandlersMap = {
    VugaError: handle_vuga_error,
    HTTPException: handle_http_exception,
    SQLAlchemyTimeoutError: handle_pool_exhausted,
    Exception: handle_unexpected,
}
