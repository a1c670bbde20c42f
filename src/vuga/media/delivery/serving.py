"""Serving signed media from the object store, as the embedded mode's CDN: ``/media/s/<token>/assets/…``.

In production an edge server or CDN verifies the token and serves segments from storage itself
(``docs/media-delivery.md``); the master playlist and the key are always the API's. Here, for every file:

- the token first (403 tampered, 410 expired), then what it opens: files below its own asset's prefix, and
  only the renditions up to its maximum height (``v1080/…`` with a 720 token is a 403);
- ``master.m3u8``: filtered to the token's height (``playlists``), ``private`` and kept briefly;
- ``key``: the asset's AES-128 key, never cached; ``clearkey`` (POST): the ClearKey licence (``drm``); both
  only while the stream lease the URL names is held (``key_admits``, set by the app: ``vuga.devices``);
- every other file by its type (playlists, segments, init segments, WebVTT, images; ``manifest.json`` and
  anything else is not public: 404), streamed in chunks — never read whole into memory — with a strong
  ETag, ``Last-Modified``, ``If-None-Match`` / ``If-Modified-Since`` (304), one byte range (206, or 416
  when it lies outside the file; ``If-Range`` honoured), ``Cache-Control`` immutable for a year (a key is
  written once, under a fresh asset key per transcode), and the asset's surrogate key for a CDN.

A plain ASGI app, mounted at ``/media/s``: a segment request builds no framework request object, runs no
dependency injection and no rate limit (``/media/`` is unmetered: a viewer fetches several files a second
while seeking). Refusals are RFC 9457 problems like every other answer of the API.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime

import msgspec
from litestar.types import HTTPScope, Receive, Send

from vuga.core.cdn.keys import surrogate_headers
from vuga.core.cdn.purge import Purge
from vuga.core.errors import PROBLEM_MEDIA_TYPE, Problem
from vuga.core.storage import InvalidKey, ObjectStore, StoredObject, checked_key
from vuga.media.delivery.drm import MAX_LICENCE_REQUEST_BYTES, ClearKeyProvider, LicenceRefused
from vuga.media.delivery.keys import content_key
from vuga.media.delivery.playlists import MAX_MASTER_BYTES, NotAPlaylist, filter_master, rendition_height
from vuga.media.delivery.signing import ExpiredUrl, SignedPath, TamperedUrl, UrlSigner, asset_prefix

logger = logging.getLogger("vuga.media.delivery")

HLS = "application/vnd.apple.mpegurl"
CONTENT_TYPES = {
    ".m3u8": HLS,
    ".m4s": "video/iso.segment",
    ".mp4": "video/mp4",
    ".vtt": "text/vtt; charset=utf-8",
    ".jpg": "image/jpeg",
    ".webp": "image/webp",
}
IMMUTABLE = b"public, max-age=31536000, immutable"
NEVER_STORED = b"no-store"
MASTER = "master.m3u8"
KEY = "key"
CLEARKEY = "clearkey"
MAX_RANGE_DIGITS = 19

Headers = list[tuple[bytes, bytes]]


def asset_surrogate_key(asset_key: str) -> str:
    """The surrogate key every file of an asset carries (purged when the asset is replaced)."""
    return f"asset:{asset_key}"


def asset_files_purge(media_base_url: str, asset_key: str) -> Purge:
    """What drops every file of an asset from a CDN: its surrogate key, and its path for CDNs that purge by
    path (their cache key is the path without the token: docs/media-delivery.md)."""
    base = media_base_url.rstrip("/")
    if "://" in base:  # the path of https://cdn.example.com/media
        base = "/" + base.split("://", 1)[1].partition("/")[2].rstrip("/")
    return Purge.of([asset_surrogate_key(asset_key)], [f"{base.rstrip('/')}/{asset_prefix(asset_key)}*"])


def _http_date(moment: datetime) -> bytes:
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0), usegmt=True).encode()


def _strong_etag(stored: StoredObject) -> str:
    return f'"{stored.etag.strip(chr(34))}"'


def _etag_matches(if_none_match: str, etag: str) -> bool:
    candidates = (candidate.strip() for candidate in if_none_match.split(","))
    return any(candidate in ("*", etag, f"W/{etag}") for candidate in candidates)


def byte_range(header: str, size: int) -> tuple[int, int] | bool | None:
    """The one range ``header`` asks of a ``size``-byte file as (start, end exclusive); None to answer the
    whole file (no range, several, or a header that is not a byte range: RFC 9110 §14.2 lets a server
    ignore those); False when it lies outside the file (416)."""
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None
    first, dash, last = spec.strip().partition("-")
    if not dash or len(first) > MAX_RANGE_DIGITS or len(last) > MAX_RANGE_DIGITS:
        return None
    if not (first.isascii() and last.isascii()) or not (first.isdigit() or last.isdigit()):
        return None
    if (first and not first.isdigit()) or (last and not last.isdigit()):
        return None
    if not first:  # the last N bytes
        suffix = int(last)
        return (max(0, size - suffix), size) if suffix and size else False
    start = int(first)
    if last and int(last) < start:
        return None  # not a valid range: ignored
    if start >= size:
        return False
    end = min(int(last) + 1, size) if last else size
    return start, end


class MediaServer:
    """The ASGI app below ``/media/s``: ``scope["path"]`` is ``/<token>/assets/<asset_key>/<file>``."""

    def __init__(
        self,
        store: ObjectStore,
        signer: UrlSigner,
        content_key_secret: bytes,
        *,
        master_max_age_s: int,
    ) -> None:
        self.store = store
        self.signer = signer
        self.content_key_secret = content_key_secret
        self.clearkey = ClearKeyProvider(content_key_secret)
        self.master_cache_control = f"private, max-age={master_max_age_s}".encode()
        # Whether a signed URL's session may still have the content key (the stream limit's leases,
        # vuga.devices, set at start-up); None: any validly signed URL may.
        self.key_admits: Callable[[str], Awaitable[bool]] | None = None

    async def __call__(self, scope: HTTPScope, receive: Receive, send: Send) -> None:
        method = scope["method"]
        head = method == "HEAD"
        # The mount's remainder, to which the router adds a trailing slash (no file name ends with one).
        token, _, below = scope["path"].strip("/").partition("/")
        assets, _, below = below.partition("/")
        asset_key, _, rest = below.partition("/")
        if assets != "assets" or not asset_key or not rest:
            await _problem(send, 404, "No such media file.", head)
            return
        try:
            signed = self.signer.verify(token, asset_key)
        except TamperedUrl:
            await _problem(send, 403, "This media URL is not valid: ask the playback endpoint for one.", head)
            return
        except ExpiredUrl:
            await _problem(send, 410, "This media URL has expired: ask the playback endpoint again.", head)
            return
        if rest in (KEY, CLEARKEY):
            await self._key(signed, rest, method, receive, send)
            return
        if method not in ("GET", "HEAD"):
            await _problem(send, 405, "Media files are read with GET.", False, [(b"allow", b"GET, HEAD")])
            return
        height = rendition_height(rest)
        if height is not None and not signed.allows_height(height):
            await _problem(send, 403, "This rendition is above the quality this URL allows.", head)
            return
        try:
            key = checked_key(signed.prefix + rest)
        except InvalidKey:
            key = None
        content_type = CONTENT_TYPES.get(rest[rest.rfind(".") :]) if "." in rest else None
        if key is None or content_type is None:
            await _problem(send, 404, "No such media file.", head)
            return
        stored = await self.store.stat(key)
        if stored is None:
            await _problem(send, 404, "No such media file.", head)
            return
        if rest == MASTER:
            await self._master(signed, stored, scope, send, head)
            return
        await self._file(signed, stored, content_type.encode(), scope, send, head)

    async def _key(self, signed: SignedPath, rest: str, method: str, receive: Receive, send: Send) -> None:
        """The content key (GET) or the ClearKey licence (POST), only while the URL's stream plays."""
        head = method == "HEAD"
        if self.key_admits is not None and not await self.key_admits(signed.session):
            await _problem(send, 403, "This stream has stopped: ask the playback endpoint again.", head)
            return
        if rest == CLEARKEY:
            if method != "POST":
                await _problem(send, 405, "A licence is asked for with POST.", head, [(b"allow", b"POST")])
                return
            await self._licence(signed, receive, send)
            return
        if method not in ("GET", "HEAD"):
            await _problem(send, 405, "Media files are read with GET.", False, [(b"allow", b"GET, HEAD")])
            return
        secret = content_key(self.content_key_secret, signed.asset_key)
        headers = [(b"content-type", b"application/octet-stream"), (b"cache-control", NEVER_STORED)]
        await _reply(send, 200, headers, b"" if head else secret, len(secret))

    async def _file(
        self,
        signed: SignedPath,
        stored: StoredObject,
        content_type: bytes,
        scope: HTTPScope,
        send: Send,
        head: bool,
    ) -> None:
        etag = _strong_etag(stored)
        headers: Headers = [
            (b"etag", etag.encode()),
            (b"last-modified", _http_date(stored.modified)),
            (b"cache-control", IMMUTABLE),
            (b"accept-ranges", b"bytes"),
            *surrogate_headers((asset_surrogate_key(signed.asset_key),)),
        ]
        request = _request_headers(scope["headers"])
        if _not_modified(request, etag, stored.modified):
            await _reply(send, 304, headers, b"", None)
            return
        start, end, status = 0, stored.size, 200
        wanted = request.get(b"range")
        if wanted is not None and _range_applies(request.get(b"if-range"), etag, stored.modified):
            found = byte_range(wanted.decode("latin-1"), stored.size)
            if found is False:
                unsatisfied = [(b"content-range", f"bytes */{stored.size}".encode())]
                await _problem(send, 416, "The range lies outside the file.", head, unsatisfied)
                return
            if isinstance(found, tuple):
                (start, end), status = found, 206
                headers.append((b"content-range", f"bytes {start}-{end - 1}/{stored.size}".encode()))
        headers.append((b"content-type", content_type))
        headers.append((b"content-length", str(end - start).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        if head or start == end:
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        async for chunk in self.store.read(stored.key, start, end):
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    async def _master(
        self, signed: SignedPath, stored: StoredObject, scope: HTTPScope, send: Send, head: bool
    ) -> None:
        try:
            if stored.size > MAX_MASTER_BYTES:
                raise NotAPlaylist("the master playlist is too large")
            published = b"".join([chunk async for chunk in self.store.read(stored.key)])
            body = filter_master(published, signed.max_height)
        except NotAPlaylist as exc:
            logger.error("the master playlist of asset %s is unusable: %s", signed.asset_key, exc)
            await _problem(send, 500, "The server could not complete the request.", head)
            return
        etag = f'"{hashlib.blake2b(body, digest_size=16).hexdigest()}"'
        headers: Headers = [
            (b"etag", etag.encode()),
            (b"cache-control", self.master_cache_control),
            *surrogate_headers((asset_surrogate_key(signed.asset_key),)),
        ]
        if_none_match = _request_headers(scope["headers"]).get(b"if-none-match")
        if if_none_match is not None and _etag_matches(if_none_match.decode("latin-1"), etag):
            await _reply(send, 304, headers, b"", None)
            return
        headers.append((b"content-type", HLS.encode()))
        await _reply(send, 200, headers, b"" if head else body, len(body))

    async def _licence(self, signed: SignedPath, receive: Receive, send: Send) -> None:
        body = await _read_body(receive, MAX_LICENCE_REQUEST_BYTES)
        if body is None:
            await _problem(send, 413, "A licence request is at most 4 KiB.", False)
            return
        try:
            licence = self.clearkey.licence(signed.asset_key, body)
        except LicenceRefused as exc:
            await _problem(send, 400, str(exc), False)
            return
        headers = [(b"content-type", b"application/json"), (b"cache-control", NEVER_STORED)]
        await _reply(send, 200, headers, licence, len(licence))


def _request_headers(raw: Iterable[tuple[bytes, bytes]]) -> dict[bytes, bytes]:
    wanted = (b"range", b"if-range", b"if-none-match", b"if-modified-since")
    return {name: value for name, value in raw if name in wanted}


def _parsed_date(value: bytes) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value.decode("latin-1"))
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo is not None else None


def _not_modified(request: dict[bytes, bytes], etag: str, modified: datetime) -> bool:
    """RFC 9110 §13.2.2: If-None-Match decides when sent; If-Modified-Since only without it."""
    if_none_match = request.get(b"if-none-match")
    if if_none_match is not None:
        return _etag_matches(if_none_match.decode("latin-1"), etag)
    since = request.get(b"if-modified-since")
    parsed = _parsed_date(since) if since is not None else None
    return parsed is not None and modified.replace(microsecond=0) <= parsed


def _range_applies(if_range: bytes | None, etag: str, modified: datetime) -> bool:
    """Without If-Range, a range applies; with it, only while the file is the one the client names."""
    if if_range is None:
        return True
    value = if_range.decode("latin-1").strip()
    if value.startswith('"'):
        return value == etag  # a strong comparison (RFC 9110 §13.1.5)
    parsed = _parsed_date(if_range)
    return parsed is not None and modified.replace(microsecond=0) == parsed


async def _reply(send: Send, status: int, headers: Headers, body: bytes, length: int | None) -> None:
    if length is not None:
        headers = [*headers, (b"content-length", str(length).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def _problem(send: Send, status: int, detail: str, head: bool, extra: Headers | None = None) -> None:
    body = msgspec.json.encode(Problem.of(status, detail))
    headers: Headers = [
        *(extra or []),
        (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
        (b"cache-control", NEVER_STORED),  # a refusal is about one URL at one moment
    ]
    await _reply(send, status, headers, b"" if head else body, len(body))


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The request body, or None past ``limit`` bytes (or when the client left)."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)
