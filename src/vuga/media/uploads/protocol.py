"""The tus 1.0 headers, parsed with limits: what a request says is checked here before anything is written.

Supported: the core protocol, ``creation`` (and ``creation-with-upload``), ``termination``, ``expiration``
and ``checksum`` (sha256). Not supported: ``creation-defer-length`` and ``concatenation``.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime

from vuga.media.uploads.errors import TUS_VERSION, InvalidHeader, UnsupportedVersion, WrongContentType

EXTENSIONS = "creation,creation-with-upload,termination,expiration,checksum"
CHECKSUM_ALGORITHMS = "sha256"
OFFSET_STREAM = "application/offset+octet-stream"
MAX_METADATA_BYTES = 4096
MAX_METADATA_PAIRS = 20
MAX_FILENAME = 255
MAX_FILETYPE = 100
DEFAULT_FILETYPE = "application/octet-stream"

_DIGITS = re.compile(r"[0-9]{1,19}")
_METADATA_KEY = re.compile(r"[A-Za-z0-9._\-]{1,64}")
_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+\-]{0,40}/[a-z0-9][a-z0-9!#$&^_.+\-]{0,57}")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f/\\]")


@dataclass(frozen=True, slots=True)
class Metadata:
    filename: str
    filetype: str


def require_tus(headers: Mapping[str, str]) -> None:
    version = headers.get("tus-resumable")
    if version != TUS_VERSION:
        raise UnsupportedVersion(
            f"send Tus-Resumable: {TUS_VERSION}" + (f" (not {version[:20]!r})" if version else "")
        )


def _number(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name.lower())
    if value is None:
        return None
    if not _DIGITS.fullmatch(value.strip()):
        raise InvalidHeader(f"{name} must be a non-negative integer of at most 19 digits")
    return int(value)


def upload_length(headers: Mapping[str, str]) -> int:
    if "upload-defer-length" in headers:
        raise InvalidHeader("Upload-Defer-Length is not supported: send Upload-Length")
    length = _number(headers, "Upload-Length")
    if length is None:
        raise InvalidHeader("send Upload-Length, the upload's size in bytes")
    return length


def upload_offset(headers: Mapping[str, str]) -> int:
    offset = _number(headers, "Upload-Offset")
    if offset is None:
        raise InvalidHeader("send Upload-Offset, the offset this PATCH's bytes start at")
    return offset


def content_length(headers: Mapping[str, str]) -> int | None:
    return _number(headers, "Content-Length")


def require_offset_stream(headers: Mapping[str, str]) -> None:
    if headers.get("content-type", "").split(";")[0].strip().lower() != OFFSET_STREAM:
        raise WrongContentType(f"a PATCH body is Content-Type: {OFFSET_STREAM}")


def has_body(headers: Mapping[str, str]) -> bool:
    """Whether a creation request carries its first bytes (creation-with-upload)."""
    return headers.get("content-type", "").split(";")[0].strip().lower() == OFFSET_STREAM


def metadata(headers: Mapping[str, str]) -> Metadata:
    """``Upload-Metadata`` (``key base64,key base64``): ``filename`` is required, ``filetype`` a media type;
    other keys are allowed and ignored, within the size and count bounds."""
    raw = headers.get("upload-metadata", "")
    if len(raw) > MAX_METADATA_BYTES:
        raise InvalidHeader(f"Upload-Metadata is longer than {MAX_METADATA_BYTES} characters")
    pairs: dict[str, str] = {}
    items = [item.strip() for item in raw.split(",") if item.strip()]
    if len(items) > MAX_METADATA_PAIRS:
        raise InvalidHeader(f"Upload-Metadata has more than {MAX_METADATA_PAIRS} pairs")
    for item in items:
        key, _, encoded = item.partition(" ")
        if not _METADATA_KEY.fullmatch(key) or key in pairs:
            raise InvalidHeader(f"Upload-Metadata: {key[:64]!r} is not a key (or is repeated)")
        try:
            pairs[key] = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError) as exc:
            raise InvalidHeader(f"Upload-Metadata: the value of {key!r} is not base64 of UTF-8 text") from exc
    filename = pairs.get("filename", "").strip()
    if (
        not filename
        or len(filename) > MAX_FILENAME
        or _UNPRINTABLE.search(filename)
        or filename in {".", ".."}
    ):
        raise InvalidHeader(
            f"Upload-Metadata needs a filename of 1-{MAX_FILENAME} characters, without slashes or control "
            "characters"
        )
    filetype = pairs.get("filetype", "").strip().lower() or DEFAULT_FILETYPE
    if len(filetype) > MAX_FILETYPE or not _MEDIA_TYPE.fullmatch(filetype):
        raise InvalidHeader("Upload-Metadata: filetype must be a media type such as video/mp4")
    return Metadata(filename, filetype)


def encode_metadata(found: Metadata) -> str:
    def encoded(text: str) -> str:
        return base64.b64encode(text.encode()).decode()

    return f"filename {encoded(found.filename)},filetype {encoded(found.filetype)}"


def checksum(headers: Mapping[str, str]) -> bytes | None:
    """The SHA-256 digest ``Upload-Checksum: sha256 <base64>`` promises for this request's bytes."""
    value = headers.get("upload-checksum")
    if value is None:
        return None
    algorithm, _, encoded = value.strip().partition(" ")
    if algorithm.lower() != "sha256":
        raise InvalidHeader(f"Upload-Checksum: only {CHECKSUM_ALGORITHMS} is supported")
    try:
        digest = base64.b64decode(encoded.strip(), validate=True)
    except binascii.Error as exc:
        raise InvalidHeader("Upload-Checksum: the digest is not base64") from exc
    if len(digest) != 32:
        raise InvalidHeader("Upload-Checksum: a sha256 digest is 32 bytes")
    return digest


def http_date(moment: datetime) -> str:
    return format_datetime(moment, usegmt=True)
