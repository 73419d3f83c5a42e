"""Stylesheets served from installed packages, never from a CDN and never copied into the repo.

dash-bootstrap-components only names CDN addresses (dbc.themes.*), which fail offline, so the
site serves Bootstrap 5's CSS and icons from the files the bootstrap-flask package ships.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from functools import cache
from pathlib import Path

import flask_bootstrap
from flask import Flask, Response, abort, g, request, send_from_directory
from flask_compress import Compress

VENDOR = Path(flask_bootstrap.__file__).resolve().parent / "static" / "bootstrap5"
PREFIX = "/vendor/bootstrap"
BOOTSTRAP_CSS = f"{PREFIX}/css/bootstrap.min.css"
ALLOWED = {"css/bootstrap.min.css", "css/bootstrap.min.css.map", "icons/bootstrap-icons.svg"}


# Fingerprinted files (a version or hash in the URL): their compressed bytes never change, so
# each process compresses each one once per encoding (plotly.min.js: ~40 ms of zstd a request).
STATIC_PREFIXES = ("/_dash-component-suites/", "/assets/", "/geo/", PREFIX + "/")


# Big files whose URL carries no version (plotly's bundle as dcc.Graph loads it, the map
# outlines plotly fetches): a day in the browser's cache, rather than a check on every page.
UNVERSIONED = ("/assets/topojson/", "/_dash-component-suites/plotly/package_data/")


# dcc.Graph loads plotly.js on first use from this one address (dash-renderer's
# _dashPlotlyJSURL when serving locally). The site answers it with its own build of plotly.js
# holding only the trace types it draws (dashboard/plotlyjs/): 1.4 MB to parse, not 4.8 MB.
PLOTLY_JS_ROUTE = "/_dash-component-suites/plotly/package_data/plotly.min.js"
PLOTLY_BUNDLE = Path(__file__).resolve().parent / "plotlyjs" / "plotly-site.min.js"


class CompressedStatic:
    """flask-compress's cache backend, in the process. It keeps the compressed bodies of the
    static files (a few MB, a fixed set) and of the most recent cached pages (view_cache: the
    key names the exact bytes; ~2-4 ms of compression a page saved); every other response
    (callbacks, API) gets an empty key and is never kept, because its bytes depend on more
    than its URL."""

    VIEWS = 512  # compressed pages kept (~20 KB each)

    def __init__(self):
        self._bodies: dict[str, bytes] = {}
        self._views: OrderedDict[str, bytes] = OrderedDict()

    def get(self, key: str) -> bytes | None:
        if VIEW_MARK in key:
            hit = self._views.get(key)
            if hit is not None:
                self._views.move_to_end(key)
            return hit
        return self._bodies.get(key)

    def set(self, key: str, value: bytes) -> None:
        if key.endswith(";"):
            return
        if VIEW_MARK in key:
            self._views[key] = value
            while len(self._views) > self.VIEWS:
                self._views.popitem(last=False)
        else:
            self._bodies[key] = value


VIEW_MARK = ";view:"


def _compress_key(req) -> str:
    if req.method == "GET" and req.path.startswith(STATIC_PREFIXES):
        return req.full_path
    # a page from view_cache (hit or miss): its key names the body's exact bytes
    return g.get("kg_view_compress_key") or ""


@cache
def bundle_version() -> str | None:
    """The plotly.js version in the banner dashboard/plotlyjs/build.js writes (read once: the
    index asks on every request whether to preload the bundle)."""
    if not PLOTLY_BUNDLE.exists():
        return None
    with PLOTLY_BUNDLE.open(encoding="utf-8") as f:
        match = re.match(r"/\*! plotly\.js v([\d.]+) ", f.read(200))
    return match[1] if match else None


def bundle_matches_plotly_py() -> bool:
    """Figures are validated by plotly.py for its plotly.js; an older or newer minor version of
    plotly.js could draw them differently, so the site's bundle is used only when they agree."""
    from plotly.offline import get_plotlyjs_version

    ours = bundle_version()
    return ours is not None and ours.split(".")[:2] == get_plotlyjs_version().split(".")[:2]


def register(server: Flask) -> None:
    """Before Dash is built: the compression cache (Dash's Compress reads the config then)."""
    from dashboard import geodata

    server.config["COMPRESS_CACHE_BACKEND"] = CompressedStatic
    server.config["COMPRESS_CACHE_KEY"] = _compress_key
    # flask-compress's own list, plus the API's and charts' CSV downloads (a 92 KB CSV is
    # 12 KB compressed)
    defaults = Flask("defaults")
    Compress(defaults)
    server.config["COMPRESS_MIMETYPES"] = [*defaults.config["COMPRESS_MIMETYPES"], "text/csv"]

    @server.route(geodata.REGIONS_ROUTE)
    def regions_file():
        # fingerprinted by ?v=<hash> in geodata.regions_url(); application/json so that
        # flask-compress compresses it (341 KB -> ~125 KB)
        return send_from_directory(geodata.REGIONS_FILE.parent, geodata.REGIONS_FILE.name,
                                   mimetype="application/json", max_age=365 * 24 * 3600)

    if bundle_matches_plotly_py():
        @server.route(PLOTLY_JS_ROUTE)
        def plotly_js():
            # a fixed rule wins over Dash's <package>/<path> rule for the same address
            return send_from_directory(PLOTLY_BUNDLE.parent, PLOTLY_BUNDLE.name,
                                       mimetype="application/javascript")
    else:
        server.logger.warning("dashboard/plotlyjs/ was built for another plotly.js than "
                              "plotly.py's; serving plotly.py's full bundle. Rebuild it.")

    @server.route(f"{PREFIX}/<path:name>")
    def vendor_file(name: str):
        if name not in ALLOWED:
            abort(404)
        response = send_from_directory(VENDOR, name, max_age=365 * 24 * 3600)
        return response


def buffer_static_files(server: Flask) -> None:
    """After Dash is built, so this hook runs before flask-compress's: a file response is a
    stream, which flask-compress compresses chunk by chunk on every request and never caches;
    read as bytes, it goes through the cache above."""

    @server.after_request
    def buffer(response: Response) -> Response:
        if request.path.startswith(UNVERSIONED) and response.status_code == 200:
            response.cache_control.no_cache = None
            response.cache_control.public = True
            response.cache_control.max_age = 24 * 3600
        if (response.direct_passthrough and response.status_code == 200
                and _compress_key(request)):
            response.direct_passthrough = False
            response.set_data(response.get_data())
        return response
