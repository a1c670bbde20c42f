"""Structured logs: one JSON object per line (structlog), with the request id of the request — or of the
request that enqueued the job — on every line logged while it runs.

Standard-library loggers (``logging.getLogger``: ours, SQLAlchemy's, taskiq's) go through the same
formatter, so every line of a process has one shape. That shape is JSON unless the process writes to a
terminal (standard error is a tty): then it is structlog's readable console lines, in colour, because a
person is reading. ``VUGA_OBSERVABILITY_LOG_FORMAT=json`` or ``=console`` forces either.

The request id comes from the client's ``X-Request-ID`` when it is a sane token (a load balancer or a
client that already tagged the request), else it is generated; the response echoes it.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import secrets
import sys
from collections.abc import Iterable
from typing import Any, TextIO

import structlog

from vuga.settings import ObservabilitySettings

REQUEST_ID_HEADER = "x-request-id"
_REQUEST_ID_HEADER_BYTES = REQUEST_ID_HEADER.encode()
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:/+=@-]{1,128}")
_HANDLER_NAME = "vuga-structured"


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
    stream = stream or sys.stderr
    renderer: Any = (
        structlog.dev.ConsoleRenderer(colors=_is_terminal(stream))
        if log_format_for(settings, stream) == "console"
        else structlog.processors.JSONRenderer()
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
    handler = logging.StreamHandler(stream)
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


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or file-like stream without a terminal behind it
        return False


def log_format_for(settings: ObservabilitySettings, stream: TextIO) -> str:
    """``json`` or ``console``: what the setting says, or (``auto``) what suits whoever reads ``stream``."""
    if settings.log_format != "auto":
        return settings.log_format
    return "console" if _is_terminal(stream) else "json"


def current_request_id() -> str | None:
    value = structlog.contextvars.get_contextvars().get("request_id")
    return value if isinstance(value, str) else None


class RequestIds:
    """New request ids: 32 hex digits, a random prefix drawn once per process and a counter. As unique as a
    random UUID for this purpose (a 64-bit random prefix per process) at a fraction of the cost: ``uuid4``
    reads the system's random source on every call, which showed in the profile of a cached request."""

    def __init__(self) -> None:
        self._reset()
        os.register_at_fork(after_in_child=self._reset)  # a forked worker must not repeat its parent's ids

    def _reset(self) -> None:
        self._prefix = secrets.token_hex(8)
        self._counter = itertools.count()

    def new(self) -> str:
        return f"{self._prefix}{next(self._counter):016x}"


_new_ids = RequestIds()


def request_id_from(headers: Iterable[tuple[bytes, bytes]]) -> str:
    for name, value in headers:
        if name == _REQUEST_ID_HEADER_BYTES:  # ASGI servers give header names in lower case
            candidate = value.decode("latin-1")
            if _SANE_REQUEST_ID.fullmatch(candidate):
                return candidate
            break
    return _new_ids.new()
