"""The admin UI's titles table at 100,000 titles: a filter change, end to end in the browser — from the
select's change to the new rows painted (the URL rewritten, the request, the server's query, the JSON, the
render) — measured in Chromium.

    .venv/bin/python bench/admin_titles.py [--titles 100000] [--changes 24] [--port 8862] [--database-url URL]

Starts its own `vuga serve` on the admin UI's build (`make web` first): embedded SQLite by default, or the
PostgreSQL database `--database-url` names (emptied and migrated: give it one of its own). Seeds the titles
straight into the database (movies and series, a third unpublished, one to three of 20 genres each, changed
at spread-out times), signs in an editor, opens /admin/titles and changes the filters `--changes` times,
each a combination not asked before (no answer comes from the query cache). Each change is timed in the
page: `performance.now()` when the select changes, then after the first animation frame once the table is
no longer busy and shows the new rows. Results: bench/results/admin-titles.json.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "web" / "apps" / "admin" / "dist"
CHROMIUM = "/usr/bin/chromium"
GENRES = 20
PASSWORD = "bench admin titles 1"

# One change of a select, timed in the page: resolves once the table has been busy and is not any more,
# one frame after (the rows painted).
CHANGE_SCRIPT = """([id, value]) => new Promise((resolve, reject) => {
  const select = document.getElementById(id);
  const table = () => document.querySelector('[data-testid="titles-table"]');
  const start = performance.now();
  select.value = value;
  select.dispatchEvent(new Event('change', {bubbles: true}));
  let seenBusy = false;
  const check = () => {
    const busy = table()?.getAttribute('aria-busy') === 'true';
    if (busy) seenBusy = true;
    if (seenBusy && !busy) {
      requestAnimationFrame(() => resolve({
        ms: performance.now() - start,
        rows: table().querySelectorAll('tbody tr').length,
      }));
      return;
    }
    if (performance.now() - start > 10000) return reject(new Error('the table did not update'));
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})"""


def seed_sqlite(database: Path, titles: int) -> None:
    rng = random.Random(24)
    with sqlite3.connect(database) as connection:
        connection.executemany(
            "INSERT INTO genres (slug, name, position) VALUES (?, ?, ?)",
            [(f"bench-{n}", f"Bench genre {n:02d}", n) for n in range(1, GENRES + 1)],
        )
        genre_ids = [row[0] for row in connection.execute("SELECT id FROM genres WHERE slug LIKE 'bench-%'")]
        rows = []
        for n in range(1, titles + 1):
            published = n % 3 != 0
            rows.append(
                (
                    "series" if n % 4 == 0 else "movie",
                    f"Bench Title {n:06d}",
                    f"bench title {n:06d}",
                    1950 + n % 75,
                    1,
                    "2020-01-01 00:00:00" if published else None,
                    f"2026-{1 + n % 11:02d}-{1 + n % 27:02d} {n % 24:02d}:{n % 60:02d}:00",
                )
            )
        connection.executemany(
            "INSERT INTO titles (kind, title, sort_title, release_year, is_published, published_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(k, t, s, y, 1 if p else 0, p, u) for k, t, s, y, _, p, u in rows],
        )
        title_ids = [row[0] for row in connection.execute("SELECT id FROM titles WHERE title LIKE 'Bench %'")]
        connection.executemany(
            "INSERT OR IGNORE INTO title_genres (title_id, genre_id) VALUES (?, ?)",
            [
                (title_id, genre_id)
                for title_id in title_ids
                for genre_id in rng.sample(genre_ids, rng.randint(1, 3))
            ],
        )
        connection.execute("ANALYZE")


def seed_postgres(url: str, titles: int) -> None:
    import asyncpg

    async def seed() -> None:
        connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
        try:
            # Without the search index's triggers (a document rebuilt per genre row): it is rebuilt once,
            # after the seed, by `vuga search reindex`.
            await connection.execute("SET session_replication_role = replica")
            await connection.execute(
                "INSERT INTO genres (slug, name, position) SELECT 'bench-' || n,"
                " 'Bench genre ' || lpad(n::text, 2, '0'), n FROM generate_series(1, $1::int) AS n",
                GENRES,
            )
            await connection.execute(
                "INSERT INTO titles (kind, title, sort_title, release_year, is_published, published_at,"
                " updated_at) SELECT CASE WHEN n % 4 = 0 THEN 'series' ELSE 'movie' END,"
                " 'Bench Title ' || lpad(n::text, 6, '0'), 'bench title ' || lpad(n::text, 6, '0'),"
                " 1950 + n % 75, n % 3 <> 0, CASE WHEN n % 3 <> 0 THEN timestamptz '2020-01-01' END,"
                " timestamptz '2026-01-01' + n * interval '97 seconds' FROM generate_series(1, $1::int) AS n",
                titles,
            )
            await connection.execute(
                "INSERT INTO title_genres (title_id, genre_id) SELECT DISTINCT t.id, g.id FROM titles t"
                " JOIN genres g ON g.slug LIKE 'bench-%' AND g.position IN (1 + t.id % $1::int,"
                " 1 + (t.id * 7) % $1::int) WHERE t.title LIKE 'Bench %'",
                GENRES,
            )
            await connection.execute("ANALYZE")
        finally:
            await connection.close()

    asyncio.run(seed())


def serve(home: Path, port: int, titles: int, database_url: str | None) -> subprocess.Popen[bytes]:
    try:  # a server left on the port would answer in this one's place
        httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
        raise SystemExit(f"port {port} is in use: stop what listens there, or pass --port")
    except httpx.TransportError:
        pass
    url = database_url or f"sqlite+aiosqlite:///{home}/vuga.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VUGA_", "PROMETHEUS_"))} | {
        "VUGA_DATABASE_URL": url,
        "VUGA_VAR_DIR": str(home / "var"),
        "VUGA_MEDIA_DIR": str(home / "media"),
        "VUGA_WEB_ADMIN_DIR": str(BUILD),
        "VUGA_RATE_LIMIT_ENABLED": "false",
        "VUGA_SERVER_PORT": str(port),
        "VUGA_AUTH_SECRET_KEY": "bench-admin-titles-" + "c" * 40,
    }
    vuga = [sys.executable, "-m", "vuga"]
    subprocess.run([*vuga, "migrate"], env=env, check=True, capture_output=True, timeout=300)
    if database_url:
        seed_postgres(database_url, titles)
    else:
        seed_sqlite(home / "vuga.db", titles)
    # The search index over the seeded titles, built before the server starts rather than by it.
    subprocess.run([*vuga, "search", "reindex"], env=env, check=True, capture_output=True, timeout=900)
    log = (home / "server.log").open("wb")
    process = subprocess.Popen([*vuga, "serve"], env=env, stdout=log, stderr=log)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start:\n" + (home / "server.log").read_text()[-2000:])


def answered(call: Any, tries: int = 60) -> httpx.Response:
    """``call()``'s response once it is not a 5xx, tried for up to a minute: a server just started over
    100,000 titles is still warming its caches (the home's rails)."""
    for _ in range(tries):
        response: httpx.Response = call()
        if response.status_code < 500:
            return response
        time.sleep(1)
    return response


def editor_tokens(base: str, home: Path, database_url: str | None) -> dict[str, Any]:
    email = "bench-editor@example.com"
    registered = answered(
        lambda: httpx.post(
            f"{base}/api/v1/auth/register", json={"email": email, "password": PASSWORD}, timeout=30
        )
    )
    assert registered.status_code == 201, registered.text
    if database_url:
        import asyncpg

        async def promote() -> None:
            connection = await asyncpg.connect(database_url.replace("postgresql+asyncpg://", "postgresql://"))
            await connection.execute("UPDATE accounts SET role = 'editor' WHERE email = $1", email)
            await connection.close()

        asyncio.run(promote())
    else:
        connection = sqlite3.connect(home / "vuga.db")
        with connection:
            connection.execute("UPDATE accounts SET role = 'editor' WHERE email = ?", (email,))
        connection.close()
    login = answered(
        lambda: httpx.post(
            f"{base}/api/v1/auth/login", json={"email": email, "password": PASSWORD}, timeout=30
        )
    )
    assert login.status_code == 200, login.text
    tokens: dict[str, Any] = login.json()
    return tokens


def changes(count: int, genre_ids: list[str]) -> list[tuple[str, str]]:
    """``count`` select changes, each leaving the table at a combination of filters not asked before (so no
    answer comes from the query cache): a new genre, then the kind, then the state, genre after genre."""
    steps: list[tuple[str, str]] = []
    kinds = itertools.cycle(["movie", "series"])
    states = itertools.cycle(["true", "false"])
    for genre in genre_ids:
        steps += [("titles-genre", genre), ("titles-kind", next(kinds)), ("titles-published", next(states))]
    return steps[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--titles", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=24)
    parser.add_argument("--port", type=int, default=8862)
    parser.add_argument("--database-url", help="a PostgreSQL database of its own (emptied by the migration)")
    args = parser.parse_args()
    if not (BUILD / "index.html").is_file():
        raise SystemExit("no build of the admin UI: run `make web`")
    with tempfile.TemporaryDirectory(prefix="bench-admin-") as tmp:
        home = Path(tmp)
        started = time.perf_counter()
        server = serve(home, args.port, args.titles, args.database_url)
        seeded_s = time.perf_counter() - started
        base = f"http://127.0.0.1:{args.port}"
        try:
            # The server warms its caches as it starts (the home's rails over 100,000 titles): wait for it.
            for _ in range(60):
                genres = httpx.get(f"{base}/api/v1/genres", timeout=30)
                if genres.status_code == 200:
                    break
                time.sleep(1)
            assert genres.status_code == 200, (home / "server.log").read_text()[-3000:]
            genre_ids = [str(g["id"]) for g in genres.json()["items"]][:GENRES]
            tokens = editor_tokens(base, home, args.database_url)
            headers = {"Authorization": f"Bearer {tokens['access_token']}"}
            for _ in range(60):  # the first answer once the start-up work is done
                if httpx.get(f"{base}/api/v1/admin/titles", headers=headers, timeout=30).status_code == 200:
                    break
                time.sleep(1)
            session = {
                "accessToken": tokens["access_token"],
                "refreshToken": tokens["refresh_token"],
                "expiresAt": int(time.time() * 1000) + tokens["expires_in"] * 1000,
            }
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
                page = browser.new_page(viewport={"width": 1440, "height": 900})
                page.goto(f"{base}/admin/")
                page.evaluate("s => localStorage.setItem('vuga.session', s)", json.dumps(session))
                rows = page.get_by_test_id("titles-table").locator("tbody tr")
                for _ in range(12):  # a server still warming up may be slow to answer: load the page again
                    page.goto(f"{base}/admin/titles")
                    try:
                        rows.first.wait_for(timeout=10_000)
                        break
                    except PlaywrightTimeout:
                        continue
                page.wait_for_load_state("networkidle")
                timings = []
                for select, value in changes(args.changes, genre_ids):
                    result = page.evaluate(CHANGE_SCRIPT, [select, value])
                    timings.append({"select": select, "value": value, **result})
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=20)
    values = sorted(t["ms"] for t in timings)
    summary = {
        "engine": "postgresql" if args.database_url else "sqlite",
        "titles": args.titles,
        "changes": len(values),
        "median_ms": round(statistics.median(values), 1),
        "p95_ms": round(values[max(0, int(len(values) * 0.95) - 1)], 1),
        "max_ms": round(values[-1], 1),
        "min_ms": round(values[0], 1),
        "setup_s": round(seeded_s, 1),
        "load_average": os.getloadavg(),
        "at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "timings": timings,
    }
    out = ROOT / "bench" / "results" / "admin-titles.json"
    previous = json.loads(out.read_text()) if out.exists() else {}
    previous[summary["engine"]] = summary
    out.write_text(json.dumps(previous, indent=2) + "\n")
    print(json.dumps({k: v for k, v in summary.items() if k != "timings"}, indent=2))


if __name__ == "__main__":
    main()
