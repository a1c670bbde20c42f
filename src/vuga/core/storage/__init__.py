"""Object storage behind one interface: the local filesystem (the embedded default) or an S3-compatible store.

Keys are relative POSIX paths (``assets/8f3c…/v720/seg_00001.m4s``). Objects are written once under keys
that change when their content does (content-addressed or versioned), so a URL naming one may be cached for a
year and nothing is overwritten in place: publishing new media is writing new keys, then pointing the database
at them.

Backends: ``vuga.core.storage.local.LocalStore`` (a directory) and ``vuga.core.storage.s3.S3Store`` (a bucket
of any S3-compatible store, which also presigns GET and PUT URLs and direct multipart uploads);
``create_store(settings)`` builds the configured one.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from pydantic import SecretStr

    from vuga.settings import Settings

_KEY = re.compile(r"[A-Za-z0-9._\-]+(/[A-Za-z0-9._\-]+)*")
MAX_KEY_LENGTH = 512


class InvalidKey(ValueError):
    """A key that could escape its store or that a store could not hold: refused before any I/O."""


def checked_key(key: str) -> str:
    """The key, if it is a plain relative path of safe segments (no ``..``, no empty or hidden-only parts)."""
    unsafe = any(part in {".", ".."} for part in key.split("/"))
    if len(key) > MAX_KEY_LENGTH or not _KEY.fullmatch(key) or unsafe:
        raise InvalidKey(f"not a storage key: {key[:80]!r}")
    return key


@dataclass(frozen=True, slots=True)
class StoredObject:
    key: str
    size: int
    etag: str
    modified: datetime


class ObjectStore(Protocol):
    """What the platform needs of a store. ``end`` in ranges is exclusive, as in Python slices."""

    async def put_bytes(self, key: str, data: bytes, *, content_type: str) -> StoredObject: ...

    async def put_file(self, key: str, path: Path, *, content_type: str) -> StoredObject: ...

    async def stat(self, key: str) -> StoredObject | None: ...

    def read(self, key: str, start: int = 0, end: int | None = None) -> AsyncIterator[bytes]: ...

    def list(self, prefix: str) -> AsyncIterator[StoredObject]: ...

    async def delete(self, key: str) -> None: ...

    async def delete_prefix(self, prefix: str) -> int: ...


@dataclass(frozen=True, slots=True)
class UploadedPart:
    number: int
    size: int
    etag: str


@runtime_checkable
class DirectUploadStore(Protocol):
    """A store clients upload to directly, in parts sent to presigned URLs (S3's multipart upload)."""

    async def start_multipart(self, key: str, *, content_type: str) -> str: ...

    async def presigned_part(self, key: str, upload_id: str, number: int, *, expires_in_s: int) -> str: ...

    async def uploaded_parts(self, key: str, upload_id: str) -> list[UploadedPart]: ...

    async def complete_multipart(self, key: str, upload_id: str, parts: list[UploadedPart]) -> None: ...

    async def abort_multipart(self, key: str, upload_id: str) -> None: ...


def create_store(settings: Settings) -> ObjectStore:
    """The store ``VUGA_STORAGE_*`` configures; close it with ``close_store`` when the process stops."""
    storage = settings.storage
    if storage.backend == "s3":
        from vuga.core.storage.s3 import S3Store  # aiobotocore is imported only where it is used

        return S3Store(
            bucket=storage.bucket,
            endpoint_url=storage.endpoint_url,
            region=storage.region,
            access_key_id=_revealed(storage.access_key_id),
            secret_access_key=_revealed(storage.secret_access_key),
            addressing_style=storage.addressing_style,
            public_base_url=storage.public_base_url,
        )
    from vuga.core.storage.local import LocalStore

    return LocalStore(storage.local_dir or settings.media.dir)


def _revealed(secret: SecretStr | None) -> str | None:
    return secret.get_secret_value() if secret is not None else None


async def close_store(store: ObjectStore) -> None:
    close = getattr(store, "aclose", None)
    if close is not None:
        await close()
