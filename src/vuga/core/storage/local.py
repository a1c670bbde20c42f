"""The embedded store: files under one directory, written to a temporary name and renamed into place, so a
reader never sees half an object and a crash leaves no partial one under its key."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import anyio

from vuga.core.storage import ObjectStore, StoredObject, checked_key

CHUNK_BYTES = 256 * 1024


class LocalStore(ObjectStore):
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def path_of(self, key: str) -> Path:
        return self.root / checked_key(key)

    async def put_bytes(self, key: str, data: bytes, *, content_type: str) -> StoredObject:
        return await anyio.to_thread.run_sync(self._write, key, lambda out: out.write(data))

    async def put_file(self, key: str, path: Path, *, content_type: str) -> StoredObject:
        def copy(out: BinaryIO) -> None:
            with path.open("rb") as source:
                shutil.copyfileobj(source, out, CHUNK_BYTES)

        return await anyio.to_thread.run_sync(self._write, key, copy)

    def _write(self, key: str, fill: Callable[[BinaryIO], object]) -> StoredObject:
        target = self.path_of(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=".put-")
        try:
            with os.fdopen(descriptor, "wb") as out:
                fill(out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        written = self._stat(key)
        assert written is not None  # just renamed into place
        return written

    async def stat(self, key: str) -> StoredObject | None:
        return await anyio.to_thread.run_sync(self._stat, key)

    def _stat(self, key: str) -> StoredObject | None:
        try:
            status = self.path_of(key).stat()
        except (FileNotFoundError, NotADirectoryError):
            return None
        # Size and modification time name the version: objects are never rewritten in place.
        version = f"{key}:{status.st_size}:{status.st_mtime_ns}".encode()
        tag = hashlib.blake2b(version, digest_size=12).hexdigest()
        return StoredObject(key, status.st_size, tag, datetime.fromtimestamp(status.st_mtime, UTC))

    async def read(self, key: str, start: int = 0, end: int | None = None) -> AsyncIterator[bytes]:
        async with await anyio.open_file(self.path_of(key), "rb") as source:
            await source.seek(start)
            left = None if end is None else end - start
            while left is None or left > 0:
                chunk = await source.read(CHUNK_BYTES if left is None else min(CHUNK_BYTES, left))
                if not chunk:
                    return
                if left is not None:
                    left -= len(chunk)
                yield chunk

    async def list(self, prefix: str) -> AsyncIterator[StoredObject]:
        base = self.path_of(prefix.rstrip("/")) if prefix.strip("/") else self.root
        paths = await anyio.to_thread.run_sync(lambda: sorted(p for p in base.rglob("*") if p.is_file()))
        for path in paths:
            if not path.name.startswith(".put-"):
                key = path.relative_to(self.root).as_posix()
                if (found := self._stat(key)) is not None:
                    yield found

    async def delete(self, key: str) -> None:
        await anyio.to_thread.run_sync(lambda: self.path_of(key).unlink(missing_ok=True))

    async def delete_prefix(self, prefix: str) -> int:
        keys = [found.key async for found in self.list(prefix)]
        for key in keys:
            await self.delete(key)
        return len(keys)
