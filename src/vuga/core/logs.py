"""Structured logs: one JSON object per line (structlog), with the request id of the request — or of the
request that enqueued the job — on every line logged while it runs.

Standard-library loggers (``logging.getLogger``: ours, SQLAlchemy's, taskiq's) go through the same
formatter, so every line of a process is JSON. ``VUGA_OBSERVABILITY_LOG_FORMAT=console`` prints readable
lines for a terminal instead.

The request id comes from the client's ``X-Request-ID`` when it is a sane token (a load balancer or a
client that already tagged the request), else it is generated; the response echoes it.
"""

from __future__ import annotations

import logging
import re
import sys
import time
import uuid
from typing import Any, TextIO

import structlog
from litestar.enums import ScopeType
from litestar.middleware import ASGIMiddleware
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from vuga.settings import ObservabilitySettings

REQUEST_ID_HEADER = "x-request-id"
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:/+=@-]{1,128}")
_HANDLER_NAME = "vuga-structured"

logger = structlog.get_logger("vuga.http")


def configure_logging(settings: ObservabilitySettings, stream: TextIO | None = None) -> None:
    """Route structlog and the standard library's logging to one structured handler on the root logger.

    Idempotent: a second call replaces the handler it installed (and leaves others, such as a test
    runner's, in place).
    """
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_logger_name,
        structlog.stdlib.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.StackInfoRenderer(),
    ]
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if settings.log_format == "json"
        else structlog.dev.ConsoleRenderer(colors=False)
    )
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,  # loggers made before configuration must follow it too
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            renderer,
        ],
    )
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    for existing in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(settings.log_level)
    # Libraries that are chatty at INFO: their warnings still come through.
    for name in ("taskiq", "sqlalchemy.engine", "httpx"):
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))


def current_request_id() -> str | None:
    value = structlog.contextvars.get_contextvars().get("request_id")
    return value if isinstance(value, str) else None


def request_id_from(headers: list[tuple[bytes, bytes]]) -> str:
    for name, value in headers:
        if name.lower() == REQUEST_ID_HEADER.encode():
            candidate = value.decode("latin-1")
            if _SANE_REQUEST_ID.fullmatch(candidate):
                return candidate
            break
    return uuid.uuid4().hex


class RequestIdMiddleware(ASGIMiddleware):
    """Binds the request id to every log line of the request and echoes it in ``X-Request-ID``."""

    scopes = (ScopeType.HTTP,)

    def __init__(self, access_log: bool) -> None:
        self.access_log = access_log

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        request_id = request_id_from(list(scope.get("headers", [])))
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = [*message.get("headers", []), (REQUEST_ID_HEADER.encode(), request_id.encode())]
                message = {**message, "headers": headers}
            await send(message)

        try:
            await next_app(scope, receive, send_with_id)
        finally:
            if self.access_log:
                logger.info(
                    "request",
                    method=scope.get("method"),
                    route=scope.get("path_template") or "unmatched",
                    status=status,
                    duration_ms=round((time.perf_counter() - started) * 1000, 2),
                )
            structlog.contextvars.clear_contextvars()
