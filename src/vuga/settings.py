"""Typed settings, read once from ``VUGA_*`` environment variables (and an optional ``.env`` file).

Groups are nested models; a group's field is set with ``VUGA_<GROUP>_<FIELD>``, for example
``VUGA_DATABASE_URL`` or ``VUGA_DATABASE_POOL_SIZE``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    Field,
    IPvAnyNetwork,
    SecretStr,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_VAR_DIR = Path("var")


class DatabaseSettings(BaseModel):
    url: str = Field(
        default=f"sqlite+aiosqlite:///{DEFAULT_VAR_DIR}/vuga.db",
        description="Writer database: postgresql+asyncpg://... in production, SQLite for the embedded mode.",
    )
    read_url: str | None = Field(
        default=None, description="Read replica; reads go to the writer while this is unset."
    )
    pool_size: int = Field(default=30, ge=1, le=1000, description="Connections per process (the plan's 30).")
    pool_timeout_s: float = Field(default=5.0, gt=0, description="Wait for a free connection before failing.")
    statement_timeout_ms: int = Field(
        default=5000, ge=0, description="PostgreSQL statement_timeout; 0 disables it."
    )
    slow_statement_ms: int = Field(
        default=50,
        ge=0,
        description="Statements slower than this are logged (the plan's DB p95); 0 disables.",
    )
    echo: bool = False

    @field_validator("url", "read_url")
    @classmethod
    def _supported_database(cls, url: str | None, info: ValidationInfo) -> str | None:
        """A mistyped URL is refused here, naming its variable, not by a driver at the first query."""
        if url is None or (url == "" and info.field_name == "read_url"):
            return None  # an empty variable is an unset one
        scheme = url.partition("://")[0]
        if scheme not in SUPPORTED_DATABASES:
            raise ValueError(f"use {' or '.join(f'{s}://...' for s in SUPPORTED_DATABASES)}")
        return url


SUPPORTED_DATABASES = ("postgresql+asyncpg", "sqlite+aiosqlite")


class RedisSettings(BaseModel):
    url: str | None = Field(
        default=None, description="redis://host:6379/0; an in-process cache is used while this is unset."
    )
    socket_timeout_s: float = Field(
        default=0.25, gt=0, description="Longest a request waits on Redis before going on without it."
    )
    breaker_open_s: float = Field(
        default=5.0, gt=0, description="After a Redis failure, skip Redis this long before trying again."
    )

    @field_validator("url")
    @classmethod
    def _redis_scheme(cls, url: str | None) -> str | None:
        if not url:
            return None  # an empty variable is an unset one: the in-process cache
        if url.partition("://")[0] not in ("redis", "rediss", "unix"):
            raise ValueError("use redis://host:6379/0, rediss://... (TLS) or unix://...")
        return url


class CacheSettings(BaseModel):
    """Lifetimes of cached responses (the plan: home 1 h, title metadata 24 h) and their HTTP headers."""

    home_ttl_s: int = Field(default=3600, ge=1, description="The shared home rails.")
    title_ttl_s: int = Field(default=24 * 3600, ge=1, description="Title details.")
    list_ttl_s: int = Field(default=3600, ge=1, description="Genres, languages and browse first pages.")
    search_ttl_s: int = Field(default=600, ge=1, description="Search first pages and type-ahead answers.")
    stale_s: int = Field(
        default=300,
        ge=0,
        description="Past its lifetime an entry is served this long while one rebuild runs.",
    )
    lock_ms: int = Field(default=5000, ge=100, description="How long one process may hold a key's rebuild.")
    wait_s: float = Field(
        default=1.0, ge=0, description="How long other processes wait for that rebuild before building too."
    )
    replica_lag_s: float = Field(
        default=2.0,
        ge=0,
        description="With a read replica, invalidations are repeated this much later, once it has caught up.",
    )
    near_check_interval_s: float = Field(
        default=0.1,
        gt=0,
        le=10,
        description="Each process keeps hot bodies in memory, dropped this soon after any invalidation.",
    )
    near_max_mb: int = Field(
        default=64, ge=0, description="Memory per process for those bodies; 0 turns it off."
    )
    http_max_age_s: int = Field(default=60, ge=0, description="Browsers keep public responses this long...")
    http_shared_max_age_s: int = Field(default=300, ge=0, description="...and CDNs this long...")
    http_stale_while_revalidate_s: int = Field(
        default=600, ge=0, description="...and may serve them this much longer while revalidating."
    )


class HomeSettings(BaseModel):
    rails: list[Literal["top10", "new_releases", "genres"]] = Field(
        default=["top10", "new_releases", "genres"],
        description="Order of the rails under the banner: a JSON list of top10, new_releases, genres.",
    )
    rail_size: int = Field(default=20, ge=10, le=20, description="Titles per rail.")
    genre_rail_min_titles: int = Field(
        default=5, ge=1, le=20, description="A genre with fewer published titles gets no rail."
    )
    featured_size: int = Field(default=5, ge=1, le=20, description="Titles in the featured banner.")
    genre_rail_pool: int = Field(
        default=1000,
        ge=100,
        le=100_000,
        description=(
            "Genre rails show each genre's most popular titles among this many of the most popular titles "
            "visible to the viewer: what a home build costs stays the same whatever the catalog's size."
        ),
    )


class AuthSettings(BaseModel):
    secret_key: SecretStr | None = Field(
        default=None,
        description=(
            "Signs access tokens; every API process needs the same one. Unset: a random key is created once "
            "in var/secret.key (fine for one machine, set it explicitly for several)."
        ),
    )
    previous_secret_keys: list[SecretStr] = Field(
        default=[], description="Keys still accepted while tokens signed with them expire (key rotation)."
    )
    access_token_ttl_s: int = Field(default=15 * 60, ge=60, le=24 * 3600)
    refresh_token_ttl_s: int = Field(default=30 * 24 * 3600, ge=3600)
    session_cache_ttl_s: int = Field(default=5 * 60, ge=0, description="The plan's 5 minutes.")
    # OWASP's minimum for argon2id: 19 MiB, 2 iterations, 1 lane. Raising them rehashes on the next login.
    argon2_memory_kib: int = Field(default=19 * 1024, ge=19 * 1024)
    argon2_time_cost: int = Field(default=2, ge=2)
    argon2_parallelism: int = Field(default=1, ge=1)
    argon2_concurrency: int = Field(
        default=2,
        ge=1,
        le=64,
        description=(
            "Password hashes computed at once per server process; each takes argon2_memory_kib of memory "
            "while it runs, so this bounds what a burst of logins costs."
        ),
    )
    max_profiles: int = Field(default=5, ge=1, le=20, description="Profiles per account.")
    password_reset_ttl_s: int = Field(
        default=3600, ge=300, le=7 * 24 * 3600, description="A password reset link works this long, once."
    )
    email_verification_ttl_s: int = Field(
        default=7 * 24 * 3600, ge=3600, le=90 * 24 * 3600, description="An email verification link's life."
    )
    profile_token_ttl_s: int = Field(
        default=4 * 3600, ge=300, le=24 * 3600, description="How long unlocking a locked profile lasts."
    )
    pin_max_failures: int = Field(
        default=5, ge=3, le=20, description="Wrong PINs in a row that lock a PIN..."
    )
    pin_lockout_s: int = Field(default=15 * 60, ge=60, le=24 * 3600, description="...for this long.")
    require_verified_email: bool = Field(
        default=False,
        description=(
            "False: an account whose address is not confirmed yet may do everything. True: it may not log in "
            "(sign-up answers 202 instead of tokens) until it follows its verification or reset link."
        ),
    )


class RateLimitSettings(BaseModel):
    enabled: bool = True
    per_minute: int = Field(default=60, ge=1, description="Requests per account (or per IP when anonymous).")
    auth_per_minute_per_ip: int = Field(default=20, ge=1, description="Login, register and refresh, per IP.")
    auth_per_minute_per_email: int = Field(
        default=5,
        ge=1,
        description="Failed logins to one email from addresses that never signed in to it.",
    )
    auth_failures_per_minute_per_address: int = Field(
        default=5, ge=1, description="Failed logins to one email from one address."
    )
    known_address_days: int = Field(
        default=90, ge=1, description="How long an address that signed in to an account stays known to it."
    )


class MailSettings(BaseModel):
    """Mail to viewers (password reset and address verification links)."""

    backend: Literal["console", "smtp"] = Field(
        default="console",
        description="console: log each mail and write it to var/mail/ (embedded mode); smtp: send it.",
    )
    from_address: str = Field(default="VUGA TV <no-reply@localhost>", max_length=300)
    link_base_url: str = Field(
        default="http://127.0.0.1:8000",
        pattern=r"^https?://[^\s]+$",
        description="Public URL of the viewer app; links in mails start with it.",
    )
    smtp_host: str = "localhost"
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = Field(default=True, description="Upgrade the connection with STARTTLS (port 587).")
    smtp_tls: bool = Field(default=False, description="Connect with TLS from the start (port 465).")
    smtp_timeout_s: float = Field(default=10.0, gt=0, le=120)
    per_address_per_hour: int = Field(
        default=5, ge=1, description="Reset and verification mails asked for one address, per hour."
    )


class PlaybackSettings(BaseModel):
    batch_window_ms: int = Field(
        default=2,
        ge=0,
        le=1000,
        description=(
            "How long a heartbeat arriving at an idle writer waits for others to share its write. Under load "
            "the writer is never idle: what arrives during one write is the next batch."
        ),
    )
    batch_max: int = Field(default=500, ge=1, le=10_000, description="Most heartbeats in one write.")
    completion_ratio: float = Field(
        default=0.9, gt=0, le=1, description="Watched share that completes an item."
    )
    credits_margin_s: int = Field(default=90, ge=0, description="Within this much of the end also completes.")
    view_after_s: int = Field(default=30, ge=1, description="A session counts as a view after this long...")
    view_dedupe_hours: int = Field(
        default=6, ge=1, description="...once per profile and title in this window."
    )
    history_retention_months: int = Field(default=13, ge=1)
    partitions_ahead_months: int = Field(default=3, ge=1)


class JobsSettings(BaseModel):
    """Background jobs: the queue (a Redis stream; in-process without Redis) and the schedules."""

    queue: str = Field(default="vuga:jobs", description="Redis stream the jobs are queued on.")
    concurrency: int = Field(default=10, ge=1, le=1000, description="Jobs one worker runs at once.")
    redeliver_after_s: float = Field(
        default=60.0,
        ge=1,
        description="A job unacknowledged this long (its worker died) is given to another worker.",
    )
    stream_max_length: int = Field(
        default=100_000, ge=1000, description="The stream is trimmed (approximately) to this many entries."
    )
    max_attempts: int = Field(default=5, ge=1, le=50, description="Runs of a failing job before it is dead.")
    retry_delay_s: float = Field(default=2.0, ge=0, description="First retry delay; doubles on each attempt.")
    retry_max_delay_s: float = Field(default=60.0, ge=0)
    metrics_port: int = Field(
        default=0, ge=0, le=65535, description="`vuga worker` serves /metrics on this port; 0: off."
    )
    scheduler: bool = Field(
        default=True, description="Run the periodic jobs in this process (workers; the API when embedded)."
    )
    counter_flush_every_s: int = Field(default=10, ge=1, description="Views, shares, downloads reach titles.")
    partition_maintenance_every_s: int = Field(default=24 * 3600, ge=60)
    top10_every_s: int = Field(default=3600, ge=60, description="Most viewed titles of the last 7 days.")
    top10_window_days: int = Field(default=7, ge=1, le=31)
    home_rewarm_every_s: int = Field(default=300, ge=10, description="Home rails rebuilt in the cache.")
    session_cleanup_every_s: int = Field(default=6 * 3600, ge=60, description="Expired logins deleted.")
    receipt_cleanup_every_s: int = Field(default=24 * 3600, ge=60)
    retired_media_cleanup_every_s: int = Field(
        default=3600, ge=60, description="Files of ladders a newer one replaced are removed (once unused)."
    )
    media_jobs_sweep_every_s: int = Field(
        default=60, ge=10, description="Media jobs whose worker died or whose queueing was lost are requeued."
    )
    receipt_retention_days: int = Field(default=7, ge=1, description="How long 'done' records are kept.")


class ObservabilitySettings(BaseModel):
    log_format: str = Field(
        default="auto",
        pattern="^(auto|json|console)$",
        description="auto: readable lines in a terminal, JSON lines elsewhere; json or console forces one.",
    )
    log_level: str = Field(default="INFO", pattern="^(DEBUG|INFO|WARNING|ERROR)$")
    access_log: bool = Field(default=False, description="One log line per HTTP request.")
    otlp_endpoint: str | None = Field(
        default=None,
        description="OTLP/HTTP endpoint for traces (http://collector:4318/v1/traces); unset: no tracing.",
    )
    service_name: str = "vuga"
    trace_sample_ratio: float = Field(default=1.0, ge=0, le=1)


class MediaSettings(BaseModel):
    dir: Path = Field(
        default=DEFAULT_VAR_DIR / "media", description="Where uploaded and generated images live."
    )
    base_url: str = Field(
        default="/media",
        description=(
            "URL prefix of media and artwork. The default, /media, is relative: clients resolve it against "
            "whatever host and port served the response, so it is right behind any proxy and in cached "
            "pages. Set https://cdn.example.com/media to serve them from a CDN."
        ),
    )


class StorageSettings(BaseModel):
    """Where media objects live: files under a directory (embedded) or an S3-compatible bucket (S3, R2,
    MinIO, Ceph). docs/storage.md has examples for each."""

    backend: Literal["local", "s3"] = Field(
        default="local", description="local: files under local_dir; s3: the bucket below."
    )
    local_dir: Path | None = Field(
        default=None, description="The local store's directory; unset: the media directory (var/media)."
    )
    endpoint_url: str | None = Field(
        default=None,
        pattern=r"^https?://[^\s]+$",
        description="The S3 API (https://<account>.r2.cloudflarestorage.com, http://minio:9000); unset: AWS.",
    )
    bucket: str = Field(default="", max_length=63, description="The bucket; required with the s3 backend.")
    region: str = Field(default="us-east-1", max_length=50, description="The region (R2: auto).")
    access_key_id: SecretStr | None = Field(default=None, description="Unset: the AWS default chain.")
    secret_access_key: SecretStr | None = None
    addressing_style: Literal["auto", "path", "virtual"] = Field(
        default="auto", description="path for MinIO, Ceph and most self-hosted stores; auto for AWS and R2."
    )
    public_base_url: str | None = Field(
        default=None,
        pattern=r"^https?://[^\s]+$",
        description="A CDN (or public bucket) URL that serves the objects by key: https://cdn.example.com.",
    )
    presign_ttl_s: int = Field(
        default=3600,
        ge=60,
        le=7 * 24 * 3600,
        description="Life of presigned GET and PUT URLs (SigV4: 7 days at most).",
    )

    @model_validator(mode="after")
    def _bucket_for_s3(self) -> StorageSettings:
        if self.backend == "s3" and not self.bucket:
            raise ValueError("the s3 backend needs VUGA_STORAGE_BUCKET")
        return self


class UploadsSettings(BaseModel):
    """Resumable uploads of source media by editors (tus 1.0, or direct S3 multipart; docs/storage.md)."""

    max_bytes: int = Field(
        default=50 * 2**30, ge=2**20, le=5 * 2**40, description="Largest upload (50 GiB by default)."
    )
    editor_quota_bytes: int = Field(
        default=200 * 2**30,
        ge=0,
        description="Bytes an editor's unfinished and unconsumed uploads may hold at once; admins have none.",
    )
    staging_dir: Path | None = Field(
        default=None,
        description=(
            "Where tus uploads are appended (a local disk; every API process that takes a given upload must "
            "see it); unset: var/uploads."
        ),
    )
    expire_after_s: int = Field(
        default=24 * 3600, ge=60, description="An unfinished upload untouched this long is removed."
    )
    completed_retention_s: int = Field(
        default=7 * 24 * 3600, ge=60, description="A finished upload nobody used is removed after this long."
    )
    consumed_retention_s: int = Field(
        default=2 * 24 * 3600,
        ge=60,
        description="A used upload's bytes are kept this long for its media job, then removed.",
    )
    checkpoint_bytes: int = Field(
        default=64 * 2**20,
        ge=2**20,
        description="A long PATCH is made durable (fsync, offset saved) after each this many bytes.",
    )
    multipart_part_bytes: int = Field(
        default=64 * 2**20,
        ge=5 * 2**20,
        le=5 * 2**30,
        description="Part size of direct S3 multipart uploads (S3's limits: 5 MiB to 5 GiB, 10,000 parts).",
    )
    cleanup_every_s: int = Field(default=3600, ge=60, description="How often abandoned uploads are removed.")


class TranscodeSettings(BaseModel):
    """Probing, the HLS ladder and the ffmpeg runs that make it (docs/media-pipeline.md)."""

    ffmpeg_path: Path | None = Field(
        default=None,
        description=(
            "The ffmpeg binary. Unset: the system's ffmpeg when it has libx264 and the HLS muxer, "
            "else the one the imageio-ffmpeg wheel carries."
        ),
    )
    # Limits on what a source may be: refused at probing, before any transcoding.
    max_size_bytes: int = Field(default=64 * 1024**3, ge=1, description="Largest source file.")
    max_duration_s: float = Field(default=5 * 3600, gt=0, description="Longest source (5 hours).")
    min_duration_s: float = Field(default=0.5, ge=0, description="Shortest source.")
    max_width: int = Field(default=4096, ge=16)
    max_height: int = Field(default=4096, ge=16)
    max_pixels: int = Field(default=4096 * 2304, ge=256, description="Largest frame, width x height.")
    max_streams: int = Field(default=16, ge=1, description="Streams of any kind in a source.")
    max_audio_tracks: int = Field(default=8, ge=0)
    max_frame_rate: float = Field(default=240, gt=0, description="A source claiming more is refused.")
    max_subtitle_bytes: int = Field(default=2 * 1024**2, ge=1024, description="Largest WebVTT file.")
    probe_timeout_s: float = Field(default=30, gt=0, description="Wall-clock limit of one probe.")
    probe_memory_mb: int = Field(default=1024, ge=128, description="Address-space limit of the prober.")
    # The ffmpeg run.
    ffmpeg_memory_mb: int = Field(default=6144, ge=256, description="Address-space limit of ffmpeg.")
    ffmpeg_max_file_mb: int = Field(default=4096, ge=1, description="Largest file ffmpeg may write.")
    ffmpeg_timeout_factor: float = Field(
        default=20, gt=0, description="ffmpeg may run this many times the source's duration..."
    )
    ffmpeg_min_timeout_s: float = Field(default=120, gt=0, description="...and at least this long.")
    threads: int = Field(default=0, ge=0, le=64, description="Encoder threads; 0: ffmpeg chooses.")
    preset: Literal[
        "ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow"
    ] = Field(default="veryfast", description="x264 speed/quality trade-off.")
    # The ladder.
    ladder_heights: list[int] = Field(
        default=[240, 360, 480, 720, 1080],
        min_length=1,
        description="Rendition heights, kept only up to the source's height (and max_output_height).",
    )
    max_output_height: int = Field(default=1080, ge=16)
    bits_per_pixel: float = Field(
        default=0.1, gt=0, le=2, description="Video bitrate = width x height x frame rate x this."
    )
    min_video_bitrate: int = Field(default=100_000, ge=10_000, description="Floor of any rendition (bit/s).")
    max_frame_rate_out: float = Field(
        default=30,
        gt=0,
        le=120,
        description="Renditions' frame rate cap; a faster source is divided down (60 to 30, 50 to 25).",
    )
    audio_bitrate_per_channel: int = Field(default=64_000, ge=16_000, le=256_000)
    audio_channels: int = Field(
        default=2, ge=1, le=2, description="AAC channels (a 5.1 source is downmixed)."
    )
    segment_s: float = Field(default=4, ge=1, le=10, description="Segment length; the HLS norm is 4-6 s.")
    # Thumbnails.
    trickplay_interval_s: float = Field(default=10, gt=0, description="One scrubbing preview per this.")
    trickplay_width: int = Field(default=160, ge=16, le=640)
    trickplay_columns: int = Field(default=10, ge=1, le=20)
    trickplay_rows: int = Field(default=10, ge=1, le=20)
    poster_max_height: int = Field(default=720, ge=16)

    @field_validator("ladder_heights")
    @classmethod
    def _even_ascending(cls, heights: list[int]) -> list[int]:
        if any(h < 16 or h % 2 for h in heights):
            raise ValueError("rendition heights are even numbers of at least 16")
        return sorted(set(heights))


# The viewer app's build (``make web``, Vite's output), beside the package in a checkout.
DEFAULT_WEB_DIR = Path(__file__).resolve().parents[2] / "web" / "apps" / "viewer" / "dist"


class WebSettings(BaseModel):
    """The front ends the server serves (docs/web.md)."""

    dir: Path = Field(
        default=DEFAULT_WEB_DIR,
        description=(
            "The viewer app's build: index.html and assets/ (hashed files). Served at /; missing, / says "
            "how to build it and the API works as before."
        ),
    )


class ServerSettings(BaseModel):
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    workers: int = Field(default=1, ge=1, le=256)
    trusted_proxies: list[IPvAnyNetwork] = Field(
        default=[],
        description=(
            "Addresses or CIDR ranges of the proxies in front of the service (a JSON list). Only a "
            "connection from one of them may name the client in X-Forwarded-For; empty: nobody may."
        ),
    )


class HttpSettings(BaseModel):
    """Headers every response carries (docs/security.md, "Headers")."""

    behind_tls: bool = Field(
        default=False,
        description="Clients reach the service over HTTPS only: responses carry Strict-Transport-Security.",
    )
    hsts_max_age_s: int = Field(default=2 * 365 * 24 * 3600, ge=0, description="HSTS lifetime.")
    referrer_policy: Literal[
        "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"
    ] = "no-referrer"
    cors_allow_origins: list[str] = Field(
        default=[],
        description=(
            "Origins whose browser pages may call the API (a JSON list, https://app.example.com); empty: "
            "cross-origin calls are refused by browsers."
        ),
    )


class DeliverySettings(BaseModel):
    """Signed playback URLs and content keys (docs/media-delivery.md)."""

    url_ttl_s: int = Field(
        default=6 * 3600,
        ge=60,
        le=7 * 24 * 3600,
        description="How long a signed playback URL works: a long film with pauses, not a shareable link.",
    )
    secret: SecretStr | None = Field(
        default=None,
        description=(
            "Signs playback URLs; an edge server verifying them needs the same value. Unset: derived from "
            "VUGA_AUTH_SECRET_KEY (its own label, so neither key reveals the other)."
        ),
    )
    previous_secrets: list[SecretStr] = Field(
        default=[], description="Secrets whose URLs still verify during a rotation (a JSON list)."
    )
    content_key_secret: SecretStr | None = Field(
        default=None,
        description=(
            "Derives each asset's AES-128 / CENC key. Never rotate it without transcoding again: the keys of "
            "published media follow from it. Unset: derived from VUGA_AUTH_SECRET_KEY."
        ),
    )
    master_max_age_s: int = Field(
        default=30, ge=0, le=3600, description="Browsers keep a viewer's filtered master playlist this long."
    )
    encrypt: bool = Field(
        default=True,
        description=(
            "Encrypt new ladders with AES-128 (whole segments); their keys are served only to signed URLs. "
            "Every HLS player plays them; off: plain segments, for a CDN or player that cannot fetch keys."
        ),
    )
    drm_providers: list[Literal["clearkey"]] = Field(
        default=[],
        description=(
            'DRM key systems offered with encrypted media (a JSON list): ["clearkey"] (W3C ClearKey, '
            "played by Chromium and Firefox). Widevine and FairPlay need their licence servers."
        ),
    )


class CdnSettings(BaseModel):
    """The CDN in front of the API and the media: whom to ask to drop what an edit made stale."""

    provider: Literal["none", "http", "fastly", "cloudflare", "cloudfront"] = Field(
        default="none",
        description=(
            "Purged on admin writes and new media: http (PURGE requests, Varnish or nginx), fastly "
            "(surrogate keys), cloudflare (cache tags), cloudfront (paths); none: nothing to purge."
        ),
    )
    purge_url: str | None = Field(
        default=None, description="http: the cache's base URL each PURGE is sent to (http://varnish:6081)."
    )
    purge_key_header: str = Field(
        default="Surrogate-Key",
        pattern=r"^[A-Za-z0-9-]{1,64}$",
        description="http: the header naming the keys to purge (xkey-purge for Varnish's xkey module).",
    )
    api_url: str | None = Field(
        default=None, description="The provider's API, when not its public one (a proxy or a test server)."
    )
    api_token: SecretStr | None = Field(
        default=None, description="fastly: Fastly-Key; cloudflare: API token."
    )
    service_id: str | None = Field(
        default=None,
        max_length=200,
        description="fastly: the service id; cloudflare: the zone id; cloudfront: the distribution id.",
    )
    aws_access_key_id: str | None = Field(default=None, max_length=200, description="cloudfront only.")
    aws_secret_access_key: SecretStr | None = Field(default=None, description="cloudfront only.")
    soft_purge: bool = Field(
        default=True,
        description="fastly: mark stale (served while the origin refreshes) instead of dropping.",
    )
    timeout_s: float = Field(default=10.0, gt=0, le=120, description="One purge request's time limit.")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="VUGA_",
        env_nested_delimiter="_",
        env_nested_max_split=1,
        env_file=".env",
        extra="ignore",
    )

    debug: bool = False
    var_dir: Path = Field(default=DEFAULT_VAR_DIR, description="Where the embedded mode keeps its files.")
    database: DatabaseSettings = DatabaseSettings()
    redis: RedisSettings = RedisSettings()
    cache: CacheSettings = CacheSettings()
    home: HomeSettings = HomeSettings()
    auth: AuthSettings = AuthSettings()
    rate_limit: RateLimitSettings = RateLimitSettings()
    playback: PlaybackSettings = PlaybackSettings()
    media: MediaSettings = MediaSettings()
    storage: StorageSettings = StorageSettings()
    uploads: UploadsSettings = UploadsSettings()
    transcode: TranscodeSettings = TranscodeSettings()
    mail: MailSettings = MailSettings()
    jobs: JobsSettings = JobsSettings()
    observability: ObservabilitySettings = ObservabilitySettings()
    server: ServerSettings = ServerSettings()
    http: HttpSettings = HttpSettings()
    delivery: DeliverySettings = DeliverySettings()
    cdn: CdnSettings = CdnSettings()
    web: WebSettings = WebSettings()
