"""The garbage collector's full pass over what the server builds at startup, with and without ``gc.freeze()``.

    .venv/bin/python bench/gc_pause.py

A full collection stops the event loop for as long as it walks every tracked object: every request in
flight waits for it. The application built at startup (routes, models, SQLAlchemy's metadata, msgspec's
types) lives as long as the process, so the server freezes it once started (``vuga.app``, the lifespan):
full passes then walk only what was made since. This prints both pauses, in ms, for the app the server
builds with the default settings (the embedded mode; nothing connects at build time).
"""

from __future__ import annotations

import gc
import tempfile
import time

from vuga.app import create_app
from vuga.settings import Settings


def full_collection_ms() -> float:
    started = time.perf_counter()
    gc.collect()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as var_dir:
        app = create_app(Settings(var_dir=var_dir))
        gc.collect()
        tracked = len(gc.get_objects())
        before = min(full_collection_ms() for _ in range(5))
        gc.freeze()
        after = min(full_collection_ms() for _ in range(5))
        print(f"objects tracked after startup: {tracked:,}")
        print(f"full collection: {before:.1f} ms; after gc.freeze(): {after:.2f} ms (best of 5 each)")
        del app


if __name__ == "__main__":
    main()
