"""Where a sampled process's time goes, per function, from py-spy's collapsed stacks.

    .venv/bin/python bench/suite.py --only heartbeat --py-spy /tmp/spy --py-spy-format raw
    .venv/bin/python bench/stacks.py /tmp/spy/heartbeat-1.txt --top 30

A flame graph shows one scenario's shape; this prints its numbers: each function's share of all samples,
inclusive (the function and what it called: where to look) and exclusive (its own lines: what to change).
``--under NAME`` keeps only the stacks that pass through a function whose name contains NAME.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

# "function (module/path.py:123)": the line number is dropped, so a function's lines count as one.
FRAME = re.compile(r"^(?P<function>.*?) \((?P<file>[^()]*?)(?::\d+)?\)$")


def frame_name(frame: str) -> str:
    match = FRAME.match(frame)
    if match is None:
        return frame
    file = match["file"].split("site-packages/")[-1].split("/src/")[-1]
    return f"{match['function']} ({file})"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("stacks", type=Path, nargs="+", help="py-spy --format raw output files")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--under", help="only the stacks through a function whose name contains this")
    args = parser.parse_args()

    inclusive: Counter[str] = Counter()
    exclusive: Counter[str] = Counter()
    total = 0
    for path in args.stacks:
        for line in path.read_text().splitlines():
            stack, _, count = line.rpartition(" ")
            if not stack or not count.isdigit():
                continue
            frames = [frame_name(frame) for frame in stack.split(";")]
            if args.under and not any(args.under in frame for frame in frames):
                continue
            samples = int(count)
            total += samples
            exclusive[frames[-1]] += samples
            for frame in set(frames):
                inclusive[frame] += samples
    if not total:
        raise SystemExit("no samples")
    print(f"{total:,} samples" + (f" through {args.under!r}" if args.under else ""))
    for title, counts in (("inclusive", inclusive), ("exclusive", exclusive)):
        print(f"\n{title}:")
        for frame, samples in counts.most_common(args.top):
            print(f"  {samples / total:6.1%}  {frame}")


if __name__ == "__main__":
    main()
