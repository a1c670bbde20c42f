"""Transcoding speed per rendition, as a real-time factor on one core, next to plain ffmpeg doing the same.

    taskset -c 0 .venv/bin/python bench/transcode.py [--duration 20] [--height 720] [--repeats 2]
    make bench-transcode

Makes a source with ffmpeg's test sources (``testsrc2`` and a tone, H.264 + AAC), probes it, plans the
default ladder (240p … up to the source) and measures, for each rendition alone and for the whole ladder in
one run (with the poster and trickplay sprites, as published):

- **ours**: ``vuga.media.pipeline.transcode.transcode`` end to end — ffmpeg with limits and progress read,
  then re-writing the playlists, measuring bandwidth, the master, the manifest, validation (every segment
  read back with PyAV for keyframe alignment) and the rename that publishes;
- **plain**: the same ffmpeg argv (``ladder_command``) run by ``subprocess.run`` into an empty directory,
  nothing before or after — what a hand-written ffmpeg command line costs.

The real-time factor is media seconds per CPU second (2.0: twice as fast as playback on a core of its own):
CPU time, not wall time, because the machine is shared and other work on core 0 stretches wall time by
whatever it takes (both are recorded). Ours counts ffmpeg's CPU and this process's (progress reading, the
playlists, validation). Each case runs ``--repeats`` times per side, in alternating order, and the lowest
figure counts (noise only ever adds). Probing is timed on its own: it happens once per upload, before any transcode. The
process pins itself to core 0 when it is not already on one core, and ffmpeg gets one encoder thread, so
that both sides do identical work on one core.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import resource
import subprocess
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import msgspec

from vuga.media.pipeline.demo import make_test_source
from vuga.media.pipeline.ffmpeg import find_ffmpeg
from vuga.media.pipeline.ladder import Rendition, plan_ladder
from vuga.media.pipeline.probe import Probe, ProbeLimits, probe
from vuga.media.pipeline.transcode import ladder_command, plan_job, transcode
from vuga.settings import TranscodeSettings

RESULTS = Path(__file__).parent / "results"


class Case(msgspec.Struct):
    name: str
    renditions: list[str]
    thumbnails: bool
    plain_s: float  # wall time
    ours_s: float
    plain_cpu_s: float  # CPU time: ffmpeg's, plus for ours this process's (playlists, validation)
    ours_cpu_s: float
    plain_rtf: float  # media seconds per CPU second: the speed on a core of its own
    ours_rtf: float
    overhead_pct: float  # of CPU time
    wall_overhead_pct: float


class Report(msgspec.Struct):
    date: str
    machine: str
    ffmpeg: str
    source: str
    duration_s: float
    preset: str
    probe_ms: float
    cases: list[Case]


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def plain_run(argv: list[str]) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="bench-plain-") as scratch:
        work = Path(scratch)
        (work / "thumbs").mkdir()  # the image2 muxer writes into it; the HLS muxer makes its own
        cpu, started = children_cpu(), time.perf_counter()
        subprocess.run(argv, cwd=work, check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - started, children_cpu() - cpu


def ours_run(
    source: Path, probed: Probe, renditions: list[Rendition], settings: TranscodeSettings, thumbs: bool
) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="bench-ours-") as scratch:
        cpu, own_cpu, started = children_cpu(), time.process_time(), time.perf_counter()
        asyncio.run(
            transcode(
                source,
                Path(scratch) / "asset",
                probed,
                renditions,
                settings=settings,
                with_thumbnails=thumbs,
                on_progress=lambda _: None,
            )
        )
        wall = time.perf_counter() - started
        return wall, children_cpu() - cpu + time.process_time() - own_cpu


def measure(
    name: str,
    source: Path,
    probed: Probe,
    renditions: list[Rendition],
    settings: TranscodeSettings,
    *,
    thumbs: bool,
    repeats: int,
) -> Case:
    argv = ladder_command(
        find_ffmpeg(), plan_job(source, probed, renditions, settings, with_thumbnails=thumbs)
    )
    plain, ours = [], []
    for repeat in range(repeats):
        if repeat % 2 == 0:
            plain.append(plain_run(argv))
            ours.append(ours_run(source, probed, renditions, settings, thumbs))
        else:
            ours.append(ours_run(source, probed, renditions, settings, thumbs))
            plain.append(plain_run(argv))
    plain_s, ours_s = min(w for w, _ in plain), min(w for w, _ in ours)
    plain_cpu, ours_cpu = min(c for _, c in plain), min(c for _, c in ours)
    case = Case(
        name=name,
        renditions=[r.name for r in renditions],
        thumbnails=thumbs,
        plain_s=round(plain_s, 3),
        ours_s=round(ours_s, 3),
        plain_cpu_s=round(plain_cpu, 3),
        ours_cpu_s=round(ours_cpu, 3),
        plain_rtf=round(probed.duration_s / plain_cpu, 2),
        ours_rtf=round(probed.duration_s / ours_cpu, 2),
        overhead_pct=round((ours_cpu / plain_cpu - 1) * 100, 1),
        wall_overhead_pct=round((ours_s / plain_s - 1) * 100, 1),
    )
    print(
        f"{name:<24} CPU plain {plain_cpu:7.2f} s ({case.plain_rtf:5.2f}x)  ours {ours_cpu:7.2f} s "
        f"({case.ours_rtf:5.2f}x)  overhead {case.overhead_pct:+.1f} %  "
        f"(wall {plain_s:.2f} / {ours_s:.2f} s, {case.wall_overhead_pct:+.1f} %)",
        flush=True,
    )
    return case


def markdown(report: Report) -> str:
    lines = [
        f"# Transcoding on one core ({report.date})",
        "",
        f"Machine: {report.machine}. ffmpeg: {report.ffmpeg}. Source: {report.source}. x264 preset "
        f"`{report.preset}`, one encoder thread, the process on core 0. Probing the source: "
        f"{report.probe_ms:.0f} ms (a child process; once per upload).",
        "",
        "CPU seconds are ffmpeg's (and, for ours, this process's too); x real time is media seconds per CPU "
        "second, the speed on a core of its own. Wall seconds, on a machine shared with other work, beside.",
        "",
        "| case | renditions | plain ffmpeg CPU s (x real time) | ours CPU s (x real time) | our overhead "
        "(CPU) | wall s plain / ours |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for case in report.cases:
        renditions = ", ".join(case.renditions) + (" + poster, trickplay" if case.thumbnails else "")
        lines.append(
            f"| {case.name} | {renditions} | {case.plain_cpu_s:.2f} ({case.plain_rtf:.2f}x) | "
            f"{case.ours_cpu_s:.2f} ({case.ours_rtf:.2f}x) | {case.overhead_pct:+.1f} % | "
            f"{case.plain_s:.2f} / {case.ours_s:.2f} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=20)
    parser.add_argument("--height", type=int, default=720, choices=[360, 480, 720, 1080])
    parser.add_argument("--fps", type=int, default=25)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--preset", default="veryfast")
    parser.add_argument("--output", type=Path, default=RESULTS / "transcode")
    args = parser.parse_args()
    if len(os.sched_getaffinity(0)) != 1:
        os.sched_setaffinity(0, {0})  # children (ffmpeg, the prober) inherit it
    width = {360: 640, 480: 854, 720: 1280, 1080: 1920}[args.height]
    settings = TranscodeSettings(preset=args.preset, threads=1)
    binary = find_ffmpeg()
    version = subprocess.run([binary.path, "-version"], capture_output=True, text=True, check=True).stdout
    with tempfile.TemporaryDirectory(prefix="bench-transcode-") as scratch:
        source = Path(scratch) / "source.mp4"
        asyncio.run(
            make_test_source(
                source, duration_s=args.duration, width=width, height=args.height, frame_rate=args.fps
            )
        )
        started = time.perf_counter()
        probed = probe(source, ProbeLimits.from_settings(settings))
        probe_ms = (time.perf_counter() - started) * 1000
        ladder = plan_ladder(probed, settings)
        # Warm-up, not counted: the first run imports what a worker imports once (PyAV, m3u8, cryptography).
        ours_run(source, probed, ladder[:1], settings, thumbs=True)
        cases = [
            measure(f"{r.name} alone", source, probed, [r], settings, thumbs=False, repeats=args.repeats)
            for r in ladder
        ]
        cases.append(
            measure(
                "whole ladder, one run", source, probed, ladder, settings, thumbs=True, repeats=args.repeats
            )
        )
    report = Report(
        date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        machine=f"{platform.processor() or platform.machine()}, {_cpu_model()}",
        ffmpeg=f"{version.split()[2]} ({binary.origin})",
        source=f"{args.duration:g} s {width}x{args.height} at {args.fps} fps, testsrc2 + tone",
        duration_s=probed.duration_s,
        preset=args.preset,
        probe_ms=round(probe_ms, 1),
        cases=cases,
    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.with_suffix(".json").write_bytes(msgspec.json.format(msgspec.json.encode(report), indent=2))
    args.output.with_suffix(".md").write_text(markdown(report))
    print(markdown(report))


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


if __name__ == "__main__":
    main()
