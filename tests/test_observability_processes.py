"""Observability of real server processes: OTLP traces reach a collector when configured, and with several
worker processes /metrics adds up what all of them counted."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from prometheus_client.parser import text_string_to_metric_families

from tests.test_rate_limits import free_port


class Collector(ThreadingHTTPServer):
    """A minimal OTLP/HTTP receiver: keeps the spans it is sent."""

    def __init__(self) -> None:
        self.spans: list[tuple[str, str]] = []  # (instrumentation scope, span name)
        super().__init__(("127.0.0.1", 0), CollectorHandler)


class CollectorHandler(BaseHTTPRequestHandler):
    server: Collector

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        request = ExportTraceServiceRequest()
        request.ParseFromString(body)
        for resource_spans in request.resource_spans:
            for scope_spans in resource_spans.scope_spans:
                for span in scope_spans.spans:
                    self.server.spans.append((scope_spans.scope.name, span.name))
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture
def collector() -> Iterator[Collector]:
    server = Collector()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def serve(env: dict[str, str], *args: str, log: Path | None = None) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    with (log or Path(os.devnull)).open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "vuga", "serve", "--port", str(port), *args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return process, url
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.2)


@pytest.fixture
def server_env(sqlite_template: Path, tmp_path: Path) -> dict[str, str]:
    database = tmp_path / "server.db"
    shutil.copy(sqlite_template, database)
    # Without PROMETHEUS_MULTIPROC_DIR: even set empty, prometheus-client would write its files to the cwd.
    inherited = {name: value for name, value in os.environ.items() if name != "PROMETHEUS_MULTIPROC_DIR"}
    return inherited | {
        "VUGA_DATABASE_URL": f"sqlite+aiosqlite:///{database}",
        "VUGA_RATE_LIMIT_ENABLED": "false",
        "VUGA_AUTH_SECRET_KEY": "observability-" + "o" * 40,
        "VUGA_MEDIA_DIR": str(tmp_path / "media"),
        "VUGA_VAR_DIR": str(tmp_path / "var"),
    }


def test_traces_of_http_sql_and_redis_reach_the_otlp_endpoint(
    server_env: dict[str, str], redis_url: str, collector: Collector, tmp_path: Path
) -> None:
    env = server_env | {
        "VUGA_OBSERVABILITY_ACCESS_LOG": "true",
        "VUGA_REDIS_URL": redis_url,
        "VUGA_OBSERVABILITY_OTLP_ENDPOINT": f"http://127.0.0.1:{collector.server_port}/v1/traces",
        "OTEL_BSP_SCHEDULE_DELAY": "100",  # export every 100 ms instead of 5 s
    }
    log = tmp_path / "server.log"
    process, url = serve(env, log=log)
    try:
        response = httpx.get(f"{url}/api/v1/genres", headers={"X-Request-ID": "proc-req-1"}, timeout=5)
        assert response.status_code == 200
        assert httpx.get(f"{url}/readyz", timeout=5).status_code == 200  # pings Redis
        deadline = time.monotonic() + 20
        while True:
            scopes = {scope.split(".")[-1] for scope, _ in collector.spans}
            if {"asgi", "sqlalchemy", "redis"} <= scopes:
                break
            assert time.monotonic() < deadline, f"spans seen: {collector.spans}"
            time.sleep(0.1)
    finally:
        process.terminate()
        process.wait(timeout=20)
    # The server process logs JSON lines (after the command's banner), the request with its id among them.
    lines = log.read_text().splitlines()
    logged = [json.loads(line) for line in lines[lines.index(next(x for x in lines if x.startswith("{"))) :]]
    assert {
        "event": "request",
        "request_id": "proc-req-1",
        "route": "/api/v1/genres",
        "status": 200,
    }.items() <= next(line for line in logged if line.get("request_id") == "proc-req-1").items()
    names = {name for _, name in collector.spans}
    assert "GET /api/v1/genres" in names
    assert any(name.startswith("SELECT") for name in names)
    assert "PING" in names


def test_metrics_add_up_across_server_processes(
    server_env: dict[str, str], redis_url: str, tmp_path: Path
) -> None:
    # Several processes need a shared store (docs/security.md, "Server processes").
    process, url = serve(server_env | {"VUGA_REDIS_URL": redis_url}, "--workers", "2")
    try:
        with httpx.Client(base_url=url, timeout=5) as client:
            for _ in range(40):  # on new connections: spread over both processes
                assert httpx.get(f"{url}/api/v1/genres", timeout=5).status_code == 200
            text = client.get("/metrics").text
        # prometheus-client's multiprocess mode: each server process writes its own files (named by pid).
        files = list((tmp_path / "var" / "prometheus").glob("*.db"))
        assert len({path.stem.rsplit("_", 1)[-1] for path in files}) == 2
    finally:
        process.terminate()
        process.wait(timeout=20)
    served = sum(
        sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == "vuga_http_requests_total" and sample.labels.get("path") == "/api/v1/genres"
    )
    assert served == 40
