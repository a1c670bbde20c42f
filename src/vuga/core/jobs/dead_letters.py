"""Dead letters: jobs that failed every attempt, with their arguments and last error, until an operator
replays or drops them (``vuga jobs list-dead``, ``vuga jobs replay ID``, ``vuga jobs drop ID``).

In production they are a Redis hash (``vuga:jobs:dead``), visible to every worker and to the command line.
In the embedded mode, where jobs run inside the API process, they are JSON files under ``var/dead-letters``
so that the command line on the same machine sees them too and they outlive a restart.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from redis.asyncio import Redis

from vuga.settings import Settings

DEAD_LETTERS_KEY = "vuga:jobs:dead"


@dataclass(frozen=True, slots=True)
class DeadLetter:
    id: str  # the job's task id
    task_name: str
    args: list[Any]
    kwargs: dict[str, Any]
    labels: dict[str, Any]
    error: str
    attempts: int
    failed_at: str  # ISO 8601 UTC

    def to_json(self) -> str:
        return json.dumps(asdict(self), default=str)

    @classmethod
    def from_json(cls, text: str | bytes) -> DeadLetter:
        return cls(**json.loads(text))


class DeadLetters(Protocol):
    async def add(self, letter: DeadLetter) -> None: ...
    async def all(self) -> list[DeadLetter]: ...
    async def get(self, letter_id: str) -> DeadLetter | None: ...
    async def remove(self, letter_id: str) -> bool: ...
    async def count(self) -> int: ...
    async def close(self) -> None: ...


class RedisDeadLetters:
    def __init__(self, url: str) -> None:
        self._redis = Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0)

    async def add(self, letter: DeadLetter) -> None:
        await self._redis.hset(DEAD_LETTERS_KEY, letter.id, letter.to_json())

    async def all(self) -> list[DeadLetter]:
        values = await self._redis.hvals(DEAD_LETTERS_KEY)
        return sorted((DeadLetter.from_json(value) for value in values), key=lambda letter: letter.failed_at)

    async def get(self, letter_id: str) -> DeadLetter | None:
        value = await self._redis.hget(DEAD_LETTERS_KEY, letter_id)
        return DeadLetter.from_json(value) if value is not None else None

    async def remove(self, letter_id: str) -> bool:
        return bool(await self._redis.hdel(DEAD_LETTERS_KEY, letter_id))

    async def count(self) -> int:
        return int(await self._redis.hlen(DEAD_LETTERS_KEY))

    async def close(self) -> None:
        await self._redis.aclose()


class FileDeadLetters:
    """One JSON file per letter; a letter id is a task id (hex and dashes), never a path."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, letter_id: str) -> Path | None:
        if not letter_id or not all(c.isalnum() or c == "-" for c in letter_id):
            return None
        return self.directory / f"{letter_id}.json"

    async def add(self, letter: DeadLetter) -> None:
        path = self._path(letter.id)
        if path is None:
            raise ValueError(f"unusable dead-letter id {letter.id!r}")
        self.directory.mkdir(parents=True, exist_ok=True)
        path.write_text(letter.to_json())

    async def all(self) -> list[DeadLetter]:
        if not self.directory.is_dir():
            return []
        letters = [DeadLetter.from_json(path.read_text()) for path in self.directory.glob("*.json")]
        return sorted(letters, key=lambda letter: letter.failed_at)

    async def get(self, letter_id: str) -> DeadLetter | None:
        path = self._path(letter_id)
        return DeadLetter.from_json(path.read_text()) if path is not None and path.is_file() else None

    async def remove(self, letter_id: str) -> bool:
        path = self._path(letter_id)
        if path is None or not path.is_file():
            return False
        path.unlink()
        return True

    async def count(self) -> int:
        return len(list(self.directory.glob("*.json"))) if self.directory.is_dir() else 0

    async def close(self) -> None:
        return None


def create_dead_letters(settings: Settings) -> DeadLetters:
    if settings.redis.url:
        return RedisDeadLetters(settings.redis.url)
    return FileDeadLetters(settings.var_dir / "dead-letters")
