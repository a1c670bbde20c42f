"""The API's documentation page at ``/api/docs``: Swagger UI served by this app, from the ``swagger-ui-py``
package's copy of its files, so the page works without internet and does not change under us.

Nothing on the page comes from another origin: the scripts, the style sheet and the icon are under
``/api/docs/assets/<tag>/``, and the page loads the spec from ``/api/docs/openapi.json``. The page carries no
inline script or ``<style>`` either (Swagger UI starts from ``vuga-docs.js``, which reads the spec's address
from a data attribute), so a Content-Security-Policy of ``script-src 'self'; style-src 'self'`` holds for it.

The tag changes with the Swagger UI package's version and with our own start-up files, which is what lets
the assets be cached as immutable: a new release is a new URL.
"""

from __future__ import annotations

import hashlib
import html
import importlib.metadata
import importlib.util
from pathlib import Path
from typing import Any

from litestar import Request, Router
from litestar.datastructures import CacheControlHeader
from litestar.openapi.plugins import OpenAPIRenderPlugin
from litestar.static_files import create_static_files_router

SWAGGER_UI_DISTRIBUTION = "swagger-ui-py"
OWN_ASSETS_DIR = Path(__file__).parent / "static"
ASSETS_PREFIX = "/api/docs/assets"
YEAR_S = 365 * 24 * 3600


def swagger_ui_dir() -> Path:
    """Swagger UI's files inside the installed package, found without importing it (its ``__init__``
    imports template and YAML machinery that serving files does not need)."""
    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the {SWAGGER_UI_DISTRIBUTION} package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "static"


def assets_tag() -> str:
    digest = hashlib.sha256(importlib.metadata.version(SWAGGER_UI_DISTRIBUTION).encode())
    for own in sorted(OWN_ASSETS_DIR.iterdir()):
        digest.update(own.name.encode())
        digest.update(own.read_bytes())
    return digest.hexdigest()[:12]


def docs_assets_router(tag: str) -> Router:
    """Our start-up files first, then Swagger UI's; a year in any cache, never revalidated. The path is
    relative to the docs' own router (``/api/docs``)."""
    return create_static_files_router(
        path=f"/assets/{tag}",
        directories=[OWN_ASSETS_DIR, swagger_ui_dir()],
        include_in_schema=False,
        cache_control=CacheControlHeader(public=True, max_age=YEAR_S, immutable=True),
    )


class OfflineSwaggerPlugin(OpenAPIRenderPlugin):
    """Swagger UI from this app's own assets, with no inline script or style (see the module's docstring)."""

    def __init__(self, path: str | list[str] = "/") -> None:
        super().__init__(path=path, favicon="", style="")
        self.tag = assets_tag()
        self.assets = f"{ASSETS_PREFIX}/{self.tag}"

    def receive_router(self, router: Router) -> None:
        """The assets are served next to the page, by the docs' router: one plugin brings both."""
        router.register(docs_assets_router(self.tag))

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        title = html.escape(str(openapi_schema["info"]["title"]))
        spec_url = html.escape(self.get_openapi_json_route(request))
        assets = self.assets
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="icon" type="image/png" href="{assets}/favicon-32x32.png">
<link rel="stylesheet" href="{assets}/swagger-ui.css">
<link rel="stylesheet" href="{assets}/vuga-docs.css">
</head>
<body>
<div id="swagger-ui" data-spec-url="{spec_url}"></div>
<script src="{assets}/swagger-ui-bundle.js"></script>
<script src="{assets}/vuga-docs.js"></script>
</body>
</html>
""".encode()
