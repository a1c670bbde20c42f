"""A real HTTP endpoint standing in for a CDN's purge API in tests: it records every request and answers
with the statuses it is told to (``fail_next``), on a port of its own."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CLOUDFRONT_INVALIDATION = b"""<?xml version="1.0" encoding="UTF-8"?>
<Invalidation xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Id>I2J0I21PCUYOIK</Id>
<Status>InProgress</Status><CreateTime>2025-01-01T00:00:00Z</CreateTime><InvalidationBatch><Paths>
<Quantity>1</Quantity><Items><Path>/x</Path></Items></Paths><CallerReference>r</CallerReference>
</InvalidationBatch></Invalidation>"""


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class PurgeEndpoint:
    port: int
    requests: list[Recorded] = field(default_factory=list)
    failures: list[int] = field(default_factory=list)  # statuses for the next requests, then success
    body: bytes = b'{"success": true, "status": "ok"}'
    status: int = 200
    content_type: str = "application/json"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def fail_next(self, *statuses: int) -> None:
        self.failures.extend(statuses)


@contextmanager
def purge_endpoint() -> Iterator[PurgeEndpoint]:
    """A purge endpoint on a free port (tests run in parallel workers)."""
    endpoint = PurgeEndpoint(0)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            with lock:
                endpoint.requests.append(
                    Recorded(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                )
                status = endpoint.failures.pop(0) if endpoint.failures else endpoint.status
            content = endpoint.body if status < 300 else b'{"success": false}'
            self.send_response(status)
            self.send_header("Content-Type", endpoint.content_type)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = do_PURGE = _answer  # noqa: N815 (the names http.server dispatches to)

        def log_message(self, format: str, *args: object) -> None:  # quiet
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    endpoint.port = server.server_address[1]
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield endpoint
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
