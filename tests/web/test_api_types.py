"""The front ends' API types are generated from the server's OpenAPI document: when a route or a schema
changes and the types were not generated again, this fails (as `make typecheck` does), so the server and the
app cannot drift apart."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.web.conftest import ROOT, _missing

GENERATOR = ROOT / "web" / "packages" / "api" / "scripts" / "generate.mjs"
GENERATED = ROOT / "web" / "packages" / "api" / "src" / "schema.gen.ts"


def _node_env() -> dict[str, str]:
    venv_bin = ROOT / ".venv" / "bin"
    return os.environ | {"PATH": f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '')}"}


def _check(*args: str) -> subprocess.CompletedProcess[str]:
    if not (ROOT / "web" / "node_modules" / "openapi-typescript").is_dir():
        _missing("the front ends' packages are not installed: run `make web`")
    return subprocess.run(
        ["node", str(GENERATOR), *args],
        cwd=ROOT / "web",
        env=_node_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_generated_types_match_the_servers_document() -> None:
    result = _check("--check")
    assert result.returncode == 0, result.stderr
    assert "match" in result.stdout


def test_a_stale_type_file_is_caught(tmp_path: Path) -> None:
    stale = tmp_path / "schema.gen.ts"
    stale.write_text(GENERATED.read_text().replace("release_year: number;", "release_year: string;", 1))
    result = _check("--check", "--types", str(stale))
    assert result.returncode == 1
    assert "disagrees with the server's OpenAPI document" in result.stderr
