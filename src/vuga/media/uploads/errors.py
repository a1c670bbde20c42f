"""What an upload request can be refused with. Every answer of the tus routes carries ``Tus-Resumable``.

VugaError (vuga.core.errors)
└── TusProblem                    any refusal of a tus request, with the protocol's headers
    ├── UnsupportedVersion  412   no or another Tus-Resumable version (Tus-Version lists ours)
    ├── OffsetMismatch      409   Upload-Offset is not the server's offset (HEAD, then resume)
    ├── UploadLocked        423   another request is writing this upload right now
    ├── TooLarge            413   past the size limit, the editor's quota, or the declared length
    ├── WrongContentType    415   a PATCH whose body is not application/offset+octet-stream
    └── ChecksumMismatch    460   Upload-Checksum does not match the bytes: they are dropped
"""

from __future__ import annotations

from vuga.core.errors import VugaError

TUS_VERSION = "1.0.0"


class TusProblem(VugaError):
    def __init__(self, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail, headers={"Tus-Resumable": TUS_VERSION, **(headers or {})})


class UnsupportedVersion(TusProblem):
    status_code = 412

    def __init__(self, detail: str) -> None:
        super().__init__(detail, {"Tus-Version": TUS_VERSION})


class OffsetMismatch(TusProblem):
    status_code = 409


class UploadLocked(TusProblem):
    status_code = 423


class TooLarge(TusProblem):
    status_code = 413


class WrongContentType(TusProblem):
    status_code = 415


class ChecksumMismatch(TusProblem):
    status_code = 460


class InvalidHeader(TusProblem):
    status_code = 400


class UploadConflict(TusProblem):
    """The upload is in a state that does not allow this (complete, consumed, another mode)."""

    status_code = 409


class UploadNotFound(TusProblem):
    status_code = 404
