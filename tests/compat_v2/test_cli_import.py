"""``vuga import-vuga`` as an operator runs it: arguments, the printed report, the JSON report, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.compat_v2.conftest import Source
from tests.conftest import in_own_thread
from vuga.cli import app

runner = CliRunner()


@pytest.fixture
def sqlite_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VUGA_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path}/cli.db")
    monkeypatch.setenv("VUGA_MEDIA_DIR", str(tmp_path / "media"))
    return tmp_path


def invoke(*args: str) -> tuple[int, str]:
    result = in_own_thread(lambda: runner.invoke(app, list(args)))
    return result.exit_code, result.output


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["postgres://x@host/db"], "mysql://user:password@host"),
        (["mysql://root@127.0.0.1"], "mysql://user:password@host"),
        (["mysql://root@127.0.0.1:notaport/db"], "port"),
        (["mysql://root@127.0.0.1/db", "--media-prefix", "no-equals-sign"], "OLD=NEW"),
    ],
)
def test_bad_arguments_exit_2_with_the_reason(sqlite_env: Path, arguments: list[str], message: str) -> None:
    code, output = invoke("import-vuga", *arguments)
    assert code == 2
    assert message in output


def test_an_unreachable_source_is_one_line_and_exit_1(sqlite_env: Path) -> None:
    assert invoke("migrate")[0] == 0
    code, output = invoke("import-vuga", "mysql://root@127.0.0.1:1/vuga")
    assert code == 1
    assert "cannot read the VUGA database root@127.0.0.1:1/vuga" in output


def test_an_import_prints_its_report_writes_it_as_json_and_rewrites_media_urls(
    sqlite_env: Path, vuga_source: Source
) -> None:
    assert invoke("migrate")[0] == 0
    address = vuga_source.address
    url = f"mysql://{address.user}:{address.password}@{address.host}:{address.port}/{address.database}"
    report_file = sqlite_env / "report.json"
    prefix = ["--media-prefix", "/storage/=https://media.example.org/vuga/"]
    code, output = invoke("import-vuga", url, *prefix, "--report-json", str(report_file))
    assert code == 0, output
    assert "Not imported" in output
    assert "every row read was written or skipped" in output
    report = json.loads(report_file.read_text())
    assert report["unaccounted"] == 0
    content = next(table for table in report["tables"] if table["source"] == "content")
    assert content["read"] == content["written"] + sum(content["skipped"].values())

    import sqlite3

    with sqlite3.connect(sqlite_env / "cli.db") as connection:
        posters = {row[0] for row in connection.execute("SELECT poster_url FROM titles")}
        wide = {row[0] for row in connection.execute("SELECT poster_wide_url FROM titles")}
    assert all(p is None or p.startswith("https://media.example.org/vuga/posters/") for p in posters)
    assert any(w and w.startswith("https://cdn.vuga.test/wide/") for w in wide)  # no prefix matched: kept

    code, output = invoke("import-vuga", url, *prefix)  # again: nothing changes
    assert code == 0
    assert "(0 rows of ours inserted or updated)" in " ".join(output.split())
    code, output = invoke("import-vuga", url)  # without the prefix map the URLs go back as VUGA had them
    assert code == 0
    assert "(0 rows of ours inserted or updated)" not in " ".join(output.split())
