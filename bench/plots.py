"""The report's plots, as PNG files next to the results they are drawn from.

    .venv/bin/python bench/plots.py

- ``bench/results/search-latency-by-size.png``, from search runs over several catalog sizes (``--search``,
  one or more JSON files written by ``bench/search.py --json``, merged by size, a later file's size
  replacing an earlier one's): search and type-ahead p50 and p95 against the number of titles, next to the
  old server's ``ILIKE`` search, log scales;
- ``bench/results/suite-<profile>-throughput.png``, from a suite run with more than one connection count
  (``--suite``, default ``bench/results/suite-full.json``, written by ``bench/suite.py --profile full``):
  requests per second of every scenario against the number of connections, nginx's static file beside them.

A missing input is skipped with a note. Matplotlib (a dev dependency) draws without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only: no display on a server
import matplotlib.pyplot as plt

RESULTS = Path(__file__).resolve().parent / "results"


def search_latency_by_size(results: dict[str, Any], out: Path) -> None:
    sizes = sorted(int(size) for size in results)
    figure, axes = plt.subplots(figsize=(7, 4.5))
    for part, label in (("search", "search"), ("suggest", "type-ahead")):
        for quantile, style in (("p50", "-o"), ("p95", "--o")):
            values = [results[str(size)][part]["all kinds"][quantile] for size in sizes]
            axes.plot(sizes, values, style, label=f"{label} {quantile}")
    old = [results[str(size)]["like"]["page 1"]["p50"] for size in sizes]
    axes.plot(sizes, old, ":s", color="grey", label="old ILIKE search p50")
    axes.axhline(20, color="red", linewidth=0.8, label="search target p95 (20 ms)")
    axes.set(xscale="log", yscale="log", xlabel="titles", ylabel="ms (one call at a time)")
    axes.set_title("Search latency against catalog size (PostgreSQL)")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(out, dpi=120)
    plt.close(figure)


def suite_throughput(results: dict[str, Any], out: Path) -> None:
    by_scenario: dict[str, dict[int, float]] = {}
    nginx: dict[int, list[float]] = {}
    for name, run in results["scenarios"].items():
        scenario, _, connections = name.rpartition(" c")
        by_scenario.setdefault(scenario, {})[int(connections)] = run["rps"]
        nginx.setdefault(int(connections), []).append(run["nginx"]["rps"])
    connection_counts = sorted(nginx)
    figure, axes = plt.subplots(figsize=(8, 5))
    axes.plot(connection_counts, [max(nginx[c]) for c in connection_counts], "-s", color="black",
              label="nginx, static file (best run)")  # fmt: skip
    colours = plt.get_cmap("tab20").colors
    for index, (scenario, rps) in enumerate(by_scenario.items()):
        counts = sorted(rps)
        axes.plot(counts, [rps[c] for c in counts], "-o", color=colours[index % 20], label=scenario)
    axes.set(yscale="log", xlabel="connections", ylabel="requests per second, one server core")
    axes.set_xticks(connection_counts)
    axes.set_title(
        f"Throughput against concurrency ({results['profile']} profile, {results['titles']:,} titles)"
    )
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=7, loc="center left", bbox_to_anchor=(1, 0.5))
    figure.tight_layout()
    figure.savefig(out, dpi=120)
    plt.close(figure)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--search", type=Path, nargs="+", default=[RESULTS / "search.json"])
    parser.add_argument("--suite", type=Path, default=RESULTS / "suite-full.json")
    args = parser.parse_args()
    search: dict[str, Any] = {}
    for path in args.search:
        if path.exists():
            search |= {size: run for size, run in json.loads(path.read_text()).items() if size.isdigit()}
        else:
            print(f"{path}: missing, skipped", file=sys.stderr)
    if len(search) > 1:
        out = RESULTS / "search-latency-by-size.png"
        search_latency_by_size(search, out)
        print(f"wrote {out}")
    else:
        print("search: fewer than two catalog sizes, no size plot", file=sys.stderr)
    if args.suite.exists():
        suite = json.loads(args.suite.read_text())
        out = args.suite.with_name(f"suite-{suite['profile']}-throughput.png")
        suite_throughput(suite, out)
        print(f"wrote {out}")
    else:
        print(f"{args.suite}: missing, skipped", file=sys.stderr)


if __name__ == "__main__":
    main()
