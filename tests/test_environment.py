"""Settings that cannot be mistyped: unknown VUGA_* names refused with the nearest real one, bad values and
an unreachable database one line each naming the variable, media URLs that follow the served host."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from httpx import AsyncClient
from typer.testing import CliRunner

from tests.conftest import app_client, in_own_thread
from tests.factories import CatalogFactory
from vuga.app import create_app
from vuga.cli import app as cli
from vuga.environment import SettingsProblem, known_names, load_settings, unknown_names, variable_name
from vuga.settings import MediaSettings, Settings

runner = CliRunner()


@pytest.fixture
def clean_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No VUGA_* variable but the test suite's own, and a working directory without a .env file."""
    for name in list(os.environ):
        if name.upper().startswith("VUGA_") and not name.upper().startswith("VUGA_TEST_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _problems() -> list[str]:
    with pytest.raises(SettingsProblem) as raised:
        load_settings()
    return raised.value.lines


def test_a_mistyped_name_is_refused_with_the_nearest_real_one(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VUGA_PORT", "9000")
    monkeypatch.setenv("VUGA_DATABSE_URL", "sqlite+aiosqlite:///x.db")
    assert _problems() == [
        "VUGA_DATABSE_URL is not a setting; did you mean VUGA_DATABASE_URL?",
        "VUGA_PORT is not a setting; did you mean VUGA_SERVER_PORT?",
    ]


def test_a_name_far_from_any_setting_points_at_the_list(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VUGA_ZZZZZZZZ", "1")
    assert _problems() == ["VUGA_ZZZZZZZZ is not a setting; `vuga --help` lists the settings"]


def test_the_test_suites_names_and_every_real_setting_pass(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VUGA_TEST_ANYTHING", "1")
    monkeypatch.setenv(
        "vuga_rate_limit_per_minute", "7"
    )  # names are case-insensitive, as pydantic reads them
    monkeypatch.setenv("VUGA_VAR_DIR", str(clean_environment / "var"))
    settings = load_settings()
    assert settings.rate_limit.per_minute == 7
    assert settings.var_dir == clean_environment / "var"


def test_known_names_are_the_ones_pydantic_settings_reads(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every derived name of a numeric field, set to a distinct value, reaches that field."""
    expected = {}
    for group_name, group in Settings.model_fields.items():
        annotation = group.annotation
        if not (isinstance(annotation, type) and hasattr(annotation, "model_fields")):
            continue
        for field_name, field in annotation.model_fields.items():
            if field.annotation is int and isinstance(field.default, int):
                name = f"VUGA_{group_name}_{field_name}".upper()
                assert name in known_names()
                monkeypatch.setenv(name, str(field.default))  # the default is always a valid value
                expected[(group_name, field_name)] = field.default
    assert len(expected) > 30
    settings = load_settings()
    for (group_name, field_name), value in expected.items():
        assert getattr(getattr(settings, group_name), field_name) == value


def test_an_unknown_name_in_the_env_file_is_refused_too(clean_environment: Path) -> None:
    (clean_environment / ".env").write_text("VUGA_SERVER_PROT=9000\n")
    assert _problems() == ["VUGA_SERVER_PROT is not a setting; did you mean VUGA_SERVER_PORT?"]


def test_bad_values_are_one_line_each_naming_the_variable(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VUGA_SERVER_PORT", "99999")
    monkeypatch.setenv("VUGA_DATABASE_URL", "mysql://root:hunter2@db/vuga")
    monkeypatch.setenv("VUGA_REDIS_URL", "localhost:6379")
    lines = _problems()
    assert lines == [
        "VUGA_DATABASE_URL: Value error, use postgresql+asyncpg://... or sqlite+aiosqlite://...",
        "VUGA_REDIS_URL: Value error, use redis://host:6379/0, rediss://... (TLS) or unix://...",
        "VUGA_SERVER_PORT: Input should be less than or equal to 65535 (got '99999')",
    ]
    assert not any("hunter2" in line for line in lines)  # a URL's password is never echoed


def test_a_list_items_error_names_the_lists_variable() -> None:
    assert variable_name(("home", "rails", 0)) == "VUGA_HOME_RAILS"
    assert variable_name(("debug",)) == "VUGA_DEBUG"


def test_unknown_names_ignores_what_is_not_ours() -> None:
    assert unknown_names(["PATH", "VUGAX", "VUGA_TEST_DATABASE_URL", "VUGA_SERVER_PORT"]) == []


def _cli(*args: str) -> tuple[int, str]:
    result = in_own_thread(lambda: runner.invoke(cli, list(args)))
    return result.exit_code, result.output


def test_the_cli_refuses_a_mistyped_name_in_one_line(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VUGA_PORT", "9000")
    code, output = _cli("migrate")
    assert code == 2
    assert output.strip() == "VUGA_PORT is not a setting; did you mean VUGA_SERVER_PORT?"


def test_an_unreachable_database_is_one_line_not_a_traceback(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Port 1 on loopback refuses connections at once: a stopped database.
    monkeypatch.setenv("VUGA_DATABASE_URL", "postgresql+asyncpg://vuga:secret@127.0.0.1:1/vuga")
    for command in (["migrate"], ["demo-data"], ["serve"]):
        code, output = _cli(*command)
        assert code == 1, output
        assert output.count("\n") == 1, output
        assert output.startswith(
            "VUGA_DATABASE_URL: cannot reach postgresql+asyncpg://vuga:***@127.0.0.1:1/vuga"
        )
        assert "secret" not in output


def test_a_missing_sqlite_directory_is_one_line(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VUGA_DATABASE_URL", f"sqlite+aiosqlite:///{clean_environment}/nowhere/vuga.db")
    code, output = _cli("migrate")
    assert code == 1
    assert output.strip() == f"VUGA_DATABASE_URL: the directory {clean_environment}/nowhere does not exist"


def test_a_clean_checkout_migrates_into_a_new_var_directory(clean_environment: Path) -> None:
    assert not (clean_environment / "var").exists()
    code, output = _cli("migrate")
    assert code == 0, output
    assert (clean_environment / "var" / "vuga.db").is_file()


def test_media_urls_follow_the_served_host_by_default(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert load_settings().media.base_url == "/media"
    monkeypatch.setenv("VUGA_MEDIA_BASE_URL", "https://cdn.example.com/media")
    assert load_settings().media.base_url == "https://cdn.example.com/media"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_default_artwork_urls_open_on_the_host_that_served_them(
    settings: Settings, make: CatalogFactory
) -> None:
    settings = settings.model_copy(update={"media": MediaSettings(dir=settings.media.dir)})
    (settings.media.dir / "artwork").mkdir(parents=True)
    (settings.media.dir / "artwork" / "m.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    title = await make.title(poster_url="/artwork/m.jpg")
    await make.session.commit()
    async with app_client(create_app(settings)) as client:
        assert isinstance(client, AsyncClient)
        poster = (await client.get(f"/api/v1/titles/{title.id}")).json()["artwork"]["poster"]
        assert poster == "/media/artwork/m.jpg"
        assert (await client.get(poster)).status_code == 200
