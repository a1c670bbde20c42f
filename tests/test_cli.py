"""The `vuga` command as an operator uses it: help, migrate, demo data."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import in_own_thread
from vuga.cli import app

runner = CliRunner()


def test_help_lists_the_commands_and_explains_settings() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("serve", "migrate", "demo-data"):
        assert command in result.output
    assert "VUGA_DATABASE_URL" in result.output


@pytest.fixture
def sqlite_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VUGA_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path}/cli.db")
    monkeypatch.setenv("VUGA_MEDIA_DIR", str(tmp_path / "media"))
    return tmp_path


def test_migrate_then_demo_data_loads_a_catalog_once(sqlite_env: Path) -> None:
    def invoke(*args: str) -> tuple[int, str]:
        result = in_own_thread(lambda: runner.invoke(app, list(args)))
        return result.exit_code, result.output

    assert invoke("migrate")[0] == 0
    code, output = invoke("demo-data")
    assert code == 0, output
    assert "demo catalog loaded: 160 titles" in output
    # Each title's posters, in variants of 3 widths, WebP and JPEG (vuga.core.images).
    assert len(list((sqlite_env / "media" / "images").glob("*/*w.jpg"))) >= 320 * 3

    code, output = invoke("demo-data", "--if-empty")
    assert code == 0
    assert "already has titles" in output
    code, output = invoke("demo-data")
    assert code == 1
    assert "not empty" in output


def test_create_admin_creates_then_promotes(sqlite_env: Path) -> None:
    def invoke(*args: str, stdin: str = "") -> tuple[int, str]:
        result = in_own_thread(lambda: runner.invoke(app, list(args), input=stdin))
        return result.exit_code, result.output

    assert invoke("migrate")[0] == 0
    code, output = invoke("create-admin", "root@example.com", stdin="a long admin passphrase\n" * 2)
    assert code == 0, output
    assert "created root@example.com with the admin role" in output
    code, output = invoke("create-admin", "root@example.com", "--role", "editor")
    assert code == 0, output
    assert "updated root@example.com with the editor role" in output
    code, output = invoke("create-admin", "weak@example.com", stdin="short\nshort\n")
    assert code == 1
    assert "password" in output
    assert invoke("create-admin", "x@example.com", "--role", "viewer")[0] != 0


def test_maintenance_runs_and_reports(sqlite_env: Path) -> None:
    assert in_own_thread(lambda: runner.invoke(app, ["migrate"])).exit_code == 0
    result = in_own_thread(lambda: runner.invoke(app, ["maintenance"]))
    assert result.exit_code == 0, result.output
    assert "partitions created: none; dropped: none" in result.output  # SQLite has no partitions


def test_search_reindex_rebuilds_the_index(sqlite_env: Path) -> None:
    import sqlite3

    assert in_own_thread(lambda: runner.invoke(app, ["migrate"])).exit_code == 0
    assert in_own_thread(lambda: runner.invoke(app, ["demo-data"])).exit_code == 0
    database = sqlite3.connect(sqlite_env / "cli.db")
    published = database.execute("SELECT count(*) FROM titles WHERE is_published").fetchone()[0]
    assert published > 0
    database.execute("DELETE FROM search_titles")  # as after a bulk load that bypassed the triggers
    database.commit()
    result = in_own_thread(lambda: runner.invoke(app, ["search", "reindex", "--batch-size", "100"]))
    assert result.exit_code == 0, result.output
    assert "search index rebuilt: 160 titles read" in result.output
    assert database.execute("SELECT count(*) FROM search_titles").fetchone()[0] == published
    assert (
        database.execute("SELECT count(*) FROM search_people").fetchone()[0]
        == database.execute("SELECT count(*) FROM people").fetchone()[0]
    )


@pytest.mark.parametrize(
    ("args", "env"), [(["serve", "--workers", "2"], {}), (["serve"], {"VUGA_SERVER_WORKERS": "3"})]
)
def test_several_server_processes_without_redis_are_refused(
    sqlite_env: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], env: dict[str, str]
) -> None:
    """Without Redis each process would cache, count and revoke on its own: not served at all."""
    monkeypatch.delenv("VUGA_REDIS_URL", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = in_own_thread(lambda: runner.invoke(app, args))
    assert result.exit_code == 2
    assert "VUGA_REDIS_URL" in result.output
