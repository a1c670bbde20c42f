"""The nginx recipe of docs/media-delivery.md, run: nginx with its njs module loads the shipped
``deploy/nginx/vuga_token.js`` and ``vuga-media.conf`` and verifies the tokens our ``UrlSigner`` mints — a
valid one serves the file from storage without the API, a tampered one is 403, an expired one 410, a
rendition above the token's height 403, and a token of a retired secret still opens during its rotation.

Needs nginx and its njs module (Debian: ``apt-get install nginx libnginx-mod-http-js``; ``.ci/run``
installs them); without them the test skips, saying so, and fails in CI (``VUGA_TEST_REQUIRE_SERVICES=1``).
"""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from vuga.media.delivery.signing import UrlSigner

ROOT = Path(__file__).resolve().parents[2]
NJS_MODULE = Path("/usr/lib/nginx/modules/ngx_http_js_module.so")
SECRET, OLD_SECRET = "edge-test-delivery-secret-" + "s" * 20, "edge-test-previous-secret-" + "p" * 20
ASSET = "EdgeEdgeEdgeEdgeEdgeEdge"
SEGMENT = b"\x00\x00\x00\x18styp-a media segment"


@dataclass(frozen=True)
class Edge:
    url: str
    signer: UrlSigner


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def edge(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Edge]:
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists() or not NJS_MODULE.exists():
        message = "the nginx recipe's test needs nginx and its njs module"
        message += " (apt-get install nginx libnginx-mod-http-js)"
        if os.environ.get("VUGA_TEST_REQUIRE_SERVICES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    home = tmp_path_factory.mktemp("edge")
    media = home / "media"
    for rendition in ("v144", "v360"):
        (media / "assets" / ASSET / rendition).mkdir(parents=True)
        (media / "assets" / ASSET / rendition / "seg_00001.m4s").write_bytes(SEGMENT)
    port = free_port()
    (home / "nginx.conf").write_text(
        f"""
load_module {NJS_MODULE};
user {getpass.getuser()};  # the workers read the test's files (as root, nginx would switch to nobody)
env VUGA_DELIVERY_SECRETS;
daemon off;
pid {home}/nginx.pid;
error_log {home}/error.log warn;
events {{}}
http {{
    access_log off;
    client_body_temp_path {home}/body;
    proxy_temp_path {home}/proxy;
    fastcgi_temp_path {home}/fastcgi;
    uwsgi_temp_path {home}/uwsgi;
    scgi_temp_path {home}/scgi;
    js_path {ROOT}/deploy/nginx;
    js_import token from vuga_token.js;
    js_set $vuga_token token.verify;
    upstream vuga_api {{ server 127.0.0.1:9; }}
    server {{
        listen 127.0.0.1:{port};
        set $vuga_media_root {media};
        include {ROOT}/deploy/nginx/vuga-media.conf;
    }}
}}
"""
    )
    environment = {**os.environ, "VUGA_DELIVERY_SECRETS": f"{SECRET},{OLD_SECRET}"}
    process = subprocess.Popen(
        [nginx, "-p", str(home), "-c", str(home / "nginx.conf")],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    stderr = process.stderr.read().decode() if process.stderr else ""
                    pytest.fail(f"nginx did not start: {stderr}")
                time.sleep(0.1)
        yield Edge(url, UrlSigner(SECRET.encode(), [OLD_SECRET.encode()]))
    finally:
        process.terminate()
        process.wait(timeout=10)


def segment_url(edge: Edge, token: str, rendition: str = "v144") -> str:
    return f"{edge.url}/media/{edge.signer.path(token, ASSET, f'{rendition}/seg_00001.m4s')}"


def test_a_valid_token_opens_the_file_at_the_edge(edge: Edge) -> None:
    answer = httpx.get(segment_url(edge, edge.signer.sign(ASSET, "s42")))
    assert answer.status_code == 200, answer.text
    assert answer.content == SEGMENT
    assert answer.headers["content-type"] == "video/iso.segment"
    assert "immutable" in answer.headers["cache-control"]


def test_a_token_of_the_previous_secret_still_opens(edge: Edge) -> None:
    rotated_out = UrlSigner(OLD_SECRET.encode())
    assert httpx.get(segment_url(edge, rotated_out.sign(ASSET, "s42"))).status_code == 200


def test_tampered_expired_and_too_high_are_refused(edge: Edge) -> None:
    token = edge.signer.sign(ASSET, "s42")
    expires, height, session, kid, signature = token.split(".")
    tampered = [
        f"{expires}.{height}.s43.{kid}.{signature}",  # another session
        f"{int(expires) + 60}.{height}.{session}.{kid}.{signature}",  # a later expiry
        f"{expires}.{height}.{session}.{kid}.{signature[:-1]}{'A' if signature[-1] != 'A' else 'B'}",
        UrlSigner(b"a secret nobody configured").sign(ASSET, "s42"),
        "not-a-token",
    ]
    for bad in tampered:
        assert httpx.get(segment_url(edge, bad)).status_code == 403, bad
    other_asset = f"{edge.url}/media/s/{token}/assets/OtherOtherOtherOtherOthe/v144/seg_00001.m4s"
    assert httpx.get(other_asset).status_code == 403
    expired = edge.signer.sign(ASSET, "s42", expires_at=int(time.time()) - 1)
    assert httpx.get(segment_url(edge, expired)).status_code == 410
    capped = edge.signer.sign(ASSET, "s42", max_height=240)
    assert httpx.get(segment_url(edge, capped, "v144")).status_code == 200
    assert httpx.get(segment_url(edge, capped, "v360")).status_code == 403
