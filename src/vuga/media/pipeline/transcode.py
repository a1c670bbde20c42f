"""Transcode a probed source into the published ladder layout in one ffmpeg run, published whole or not.

One run decodes the source once and encodes every rendition from one filter graph: the frame rate is made
constant first, then the picture is split into one scaler per rendition, the trickplay tiler and the poster.
Keyframes are forced at the same instants in every rendition (every ``segment_s`` seconds, by time, with
scene-cut keyframes off), so every segment boundary is the same instant in every rendition and a player can
switch between them at any segment.

Everything is written into a hidden sibling of ``out_dir``; ffmpeg's playlists are re-written (``init.mp4``
names, bitrates measured from the segments, the key tag), segments are encrypted when asked, the result is
read back and validated, and only then is the directory renamed to ``out_dir`` — one atomic step. A failure,
a kill or a cancellation removes the hidden directory: ``out_dir`` never exists half-done.

Layout (media contract)::

    master.m3u8  manifest.json  poster.jpg
    v<height>/index.m3u8 init.mp4 seg_00001.m4s …      audio/ (or audio_<lang>/ when several) the same
    subs/<lang>.m3u8 subs/<lang>.vtt                  thumbs/thumbs.vtt thumbs/sprite_<n>.jpg
"""

from __future__ import annotations

import asyncio
import secrets
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

import m3u8

from vuga.media.pipeline import playlists, thumbnails
from vuga.media.pipeline.encryption import encrypt_segment
from vuga.media.pipeline.errors import LadderInvalid
from vuga.media.pipeline.ffmpeg import (
    FfmpegBinary,
    Progress,
    ProgressCallback,
    RunLimits,
    base_argv,
    find_ffmpeg,
    run_ffmpeg,
)
from vuga.media.pipeline.ladder import AudioRendition, Rendition, decodable_as, plan_audio
from vuga.media.pipeline.manifest import (
    MANIFEST_NAME,
    AudioEntry,
    Manifest,
    SourceSummary,
    SubtitleEntry,
    ThumbnailsEntry,
    VideoEntry,
    encode_manifest,
)
from vuga.media.pipeline.probe import Probe
from vuga.media.pipeline.subtitles import SubtitleInput, checked_vtt
from vuga.media.pipeline.validate import avc1_codecs_of_init, validate_ladder

if TYPE_CHECKING:
    from vuga.settings import TranscodeSettings

INIT_NAME = "init.mp4"
SEGMENT_PATTERN = "seg_%05d.m4s"
PLAYLIST_NAME = "index.m3u8"
SUBS_DIR = "subs"
AES_KEY_BYTES = 16


@dataclass(frozen=True)
class Encryption:
    """AES-128 over whole segments. ``key_uri`` is relative to each media playlist: ``../key`` is the request
    ``…/assets/<asset_key>/key``, served by delivery with the same signed prefix."""

    key: bytes = field(repr=False)  # never in a log line
    key_uri: str = "../key"

    def __post_init__(self) -> None:
        if len(self.key) != AES_KEY_BYTES:
            raise ValueError("an AES-128 key is 16 bytes")


@dataclass(frozen=True)
class LadderJob:
    """Everything one ffmpeg run makes, as planned; the argv comes from :func:`ladder_command`."""

    source: Path
    probe: Probe
    renditions: Sequence[Rendition]
    audio: Sequence[AudioRendition]
    trickplay: thumbnails.TrickplayLayout | None
    poster: thumbnails.PosterPlan | None
    settings: TranscodeSettings

    def directories(self) -> list[str]:
        """The renditions' directories: v<height>, audio…"""
        return [r.name for r in self.renditions] + [a.name for a in self.audio]


def plan_job(
    source: Path,
    probe: Probe,
    renditions: Sequence[Rendition],
    settings: TranscodeSettings,
    *,
    with_thumbnails: bool = True,
) -> LadderJob:
    return LadderJob(
        source=Path(source).resolve(),
        probe=probe,
        renditions=list(renditions),
        audio=plan_audio(probe, settings),
        trickplay=thumbnails.plan_trickplay(probe, settings) if with_thumbnails else None,
        poster=thumbnails.plan_poster(probe, settings) if with_thumbnails else None,
        settings=settings,
    )


