"""The front ends' builds (written by ``make web``): the viewer app (``web/apps/viewer``) at ``/`` and the
admin UI (``web/apps/admin``) at ``/admin/``, each the same way:

- ``/assets/*``: Vite's hashed files. A file's name changes whenever its content does, so browsers and CDNs
  may keep it for a year without asking again (``immutable``).
- the files at the build's top level (icons, the web manifest): an hour, revalidated after; but the service
  worker (``sw.js``, the viewer's offline shell) is revalidated on every check, so that a new build's worker
  is found at the next navigation rather than an hour later. Served from the top level, its scope is ``/``.
- every other path outside the API, media and operations prefixes is one of the app's own routes (its
  router decides what it shows, "not found" included): ``index.html``, never cached, so that a new build
  reaches viewers on their next load. A path with a file extension that is not a file is a 404, not the page.

The admin UI's hashed files are under ``/admin/assets/`` (its build's base is ``/admin/``) and it has no
service worker: editors work online. Without a build, an app's pages answer 503 with a page that says how
to make one; the API works as before. ``vuga check`` says the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Annotated, Any

from litestar import MediaType, Request, Response, Router, get
from litestar.datastructures import CacheControlHeader
from litestar.params import PathParameter
from litestar.static_files import create_static_files_router

from vuga.core.errors import NotFound
from vuga.core.headers import NOT_WEB_PREFIXES
from vuga.core.ratelimit import Cost, rate_cost
from vuga.settings import WebSettings

# Static pages cost the server next to nothing: they are not charged against the caller's API budget.
FREE = Cost(read=0, write=0)
IMMUTABLE = CacheControlHeader(public=True, max_age=365 * 24 * 3600, immutable=True)
NEVER_CACHED = "no-store"
TOP_LEVEL_CACHE = "public, max-age=3600, must-revalidate"
SERVICE_WORKER = "sw.js"
SERVICE_WORKER_CACHE = "no-cache"

NOT_BUILT_PAGE = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>VUGA TV: the {app} is not built</title></head>
<body>
<h1>The VUGA TV {app} is not built</h1>
<p>This server runs, and its API answers under <a href="/api/docs">/api/docs</a>, but it has no build of the
{app} to serve at <code>{mount}</code> (none in <code>{directory}</code>).</p>
<p>Build it with <code>make web</code> (or run <code>make run</code>, which builds it first), then reload
this page. The build needs only what <code>make install</code> brings: Node.js comes from PyPI.</p>
</body>
</html>
"""


def web_built(settings: WebSettings) -> bool:
    return (settings.dir / "index.html").is_file()


@dataclass(slots=True)
class IndexPage:
    """``index.html``, read again only when the build changes (its modification time)."""

    path: Path
    _read: tuple[float, bytes] | None = None

    def body(self) -> bytes | None:
        try:
            mtime = self.path.stat().st_mtime
        except FileNotFoundError:
            return None
        if self._read is None or self._read[0] != mtime:
            self._read = (mtime, self.path.read_bytes())
        return self._read[1]


def web_router(settings: WebSettings) -> Router:
    """The routes serving the viewer app's build from ``settings.dir`` (read at request time, so a build made
    while the server runs is served at once)."""
    return _app_router("/", settings.dir, "viewer app", service_worker=SERVICE_WORKER)


def admin_web_router(settings: WebSettings) -> Router:
    """The routes serving the admin UI's build from ``settings.admin_dir`` at ``/admin/``."""
    return _app_router("/admin", settings.admin_dir, "admin UI", service_worker=None)


def _app_router(mount: str, directory: Path, app: str, service_worker: str | None) -> Router:
    index = IndexPage(directory / "index.html")
    prefix = mount.rstrip("/")

    def page() -> Response[bytes]:
        body = index.body()
        if body is None:
            return Response(
                NOT_BUILT_PAGE.format(app=app, mount=f"{prefix}/", directory=directory).encode(),
                status_code=503,
                media_type=MediaType.HTML,
                headers={"Cache-Control": NEVER_CACHED, "Retry-After": "60"},
            )
        return Response(body, media_type=MediaType.HTML, headers={"Cache-Control": NEVER_CACHED})

    @get("/", include_in_schema=False, sync_to_thread=False, opt=rate_cost(FREE), name=f"{app} root")
    def app_root() -> Response[bytes]:
        return page()

    @get(
        "/{path:path}", include_in_schema=False, sync_to_thread=False, opt=rate_cost(FREE), name=f"{app} page"
    )
    def app_route(request: Request[Any, Any, Any], path: Annotated[str, PathParameter()]) -> Response[bytes]:
        if request.url.path.startswith(NOT_WEB_PREFIXES):
            raise NotFound(f"no such path: {request.url.path}")
        relative = PurePosixPath(path.lstrip("/"))
        if len(relative.parts) == 1 and relative.name not in ("index.html", "") and "." in relative.name:
            top_level = directory / relative.name
            if top_level.is_file():
                return Response(
                    top_level.read_bytes(),
                    media_type=_media_type(relative.suffix),
                    headers={
                        "Cache-Control": SERVICE_WORKER_CACHE
                        if relative.name == service_worker
                        else TOP_LEVEL_CACHE
                    },
                )
        if relative.suffix:
            raise NotFound(f"no such file: {request.url.path}")
        return page()

    assets = create_static_files_router(
        path="/assets",
        directories=[directory / "assets"],
        include_in_schema=False,
        cache_control=IMMUTABLE,
        name=f"{app} assets",
    )
    return Router(path=mount, route_handlers=[app_root, app_route, assets])


_MEDIA_TYPES = {
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".webmanifest": "application/manifest+json",
    ".json": "application/json",
    ".js": "text/javascript",
    ".txt": "text/plain; charset=utf-8",
}


def _media_type(suffix: str) -> str:
    return _MEDIA_TYPES.get(suffix, "application/octet-stream")
