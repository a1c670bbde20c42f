"""Prometheus metrics: one place that defines every series the server exports, and small functions that
record them, so callers never touch label names.

Labels are bounded on purpose: routes by their template (``/api/v1/titles/{title_id:int}``), cache namespaces,
task names, engine roles — never a raw path, an id or a user.

Several processes (``vuga serve --workers N``) share their metrics through prometheus-client's multiprocess
mode: ``PROMETHEUS_MULTIPROC_DIR`` names a directory every process writes to, and ``/metrics`` of any process
reads them all. ``vuga serve`` sets it up when it starts more than one process.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

from litestar import Response, get
from litestar.datastructures import State
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import ConnectionPoolEntry, Pool, QueuePool

MULTIPROCESS_DIR_VARIABLE = "PROMETHEUS_MULTIPROC_DIR"
# Latency buckets around the plan's targets (API p95 200 ms, DB p95 50 ms, search 500 ms) and a tenth of them.
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.5, 5.0, 10.0)
BATCH_SIZE_BUCKETS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000)

HTTP_REQUESTS = Counter(
    "vuga_http_requests_total",
    "HTTP requests by method, route template and status.",
    ["method", "path", "status_code"],
)
HTTP_REQUEST_SECONDS = Histogram(
    "vuga_http_request_duration_seconds",
    "HTTP request latency, from the first byte in to the last byte out, by route template.",
    ["method", "path", "status_code"],
    buckets=LATENCY_BUCKETS,
)
HTTP_IN_PROGRESS = Gauge(
    "vuga_http_requests_in_progress", "HTTP requests being served.", ["method"], multiprocess_mode="livesum"
)
DB_STATEMENT_SECONDS = Histogram(
    "vuga_db_statement_duration_seconds",
    "SQL statement latency, by engine role and statement kind.",
    ["engine", "operation"],
    buckets=LATENCY_BUCKETS,
)
DB_SLOW_STATEMENTS = Counter(
    "vuga_db_slow_statements_total", "Statements slower than the slow-statement threshold.", ["engine"]
)
DB_POOL_CHECKED_OUT = Gauge(
    "vuga_db_pool_checked_out_connections",
    "Connections in use, per engine role.",
    ["engine"],
    multiprocess_mode="livesum",
)
DB_POOL_SIZE = Gauge(
    "vuga_db_pool_size", "Pool capacity per process.", ["engine"], multiprocess_mode="livemax"
)
CACHE_LOOKUPS = Counter(
    "vuga_cache_lookups_total", "Cache reads by namespace and result.", ["namespace", "result"]
)
RATE_LIMIT_REJECTIONS = Counter(
    "vuga_rate_limit_rejections_total", "Requests refused with 429, by limit.", ["limit"]
)
FRONT_ERRORS = Counter(
    "vuga_front_errors_total",
    "Failures in the layers in front of the router, by layer and kind (write: a failed write, answered as "
    "the route would; bug: anything unexpected).",
    ["layer", "kind"],
)
HEARTBEAT_BATCH_SIZE = Histogram(
    "vuga_heartbeat_batch_size", "Heartbeats written per transaction.", buckets=BATCH_SIZE_BUCKETS
)
# Players' quality of experience (POST /api/v1/profiles/{id}/qoe): the rebuffering ratio is
# rebuffer_seconds / (watched_seconds + rebuffer_seconds); time per rendition height shows what ABR delivers.
QOE_STARTUP_SECONDS = Histogram(
    "vuga_qoe_startup_seconds",
    "Players' startup time: from pressing play to the first frame.",
    buckets=(0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0, 20.0),
)
QOE_WATCHED_SECONDS = Counter(
    "vuga_qoe_watched_seconds_total", "Seconds players played, by rendition height.", ["height"]
)
QOE_REBUFFERS = Counter("vuga_qoe_rebuffers_total", "Times players stalled to rebuffer after starting.")
QOE_REBUFFER_SECONDS = Counter("vuga_qoe_rebuffer_seconds_total", "Seconds players spent stalled.")
QOE_BITRATE_SWITCHES = Counter("vuga_qoe_bitrate_switches_total", "Rendition switches players made.")
QOE_ERRORS = Counter(
    "vuga_qoe_errors_total", "Player errors, by kind and whether playback stopped.", ["kind", "fatal"]
)
QOE_HEIGHTS = (144, 240, 360, 480, 720, 1080, 1440, 2160)
JOB_SECONDS = Histogram(
    "vuga_job_duration_seconds", "Background job run time, by task.", ["task"], buckets=LATENCY_BUCKETS
)
JOB_RUNS = Counter(
    "vuga_job_runs_total", "Finished job runs by task and outcome (ok, error, dead).", ["task", "outcome"]
)
JOB_QUEUE_DEPTH = Gauge(
    "vuga_job_queue_depth",
    "Jobs waiting (ready: not yet taken; pending: taken, not yet acknowledged; dead: given up).",
    ["queue", "state"],
    multiprocess_mode="mostrecent",
)


# Methods are labels as they are; any other token a client sends is "OTHER", so labels stay bounded.
_HTTP_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# Labelled children, kept: looking one up through ``labels()`` takes a lock and builds a tuple per call, a
# visible share of a cached hit. By method for the gauge; by (method, route, status) for the two series.
_in_progress_children: dict[str, Any] = {}
_http_children: dict[tuple[str, str, int], tuple[Any, Any]] = {}


def http_method_label(method: str) -> str:
    return method if method in _HTTP_METHODS else "OTHER"


def http_request_started(method: str) -> Callable[[], None]:
    """Count a request as in progress; call what it returns when the request is over."""
    label = http_method_label(method)
    gauge = _in_progress_children.get(label)
    if gauge is None:
        gauge = _in_progress_children[label] = HTTP_IN_PROGRESS.labels(label)
    gauge.inc()
    return gauge.dec


def record_http_request(method: str, route: str, status: int, seconds: float) -> None:
    """One finished request; ``route`` is its template (``/api/v1/titles/{title_id}``), never a raw path."""
    key = (http_method_label(method), route, status)
    children = _http_children.get(key)
    if children is None:
        labels = (key[0], route, str(status))
        children = _http_children[key] = (HTTP_REQUESTS.labels(*labels), HTTP_REQUEST_SECONDS.labels(*labels))
    children[0].inc()
    children[1].observe(seconds)


def record_cache_lookup(namespace: str, hit: bool) -> None:
    """Count one cache read; ``namespace`` is the key's family (``session``, ``home``...), never a key."""
    CACHE_LOOKUPS.labels(namespace, "hit" if hit else "miss").inc()


