"""What the server's start and stop do beyond opening and closing its connections."""

from __future__ import annotations

import gc

from litestar import Litestar

from tests.conftest import app_client


async def test_what_startup_built_is_left_out_of_full_collections_until_shutdown(app: Litestar) -> None:
    gc.unfreeze()
    async with app_client(app) as client:
        assert (await client.get("/healthz")).status_code == 200
        frozen = gc.get_freeze_count()
        assert frozen > 10_000  # the app itself: routes, models, metadata
    assert gc.get_freeze_count() == 0
