"""The `vuga` command for operators: --version, check, accounts, create-admin from a pipe, honest help."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
from redis.asyncio import Redis
from typer.testing import CliRunner

from tests.conftest import app_client, in_own_thread
from tests.members import PASSWORD
from vuga import __version__
from vuga.app import create_app
from vuga.cli import app
from vuga.settings import (
    AuthSettings,
    DatabaseSettings,
    JobsSettings,
    MediaSettings,
    RateLimitSettings,
    RedisSettings,
    Settings,
)

runner = CliRunner()


@pytest.fixture
def sqlite_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.upper().startswith("VUGA_") and not name.upper().startswith("VUGA_TEST_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("VUGA_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path}/cli.db")
    monkeypatch.setenv("VUGA_MEDIA_DIR", str(tmp_path / "media"))
    monkeypatch.setenv("VUGA_VAR_DIR", str(tmp_path / "var"))
    return tmp_path


def invoke(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> tuple[int, str]:
    result = in_own_thread(lambda: runner.invoke(app, list(args), input=stdin, env=env))
    return result.exit_code, result.output


def test_version() -> None:
    assert invoke("--version") == (0, f"vuga {__version__}\n")


def test_help_names_every_settings_group() -> None:
    code, output = invoke("--help", env={"COLUMNS": "400"})
    assert code == 0
    for name in Settings.model_fields:  # a group by its name, a top-level setting by its variable
        assert name in output or f"VUGA_{name.upper()}" in output
    assert "VUGA_<GROUP>_<FIELD>" in output


def test_serve_help_keeps_its_defaults() -> None:
    """Square brackets in a help text are rich's markup: "[default: ...]" written in one used to vanish."""
    code, output = invoke("serve", "--help", env={"COLUMNS": "400"})
    assert code == 0
    assert "[default: (VUGA_SERVER_PORT, else 8000)]" in output
    assert "[default: (VUGA_SERVER_HOST, else 127.0.0.1)]" in output


def test_create_admin_reads_one_piped_line(sqlite_env: Path) -> None:
    assert invoke("migrate")[0] == 0
    code, output = invoke("create-admin", "root@example.com", stdin="a long admin passphrase\n")
    assert code == 0, output
    assert "created root@example.com with the admin role" in output
    code, output = invoke("create-admin", "other@example.com", stdin="")
    assert code != 0
    assert "no password on standard input" in output


def test_check_passes_on_a_migrated_database(sqlite_env: Path) -> None:
    assert invoke("migrate")[0] == 0
    code, output = invoke("check")
    assert code == 0, output
    lines = output.splitlines()
    assert lines[0] == "✓ settings read"
    assert lines[1].startswith("✓ database answers: sqlite+aiosqlite:///")
    assert lines[2].startswith("✓ redis not configured")
    assert lines[3].startswith("✓ migrations applied: the database is at ")


