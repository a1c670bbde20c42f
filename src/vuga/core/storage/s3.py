"""The S3 backend: any S3-compatible object store (AWS S3, Cloudflare R2, MinIO, Ceph RGW, ...).

Built on aiobotocore: asyncio-native, the same botocore request signing and retries that boto3 uses, and the
whole S3 API — in particular the low-level multipart calls (create, presigned ``UploadPart``, list parts,
complete, abort) that direct browser uploads need. obstore was the other candidate; it signs whole-object
GET and PUT only, not a part of a multipart upload, so uploads could not bypass the API with it.

Objects are written with ``Cache-Control: public, max-age=31536000, immutable``: keys are never rewritten
(``vuga.core.storage``), so a CDN in front of the bucket may keep every object for a year.

Checksums: botocore's default "flexible checksums" (CRC32 on every request and response) are switched to
"when required", because several S3-compatible stores do not implement them (a ranged GET then fails its
check against the whole object's checksum). Integrity is still covered by TLS and by Content-MD5 where the
API requires it (``DeleteObjects``).
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import anyio
from aiobotocore.session import get_session
from botocore.config import Config
from botocore.exceptions import ClientError

from vuga.core.storage import DirectUploadStore, ObjectStore, StoredObject, UploadedPart, checked_key

if TYPE_CHECKING:
    from types_aiobotocore_s3 import S3Client

IMMUTABLE = "public, max-age=31536000, immutable"
CHUNK_BYTES = 256 * 1024
MULTIPART_THRESHOLD = 64 * 2**20
MIN_PART_BYTES = 5 * 2**20  # S3's smallest part but the last
MAX_PARTS = 10_000
DELETE_BATCH = 1000  # DeleteObjects takes at most this many keys
_MISSING = {"404", "NoSuchKey", "NotFound"}


def _tag(etag: str) -> str:
    return etag.strip('"')


def _missing(error: ClientError) -> bool:
    return str(error.response.get("Error", {}).get("Code")) in _MISSING


class S3Store(ObjectStore, DirectUploadStore):
    """One bucket. The client is opened on first use and closed by ``aclose`` (the app's shutdown)."""

    def __init__(
        self,
        *,
        bucket: str,
        endpoint_url: str | None = None,
        region: str = "us-east-1",
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        addressing_style: Literal["auto", "path", "virtual"] = "auto",
        public_base_url: str | None = None,
        multipart_threshold: int = MULTIPART_THRESHOLD,
        part_bytes: int = MULTIPART_THRESHOLD,
    ) -> None:
        self.bucket = bucket
        self.public_base_url = public_base_url.rstrip("/") if public_base_url else None
        self.multipart_threshold = multipart_threshold
        self.part_bytes = max(part_bytes, MIN_PART_BYTES)
        self._options: dict[str, Any] = {
            "endpoint_url": endpoint_url,
            "region_name": region,
            "aws_access_key_id": access_key_id,
            "aws_secret_access_key": secret_access_key,
            "config": Config(
                signature_version="s3v4",
                s3={"addressing_style": addressing_style},
                request_checksum_calculation="when_required",
                response_checksum_validation="when_required",
                retries={"max_attempts": 5, "mode": "standard"},
                max_pool_connections=50,
            ),
        }
        self._client: S3Client | None = None
        self._exit = contextlib.AsyncExitStack()
        self._opening = asyncio.Lock()

    async def client(self) -> S3Client:
        if self._client is None:
            async with self._opening:
                if self._client is None:
                    creator: Any = get_session().create_client("s3", **self._options)
                    self._client = await self._exit.enter_async_context(creator)
        assert self._client is not None
        return self._client

    async def aclose(self) -> None:
        await self._exit.aclose()
        self._client = None

    # --- the ObjectStore contract ---------------------------------------------------------------------

    async def put_bytes(self, key: str, data: bytes, *, content_type: str) -> StoredObject:
        client = await self.client()
        await client.put_object(
            Bucket=self.bucket,
            Key=checked_key(key),
            Body=data,
            ContentType=content_type,
            CacheControl=IMMUTABLE,
        )
        return await self._written(key)

    async def put_file(self, key: str, path: Path, *, content_type: str) -> StoredObject:
        checked_key(key)
        size = (await anyio.Path(path).stat()).st_size  # a missing file fails here, before any request
        if size <= self.multipart_threshold:
            data = await anyio.Path(path).read_bytes()
            return await self.put_bytes(key, data, content_type=content_type)
        # Parts big enough that 10,000 of them hold the file; each read while the previous one is sent.
        part_bytes = max(self.part_bytes, -(-size // MAX_PARTS))
        upload_id = await self.start_multipart(key, content_type=content_type)
        client = await self.client()
        try:
            parts = []
            async with await anyio.open_file(path, "rb") as source:
                number = 1
                while chunk := await source.read(part_bytes):
                    sent = await client.upload_part(
                        Bucket=self.bucket, Key=key, UploadId=upload_id, PartNumber=number, Body=chunk
                    )
                    parts.append(UploadedPart(number, len(chunk), _tag(sent["ETag"])))
                    number += 1
            await self.complete_multipart(key, upload_id, parts)
        except BaseException:
            with anyio.CancelScope(shield=True):
                await self.abort_multipart(key, upload_id)
            raise
        return await self._written(key)

    async def _written(self, key: str) -> StoredObject:
        written = await self.stat(key)
        if written is None:  # a store that acknowledges a write it cannot show is broken, not "missing"
            raise OSError(f"the store acknowledged {key!r} but does not have it")
        return written

    async def stat(self, key: str) -> StoredObject | None:
        client = await self.client()
        try:
            head = await client.head_object(Bucket=self.bucket, Key=checked_key(key))
        except ClientError as error:
            if _missing(error):
                return None
            raise
        modified: datetime = head["LastModified"]
        return StoredObject(key, int(head["ContentLength"]), _tag(head["ETag"]), modified)

    async def read(self, key: str, start: int = 0, end: int | None = None) -> AsyncIterator[bytes]:
        if end is not None and end <= start:
            return
        client = await self.client()
        options: dict[str, Any] = {}
        if start or end is not None:
            options["Range"] = f"bytes={start}-{'' if end is None else end - 1}"
        try:
            answer = await client.get_object(Bucket=self.bucket, Key=checked_key(key), **options)
        except ClientError as error:
            if _missing(error):
                raise FileNotFoundError(key) from error
            raise
        async with answer["Body"] as body:
            async for chunk in body.iter_chunks(CHUNK_BYTES):
                yield chunk

    async def list(self, prefix: str) -> AsyncIterator[StoredObject]:
        # A prefix names a directory, as in the local store: "assets/a1" lists assets/a1/…, not assets/a10/….
        directory = checked_key(prefix.strip("/")) + "/" if prefix.strip("/") else ""
        client = await self.client()
        pages = client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=directory)
        async for page in pages:
            for found in page.get("Contents", []):
                yield StoredObject(
                    found["Key"], int(found["Size"]), _tag(found["ETag"]), found["LastModified"]
                )

    async def delete(self, key: str) -> None:
        client = await self.client()
        await client.delete_object(Bucket=self.bucket, Key=checked_key(key))

    async def delete_prefix(self, prefix: str) -> int:
        client = await self.client()
        deleted = 0
        batch: builtins.list[str] = []
        async for found in self.list(prefix):
            batch.append(found.key)
            if len(batch) == DELETE_BATCH:
                deleted += await self._delete_batch(client, batch)
                batch = []
        if batch:
            deleted += await self._delete_batch(client, batch)
        return deleted

    async def _delete_batch(self, client: S3Client, keys: builtins.list[str]) -> int:
        answer = await client.delete_objects(
            Bucket=self.bucket, Delete={"Objects": [{"Key": key} for key in keys], "Quiet": True}
        )
        if errors := answer.get("Errors"):
            raise OSError(f"the store did not delete {len(errors)} objects, e.g. {errors[0]}")
        return len(keys)

    # --- URLs -------------------------------------------------------------------------------------------

    def public_url(self, key: str) -> str | None:
        """The object's URL through the CDN (``VUGA_STORAGE_PUBLIC_BASE_URL``), if one is configured."""
        return f"{self.public_base_url}/{checked_key(key)}" if self.public_base_url else None

    async def presigned_get(self, key: str, *, expires_in_s: int) -> str:
        """A URL that reads the object without credentials until it expires (SigV4, query-string signed)."""
        client = await self.client()
        return await client.generate_presigned_url(
            "get_object", Params={"Bucket": self.bucket, "Key": checked_key(key)}, ExpiresIn=expires_in_s
        )

    async def presigned_put(self, key: str, *, content_type: str, expires_in_s: int) -> str:
        """A URL that writes the object once, without credentials; the request must send ``content_type``."""
        client = await self.client()
        return await client.generate_presigned_url(
            "put_object",
            Params={"Bucket": self.bucket, "Key": checked_key(key), "ContentType": content_type},
            ExpiresIn=expires_in_s,
        )

    # --- multipart uploads (direct uploads from clients, and large put_file) -------------------------

    async def start_multipart(self, key: str, *, content_type: str) -> str:
        client = await self.client()
        started = await client.create_multipart_upload(
            Bucket=self.bucket, Key=checked_key(key), ContentType=content_type, CacheControl=IMMUTABLE
        )
        return started["UploadId"]

    async def presigned_part(self, key: str, upload_id: str, number: int, *, expires_in_s: int) -> str:
        """A URL a client PUTs part ``number`` (1-10,000) of the upload to, without credentials."""
        client = await self.client()
        params = {"Bucket": self.bucket, "Key": checked_key(key), "UploadId": upload_id, "PartNumber": number}
        return await client.generate_presigned_url("upload_part", Params=params, ExpiresIn=expires_in_s)

    async def uploaded_parts(self, key: str, upload_id: str) -> builtins.list[UploadedPart]:
        """The parts the store holds so far, in order; FileNotFoundError if the upload is gone."""
        client = await self.client()
        parts: builtins.list[UploadedPart] = []
        try:
            pages = client.get_paginator("list_parts").paginate(
                Bucket=self.bucket, Key=checked_key(key), UploadId=upload_id
            )
            async for page in pages:
                parts += [
                    UploadedPart(int(part["PartNumber"]), int(part["Size"]), _tag(part["ETag"]))
                    for part in page.get("Parts", [])
                ]
        except ClientError as error:
            if str(error.response.get("Error", {}).get("Code")) in {*_MISSING, "NoSuchUpload"}:
                raise FileNotFoundError(key) from error
            raise
        return sorted(parts, key=lambda part: part.number)

    async def complete_multipart(self, key: str, upload_id: str, parts: builtins.list[UploadedPart]) -> None:
        client = await self.client()
        await client.complete_multipart_upload(
            Bucket=self.bucket,
            Key=checked_key(key),
            UploadId=upload_id,
            MultipartUpload={
                "Parts": [{"PartNumber": part.number, "ETag": f'"{part.etag}"'} for part in parts]
            },
        )

    async def abort_multipart(self, key: str, upload_id: str) -> None:
        """Drop the upload and its parts; an upload already gone is not an error."""
        client = await self.client()
        try:
            await client.abort_multipart_upload(Bucket=self.bucket, Key=checked_key(key), UploadId=upload_id)
        except ClientError as error:
            if str(error.response.get("Error", {}).get("Code")) not in {*_MISSING, "NoSuchUpload"}:
                raise
