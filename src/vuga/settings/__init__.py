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
    SecretStr,
    ValidationInfo,
    field_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

from vuga.settings.billing import BillingSettings as BillingSettings
from vuga.settings.compat import CompatV2Settings as CompatV2Settings
from vuga.settings.devices import (
    DevicesSettings as DevicesSettings,
)
from vuga.settings.livetv import LiveTvSettings as LiveTvSettings
from vuga.settings.media import (
    CdnSettings as CdnSettings,
)
from vuga.settings.media import (
    DeliverySettings as DeliverySettings,
)
from vuga.settings.media import (
    StorageSettings as StorageSettings,
)
from vuga.settings.media import (
    TranscodeSettings as TranscodeSettings,
)
from vuga.settings.media import (
    UploadsSettings as UploadsSettings,
)
from vuga.settings.notifications import NotificationsSettings as NotificationsSettings
from vuga.settings.serving import (
    HttpSettings as HttpSettings,
)
from vuga.settings.serving import (
    ObservabilitySettings as ObservabilitySettings,
)
from vuga.settings.serving import (
    ServerSettings as ServerSettings,
)
from vuga.settings.serving import (
    WebSettings as WebSettings,
)

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
    subscription_expiry_every_s: int = Field(
        default=300, ge=10, description="Subscriptions whose period ended are expired."
    )


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
    devices: DevicesSettings = DevicesSettings()
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
    livetv: LiveTvSettings = LiveTvSettings()
    v2: CompatV2Settings = CompatV2Settings()
    notifications: NotificationsSettings = NotificationsSettings()
    billing: BillingSettings = BillingSettings()
