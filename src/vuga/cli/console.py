"""What every command shares: the console it prints to (standard error: standard output stays for data,
such as ``vuga accounts list``), and the settings, read strictly (``vuga.environment``)."""

from __future__ import annotations

import asyncio

import typer
from rich.console import Console

from vuga.environment import SettingsProblem, database_problem, load_settings
from vuga.settings import Settings

console = Console(stderr=True)


def say_problem(line: str) -> None:
    """One line, as it is: never wrapped (it is greppable in a log) nor read as markup."""
    console.print(line, style="red", markup=False, highlight=False, soft_wrap=True)


def current_settings(*, database: bool = True) -> Settings:
    """This process's settings, or exit 2 with one line per problem (a mistyped name, a bad value); with
    ``database``, also exit 1 in one line when the database does not answer, before the command starts."""
    try:
        settings = load_settings()
    except SettingsProblem as problem:
        for line in problem.lines:
            say_problem(line)
        raise typer.Exit(2) from None
    # The embedded mode's own directory (the default database's, among others): a clean checkout has none yet.
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    if database:
        require_database(settings)
    return settings


def require_database(settings: Settings) -> None:
    """Exit 1 in one line when the database does not answer."""
    if problem_line := asyncio.run(database_problem(settings.database.url)):
        say_problem(problem_line)
        raise typer.Exit(1)
