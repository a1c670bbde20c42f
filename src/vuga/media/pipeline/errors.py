"""What the pipeline raises. Every failure leaves nothing published.

PipelineError
├── MediaRefused        the source is not a playable video within the limits (a reason for the uploader)
├── SubtitleRefused     a WebVTT file given with the source is not one
├── FfmpegUnavailable   no usable ffmpeg binary
├── FfmpegFailed        ffmpeg exited non-zero or was killed (stderr's tail kept for the operator)
│   └── FfmpegTimedOut  it ran past its wall-clock limit and was killed
└── LadderInvalid       the written ladder failed validation (a bug or a broken encoder, never published)
"""

from __future__ import annotations


class PipelineError(Exception):
    pass


class MediaRefused(PipelineError):
    """``reason`` is one sentence an uploader understands ("an image, not a video")."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SubtitleRefused(PipelineError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class FfmpegUnavailable(PipelineError):
    pass


class FfmpegFailed(PipelineError):
    def __init__(self, message: str, *, returncode: int | None, stderr_tail: str = "") -> None:
        super().__init__(f"{message}: {stderr_tail.strip()[-500:]}" if stderr_tail.strip() else message)
        self.returncode = returncode
        self.stderr_tail = stderr_tail


class FfmpegTimedOut(FfmpegFailed):
    pass


class LadderInvalid(PipelineError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems
