"""Browser tests: Debian's Chromium driven by Playwright (pytest-playwright) against a real server.

One server and one browser for the whole session, so the suite's added time stays small:

- the server is ``vuga serve`` in a subprocess on the embedded SQLite database with the demo catalog and its
  video (``vuga demo-clips``: real HLS ladders, one of three renditions), plus an "Archive" genre of 5,000
  titles for the virtualised browse; a fresh var directory, rate limits off, the
  viewer app's build from ``make web``;
- the browser is ``/usr/bin/chromium`` (``executable_path``: never ``playwright install``, which downloads a
  browser). Without it the browser tests skip, saying how to install it; with
  ``VUGA_TEST_REQUIRE_SERVICES=1`` (CI) they fail instead. Each test gets a fresh browser context (no shared
  storage); a failure keeps a screenshot and a trace under var/test-results (pyproject's addopts).

Every page a test visits can be checked with axe-core (from npm, ``web/node_modules/axe-core``), evaluated in
the page through the DevTools protocol, which the page's CSP does not apply to: ``assert_accessible(page)``.
Console errors (a CSP refusal among them) fail the test that caused them.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("VUGA_TEST_CHROMIUM", "/usr/bin/chromium"))
WEB_BUILD = ROOT / "web" / "apps" / "viewer" / "dist"
ADMIN_BUILD = ROOT / "web" / "apps" / "admin" / "dist"
AXE = ROOT / "web" / "node_modules" / "axe-core" / "axe.min.js"
PORT = int(os.environ.get("VUGA_TEST_WEB_PORT", "8840"))
REQUIRE_SERVICES = os.environ.get("VUGA_TEST_REQUIRE_SERVICES") == "1"
ARCHIVE_TITLES = 5000
ADAPTIVE_CLIP = "demo-adaptive"  # the demo clip with three renditions (vuga.media.pipeline.demo)
STREAM_SECONDS = 64  # its length
SHORT_CLIP = "demo-short-b"  # 12 s, two renditions
PASSWORD = "a long test passphrase"


def _missing(what: str) -> None:
    if REQUIRE_SERVICES:
        pytest.fail(f"{what} (required: VUGA_TEST_REQUIRE_SERVICES=1)")
    pytest.skip(what)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not CHROMIUM.exists():
        _missing(f"browser tests need Chromium at {CHROMIUM}: apt-get install chromium")
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        # Autoplay as if the viewer had clicked Play (a test has no user gesture of its own).
        "args": ["--disable-dev-shm-usage", "--no-sandbox", "--autoplay-policy=no-user-gesture-required"],
    }


@pytest.fixture(scope="session")
def base_url(web_server: str) -> str:
    """Pages open relative to the test server (replaces pytest-playwright's own fixture)."""
    return web_server


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_context_args, "viewport": {"width": 1280, "height": 800}}


def seed_archive(database: Path) -> None:
    """5,000 published titles in a genre of their own, written straight into the database before the
    server starts (through the admin API it would take minutes): old, unviewed, never featured, so the
    demo's home rails stay as they are."""
    with sqlite3.connect(database) as connection:
        cursor = connection.execute(
            "INSERT INTO genres (slug, name, position) VALUES ('archive', 'Archive', 99) RETURNING id"
        )
        genre_id = cursor.fetchone()[0]
        rows = [
            (
                "movie",
                f"Archive Reel {n:04d}",
                f"archive reel {n:04d}",
                1950 + n % 40,
                5400,
                0,
                1,
                "2001-01-01 00:00:00",
                0,
                0.0,
            )
            for n in range(1, ARCHIVE_TITLES + 1)
        ]
        connection.executemany(
            "INSERT INTO titles (kind, title, sort_title, release_year, duration_s, maturity_age,"
            " is_published, published_at, is_featured, popularity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        connection.execute(
            "INSERT INTO title_genres (title_id, genre_id)"
            " SELECT id, ? FROM titles WHERE title LIKE 'Archive Reel %'",
            (genre_id,),
        )


def adaptive_clip_title(database: Path) -> int:
    """The movie ``vuga demo-clips`` gave the three-rendition clip to: what the player tests play, through the
    playback answer's signed ladder, as a newcomer's ``make run`` would."""
    with sqlite3.connect(database) as connection:
        row = connection.execute(
            "SELECT title_id FROM media_assets WHERE asset_key = ? AND retired_at IS NULL", (ADAPTIVE_CLIP,)
        ).fetchone()
    assert row is not None, "vuga demo-clips attached no clip"
    title_id: int = row[0]
    return title_id


def episodes_play_a_short_clip(database: Path, media_dir: Path) -> tuple[int, int, int]:
    """The first two episodes of the first published series play copies of a 12 s demo clip (under asset
    keys of their own, as two transcodes would publish them): what the next-episode test plays through.
    Returns the series and the two episodes' ids."""
    with sqlite3.connect(database) as connection:
        series_id, first, second = connection.execute(
            "SELECT e.title_id, e.id, LEAD(e.id) OVER (ORDER BY s.number, e.number) FROM episodes e"
            " JOIN seasons s ON s.id = e.season_id WHERE e.title_id = (SELECT MIN(id) FROM titles"
            " WHERE kind = 'series' AND is_published) ORDER BY s.number, e.number LIMIT 1"
        ).fetchone()
        columns = "duration_s, max_height, encrypted, manifest, created_at"
        for n, episode_id in enumerate((first, second), start=1):
            key = f"episode-clip-{n}"
            shutil.copytree(media_dir / "assets" / SHORT_CLIP, media_dir / "assets" / key)
            connection.execute(
                f"INSERT INTO media_assets (asset_key, title_id, episode_id, {columns})"
                f" SELECT ?, ?, ?, {columns} FROM media_assets WHERE asset_key = ?",
                (key, series_id, episode_id, SHORT_CLIP),
            )
    return series_id, first, second


@dataclass(frozen=True)
class WebServer:
    url: str
    playable_title_id: int
    var_dir: Path  # mail without SMTP settings lands in var_dir / "mail"
    episodes: tuple[int, int, int]  # a series and two of its episodes, in order, that play a short clip
    database: Path  # the server's SQLite file, for what a test sets up that the API cannot (an editor's role)


@pytest.fixture(scope="session")
def web_server(web: WebServer) -> str:
    return web.url


@pytest.fixture(scope="session")
def playable_title_id(web: WebServer) -> int:
    return web.playable_title_id


@pytest.fixture(scope="session")
def mail_dir(web: WebServer) -> Path:
    return web.var_dir / "mail"


@pytest.fixture(scope="session")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebServer]:
    if not (WEB_BUILD / "index.html").is_file():
        _missing(f"browser tests need the viewer app's build in {WEB_BUILD}: run `make web`")
    if not (ADMIN_BUILD / "index.html").is_file():
        _missing(f"browser tests need the admin UI's build in {ADMIN_BUILD}: run `make web`")
    home = tmp_path_factory.mktemp("web-server")
    database = home / "vuga.db"
    env = {name: value for name, value in os.environ.items() if not name.startswith(("VUGA_", "PROMETHEUS_"))}
    env |= {
        "VUGA_DATABASE_URL": f"sqlite+aiosqlite:///{database}",
        "VUGA_VAR_DIR": str(home / "var"),
        "VUGA_MEDIA_DIR": str(home / "media"),
        "VUGA_WEB_DIR": str(WEB_BUILD),
        "VUGA_WEB_ADMIN_DIR": str(ADMIN_BUILD),
        "VUGA_RATE_LIMIT_ENABLED": "false",
        "VUGA_AUTH_SECRET_KEY": "browser-tests-" + "b" * 40,
        "VUGA_SERVER_PORT": str(PORT),
    }
    vuga = [sys.executable, "-m", "vuga"]
    for command in (["migrate"], ["demo-data"], ["demo-clips"]):
        subprocess.run([*vuga, *command], env=env, check=True, capture_output=True, timeout=300)
    seed_archive(database)
    playable = adaptive_clip_title(database)
    episodes = episodes_play_a_short_clip(database, home / "media")
    subprocess.run([*vuga, "search", "reindex"], env=env, check=True, capture_output=True, timeout=180)
    log = home / "server.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen([*vuga, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    url = f"http://127.0.0.1:{PORT}"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the server did not start on port {PORT}:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
        yield WebServer(url, playable, home / "var", episodes, database)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


