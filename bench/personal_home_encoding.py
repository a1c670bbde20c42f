"""What compressing a profile's home costs, per encoding: the whole body with brotli (what the compression
middleware does for clients that accept it) or gzip, against gzip with the shared part deflated ahead
(``gzip_joined``, what a gzip-only client gets).

    .venv/bin/python bench/home.py --keep-database      # once: loads vuga_bench_home
    .venv/bin/python bench/personal_home_encoding.py

The body is the shared home built from that database (about 184 KB) behind a stand-in of 9 KB for the
profile's own rails. Best of 50 calls each, in ms, and the encoded size.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import sys
import time
from collections.abc import Callable
from pathlib import Path

import brotli
from litestar.config.compression import CompressionConfig

sys.path.insert(0, str(Path(__file__).resolve().parent))
from home import builder
from vuga.core.cache.compression import GZIP_LEVEL, DeflatedTail, gzip_joined
from vuga.core.db import Database
from vuga.settings import DatabaseSettings

PERSONAL_PART = 9_000  # bytes: three personal rails of about 20 titles' summaries


async def shared_body(url: str) -> bytes:
    database = Database.from_settings(DatabaseSettings(url=url, pool_size=1))
    shared = builder(database)
    body, _tags = await shared.build(None)
    await database.dispose()
    return body


def best_ms(encode: Callable[[], bytes], calls: int = 50) -> tuple[float, int]:
    best, size = float("inf"), 0
    for _ in range(calls):
        started = time.perf_counter()
        size = len(encode())
        best = min(best, time.perf_counter() - started)
    return best * 1000, size


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/vuga_bench_home")
    args = parser.parse_args()
    shared = asyncio.run(shared_body(args.url))
    head = shared[:PERSONAL_PART]  # JSON-like bytes of the same kind as the personal rails
    whole = head + shared[1:]
    tail = DeflatedTail.of(shared[1:])
    config = CompressionConfig(backend="brotli")  # the server's middleware settings for brotli
    rows = {
        f"brotli quality {config.brotli_quality}, whole body": lambda: brotli.compress(
            whole, quality=config.brotli_quality, mode=brotli.MODE_TEXT, lgwin=config.brotli_lgwin
        ),
        f"gzip level {GZIP_LEVEL}, whole body": lambda: gzip.compress(whole, GZIP_LEVEL),
        "gzip, shared part deflated ahead (gzip_joined)": lambda: gzip_joined(head, tail),
    }
    print(f"body: {len(whole):,} bytes\n")
    print("| encoding | best ms | bytes |\n| --- | --- | --- |")
    for name, encode in rows.items():
        ms, size = best_ms(encode)
        print(f"| {name} | {ms:.2f} | {size:,} |")


if __name__ == "__main__":
    main()
