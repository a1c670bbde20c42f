"""Memory the server process gives back.

glibc's malloc gives a request of 128 KiB or more a mapping of its own, returned to the system when freed,
until such a block is freed: then it raises that threshold to the block's size (up to 32 MiB), and later
blocks of the size come from the allocating thread's arena, which keeps them once freed. A password hash
takes 19 MiB (argon2id's memory cost) in a worker thread, so every thread that ever hashed kept 19 MiB for
good: six of them held 117 MB of a 270 MB server process in the benchmark suite (BENCHMARKS.md, "Memory").
A fixed threshold keeps such blocks in mappings of their own, unmapped when freed.
"""

from __future__ import annotations

import ctypes

M_MMAP_THRESHOLD = -3  # mallopt's parameter, from glibc's malloc.h
# Large enough that response bodies and query results (up to a few hundred KB) stay in the arenas, where
# reusing memory is cheap; small enough for every password hash to get a mapping of its own.
LARGE_BLOCK_BYTES = 1 << 20


def return_large_blocks_to_the_system(threshold: int = LARGE_BLOCK_BYTES) -> bool:
    """Serve blocks of ``threshold`` bytes or more from mappings of their own, for this process's life.
    False where the C library is not glibc (musl, macOS), which has no such setting to fix."""
    mallopt = getattr(ctypes.CDLL(None), "mallopt", None)  # the C library the interpreter runs on
    if mallopt is None:
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, threshold))