def test_check_says_whether_the_web_app_is_built(
    sqlite_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert invoke("migrate")[0] == 0
    build = tmp_path / "viewer-build"
    monkeypatch.setenv("VUGA_WEB_DIR", str(build))
    code, output = invoke("check")
    assert code == 0, output  # a note: the API serves without the web app
    assert f"! web app not built ({build} has no index.html)" in output
    assert "`make web` builds it" in output
    build.mkdir()
    (build / "index.html").write_text("<!doctype html>")
    code, output = invoke("check")
    assert code == 0, output
    assert output.splitlines()[-1] == f"✓ web app built: {build}"


def test_check_fails_on_a_stopped_database(sqlite_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VUGA_DATABASE_URL", "postgresql+asyncpg://vuga:secret@127.0.0.1:1/vuga")
    code, output = invoke("check")
    assert code == 1
    assert "✗ VUGA_DATABASE_URL: cannot reach postgresql+asyncpg://vuga:***@127.0.0.1:1/vuga" in output
    assert "✗ migrations not checked: the database does not answer" in output
    assert "secret" not in output


def test_check_lists_pending_migrations(sqlite_env: Path) -> None:
    assert invoke("migrate", "0007")[0] == 0
    code, output = invoke("check")
    assert code == 1
    pending = "0008, 0009, 0010, 0011, 0012, 0013, 0014, 0015, 0016, 0017, 0018, 0019, 0020, 0021, 0022, 0023"
    assert f"✗ migrations pending: {pending} (database at 0007); run `vuga migrate`" in output


def test_check_fails_on_an_unreachable_redis_and_a_mistyped_setting(
    sqlite_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert invoke("migrate")[0] == 0
    monkeypatch.setenv("VUGA_REDIS_URL", "redis://127.0.0.1:1/0")
    code, output = invoke("check")
    assert code == 1
    assert "✗ VUGA_REDIS_URL: cannot reach redis://127.0.0.1:1/0" in output
    monkeypatch.setenv("VUGA_REDIS_ULR", "redis://127.0.0.1:1/0")
    code, output = invoke("check")
    assert (code, output) == (1, "✗ VUGA_REDIS_ULR is not a setting; did you mean VUGA_REDIS_URL?\n")


def test_accounts_list_find_set_role_disable_enable(sqlite_env: Path) -> None:
    assert invoke("migrate")[0] == 0
    for email in ("ann@studio.example", "bob@home.example"):
        assert invoke("create-admin", email, "--role", "editor", stdin=f"{PASSWORD}\n")[0] == 0

    code, output = invoke("accounts", "list")
    assert code == 0
    rows = [line.split("\t") for line in output.splitlines()]
    assert [(row[1], row[2], row[4]) for row in rows] == [
        ("ann@studio.example", "editor", "active"),
        ("bob@home.example", "editor", "active"),
    ]
    code, output = invoke("accounts", "find", "STUDIO")
    assert [line.split("\t")[1] for line in output.splitlines()] == ["ann@studio.example"]

    assert invoke("accounts", "set-role", "ann@studio.example", "viewer") == (
        0,
        "ann@studio.example is viewer; 0 session(s) ended\n",
    )
    assert invoke("accounts", "disable", "bob@home.example")[0] == 0
    code, output = invoke("accounts", "list")
    assert "\tdisabled " in output.splitlines()[1]
    assert invoke("accounts", "enable", "bob@home.example") == (0, "bob@home.example is enabled\n")

    code, output = invoke("accounts", "set-role", "nobody@example.com", "admin")
    assert (code, output) == (1, "no account with the email nobody@example.com\n")
    assert invoke("accounts", "set-role", "ann@studio.example", "root")[0] == 2  # not a role


async def test_a_demotion_by_the_cli_refuses_the_servers_token_at_once(
    sqlite_env: Path, monkeypatch: pytest.MonkeyPatch, redis_url: str
) -> None:
    """The operator's case: the server and `vuga accounts` share Redis, so the old token is refused on the
    next request, with no wait for a cached session to expire."""
    assert invoke("migrate")[0] == 0
    assert invoke("create-admin", "boss@example.com", stdin=f"{PASSWORD}\n")[0] == 0
    await _forget_sessions(redis_url)
    monkeypatch.setenv("VUGA_REDIS_URL", redis_url)
    settings = Settings(
        database=DatabaseSettings(url=f"sqlite+aiosqlite:///{sqlite_env}/cli.db", pool_size=2),
        redis=RedisSettings(url=redis_url),
        auth=AuthSettings(secret_key="test-signing-key-" + "0123456789abcdef" * 4),
        rate_limit=RateLimitSettings(enabled=False),
        media=MediaSettings(dir=sqlite_env / "media"),
        var_dir=sqlite_env / "var",
        jobs=JobsSettings(scheduler=False),
    )
    async with app_client(create_app(settings)) as client:
        login = await client.post(
            "/api/v1/auth/login", json={"email": "boss@example.com", "password": PASSWORD}
        )
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        admin_page = "/api/v1/admin/titles/999999"
        assert (await client.get(admin_page, headers=headers)).status_code == 404  # allowed; no such title

        code, output = invoke("accounts", "set-role", "boss@example.com", "viewer")
        assert (code, output) == (0, "boss@example.com is viewer; 1 session(s) ended\n")
        refused = await client.get(admin_page, headers=headers)
        assert refused.status_code == 401
        assert isinstance(client, httpx.AsyncClient)
    await _forget_sessions(redis_url)


async def _forget_sessions(redis_url: str) -> None:
    """Test databases number sessions from 1 again; one test's revocations in the shared Redis must not
    end another test's sessions (in production ids are never reused)."""
    redis = Redis.from_url(redis_url)
    async for key in redis.scan_iter("*session:*"):
        await redis.delete(key)
    await redis.aclose()


def test_the_command_loads_no_metrics_at_start() -> None:
    """`vuga serve` sets up prometheus-client's multiprocess mode before anything imports it; a module the
    command imports at start that loaded it would leave several server processes counting apart."""
    import subprocess
    import sys

    code = "import sys, vuga.cli; sys.exit('prometheus_client' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_the_roles_the_command_offers_are_the_models() -> None:
    from vuga.accounts.models import Role
    from vuga.cli.accounts import RoleName

    assert [role.value for role in RoleName] == [role.value for role in Role]


def _banner_settings(tmp_path: Path) -> Settings:
    return Settings(
        database=DatabaseSettings(url=f"sqlite+aiosqlite:///{tmp_path}/cli.db"),
        media=MediaSettings(dir=tmp_path / "media"),
        var_dir=tmp_path / "var",
    )


async def test_the_banner_says_where_everything_is_and_how_to_sign_in(sqlite_env: Path) -> None:
    from vuga.cli.banner import banner_lines

    assert invoke("migrate")[0] == 0
    lines = dict(await banner_lines(_banner_settings(sqlite_env), "0.0.0.0", 8104, 1))
    assert lines["app"] == f"VUGA TV {__version__} on http://127.0.0.1:8104 (listening on every address)"
    assert lines["docs"].startswith("http://127.0.0.1:8104/api/docs")
    assert lines["metrics"].startswith("http://127.0.0.1:8104/metrics")
    assert "`vuga create-admin EMAIL`" in lines["sign in"]
    assert "migrations" not in lines

    assert invoke("create-admin", "ops@example.com", stdin=f"{PASSWORD}\n")[0] == 0
    lines = dict(await banner_lines(_banner_settings(sqlite_env), "::1", 8104, 1))
    assert lines["sign in"].startswith("as ops@example.com: POST http://[::1]:8104/api/v1/auth/login")


async def test_the_banner_warns_of_pending_migrations(sqlite_env: Path) -> None:
    from vuga.cli.banner import banner_lines

    assert invoke("migrate", "0008")[0] == 0
    lines = dict(await banner_lines(_banner_settings(sqlite_env), "127.0.0.1", 8000, 1))
    pending = "0009, 0010, 0011, 0012, 0013, 0014, 0015, 0016, 0017, 0018, 0019, 0020, 0021, 0022, 0023"
    assert lines["migrations"] == f"✗ pending ({pending}): stop and run `vuga migrate`"


def test_outside_a_terminal_the_banner_is_one_json_line(capsys: pytest.CaptureFixture[str]) -> None:
    import json
    import logging

    from vuga.cli.banner import announce

    announce(
        Settings(), [("app", "VUGA TV on http://127.0.0.1:8000"), ("docs", "http://127.0.0.1:8000/api/docs")]
    )
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == "vuga-structured"]:
        root.removeHandler(handler)
    [line] = capsys.readouterr().err.splitlines()
    assert json.loads(line) | {"timestamp": None} == {
        "event": "serving",
        "app": "VUGA TV on http://127.0.0.1:8000",
        "docs": "http://127.0.0.1:8000/api/docs",
        "logger": "vuga.serve",
        "level": "info",
        "timestamp": None,
    }


def test_send_reset_mails_a_link_in_the_embedded_mode(sqlite_env: Path) -> None:
    """Without Redis the job runs in the command itself, and the console backend writes the mail."""
    assert invoke("migrate")[0] == 0
    assert invoke("create-admin", "root@example.com", stdin="a long admin passphrase\n")[0] == 0
    code, output = invoke("accounts", "send-reset", "Root@Example.com")
    assert code == 0, output
    assert "on its way to root@example.com" in output
    [mail] = (sqlite_env / "var" / "mail").glob("*.eml")
    text = mail.read_text()
    assert "root@example.com" in text
    assert "reset-password#token=" in text
    code, output = invoke("accounts", "send-reset", "nobody@example.com")  # the same answer: no enumeration
    assert code == 0
    assert len(list((sqlite_env / "var" / "mail").glob("*.eml"))) == 1
    assert invoke("accounts", "send-reset", "not an email")[0] == 1
