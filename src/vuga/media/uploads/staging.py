"""Staging files: where a tus upload's bytes are appended, one file per upload, under the staging directory.

A PATCH holds an exclusive ``flock`` on its upload's file while it writes, so two requests never append to
one upload at once (the second is told 423 and retries). Bytes are made durable (``fsync``) before the
offset that covers them is recorded, and a PATCH starts by cutting the file back to the recorded offset: what
a crash left past it was never acknowledged.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import anyio

from vuga.media.uploads.errors import ChecksumMismatch, TooLarge, UploadLocked

WRITE_BUFFER = 1 << 20  # bytes gathered from the request before one write in a worker thread


class ClientGone(Exception):
    """The client's connection ended before its body did."""


def staging_path(directory: Path, upload_id: int) -> Path:
    return directory / f"{upload_id:010d}.part"


def create_staging_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(exist_ok=False)


def remove_staging_file(path: Path) -> None:
    path.unlink(missing_ok=True)


@dataclass(slots=True)
class Appended:
    offset: int  # the recorded offset once the request ended
    client_gone: bool


class StagingFile:
    """One upload's file, locked for one request's append (an async context manager)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = -1

    async def __aenter__(self) -> StagingFile:
        def open_locked() -> int:
            fd = os.open(self.path, os.O_RDWR | os.O_CLOEXEC)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise
            return fd

        try:
            self._fd = await anyio.to_thread.run_sync(open_locked)
        except BlockingIOError as exc:
            raise UploadLocked("another request is writing to this upload; retry in a moment") from exc
        return self

    async def __aexit__(self, *_: object) -> None:
        os.close(self._fd)  # releases the lock

    def _write(self, at: int, data: bytes | bytearray, digest: hashlib._Hash | None) -> None:
        view = memoryview(data)
        while view:
            written = os.pwrite(self._fd, view, at)
            view, at = view[written:], at + written
        if digest is not None:
            digest.update(data)

    def _cut_back(self, offset: int) -> None:
        os.ftruncate(self._fd, offset)
        os.fsync(self._fd)

    async def append(
        self,
        offset: int,
        remaining: int,
        chunks: AsyncIterator[bytes],
        *,
        checksum: bytes | None,
        checkpoint_bytes: int,
        record: Callable[[int], Awaitable[None]],
    ) -> Appended:
        """Append ``chunks`` at ``offset`` (the recorded one), at most ``remaining`` bytes.

        ``record(offset)`` saves a new offset; it is called only once the bytes before it are fsynced:
        after each ``checkpoint_bytes`` (unless a checksum covers the whole request, which then counts only
        as a whole) and at the end, or when the client goes away mid-body (its bytes are kept, so that the
        client resumes from there). A body past ``remaining`` or failing its checksum keeps nothing of
        what it brought past the last recorded offset.
        """
        await anyio.to_thread.run_sync(os.ftruncate, self._fd, offset)
        recorded = written = offset
        digest = hashlib.sha256() if checksum is not None else None
        buffer = bytearray()
        client_gone = False
        try:
            try:
                async for chunk in chunks:
                    if written + len(buffer) + len(chunk) - offset > remaining:
                        raise TooLarge(f"the body is longer than the {remaining} bytes the upload lacks")
                    buffer += chunk
                    if len(buffer) >= WRITE_BUFFER:
                        await anyio.to_thread.run_sync(self._write, written, buffer, digest)
                        written += len(buffer)
                        buffer = bytearray()
                        if digest is None and written - recorded >= checkpoint_bytes:
                            await anyio.to_thread.run_sync(os.fsync, self._fd)
                            await record(written)
                            recorded = written
            except ClientGone:
                client_gone = True
            if buffer:
                await anyio.to_thread.run_sync(self._write, written, buffer, digest)
                written += len(buffer)
            if digest is not None and (client_gone or digest.digest() != checksum):
                await anyio.to_thread.run_sync(self._cut_back, recorded)
                if client_gone:  # a partial body cannot be checked: none of it is kept
                    return Appended(recorded, client_gone=True)
                raise ChecksumMismatch("the bytes do not match Upload-Checksum; none of them were kept")
            if written != recorded:
                await anyio.to_thread.run_sync(os.fsync, self._fd)
                await record(written)
                recorded = written
        except BaseException:
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(self._cut_back, recorded)
            raise
        return Appended(recorded, client_gone)
