"""What the upload routes take and answer (JSON; the tus routes speak in headers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated

import msgspec
from msgspec import Meta

from vuga.core.openapi import body_example

PartNumber = Annotated[int, Meta(ge=1, le=10_000)]


class UploadOut(msgspec.Struct):
    id: int
    mode: str  # tus | s3_multipart
    state: str  # receiving | complete | consumed
    length: int
    offset: int
    filename: str
    filetype: str
    created_at: datetime
    expires_at: datetime
    completed_at: datetime | None


@body_example({"length": 734003200, "filename": "feature.mkv", "filetype": "video/x-matroska"})
class MultipartCreate(msgspec.Struct, forbid_unknown_fields=True):
    length: Annotated[int, Meta(ge=1, le=2**53)]
    filename: Annotated[str, Meta(min_length=1, max_length=255)]
    filetype: Annotated[str, Meta(min_length=3, max_length=100)] = "application/octet-stream"


class MultipartStarted(msgspec.Struct):
    upload: UploadOut
    part_size: int  # every part but the last has exactly this many bytes
    part_count: int


@body_example({"part_numbers": [1, 2, 3]})
class PartUrlsRequest(msgspec.Struct, forbid_unknown_fields=True):
    part_numbers: Annotated[list[PartNumber], Meta(min_length=1, max_length=100)]


class PartUrl(msgspec.Struct):
    part_number: int
    url: str  # PUT the part's bytes here, with no other credentials


class PartUrls(msgspec.Struct):
    items: list[PartUrl]
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class CompletedUpload:
    """A finished upload handed to a media job: its bytes are at ``local_path`` (tus) or under ``store_key``
    in the object store (direct S3 multipart), exactly one of the two."""

    upload_id: int
    account_id: int
    size: int
    filename: str
    filetype: str
    local_path: Path | None
    store_key: str | None