def cache_namespace(key: str) -> str:
    """The family of a ``vuga:<namespace>:...`` key (or ``<namespace>:...``), for the cache metric."""
    parts = key.split(":", 2)
    if parts[0] == "vuga" and len(parts) > 1:
        return parts[1]
    return parts[0] if len(parts) > 1 else "other"


def record_rate_limit_rejection(limit: str) -> None:
    RATE_LIMIT_REJECTIONS.labels(limit).inc()


def record_heartbeat_batch(size: int) -> None:
    HEARTBEAT_BATCH_SIZE.observe(size)


def qoe_height_label(height: int | None) -> str:
    """A rendition height as a bounded label: the nearest standard height at or above it."""
    if height is None:
        return "unknown"
    return str(next((standard for standard in QOE_HEIGHTS if height <= standard), "higher"))


def record_qoe(
    *,
    startup_s: float | None,
    watched_s: float,
    height: int | None,
    rebuffers: int,
    rebuffer_s: float,
    bitrate_switches: int,
    errors: list[tuple[str, bool]],
) -> None:
    if startup_s is not None:
        QOE_STARTUP_SECONDS.observe(startup_s)
    if watched_s:
        QOE_WATCHED_SECONDS.labels(qoe_height_label(height)).inc(watched_s)
    if rebuffers:
        QOE_REBUFFERS.inc(rebuffers)
    if rebuffer_s:
        QOE_REBUFFER_SECONDS.inc(rebuffer_s)
    if bitrate_switches:
        QOE_BITRATE_SWITCHES.inc(bitrate_switches)
    for kind, fatal in errors:
        QOE_ERRORS.labels(kind, "true" if fatal else "false").inc()


