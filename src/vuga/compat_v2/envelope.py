"""Answers as the VUGA apps decode them: a flat JSON object with ``status`` (a JSON boolean) and ``message``,
plus the endpoint's own payload keys (``data``, ``profiles``, ``genreContents``, ...).

Refusals follow one of VUGA's two conventions, chosen per endpoint (``Errors``): its older, "V1-compatible"
handlers answer HTTP 200 with ``status: false``; its newer ones answer 400 (validation, with
``errors: {field: [message]}``), 403, 404 or 422 with the same body. Android and Android TV treat any non-2xx
as a failure without reading the body; iOS reads the body whatever the status. Both conventions are kept as
VUGA had them, so that each app reacts to a refusal exactly as it did.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import msgspec
from litestar import Response
from litestar.exceptions import HTTPException

from vuga.compat_v2.requests import FieldError
from vuga.core.errors import VugaError

_encoder = msgspec.json.Encoder()


class Errors(Enum):
    IN_BODY = "in body"  # HTTP 200 {status: false, message}
    HTTP = "http"  # HTTP 4xx {status: false, message}


def answer(
    message: str = "", *, status: bool = True, http_status: int = 200, **payload: Any
) -> Response[bytes]:
    """The envelope: ``status`` and ``message`` first, then the payload keys as given."""
    body = {"status": status, "message": message, **payload}
    return Response(
        _encoder.encode(body),
        status_code=http_status,
        media_type="application/json",
        headers={"Cache-Control": "private, no-store"},
    )


def refusal(style: Errors, http_status: int, message: str, **payload: Any) -> Response[bytes]:
    return answer(message, status=False, http_status=http_status if style is Errors.HTTP else 200, **payload)


def refused(style: Errors, exc: Exception) -> Response[bytes]:
    """A refusal for what the layer or one of our services raised, in the endpoint's convention."""
    if isinstance(exc, FieldError):
        return refusal(
            style, 400, "Validation failed", errors={exc.field: [f"The {exc.field} {exc.message}."]}
        )
    if isinstance(exc, VugaError):
        if exc.status_code == 429:  # a limit is a limit in either convention; Retry-After says when
            response = answer(exc.detail, status=False, http_status=429)
            response.headers.update(exc.headers or {})
            return response
        fields = {problem.field: [problem.message] for problem in exc.errors}
        return refusal(
            style, exc.status_code, _sentence(exc.detail), **({"errors": fields} if fields else {})
        )
    if isinstance(exc, HTTPException) and exc.status_code < 500:
        return refusal(style, exc.status_code, _sentence(str(exc.detail)))
    raise exc


def _sentence(detail: str) -> str:
    return detail[:1].upper() + detail[1:] if detail else detail
