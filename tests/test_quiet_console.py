"""A quiet console: periodic jobs that found nothing to do log nothing (above DEBUG), and logs are readable
lines in a terminal, JSON lines elsewhere."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import Iterator
from typing import Annotated

import httpx
import pytest
from litestar import Litestar
from taskiq import Context, TaskiqDepends, async_shared_broker

from tests.factories import CatalogFactory
from vuga.core.logs import configure_logging
from vuga.settings import JobsSettings, ObservabilitySettings, Settings

SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # about logs, not SQL


@async_shared_broker.task(task_name="tests.always_fails")
async def always_fails(context: Annotated[Context, TaskiqDepends()]) -> int:
    raise RuntimeError("broken on purpose")


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"jobs": JobsSettings(scheduler=False, max_attempts=1)})


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _remove_our_handler() -> None:
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == "vuga-structured"]:
        root.removeHandler(handler)


@pytest.fixture
def debug_log() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    configure_logging(ObservabilitySettings(log_level="DEBUG", log_format="json"), stream=stream)
    yield stream
    _remove_our_handler()
    logging.getLogger().setLevel(logging.WARNING)


def _job_lines(stream: io.StringIO) -> list[dict[str, object]]:
    lines = [json.loads(line) for line in stream.getvalue().splitlines() if line.startswith("{")]
    return [
        line for line in lines if line.get("logger") == "vuga.jobs" and line.get("event") != "job enqueued"
    ]


ENDS = ("job finished", "job failed")


async def _runs_finished(stream: io.StringIO, count: int) -> list[dict[str, object]]:
    async with asyncio.timeout(10):
        while len([line for line in _job_lines(stream) if line["event"] in ENDS]) < count:  # noqa: ASYNC110 (polls a log stream)
            await asyncio.sleep(0.02)
    return _job_lines(stream)


@SQLITE_ONLY
async def test_idle_periodic_runs_log_nothing_above_debug(
    app: Litestar, client: httpx.AsyncClient, debug_log: io.StringIO
) -> None:
    runs = 6  # a minute of counter flushes
    for _ in range(runs):
        await app.state.jobs.enqueue_periodic("catalog.flush_counters")
    lines = await _runs_finished(debug_log, runs)
    assert {line["level"] for line in lines} == {"debug"}
    assert len(lines) == 2 * runs  # started and finished, each at DEBUG


@SQLITE_ONLY
async def test_a_periodic_run_that_did_something_logs_what(
    app: Litestar, client: httpx.AsyncClient, debug_log: io.StringIO, make: CatalogFactory
) -> None:
    title = await make.title()
    await make.session.commit()
    assert (await client.post(f"/api/v1/titles/{title.id}/shares")).status_code in (200, 202, 204)
    await app.state.jobs.enqueue_periodic("catalog.flush_counters")
    [finished] = [line for line in await _runs_finished(debug_log, 1) if line["event"] == "job finished"]
    assert finished["level"] == "info"
    assert finished["did"] == 1


@SQLITE_ONLY
async def test_a_failing_periodic_run_is_logged(
    app: Litestar, client: httpx.AsyncClient, debug_log: io.StringIO
) -> None:
    await app.state.jobs.enqueue_periodic("tests.always_fails")
    lines = await _runs_finished(debug_log, 1)
    failed = [line for line in lines if line["event"] == "job failed"]
    assert (failed[0]["level"], failed[0]["task"]) == ("warning", "tests.always_fails")


@SQLITE_ONLY
async def test_a_job_a_request_queued_logs_even_when_it_did_nothing(
    app: Litestar, client: httpx.AsyncClient, debug_log: io.StringIO
) -> None:
    await app.state.jobs.enqueue("catalog.flush_counters")
    finished = [line for line in await _runs_finished(debug_log, 1) if line["event"] == "job finished"]
    assert finished[0]["level"] == "info"


@pytest.mark.parametrize(
    ("setting", "stream", "expected"),
    [
        ("auto", Terminal, "console"),
        ("auto", io.StringIO, "json"),
        ("json", Terminal, "json"),
        ("console", io.StringIO, "console"),
    ],
)
def test_the_format_follows_the_terminal_unless_forced(
    setting: str, stream: type[io.StringIO], expected: str
) -> None:
    out = stream()
    configure_logging(ObservabilitySettings(log_format=setting), stream=out)
    try:
        logging.getLogger("vuga.test").warning("something happened", extra={})
    finally:
        _remove_our_handler()
    line = out.getvalue().strip()
    if expected == "json":
        assert json.loads(line)["event"] == "something happened"
    else:
        assert not line.startswith("{")
        assert "something happened" in line
        assert "warning" in line
        assert ("\x1b[" in line) == (stream is Terminal)  # colour only for a terminal