def record_job_run(task: str, seconds: float, outcome: str) -> None:
    JOB_SECONDS.labels(task).observe(seconds)
    JOB_RUNS.labels(task, outcome).inc()


def record_dead_job(task: str) -> None:
    JOB_RUNS.labels(task, "dead").inc()


def record_queue_depth(queue: str, ready: int, pending: int, dead: int) -> None:
    JOB_QUEUE_DEPTH.labels(queue, "ready").set(ready)
    JOB_QUEUE_DEPTH.labels(queue, "pending").set(pending)
    JOB_QUEUE_DEPTH.labels(queue, "dead").set(dead)


def _operation(statement: str) -> str:
    """The statement's verb (select, insert, ...): a small fixed set of label values."""
    verb = statement.lstrip().split(None, 1)[0].lower() if statement.strip() else "other"
    return verb if verb in {"select", "insert", "update", "delete", "with", "begin", "commit"} else "other"


def instrument_engine(engine: Engine, role: str, slow_ms: int, on_slow: Any) -> None:
    """Time every statement of ``engine`` and follow its pool.

    ``on_slow(role, statement, seconds)`` is called for a statement slower than ``slow_ms`` (0: never).
    """
    statement_seconds = DB_STATEMENT_SECONDS
    checked_out = DB_POOL_CHECKED_OUT.labels(role)
    if isinstance(engine.pool, QueuePool):
        DB_POOL_SIZE.labels(role).set(engine.pool.size())

    def before(_conn: Any, _cursor: Any, _statement: str, _params: Any, context: Any, _many: bool) -> None:
        context._vuga_started = time.perf_counter()

    def after(_conn: Any, _cursor: Any, statement: str, _params: Any, context: Any, _many: bool) -> None:
        started = getattr(context, "_vuga_started", None)
        if started is None:
            return
        seconds = time.perf_counter() - started
        statement_seconds.labels(role, _operation(statement)).observe(seconds)
        if slow_ms and seconds * 1000 >= slow_ms:
            DB_SLOW_STATEMENTS.labels(role).inc()
            on_slow(role, statement, seconds)

    def checkout(_dbapi: Any, _record: ConnectionPoolEntry, _proxy: Any) -> None:
        checked_out.inc()

    def checkin(_dbapi: Any, _record: ConnectionPoolEntry) -> None:
        checked_out.dec()

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    pool: Pool = engine.pool
    event.listen(pool, "checkout", checkout)
    event.listen(pool, "checkin", checkin)


def render_metrics() -> tuple[bytes, str]:
    """The exposition text of this process, or of all processes in multiprocess mode."""
    registry = REGISTRY
    if os.environ.get(MULTIPROCESS_DIR_VARIABLE):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    return generate_latest(registry), CONTENT_TYPE_LATEST


@get("/metrics", include_in_schema=False, summary="Prometheus metrics")
async def metrics_endpoint(state: State) -> Response[bytes]:
    jobs = getattr(state, "jobs", None)
    if jobs is not None:  # the queue's depth is read when scraped, not tracked
        await jobs.refresh_metrics()
    body, content_type = render_metrics()
    return Response(body, media_type=content_type)


def record_front_error(layer: str, kind: str) -> None:
    """A layer in front of the router failed (``kind``: ``write`` or ``bug``) and answered the request."""
    FRONT_ERRORS.labels(layer, kind).inc()
