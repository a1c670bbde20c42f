"""No generated input reaches a 500: every operation of /api/openapi.json, fuzzed with inputs that fit its
schema and inputs that do not (schemathesis: its examples, coverage and fuzzing phases, positive and negative
modes), on SQLite and on PostgreSQL, with a viewer's and an admin's token so the authenticated routes are
exercised past the 401.

And every status answered is one the document lists for that operation (schemathesis's status code
conformance), so the documented problems (``vuga.core.openapi``) are checked against what really happens.

The run is derandomised and bounded so that CI repeats it in about two minutes on two cores:
``VUGA_TEST_FUZZ_EXAMPLES`` examples an operation in the fuzzing phase (40 by default, 300 in ``make fuzz``),
after the coverage phase's boundary and invalid values.

Not here: schemathesis's stateful mode (sequences of calls over the links it infers from the schema). It
runs, but its sequences draw from earlier responses of one app whose data they change, so Hypothesis finds
the same choices leading elsewhere and fails the run as a flaky strategy; it needs a reset of the app's
data and caches between sequences first.

A failure names the operation, the request as a curl command and the response.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from litestar import Litestar
from schemathesis import Case, GenerationMode
from schemathesis.python.asgi import shutdown_lifespans
from schemathesis.specs.openapi.checks import status_code_conformance
from sqlalchemy import text
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from tests.conftest import TABLES, in_own_thread, settings_for
from tests.factories import CatalogFactory
from tests.members import PASSWORD
from vuga.app import create_app

EXAMPLES = int(os.environ.get("VUGA_TEST_FUZZ_EXAMPLES", "40"))
# Operations after which the viewer's token, or its only profile, may be gone: a new viewer takes over.
ENDS_THE_VIEWER = {
    ("POST", "/api/v1/auth/logout"),
    ("POST", "/api/v1/auth/logout-all"),
    ("POST", "/api/v1/auth/password"),
    ("DELETE", "/api/v1/me"),
    ("DELETE", "/api/v1/profiles/{profile_id}"),
}


async def _truncate(url: str) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE"))
    await engine.dispose()


async def _seed(url: str, admin_email: str) -> None:
    """A little catalog for the generated ids to find (small ids are drawn often), and the admin's role."""
    engine = create_async_engine(url)
    async with async_sessionmaker(engine, expire_on_commit=False)() as session:
        make = CatalogFactory(session)
        genre = await make.genre("drama", "Drama")
        movie = await make.full_movie([genre])
        series = await make.title("A Series", kind="series", genres=[genre])
        season = await make.season(series)
        await make.episode(season, 1)
        await make.title("Unpublished", published=False)
        await make.credit(movie, await make.person())
        await session.execute(text("UPDATE accounts SET role = 'admin' WHERE email = :e"), {"e": admin_email})
        await session.commit()
    await engine.dispose()


@dataclass
class Callers:
    """The tokens the generated requests carry, renewed when an operation ends the viewer's session."""

    app: Litestar
    viewer: dict[str, str] = field(default_factory=dict)
    viewer_profile: int = 0
    admin: dict[str, str] = field(default_factory=dict)
    accounts: int = 0

    def call(self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None) -> Any:
        operation = schema[path][method]
        if body is None:
            return operation.Case(headers=headers or {}).call(app=self.app)
        case = operation.Case(body=body, media_type="application/json", headers=headers or {})
        return case.call(app=self.app)

    def new_account(self) -> tuple[str, dict[str, str]]:
        self.accounts += 1
        email = f"fuzz{self.accounts}@example.com"
        response = self.call("POST", "/api/v1/auth/register", {"email": email, "password": PASSWORD})
        assert response.status_code == 201, response.text
        return email, {"Authorization": f"Bearer {response.json()['access_token']}"}

    def new_viewer(self) -> None:
        _, self.viewer = self.new_account()
        profiles = self.call("GET", "/api/v1/profiles", headers=self.viewer).json()
        self.viewer_profile = profiles["items"][0]["id"]

    def login(self, email: str) -> dict[str, str]:
        response = self.call("POST", "/api/v1/auth/login", {"email": email, "password": PASSWORD})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    def prepare(self, case: Case) -> dict[str, str]:
        """The token for ``case``'s operation; a valid case names the viewer's own profile, so it gets past
        the ownership check to the rules behind it."""
        path = case.operation.path
        valid = case.meta is not None and case.meta.generation.mode == GenerationMode.POSITIVE
        if valid and "profile_id" in (case.path_parameters or {}):
            case.path_parameters["profile_id"] = self.viewer_profile
        return self.admin if path.startswith("/api/v1/admin/") else self.viewer

    def after(self, case: Case, status: int) -> None:
        if (case.method.upper(), case.operation.path) in ENDS_THE_VIEWER and status < 300:
            self.new_viewer()


def _document() -> dict[str, Any]:
    """The OpenAPI document, from an app that is built but not started (building one connects to nothing)."""
    with tempfile.TemporaryDirectory() as scratch:
        return create_app(settings_for("sqlite+aiosqlite://", Path(scratch))).openapi_schema.to_schema()


schema = schemathesis.openapi.from_dict(_document())
schema.config.generation.update(
    max_examples=EXAMPLES,
    deterministic=True,  # derandomised: CI draws the same inputs on every run
    database="none",
    # The token is ours (Callers.prepare); generated Authorization values would only ever reach the 401.
    with_security_parameters=False,
)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def fuzzed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callers]:
    """One app per engine for every operation's test, started once (in schemathesis's event loop), with a
    viewer, an admin and a little catalog."""
    tmp_path = tmp_path_factory.mktemp(f"fuzz-{request.param}")
    if request.param == "sqlite":
        path = tmp_path / "vuga.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        url = f"sqlite+aiosqlite:///{path}"
    else:
        url = request.getfixturevalue("postgres_url")
        in_own_thread(lambda: asyncio.run(_truncate(url)))
    callers = Callers(create_app(settings_for(url, tmp_path)))
    admin_email, _ = callers.new_account()
    in_own_thread(lambda: asyncio.run(_seed(url, admin_email)))
    callers.admin = callers.login(admin_email)  # a fresh session: the role is read when a session starts
    callers.new_viewer()
    yield callers
    shutdown_lifespans()  # the app's lifespan ran in schemathesis's event loop: it ends there


@schema.parametrize()
@settings(suppress_health_check=list(HealthCheck))
def test_no_generated_input_reaches_a_500(case: Case, fuzzed: Callers) -> None:
    headers = fuzzed.prepare(case)
    response = case.call(headers=headers, app=fuzzed.app)
    assert response.status_code < 500, (
        f"{response.status_code} for {case.as_curl_command(headers=headers)}\n{response.text[:2000]}"
    )
    # Every status answered is one the document lists for the operation (vuga.core.openapi derives them).
    case.validate_response(response, checks=[status_code_conformance], headers=headers)
    fuzzed.after(case, response.status_code)
