"""The viewer app's home in Chromium under a throttled network and CPU: first load on a cold cache (largest
contentful paint, JavaScript transferred before the player, API requests), then a warm reload — each run
twice side by side, with the app's service worker and with service workers blocked (the same build as a
browser without one sees it).

    .venv/bin/python bench/web_home.py [--runs 3] [--profile fast-4g] [--port 8845]

Starts its own `vuga serve` (embedded SQLite, the demo catalog, port 8845) on the viewer app's build
(`make web` first), drives Debian's Chromium (/usr/bin/chromium) with Playwright, and sets the throttling
through the DevTools protocol (Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate): on
localhost without it there is nothing to measure. Figures come from the page's own performance entries
(largest-contentful-paint, navigation and resource timing); results go to bench/results/web-home.json.
With the worker, the reload waits until it controls the page (it registers after the first load and
precaches the shell): the warm reload is that of a viewer's second visit.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "web" / "apps" / "viewer" / "dist"
PORT = 8845
# Chrome DevTools' presets: throughput in bytes per second, latency in ms, CPU slowdown.
PROFILES = {
    "fast-4g": {"download": 9_000_000 / 8, "upload": 1_500_000 / 8, "latency_ms": 150, "cpu": 4},
    "slow-4g": {"download": 1_600_000 / 8, "upload": 750_000 / 8, "latency_ms": 562.5, "cpu": 4},
}

LCP_SCRIPT = """() => new Promise(resolve => {
  let last = 0;
  new PerformanceObserver(list => { for (const e of list.getEntries()) last = e.startTime; })
    .observe({type: 'largest-contentful-paint', buffered: true});
  setTimeout(() => resolve(last), 1500);
})"""
NAVIGATION_SCRIPT = """() => { const n = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {load: n.loadEventEnd, transfer: n.transferSize, responseStart: n.responseStart,
          fcp: fcp ? fcp.startTime : null}; }"""
RESOURCES_SCRIPT = """() => performance.getEntriesByType('resource').map(e => ({
  name: e.name, type: e.initiatorType, transfer: e.transferSize, encoded: e.encodedBodySize}))"""


def serve(home: Path, port: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VUGA_", "PROMETHEUS_"))} | {
        "VUGA_DATABASE_URL": f"sqlite+aiosqlite:///{home}/vuga.db",
        "VUGA_VAR_DIR": str(home / "var"),
        "VUGA_MEDIA_DIR": str(home / "media"),
        "VUGA_WEB_DIR": str(BUILD),
        "VUGA_RATE_LIMIT_ENABLED": "false",
        "VUGA_SERVER_PORT": str(port),
    }
    vuga = [sys.executable, "-m", "vuga"]
    for command in (["migrate"], ["demo-data"]):
        subprocess.run([*vuga, *command], env=env, check=True, capture_output=True, timeout=300)
    process = subprocess.Popen(
        [*vuga, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


def measure(browser: Any, url: str, profile: dict[str, float], service_worker: bool) -> dict[str, Any]:
    context = browser.new_context(
        viewport={"width": 1440, "height": 900}, service_workers="allow" if service_worker else "block"
    )
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": profile["latency_ms"],
            "downloadThroughput": profile["download"],
            "uploadThroughput": profile["upload"],
        },
    )
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": profile["cpu"]})
    api: list[str] = []
    page.on("request", lambda r: "/api/" in r.url and api.append(r.url))
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    cold_lcp = page.evaluate(LCP_SCRIPT)
    resources = page.evaluate(RESOURCES_SCRIPT)
    scripts = [r for r in resources if r["name"].endswith(".js")]
    js_bytes = sum(r["transfer"] for r in scripts)
    cold_api = len(api)
    if service_worker:
        page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=60_000)
        page.wait_for_load_state("networkidle")
    start = time.perf_counter()
    page.reload(wait_until="load")
    page.wait_for_load_state("networkidle")
    warm_lcp = page.evaluate(LCP_SCRIPT)
    warm_wall = time.perf_counter() - start
    warm = page.evaluate(NAVIGATION_SCRIPT)
    context.close()
    return {
        "service_worker": service_worker,
        "cold_lcp_ms": round(cold_lcp),
        "warm_lcp_ms": round(warm_lcp),
        "warm_fcp_ms": round(warm["fcp"] or 0),  # the shell's first paint
        "warm_load_ms": round(warm["load"]),
        "warm_page_response_ms": round(warm["responseStart"]),
        "warm_page_bytes": warm["transfer"],  # 0: index.html came from the worker, not the network
        "warm_reload_s": round(warm_wall, 3),  # wall time to network idle (Playwright waits 500 ms of quiet)
        "js_transferred_bytes": js_bytes,
        "js_files": [Path(r["name"]).name for r in scripts],
        "api_requests": cold_api,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", choices=sorted(PROFILES), default="fast-4g")
    parser.add_argument("--port", type=int, default=PORT)
    args = parser.parse_args()
    if not (BUILD / "index.html").is_file():
        raise SystemExit("no build of the viewer app: run `make web`")
    with tempfile.TemporaryDirectory() as scratch:
        server = serve(Path(scratch), args.port)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path="/usr/bin/chromium", args=["--no-sandbox"]
                )
                url = f"http://127.0.0.1:{args.port}/"
                runs = [
                    measure(browser, url, PROFILES[args.profile], service_worker)
                    for _ in range(args.runs)
                    for service_worker in (True, False)
                ]
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=20)
    summary = {
        "profile": args.profile,
        "throttling": PROFILES[args.profile],
        "runs": runs,
        "median": {
            mode: {
                key: statistics.median(
                    run[key] for run in runs if run["service_worker"] == (mode == "worker")
                )
                for key in (
                    "cold_lcp_ms",
                    "warm_lcp_ms",
                    "warm_fcp_ms",
                    "warm_load_ms",
                    "warm_page_response_ms",
                    "warm_reload_s",
                    "js_transferred_bytes",
                    "api_requests",
                )
            }
            for mode in ("worker", "no_worker")
        },
    }
    out = ROOT / "bench" / "results" / "web-home.json"
    out.write_text(json.dumps(summary, indent=2) + "\n")
    print(json.dumps(summary["median"], indent=2))


if __name__ == "__main__":
    main()
