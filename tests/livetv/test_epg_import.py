"""XMLTV imports: the report, overlaps corrected, re-imports updating, hostile documents refused with nothing
written, URL imports refusing private addresses, and the prune."""

from __future__ import annotations

import gzip
from datetime import timedelta
from typing import Any

import httpx
import pytest
from litestar import Litestar
from sqlalchemy import text

from tests.livetv.guide import ADMIN, create_channel, hour, upload, xmltv
from vuga.core.clock import utcnow
from vuga.core.db import Database
from vuga.livetv.service import prune_guide, run_url_import
from vuga.settings import LiveTvSettings

BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE tv [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b'<tv><programme start="20261204180000 +0000" stop="20261204190000 +0000" channel="one.tv">'
    b"<title>&lol3;</title></programme></tv>"
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE tv [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    b'<tv><programme start="20261204180000 +0000" stop="20261204190000 +0000" channel="one.tv">'
    b"<title>&secret;</title></programme></tv>"
)
PARAMETER_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE tv [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd"> %remote;]><tv/>'
)


async def programme_count(database: Database) -> int:
    async with database.writer() as session:
        return int((await session.execute(text("SELECT COUNT(*) FROM live_programmes"))).scalar_one())


async def test_an_import_reports_what_it_added_corrected_and_skipped(
    client: httpx.AsyncClient, admin_headers: dict[str, str], database: Database
) -> None:
    await create_channel(client, admin_headers, "One")
    document = xmltv(
        [
            (
                "one.tv",
                hour(0),
                hour(
                    1,
                )
                + timedelta(minutes=5),
                "Overlaps the next by five minutes",
            ),
            ("one.tv", hour(1), hour(2), "Second"),
            ("one.tv", hour(2), None, "No stop: ends where the next starts"),
            ("one.tv", hour(3), hour(4), "Fourth"),
            ("one.tv", hour(3), hour(5), "Same start as the fourth"),
            ("one.tv", hour(6), hour(5), "Stops before it starts"),
            ("one.tv", hour(8), hour(40), "Longer than a day"),
            ("elsewhere.tv", hour(0), hour(1), "Unknown channel"),
        ]
    )
    response = await upload(client, admin_headers, document)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["state"] == "done"
    report = body["report"]
    assert report["in_document"] == 8
    assert report["added"] == 4
    assert report["updated"] == 0
    assert report["removed"] == 0
    assert report["corrected"] == 1
    assert report["skipped"] == {
        "another programme starts at the same time": 1,
        "stop is not after start": 1,
        "longer than 24 hours": 1,
        "unknown channel": 1,
    }
    assert report["unknown_channels"] == ["elsewhere.tv"]
    assert await programme_count(database) == 4
    fetched = await client.get(f"{ADMIN}/epg-imports/{body['id']}", headers=admin_headers)
    assert fetched.json()["report"] == report


async def test_a_second_import_updates_and_replaces_the_window(
    client: httpx.AsyncClient, admin_headers: dict[str, str], database: Database
) -> None:
    channel_id = await create_channel(client, admin_headers, "One")
    first = xmltv([("one.tv", hour(n), hour(n + 1), f"Show {n}") for n in range(4)])
    assert (await upload(client, admin_headers, first)).status_code == 201
    # Hour 1 to 3 again, as half-hour slots: one start kept (updated), the others replaced.
    second = xmltv([("one.tv", hour(1 + n / 2), hour(1.5 + n / 2), f"Half {n}") for n in range(4)])
    report = (await upload(client, admin_headers, second)).json()["report"]
    assert (report["added"], report["updated"], report["removed"]) == (2, 2, 0)
    assert await programme_count(database) == 6
    guide = await client.get(
        "/api/v1/live/guide",
        params={"channels": str(channel_id), "start": hour(0).isoformat(), "end": hour(4).isoformat()},
    )
    titles = [p["title"] for p in guide.json()["items"][0]["programmes"]]
    assert titles == ["Show 0", "Half 0", "Half 1", "Half 2", "Half 3", "Show 3"]


@pytest.mark.parametrize(
    "document",
    [BILLION_LAUGHS, EXTERNAL_ENTITY, PARAMETER_ENTITY, b"<tv><programme", b"<html/>", b""],
    ids=["billion-laughs", "external-entity", "parameter-entity", "malformed", "not-xmltv", "empty"],
)
async def test_a_hostile_or_broken_document_is_refused_with_nothing_written(
    client: httpx.AsyncClient, admin_headers: dict[str, str], database: Database, document: bytes
) -> None:
    await create_channel(client, admin_headers, "One")
    response = await upload(client, admin_headers, document)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert await programme_count(database) == 0
    async with database.writer() as session:
        assert (await session.execute(text("SELECT COUNT(*) FROM live_epg_imports"))).scalar_one() == 0


async def test_a_gzip_bomb_is_refused(
    client: httpx.AsyncClient, admin_headers: dict[str, str], database: Database, app: Litestar
) -> None:
    app.state.settings.livetv.epg_max_bytes = 1 << 20
    bomb = gzip.compress(b"<tv>" + b" " * (8 << 20) + b"</tv>")
    response = await upload(client, admin_headers, bomb)
    assert response.status_code == 422
    assert "unpacks to more than" in response.json()["detail"]
    packed = gzip.compress(xmltv([("one.tv", hour(0), hour(1), "Packed")]))
    await create_channel(client, admin_headers, "One")
    assert (await upload(client, admin_headers, packed)).json()["report"]["added"] == 1


async def test_a_document_past_the_programme_limit_is_refused(
    client: httpx.AsyncClient, admin_headers: dict[str, str], database: Database, app: Litestar
) -> None:
    app.state.settings.livetv.epg_max_programmes = 3
    await create_channel(client, admin_headers, "One")
    document = xmltv([("one.tv", hour(n), hour(n + 1), f"Show {n}") for n in range(5)])
    response = await upload(client, admin_headers, document)
    assert response.status_code == 422
    assert "more than 3 programmes" in response.json()["detail"]
    assert await programme_count(database) == 0


async def test_an_import_makes_cached_guides_stale(
    client: httpx.AsyncClient, admin_headers: dict[str, str]
) -> None:
    channel_id = await create_channel(client, admin_headers, "One")
    before = await client.get(f"/api/v1/live/channels/{channel_id}")
    assert before.json()["now"] is None
    now = utcnow()
    document = xmltv([("one.tv", now - timedelta(minutes=30), now + timedelta(minutes=30), "Live now")])
    assert (await upload(client, admin_headers, document)).status_code == 201
    after = await client.get(f"/api/v1/live/channels/{channel_id}")
    assert after.json()["now"]["title"] == "Live now"
    assert after.headers["etag"] != before.headers["etag"]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8850/guide.xml",
        "http://localhost/guide.xml",
        "http://10.1.2.3/guide.xml",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/guide.xml",
        "http://[::ffff:127.0.0.1]/guide.xml",
        "ftp://example.com/guide.xml",
        f"https://{'0' * 64}.example.com/guide.xml",  # not a host name: a label is at most 63 characters
    ],
)
async def test_a_url_import_refuses_private_addresses(
    client: httpx.AsyncClient, admin_headers: dict[str, str], url: str
) -> None:
    response = await client.post(f"{ADMIN}/epg-imports/url", json={"url": url}, headers=admin_headers)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_a_url_import_runs_in_a_worker_when_private_addresses_are_allowed(
    client: httpx.AsyncClient, admin_headers: dict[str, str], database: Database, app: Litestar
) -> None:
    """A real HTTP server on loopback, allowed by the operator's setting; refused again without it."""
    import asyncio
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    await create_channel(client, admin_headers, "One")
    document = xmltv([("one.tv", hour(0), hour(1), "Fetched")])

    class Guide(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", str(len(document)))
            self.end_headers()
            self.wfile.write(document)

        def log_message(self, *_: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Guide)  # a free port: fixed ones clash in parallel runs
    url = f"http://127.0.0.1:{server.server_address[1]}/guide.xml"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        settings: LiveTvSettings = app.state.settings.livetv
        settings.epg_allow_private_urls = True
        queued = await client.post(f"{ADMIN}/epg-imports/url", json={"url": url}, headers=admin_headers)
        assert queued.status_code == 202, queued.text
        import_id = queued.json()["id"]
        for _ in range(100):  # the embedded worker runs it in this process
            state = (await client.get(f"{ADMIN}/epg-imports/{import_id}", headers=admin_headers)).json()
            if state["state"] in ("done", "failed"):
                break
            await asyncio.sleep(0.05)
        assert state["state"] == "done", state
        assert state["report"]["added"] == 1

        settings.epg_allow_private_urls = False  # a record queued earlier is checked again when it runs
        async with database.writer() as session, session.begin():
            queued_id = (
                await session.execute(
                    text("INSERT INTO live_epg_imports (source, state) VALUES (:u, 'queued') RETURNING id"),
                    {"u": "http://127.0.0.1:8851/guide.xml"},
                )
            ).scalar_one()

        async def nothing(_: Any) -> None:
            pass

        assert (await run_url_import(database, settings, queued_id, nothing)).value == "failed"
        failed = (await client.get(f"{ADMIN}/epg-imports/{queued_id}", headers=admin_headers)).json()
        assert "private" in failed["error"]
    finally:
        server.shutdown()
        thread.join()


async def test_old_programmes_are_pruned(
    client: httpx.AsyncClient, admin_headers: dict[str, str], database: Database
) -> None:
    await create_channel(client, admin_headers, "One")
    old = hour(-24 * 10)
    document = xmltv([("one.tv", old, old + timedelta(hours=1), "Old"), ("one.tv", hour(0), hour(1), "New")])
    assert (await upload(client, admin_headers, document)).status_code == 201

    async def nothing(_: Any) -> None:
        pass

    assert await prune_guide(database, LiveTvSettings(guide_retention_days=7), nothing) == 1
    assert await programme_count(database) == 1


async def test_imports_are_for_editors(client: httpx.AsyncClient, member: Any) -> None:
    response = await upload(client, member.headers, xmltv([]))
    assert response.status_code == 403
    assert (await client.get(f"{ADMIN}/epg-imports/1", headers=member.headers)).status_code == 403