@dataclass
class Viewer:
    """An account made through the API for a test, with its tokens and profiles."""

    email: str
    password: str
    tokens: dict[str, Any]
    profiles: list[dict[str, Any]] = field(default_factory=list)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens['access_token']}"}


_accounts = itertools.count(1)


@pytest.fixture
def make_viewer(web_server: str) -> Any:
    def make() -> Viewer:
        email = f"viewer-{os.getpid()}-{next(_accounts)}@example.com"
        response = httpx.post(
            f"{web_server}/api/v1/auth/register", json={"email": email, "password": PASSWORD}, timeout=10
        )
        assert response.status_code == 201, response.text
        viewer = Viewer(email, PASSWORD, response.json())
        viewer.profiles = httpx.get(
            f"{web_server}/api/v1/profiles", headers=viewer.headers, timeout=10
        ).json()["items"]
        return viewer

    return make


def with_role(web: WebServer, account: Viewer, role: str) -> Viewer:
    """``account`` given ``role`` in the database, then signed in again (a session's role is cached for a
    few minutes)."""
    with sqlite3.connect(web.database) as connection:
        connection.execute("UPDATE accounts SET role = ? WHERE email = ?", (role, account.email))
    response = httpx.post(
        f"{web.url}/api/v1/auth/login",
        json={"email": account.email, "password": account.password},
        timeout=10,
    )
    assert response.status_code == 200, response.text
    account.tokens = response.json()
    return account


@pytest.fixture
def make_editor(web: WebServer, make_viewer: Any) -> Any:
    """Accounts with the editor role."""
    return lambda: with_role(web, make_viewer(), "editor")


@pytest.fixture
def make_admin(web: WebServer, make_viewer: Any) -> Any:
    """Accounts with the admin role."""
    return lambda: with_role(web, make_viewer(), "admin")


@pytest.fixture
def viewer(make_viewer: Any) -> Viewer:
    result: Viewer = make_viewer()
    return result


def open_signed_in(page: Any, viewer: Viewer, path: str, profile_id: int | None = None) -> None:
    """Open ``path`` as a returning viewer: the tokens (and the chosen profile) where the app keeps them."""
    session = {
        "accessToken": viewer.tokens["access_token"],
        "refreshToken": viewer.tokens["refresh_token"],
        "expiresAt": int(time.time() * 1000) + viewer.tokens["expires_in"] * 1000,
    }
    page.goto("/sign-in")
    page.evaluate(
        "([session, profile]) => { localStorage.setItem('vuga.session', session);"
        " if (profile) localStorage.setItem('vuga.profile', String(profile)); }",
        [json.dumps(session), profile_id],
    )
    page.goto(path)


@pytest.fixture(autouse=True)
def console_errors(request: pytest.FixtureRequest) -> Iterator[list[str]]:
    """The browser console's errors during a test that uses a page; any fails it (CSP refusals included)."""
    errors: list[str] = []
    if "page" not in request.fixturenames:
        yield errors
        return
    page = request.getfixturevalue("page")
    allowed = request.node.get_closest_marker("console_errors_expected")
    # "Failed to load resource" is Chromium's note on any 4xx, which the app answers by design (a 401
    # before a refresh, a wrong password); what fails a test is a script error or a refusal (CSP).
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and not message.text.startswith("Failed to load resource")
            and errors.append(message.text)
        ),
    )
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    yield errors
    if not allowed:
        assert errors == [], "the page logged errors"


SERIOUS = {"serious", "critical"}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def assert_accessible(page: Any) -> None:
    """axe-core over the page as it is now: no serious or critical violation (WCAG 2.2 AA rules)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text() + "\n;undefined")
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    violations = [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result["violations"]
        if v["impact"] in SERIOUS
    ]
    assert violations == [], json.dumps(violations, indent=2)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The browser tests run last. Playwright's sync API keeps an event loop running in the main thread from
    the first browser test to the end of the session (its session fixtures), and an asynchronous test after
    that could not start its own."""
    in_browser = [item for item in items if "page" in getattr(item, "fixturenames", ())]
    if in_browser:
        chosen = {id(item) for item in in_browser}
        items[:] = [item for item in items if id(item) not in chosen] + in_browser


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "console_errors_expected: the test makes the page log errors on purpose"
    )
