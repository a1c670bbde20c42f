"""A capacity model from the benchmark suite's measured costs: the cores the plan's peak needs.

    .venv/bin/python bench/capacity.py bench/results/suite-quick.json > bench/results/capacity.md

Each scenario of the suite measured, on one server core, the CPU time a request costs the API process, the
PostgreSQL server and Redis (CPU seconds of their processes during the run, divided by the requests). This
script multiplies those costs by a stated workload — the peak of 100,000 concurrent users that the scaling
plan sizes for — and divides by the share of a core one may plan to use, leaving headroom for latency.

The workload is an assumption, printed with the result; change it with the options. The price per vCPU is
an assumption too (``--vcpu-month-usd``), not a quote: it only puts the core counts next to the plan's
"$3,000-5,000/month scaled setup".
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any

# What one browsing user's requests are made of (shares sum to 1). Playing users only send heartbeats.
BROWSING_MIX = {
    "home": 0.10,
    "home personal": 0.10,
    "browse": 0.15,
    "browse next page": 0.05,
    "title": 0.25,
    "search": 0.10,
    "suggest": 0.20,
    "continue watching": 0.045,
    "login": 0.005,
}
HEARTBEAT_EVERY_S = 10
BROWSE_EVERY_S = (
    4.0  # a browsing user's requests, one every so many seconds (the default of --browse-every-s)
)


def demand(args: argparse.Namespace) -> dict[str, float]:
    """Requests per second by scenario at the peak."""
    playing = args.concurrent * args.playing_share
    browsing = args.concurrent - playing
    rates = {"heartbeat": playing / HEARTBEAT_EVERY_S}
    per_second = browsing / args.browse_every_s
    rates |= {name: per_second * share for name, share in BROWSING_MIX.items()}
    return rates


def model(suite: dict[str, Any], args: argparse.Namespace) -> str:
    connections = min(int(name.rpartition(" c")[2]) for name in suite["scenarios"])
    rates = demand(args)
    lines = [
        f"# Capacity at {args.concurrent:,} concurrent users",
        "",
        f"From `{args.suite}` ({suite['profile']} profile, {suite['titles']:,} titles, measured "
        f"{suite['machine']['at'][:16]} UTC on {suite['machine']['cpu']}), costs at {connections} connections.",
        "",
        f"Workload (assumed): {args.playing_share:.0%} of the users are playing and send a heartbeat every "
        f"{HEARTBEAT_EVERY_S} s; the others browse, one request every {args.browse_every_s:g} s, mixed as "
        + ", ".join(f"{name} {share:.1%}" for name, share in BROWSING_MIX.items())
        + f". Cores are planned at {args.utilization:.0%} busy.",
        "",
        "| scenario | req/s at peak | API CPU ms/req | DB CPU ms/req | Redis CPU ms/req | API cores | DB cores "
        "| Redis cores |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    totals = {"api": 0.0, "db": 0.0, "redis": 0.0}
    for name, rate in rates.items():
        measured = suite["scenarios"][f"{name} c{connections}"]
        costs = {
            "api": measured["cpu_ms_per_request"],
            "db": measured["db_cpu_ms_per_request"],
            "redis": measured["redis_cpu_ms_per_request"],
        }
        cores = {part: rate * ms / 1000 / args.utilization for part, ms in costs.items()}
        for part in totals:
            totals[part] += cores[part]
        lines.append(
            f"| {name} | {rate:,.0f} | {costs['api']:.3f} | {costs['db']:.3f} | {costs['redis']:.3f} | "
            f"{cores['api']:.1f} | {cores['db']:.1f} | {cores['redis']:.1f} |"
        )
    total_rate = sum(rates.values())
    lines.append(
        f"| **total** | **{total_rate:,.0f}** | | | | **{totals['api']:.1f}** | **{totals['db']:.1f}** | "
        f"**{totals['redis']:.1f}** |"
    )
    vcpus = sum(math.ceil(cores) for cores in totals.values())
    lines += [
        "",
        f"In all about {vcpus} cores of this machine's kind: {math.ceil(totals['api'])} for API processes (one "
        f"process per core), {math.ceil(totals['db'])} for PostgreSQL (the writer for heartbeats, read replicas "
        f"for the rest), {math.ceil(totals['redis'])} for Redis. At an assumed ${args.vcpu_month_usd:g} per vCPU "
        f"and month, about ${vcpus * args.vcpu_month_usd:,.0f} a month for compute, before storage, traffic and "
        "a CDN, against the plan's $3,000-5,000 a month.",
        "",
        "Not in the model: PostgreSQL's I/O (the measured database fits in memory), the CDN's share of the home "
        "page and artwork (the model sends every request to the origin), and redundancy (at least two of each). "
        "The suite's browse, title, search and suggest scenarios rotate over a few hundred pages and queries, so "
        "after their warm-up they are answered from the response cache: a viewer's first visit to a rare page "
        "or query costs what BENCHMARKS.md measures for it uncached.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("suite", type=Path, help="a suite JSON (bench/results/suite-quick.json)")
    parser.add_argument("--concurrent", type=int, default=100_000)
    parser.add_argument("--playing-share", type=float, default=0.8)
    parser.add_argument("--browse-every-s", type=float, default=BROWSE_EVERY_S)
    parser.add_argument("--utilization", type=float, default=0.6)
    parser.add_argument("--vcpu-month-usd", type=float, default=30.0)
    args = parser.parse_args()
    print(model(json.loads(args.suite.read_text()), args))


if __name__ == "__main__":
    main()
