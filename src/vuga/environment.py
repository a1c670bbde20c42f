"""Settings read from the environment strictly: a mistyped name is refused, a bad value is one line.

pydantic-settings ignores ``VUGA_*`` variables that match no field, so ``VUGA_PORT=9000`` used to start a
server on port 8000 without a word. Here every ``VUGA_*`` name in the environment (and in ``.env``) must be
one the ``Settings`` model declares — ``VUGA_<FIELD>`` at the top, ``VUGA_<GROUP>_<FIELD>`` in a group, the
same rule pydantic-settings reads them by (``env_nested_delimiter="_"``, split once) — or start with
``VUGA_TEST_`` (the test suite's own). The nearest real name is suggested (difflib).

A bad value becomes ``VUGA_SERVER_PORT: Input should be less than or equal to 65535 (got '99999')``, one
line per problem, from pydantic's structured errors (``loc`` names the field), never a traceback. Values of
secrets and URLs (which may carry a password) are not echoed.

:func:`database_problem` and :func:`redis_problem` say in one line, naming the variable, why what the
settings point at does not answer: ``vuga check`` lists them, the other commands stop on them before they
start, rather than with a driver's traceback halfway through.
"""

from __future__ import annotations

import asyncio
import difflib
import os
import re
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

from dotenv import dotenv_values
from pydantic import BaseModel, SecretStr, ValidationError
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import create_async_engine

from vuga.settings import Settings

PREFIX = "VUGA_"
TEST_PREFIX = "VUGA_TEST_"


class SettingsProblem(Exception):
    """The settings cannot be used; ``lines`` says why, one problem a line, each naming its variable."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def _group_model(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def known_names(model: type[BaseModel] = Settings) -> set[str]:
    """Every variable name the settings model reads, derived from its fields (a group may also be given
    whole, as JSON, under its own name)."""
    names: set[str] = set()
    for field_name, field in model.model_fields.items():
        names.add(f"{PREFIX}{field_name}".upper())
        group = _group_model(field.annotation)
        if group is not None:
            names.update(f"{PREFIX}{field_name}_{sub}".upper() for sub in group.model_fields)
    return names


def unknown_names(names: Iterable[str], known: set[str] | None = None) -> list[str]:
    """One line per ``VUGA_*`` name that no setting reads, with the nearest real name when one is close."""
    known = known if known is not None else known_names()
    lines = []
    for name in sorted({n.upper() for n in names}):
        if not name.startswith(PREFIX) or name.startswith(TEST_PREFIX) or name in known:
            continue
        nearest = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = f"; did you mean {nearest[0]}?" if nearest else "; `vuga --help` lists the settings"
        lines.append(f"{name} is not a setting{hint}")
    return lines


def variable_name(location: tuple[int | str, ...]) -> str:
    """The variable a pydantic error location stands for: ("server", "port") is VUGA_SERVER_PORT."""
    fields = [str(part) for part in location[:2] if isinstance(part, str)]
    return f"{PREFIX}{'_'.join(fields)}".upper()


def _hides_its_value(location: tuple[int | str, ...]) -> bool:
    top = Settings.model_fields.get(str(location[0])) if location else None
    if top is None:
        return True
    group = _group_model(top.annotation)
    field = group.model_fields.get(str(location[1])) if group and len(location) > 1 else top
    if field is None:
        return True
    name = str(location[min(1, len(location) - 1)])
    return field.annotation in (SecretStr, SecretStr | None) or "secret" in name or name.endswith("url")


def describe(error: ValidationError) -> list[str]:
    lines = []
    for problem in error.errors(include_url=False):
        location = tuple(problem["loc"])
        line = f"{variable_name(location)}: {problem['msg']}"
        if not _hides_its_value(location) and isinstance(problem.get("input"), str | int | float):
            line += f" (got {problem['input']!r})"
        lines.append(line)
    return lines


def load_settings() -> Settings:
    """The settings of this process, or :class:`SettingsProblem` saying every problem at once."""
    env_file = Path(str(Settings.model_config.get("env_file") or ".env"))
    from_file = dotenv_values(env_file) if env_file.is_file() else {}
    lines = unknown_names([*os.environ, *from_file])
    try:
        settings = Settings()
    except ValidationError as exc:
        lines += describe(exc)
    if lines:
        raise SettingsProblem(lines)
    return settings


REACH_TIMEOUT_S = 5.0
_DRIVER_PREFIX = re.compile(r"^\([\w.]+\)\s*")


def _first_line(exc: BaseException) -> str:
    cause = getattr(exc, "orig", None) or exc
    text = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
    return _DRIVER_PREFIX.sub("", text.split(": ", 1)[-1] if text.startswith("<class") else text)


async def database_problem(url: str, variable: str = "VUGA_DATABASE_URL") -> str | None:
    """None when the database answers ``SELECT 1``, else one line naming the variable and why not (the URL
    shown without its password)."""
    parsed = make_url(url)
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_problem(Path(parsed.database or ""), variable)
    engine = create_async_engine(url)
    try:
        async with asyncio.timeout(REACH_TIMEOUT_S), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except TimeoutError:
        return f"{variable}: no answer from {shown} within {REACH_TIMEOUT_S:g} s"
    except (OSError, SQLAlchemyError) as exc:
        return f"{variable}: cannot reach {shown}: {_first_line(exc)}"
    finally:
        await engine.dispose()
    return None


def _sqlite_problem(path: Path, variable: str) -> str | None:
    """Checked with the standard library: aiosqlite's thread outlives a failed connect and complains on exit.
    A missing file is fine (``vuga migrate`` creates it); a missing or read-only directory is not."""
    if path.is_file():
        try:
            with closing(sqlite3.connect(f"file:{path}?mode=rw", uri=True)) as connection:
                connection.execute("SELECT 1")
        except sqlite3.Error as exc:
            return f"{variable}: cannot open {path}: {exc}"
        return None
    directory = path.parent
    if not directory.is_dir():
        return f"{variable}: the directory {directory} does not exist"
    if not os.access(directory, os.W_OK):
        return f"{variable}: the directory {directory} is not writable"
    return None


async def redis_problem(url: str, variable: str = "VUGA_REDIS_URL") -> str | None:
    from redis.asyncio import Redis
    from redis.exceptions import RedisError

    client = Redis.from_url(url, socket_timeout=REACH_TIMEOUT_S, socket_connect_timeout=REACH_TIMEOUT_S)
    shown = make_url(url).render_as_string(hide_password=True)
    try:
        await client.ping()
    except (OSError, RedisError) as exc:
        return f"{variable}: cannot reach {shown}: {_first_line(exc)}"
    finally:
        await client.aclose()
    return None