def ladder_command(binary: FfmpegBinary, job: LadderJob) -> list[str]:
    """The ffmpeg argv for the whole job, run in the (empty) output directory. Never a shell string."""
    argv = base_argv(binary)
    argv += ["-protocol_whitelist", "file", "-f", job.probe.demuxer, "-i", f"file:{job.source}"]
    argv += ["-filter_complex", _filter_graph(job)]
    if job.settings.threads:
        argv += ["-filter_complex_threads", str(job.settings.threads)]
    argv += _ladder_output(job)
    if job.trickplay:  # output 2: trickplay sprites
        argv += [
            "-map", "[thumbs]", "-c:v", "mjpeg", "-q:v", "5", "-f", "image2", "-start_number", "1",
            f"{thumbnails.THUMBS_DIR}/{thumbnails.SPRITE_PATTERN}",
        ]  # fmt: skip
    if job.poster:  # output 3: the poster frame
        argv += [
            "-map", "[poster]", "-frames:v", "1", "-c:v", "mjpeg", "-q:v", "3", "-f", "image2",
            "-update", "1", thumbnails.POSTER_NAME,
        ]  # fmt: skip
    return argv


def _filter_graph(job: LadderJob) -> str:
    """Constant frame rate first (every rendition gets the same frames), then one branch per output."""
    fps = Fraction(job.renditions[0].frame_rate_ratio)
    branches = [f"[r{i}]" for i in range(len(job.renditions))]
    branches += ["[tp]"] if job.trickplay else []
    branches += ["[pp]"] if job.poster else []
    graph = [
        f"[0:{job.probe.video.index}]fps=fps={fps.numerator}/{fps.denominator},format=yuv420p,"
        f"split={len(branches)}{''.join(branches)}"
    ]
    for i, rendition in enumerate(job.renditions):
        graph.append(f"[r{i}]scale={rendition.width}:{rendition.height}:flags=bicubic,setsar=1[v{i}]")
    if job.trickplay:
        graph.append(f"[tp]{thumbnails.trickplay_filter(job.trickplay)}[thumbs]")
    if job.poster:
        graph.append(f"[pp]{thumbnails.poster_filter(job.poster)}[poster]")
    return ";".join(graph)


def _ladder_output(job: LadderJob) -> list[str]:
    settings = job.settings
    gop_frames = max(1, round(settings.segment_s * float(Fraction(job.renditions[0].frame_rate_ratio))))
    argv = [arg for i in range(len(job.renditions)) for arg in ("-map", f"[v{i}]")]
    argv += [arg for track in job.audio for arg in ("-map", f"0:{track.source_index}")]
    argv += [
        "-c:v", "libx264", "-preset", settings.preset,
        # Keyframes at the same instants in every rendition: forced by time, at most two segments apart
        # otherwise, never at scene cuts; closed GOPs so that each segment decodes on its own.
        "-force_key_frames", f"expr:gte(t,n_forced*{settings.segment_s:g})",
        "-g", str(2 * gop_frames), "-keyint_min", str(gop_frames), "-sc_threshold", "0",
        "-x264-params", "scenecut=0:open-gop=0",
    ]  # fmt: skip
    if settings.threads:
        argv += ["-threads", str(settings.threads)]
    for i, rendition in enumerate(job.renditions):
        argv += [
            f"-profile:v:{i}", rendition.profile, f"-level:v:{i}", rendition.level,
            f"-b:v:{i}", str(rendition.bitrate), f"-maxrate:v:{i}", str(rendition.maxrate),
            f"-bufsize:v:{i}", str(rendition.bufsize),
        ]  # fmt: skip
    for i, track in enumerate(job.audio):
        argv += [
            f"-c:a:{i}", "aac", f"-b:a:{i}", str(track.bitrate), f"-ac:a:{i}", str(track.channels),
            f"-ar:a:{i}", str(track.sample_rate),
        ]  # fmt: skip
    stream_map = [f"v:{i},name:{r.name}" for i, r in enumerate(job.renditions)]
    stream_map += [f"a:{i},name:{track.name}" for i, track in enumerate(job.audio)]
    argv += [
        "-f", "hls", "-hls_time", f"{settings.segment_s:g}", "-hls_playlist_type", "vod",
        "-hls_segment_type", "fmp4", "-hls_fmp4_init_filename", INIT_NAME, "-start_number", "1",
        "-hls_segment_filename", f"%v/{SEGMENT_PATTERN}", "-var_stream_map", " ".join(stream_map),
        "-max_muxing_queue_size", "4096", f"%v/{PLAYLIST_NAME}",
    ]  # fmt: skip
    return argv


