"""What killed workers leave in a host's transcode directory goes with the next transcode there; a running
attempt's workspace, and anything that is not a workspace, stays."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import httpx
from litestar import Litestar

from tests.factories import CatalogFactory
from tests.media.jobs.test_transcode_flow import flow_of, job_for
from vuga.core.clock import utcnow
from vuga.core.db import Database
from vuga.media.models import MediaJobState
from vuga.media.workspaces import DeadWorkspaces, transcodes_dir, workspace_of


def leave(workspace: Path) -> None:
    workspace.mkdir(parents=True)
    (workspace / "source").write_bytes(b"half a film")


async def test_the_sweep_keeps_only_running_attempts(
    app: Litestar,
    client: httpx.AsyncClient,
    database: Database,
    editor: dict[str, str],
    make: CatalogFactory,
) -> None:
    movie = await make.title("Movie")
    await make.session.commit()
    var_dir = app.state.settings.var_dir
    lease = utcnow() + timedelta(minutes=5)
    running = await job_for(
        client, app, database, editor, movie.id, b"x" * 100, state="running", attempts=2, lease_until=lease
    )
    done = await job_for(client, app, database, editor, movie.id, b"x" * 100, state="done", attempts=1)
    live = workspace_of(var_dir, running.asset_key, 2)
    left_behind = [
        workspace_of(var_dir, running.asset_key, 1),  # its earlier attempt, whose worker died
        workspace_of(var_dir, done.asset_key, 1),  # a finished job's
        workspace_of(var_dir, "NoSuchJobNoSuchJobNoSuch", 1),  # a job deleted since
    ]
    for path in [live, *left_behind]:
        leave(path)
    stranger = transcodes_dir(var_dir) / "not-a-workspace"
    stranger.mkdir()

    assert await DeadWorkspaces(database, var_dir).sweep() == 3

    assert live.is_dir()
    assert stranger.is_dir()
    assert not any(path.exists() for path in left_behind)
    assert await DeadWorkspaces(database, var_dir).sweep() == 0


async def test_a_transcode_sweeps_before_it_starts(
    app: Litestar,
    client: httpx.AsyncClient,
    database: Database,
    editor: dict[str, str],
    make: CatalogFactory,
    source_clip: bytes,
) -> None:
    movie = await make.title("Movie")
    await make.session.commit()
    var_dir = app.state.settings.var_dir
    earlier = await job_for(client, app, database, editor, movie.id, b"x" * 100, state="failed", attempts=3)
    leftover = workspace_of(var_dir, earlier.asset_key, 3)
    leave(leftover)
    job = await job_for(client, app, database, editor, movie.id, source_clip)

    assert await flow_of(app).run(job.id, last_attempt=False) is MediaJobState.DONE

    assert not leftover.exists()
    assert not workspace_of(var_dir, job.asset_key, 1).exists()  # its own, removed when it ended
