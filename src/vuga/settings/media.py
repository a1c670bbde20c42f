"""The media groups of the settings: object storage, uploads, transcoding, delivery (signed URLs, content
keys) and the CDN: ``VUGA_STORAGE_*``, ``VUGA_UPLOADS_*``, ``VUGA_TRANSCODE_*``, ``VUGA_DELIVERY_*``,
``VUGA_CDN_*``."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    Field,
    SecretStr,
    field_validator,
    model_validator,
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
