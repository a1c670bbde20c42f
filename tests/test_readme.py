"""The README's quick start, run as a newcomer would paste it: every shell block of the section, in order,
in one shell, against `vuga serve` on the demo catalog (only the address differs, and `curl` fails on an
HTTP error instead of printing it)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_observability_processes import serve

ROOT = Path(__file__).resolve().parent.parent
README_ADDRESS = "http://127.0.0.1:8000"


def quick_start_blocks() -> list[str]:
    section = ROOT.joinpath("README.md").read_text().split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)
    return [block for block in blocks if block.strip() != "make run"]  # the server is this test's


@pytest.fixture
def demo_server(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("VUGA_")} | {
        "VUGA_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/readme.db",
        "VUGA_MEDIA_DIR": str(tmp_path / "media"),
        "VUGA_VAR_DIR": str(tmp_path / "var"),
    }
    vuga = [sys.executable, "-m", "vuga"]
    for command in (["migrate"], ["demo-data"]):
        subprocess.run([*vuga, *command], env=env, check=True, capture_output=True, timeout=120)
    process, url = serve(env)
    try:
        yield url, env
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_the_quick_start_runs_as_pasted(demo_server: tuple[str, dict[str, str]]) -> None:
    url, env = demo_server
    blocks = quick_start_blocks()
    assert len(blocks) >= 5, "the quick start's examples were found"
    script = "\n".join(
        [
            "set -euo pipefail",
            # Every response on its own line, and an HTTP error fails the run with its body shown.
            'curl() { command curl --silent --show-error --fail-with-body "$@"; echo; }',
            *(block.replace(README_ADDRESS, url) for block in blocks),
        ]
    )
    run = subprocess.run(
        ["bash", "-c", script], check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, f"{run.stdout}\n{run.stderr}"
    answers = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    listed = [item for answer in answers for item in answer.get("items", [])]
    found = {item.get("name") or item.get("title") for item in listed if "position_s" not in item}
    assert "Golden Protocol" in found  # the search and type-ahead examples find something
    watching = [item for item in listed if "position_s" in item]
    assert [(item["title"]["id"], item["position_s"]) for item in watching] == [(94, 600)]
    assert any(answer.get("title") == "My Film" for answer in answers)  # the admin's title
