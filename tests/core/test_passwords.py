"""Password hashing: argon2id off the event loop, a bounded number at a time."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from argon2 import PasswordHasher

from vuga.core.security import Passwords
from vuga.settings import AuthSettings

T = TypeVar("T")


class CountingHasher:
    """argon2's hasher, counting how many of its calls overlap."""

    def __init__(self, hasher: PasswordHasher) -> None:
        self.hasher = hasher
        self.lock = threading.Lock()
        self.running = 0
        self.most = 0

    def _counted(self, work: Callable[[], T]) -> T:
        with self.lock:
            self.running += 1
            self.most = max(self.most, self.running)
        time.sleep(0.02)  # hold the slot a while, so that overlapping calls would show
        try:
            return work()
        finally:
            with self.lock:
                self.running -= 1

    def hash(self, password: str) -> str:
        return self._counted(lambda: self.hasher.hash(password))

    def verify(self, digest: str, password: str) -> bool:
        return self._counted(lambda: self.hasher.verify(digest, password))


async def test_hashes_run_at_most_the_configured_number_at_a_time() -> None:
    passwords = Passwords(AuthSettings(argon2_concurrency=2))
    counting = passwords._hasher = CountingHasher(passwords._hasher)  # type: ignore[assignment]
    stored = await passwords.hash("a long passphrase")
    results = await asyncio.gather(
        *(passwords.hash(f"passphrase {n}") for n in range(4)),
        *(passwords.verify(stored, "a long passphrase") for _ in range(3)),
        passwords.verify(stored, "the wrong one"),
    )
    assert counting.most == 2
    assert results[4:] == [True, True, True, False]
    assert all(isinstance(digest, str) and digest.startswith("$argon2id$") for digest in results[:4])