async def transcode(
    source: Path,
    out_dir: Path,
    probe: Probe,
    renditions: Sequence[Rendition],
    *,
    settings: TranscodeSettings | None = None,
    encryption: Encryption | None = None,
    subtitles: Sequence[SubtitleInput] = (),
    on_progress: ProgressCallback | None = None,
    ffmpeg: FfmpegBinary | None = None,
    with_thumbnails: bool = True,
) -> Manifest:
    """Make the ladder of ``renditions`` from ``source`` at ``out_dir`` (which must not exist)."""
    from vuga.settings import TranscodeSettings

    settings = settings or TranscodeSettings()
    out_dir = Path(out_dir)
    if not renditions:
        raise ValueError("a ladder has at least one rendition")
    if out_dir.exists():
        raise FileExistsError(f"{out_dir} exists: every transcode publishes under a new asset key")
    subtitle_texts = _checked_subtitles(subtitles, settings.max_subtitle_bytes)
    binary = ffmpeg or find_ffmpeg(settings.ffmpeg_path)
    job = plan_job(source, probe, renditions, settings, with_thumbnails=with_thumbnails)

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = out_dir.parent / f".{out_dir.name}.{secrets.token_hex(6)}.partial"
    staging.mkdir()
    try:
        for name in job.directories():
            (staging / name).mkdir()
        if job.trickplay:
            (staging / thumbnails.THUMBS_DIR).mkdir()

        def ffmpeg_progress(progress: Progress) -> None:
            if on_progress is not None:  # 100 % is said once published, not when ffmpeg exits
                on_progress(Progress(min(progress.percent, 99.0), progress.eta_s, progress.speed))

        await run_ffmpeg(
            ladder_command(binary, job),
            duration_s=probe.duration_s,
            limits=RunLimits.for_duration(probe.duration_s, settings),
            on_progress=ffmpeg_progress,
            cwd=staging,
        )
        manifest = await asyncio.to_thread(_finish, staging, job, encryption, subtitles, subtitle_texts)
        staging.rename(out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if on_progress is not None:
        on_progress(Progress(100.0, 0.0))
    return manifest


def _checked_subtitles(subtitles: Sequence[SubtitleInput], max_bytes: int) -> list[str]:
    languages = [track.language for track in subtitles]
    if len(set(languages)) != len(languages):
        from vuga.media.pipeline.errors import SubtitleRefused

        raise SubtitleRefused("one subtitle file per language")
    return [checked_vtt(track, max_bytes) for track in subtitles]


class _Written:
    def __init__(self, segments: list[playlists.Segment], segment_s: float) -> None:
        self.segments = segments
        self.peak, self.average = playlists.segment_bitrates(segments, segment_s)


def _finish(
    staging: Path,
    job: LadderJob,
    encryption: Encryption | None,
    subtitles: Sequence[SubtitleInput],
    subtitle_texts: Sequence[str],
) -> Manifest:
    """Re-write ffmpeg's playlists, encrypt; add subtitles, thumbnails' track, master, manifest; validate."""
    segment_s = job.settings.segment_s
    key_tag = playlists.KeyTag(encryption.key_uri) if encryption else None
    written = {
        name: _finish_media(staging / name, encryption, key_tag, segment_s) for name in job.directories()
    }

    audio_peak = max((written[a.name].peak for a in job.audio), default=0)
    audio_average = max((written[a.name].average for a in job.audio), default=0)
    audio_codecs = job.audio[0].codecs if job.audio else None

    sub_entries = []
    for track, text in zip(subtitles, subtitle_texts, strict=True):
        (staging / SUBS_DIR).mkdir(exist_ok=True)
        vtt_name, playlist_name = f"{track.language}.vtt", f"{track.language}.m3u8"
        (staging / SUBS_DIR / vtt_name).write_text(text, encoding="utf-8")
        (staging / SUBS_DIR / playlist_name).write_text(
            playlists.subtitle_playlist(vtt_name, job.probe.duration_s), encoding="utf-8"
        )
        sub_entries.append(
            SubtitleEntry(
                language=track.language,
                name=track.name or track.language,
                playlist=f"{SUBS_DIR}/{playlist_name}",
                vtt=f"{SUBS_DIR}/{vtt_name}",
                default=track.default,
            )
        )

    video_entries = []
    for rendition in job.renditions:
        media = written[rendition.name]
        video_codecs = avc1_codecs_of_init(staging / rendition.name / INIT_NAME)
        if not decodable_as(video_codecs, rendition.codecs):
            raise LadderInvalid([f"{rendition.name}: encoded as {video_codecs}, planned {rendition.codecs}"])
        video_entries.append(
            VideoEntry(
                name=rendition.name,
                height=rendition.height,
                width=rendition.width,
                bandwidth=media.peak + audio_peak,
                average_bandwidth=media.average + audio_average,
                codecs=f"{video_codecs},{audio_codecs}" if audio_codecs else video_codecs,
                video_codecs=video_codecs,
                frame_rate=rendition.frame_rate,
                playlist=f"{rendition.name}/{PLAYLIST_NAME}",
                segments=len(media.segments),
            )
        )
    audio_entries = [
        AudioEntry(
            name=track.name,
            language=track.language,
            title=track.title,
            channels=track.channels,
            codecs=track.codecs,
            bandwidth=written[track.name].peak,
            average_bandwidth=written[track.name].average,
            playlist=f"{track.name}/{PLAYLIST_NAME}",
            default=track.default,
        )
        for track in job.audio
    ]
    master = playlists.master_playlist(
        [
            playlists.VariantLine(
                uri=entry.playlist,
                bandwidth=entry.bandwidth,
                average_bandwidth=entry.average_bandwidth,
                width=entry.width,
                height=entry.height,
                frame_rate=entry.frame_rate,
                codecs=entry.codecs,
                audio_group=playlists.AUDIO_GROUP if audio_entries else None,
                subtitles_group=playlists.SUBTITLES_GROUP if sub_entries else None,
            )
            for entry in video_entries
        ],
        [
            playlists.AudioLine(
                uri=a.playlist, name=a.title, language=a.language, channels=a.channels, default=a.default
            )
            for a in audio_entries
        ],
        [
            playlists.SubtitleLine(uri=s.playlist, name=s.name, language=s.language, default=s.default)
            for s in sub_entries
        ],
    )
    (staging / "master.m3u8").write_text(master, encoding="utf-8")

    thumbs_entry = None
    if job.trickplay and job.poster:
        sprites = thumbnails.write_thumbnails_vtt(
            staging / thumbnails.THUMBS_DIR, job.trickplay, job.probe.duration_s
        )
        if not sprites or not (staging / thumbnails.POSTER_NAME).is_file():
            raise LadderInvalid(["ffmpeg wrote no trickplay sprite or no poster"])
        thumbs_entry = ThumbnailsEntry(
            poster=thumbnails.POSTER_NAME,
            vtt=f"{thumbnails.THUMBS_DIR}/{thumbnails.THUMBS_VTT}",
            sprites=[f"{thumbnails.THUMBS_DIR}/{name}" for name in sprites],
            interval_s=job.trickplay.interval_s,
            width=job.trickplay.width,
            height=job.trickplay.height,
            columns=job.trickplay.columns,
            rows=job.trickplay.rows,
        )

    manifest = Manifest(
        duration_s=job.probe.duration_s,
        segment_s=segment_s,
        source=SourceSummary(
            container=job.probe.container,
            duration_s=job.probe.duration_s,
            size_bytes=job.probe.size_bytes,
            video_codec=job.probe.video.codec,
            width=job.probe.video.width,
            height=job.probe.video.height,
            frame_rate=job.probe.video.frame_rate,
            audio_tracks=len(job.probe.audio),
            subtitle_streams=job.probe.subtitle_streams,
        ),
        renditions=video_entries,
        audio=audio_entries,
        subtitles=sub_entries,
        thumbnails=thumbs_entry,
        encrypted=encryption is not None,
    )
    (staging / MANIFEST_NAME).write_bytes(encode_manifest(manifest))
    validate_ladder(staging, key=encryption.key if encryption else None)
    return manifest


def _finish_media(
    directory: Path, encryption: Encryption | None, key_tag: playlists.KeyTag | None, segment_s: float
) -> _Written:
    """ffmpeg's playlist for one rendition, re-written: ``init.mp4`` (ffmpeg numbers it per variant), each
    segment's size, and with a key the segments encrypted in place."""
    ffmpeg_playlist = m3u8.loads((directory / PLAYLIST_NAME).read_text(encoding="utf-8"))
    if not ffmpeg_playlist.segment_map or not ffmpeg_playlist.segments:
        raise LadderInvalid([f"{directory.name}: ffmpeg wrote no init section or no segment"])
    ffmpeg_init = ffmpeg_playlist.segment_map[0].uri
    if not ffmpeg_init or any(not segment.uri for segment in ffmpeg_playlist.segments):
        raise LadderInvalid([f"{directory.name}: ffmpeg wrote a playlist entry without a URI"])
    if ffmpeg_init != INIT_NAME:
        (directory / ffmpeg_init).rename(directory / INIT_NAME)
    first_sequence = ffmpeg_playlist.media_sequence or 1
    segments = []
    for position, segment in enumerate(ffmpeg_playlist.segments):
        path = directory / str(segment.uri)
        if encryption is not None:
            encrypt_segment(path, encryption.key, playlists.sequence_iv(first_sequence + position))
        segments.append(
            playlists.Segment(str(segment.uri), float(segment.duration or 0), path.stat().st_size)
        )
    (directory / PLAYLIST_NAME).write_text(
        playlists.media_playlist(segments, init_uri=INIT_NAME, first_sequence=first_sequence, key=key_tag),
        encoding="utf-8",
    )
    return _Written(segments, segment_s)
