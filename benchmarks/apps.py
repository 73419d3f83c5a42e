"""The apps the benchmark measures, built exactly like production (create_app) plus, only here:

- a no-op callback (`bench-in.value -> bench-out.children`), the framework floor;
- under /__bench/static/, the static floor pages (each page's figures written by plotly as one
  HTML page), served by the same WSGI app (same gunicorn), compressed by flask-compress alike.

`benchmarks.wsgi:server` is that app for gunicorn; `start_gunicorn` runs any WSGI target with the
Procfile's own settings (workers, threads, timeout, preload), bound to loopback.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
OUT = Path(__file__).resolve().parent / "out"
STATIC_PREFIX = "/__bench/static/"
CHART_PAGES = ["/", "/destinations", "/offices", "/remittances"]
YEAR = 365 * 24 * 3600


# --- the app ---------------------------------------------------------------------------------

def build(cache_type: str = "FileSystemCache", cache_dir: str | Path | None = None,
          static_dir: str | Path | None = None, env: dict | None = None):
    """create_app(...) plus the no-op callback (and the static route if static_dir)."""
    from dashboard import create_app
    from dashboard.settings import Settings

    overrides = {"data_dir": DATA, "cache_type": cache_type,
                 "cache_dir": cache_dir or tempfile.mkdtemp(prefix="kg-bench-cache-")}
    settings = Settings.from_env(os.environ if env is None else env, **overrides)
    app = create_app(settings)
    add_noop_callback(app)
    if static_dir:
        add_static_route(app.server, Path(static_dir))
    return app


def add_noop_callback(app) -> None:
    """Registered after create_app, which already served its set-up request: Dash dispatches
    from app.callback_map, which takes new entries at any time."""
    from dash import Input, Output

    @app.callback(Output("bench-out", "children"), Input("bench-in", "value"))
    def bench_noop(value):
        return value


def static_app(folder: Path):
    """A small Flask app serving the static floor's files, compressed by Flask-Compress with the
    defaults Dash's `compress=True` uses (so both sides are compressed alike). Not a route of
    the site's own Flask app: create_app serves a request while it builds (Dash's setup), and
    Flask accepts no new route after that. Without the site's CSP: plotly's export draws with
    inline scripts."""
    from flask import Flask, Response, abort
    from flask_compress import Compress

    static = Flask("kg_bench_static")
    Compress(static)

    @static.route("/<name>")
    def bench_static(name: str):
        path = folder / name
        if "/" in name or not path.is_file():
            abort(404)
        kind = "text/html" if name.endswith(".html") else "application/javascript"
        # a Response over bytes, as Dash serves its bundles; plotly.min.js is fingerprinted by
        # ?v= in the pages and cached like Dash's, the pages are revalidated
        response = Response(path.read_bytes(), mimetype=kind)
        response.cache_control.public = True
        response.cache_control.max_age = YEAR if kind != "text/html" else 0
        return response

    return static


def add_static_route(server, folder: Path) -> None:
    """Serve static_app(folder) under STATIC_PREFIX from the same WSGI app (same gunicorn)."""
    from werkzeug.middleware.dispatcher import DispatcherMiddleware

    server.wsgi_app = DispatcherMiddleware(
        server.wsgi_app, {STATIC_PREFIX.rstrip("/"): static_app(folder).wsgi_app})


# --- the figures a page shows ----------------------------------------------------------------

def page_graphs(app, path: str, search: str = "") -> list[dict]:
    """The dcc.Graph components of a page's layout, called as the router calls it:
    [{"id", "figure", "config"}] in page order."""
    from urllib.parse import parse_qsl

    import dash
    from dash import dcc

    page = next(p for p in dash.page_registry.values() if p["path"] == path)
    found: list[dcc.Graph] = []

    def walk(node):
        if isinstance(node, list | tuple):
            for n in node:
                walk(n)
            return
        if isinstance(node, dcc.Graph):
            found.append(node)
        children = getattr(node, "children", None)
        if children is not None and not isinstance(children, str | int | float):
            walk(children)

    with app.server.test_request_context(path + search):
        layout = page["layout"]
        walk(layout(**dict(parse_qsl(search.lstrip("?")))) if callable(layout) else layout)
    return [{"id": g.id, "figure": g.figure, "config": getattr(g, "config", None) or {}}
            for g in found]


def plotlyjs_file() -> Path:
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def write_static_pages(app, folder: Path, pages=CHART_PAGES) -> dict[str, dict]:
    """Each page's figures as one static HTML page written by plotly (to_html, the body of
    write_html), plotly.js included once as a script file beside it. Returns per page: file
    name, number of charts, HTML bytes."""
    import shutil

    import plotly.io as pio

    from dashboard.static import PLOTLY_BUNDLE

    folder.mkdir(parents=True, exist_ok=True)
    js = plotlyjs_file()
    shutil.copy(js, folder / "plotly.min.js")
    # the same pages on the site's own plotly.js too: the floor a static page could reach
    shutil.copy(PLOTLY_BUNDLE, folder / "plotly-site.min.js")
    version = str(int(js.stat().st_mtime))
    out = {}
    for path in pages:
        graphs = page_graphs(app, path)
        name = ("index" if path == "/" else path.strip("/")) + ".html"
        divs = []
        for g in graphs:
            config = {k: v for k, v in g["config"].items() if k != "toImageButtonOptions"}
            divs.append(pio.to_html(
                g["figure"], full_html=False, include_plotlyjs=False, config=config,
                div_id=g["id"], default_width="100%", default_height="450px", validate=False))
        body = "".join(f"<div class=\"chart\">{d}</div>" for d in divs) + "</body></html>"
        head = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                f"<title>static floor {path}</title>")
        html = head + f"<script src=\"plotly.min.js?v={version}\"></script></head><body>" + body
        (folder / name).write_text(html, "utf-8")
        site_name = name.replace(".html", ".site.html")
        (folder / site_name).write_text(
            head + f"<script src=\"plotly-site.min.js?v={version}\"></script></head><body>"
            + body, "utf-8")
        out[path] = {"file": name, "file_site": site_name, "charts": len(graphs),
                     "html_bytes": len(html.encode()),
                     "figure_json_bytes": sum(len(json.dumps(g["figure"], default=str))
                                              for g in graphs)}
    return out


# --- gunicorn as the Procfile runs it, on loopback -------------------------------------------

def procfile_args() -> list[str]:
    """The gunicorn arguments of the Procfile's web line, ${VAR:-default} expanded."""
    line = next(row for row in (ROOT / "Procfile").read_text().splitlines()
                if row.startswith("web:"))
    line = re.sub(r"\$\{(\w+):-([^}]*)\}", lambda m: os.environ.get(m[1], m[2]), line)
    args = shlex.split(line.split(":", 1)[1])
    return args[1:] if args and args[0] == "gunicorn" else args


def procfile_settings() -> dict:
    args = procfile_args()

    def value(flag, default):
        return args[args.index(flag) + 1] if flag in args else default

    return {"workers": int(value("--workers", 1)), "threads": int(value("--threads", 1)),
            "timeout": int(value("--timeout", 30)), "preload": "--preload" in args}


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, base: str, proc: subprocess.Popen, log: Path):
        self.base, self.proc, self.log = base, proc, log

    def stop(self) -> None:
        """Quick shutdown (SIGINT to gunicorn's process group, its own session): a graceful one
        would first answer the requests a stopped load test left queued, for up to 30 s. Killed
        if not gone in 5 s."""
        if self.proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGINT)
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(5)

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def start_gunicorn(target: str = "app:server", env_extra: dict | None = None,
                   workers: int | None = None, timeout: float = 90) -> Server:
    """gunicorn `target` with the Procfile's arguments, bound to 127.0.0.1 on a free port.
    stderr goes to a file (a pipe nobody reads could fill up and stall the server under load)."""
    port = free_port()
    args = procfile_args()
    args = [target if a == "app:server" else a for a in args]
    if "--bind" in args:
        args[args.index("--bind") + 1] = f"127.0.0.1:{port}"
    else:
        args += ["--bind", f"127.0.0.1:{port}"]
    if workers is not None:
        args[args.index("--workers") + 1] = str(workers)
    env = {**os.environ, "DATA_DIR": str(DATA),
           "CACHE_DIR": tempfile.mkdtemp(prefix="kg-bench-cache-"), **(env_extra or {})}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    log = Path(tempfile.mkstemp(prefix="kg-bench-gunicorn-", suffix=".log")[1])
    with log.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "gunicorn", *args], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
    server = Server(f"http://127.0.0.1:{port}", proc, log)
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"gunicorn exited early:\n{server.log_tail()}")
        try:
            with urllib.request.urlopen(server.base + "/", timeout=5) as r:
                if r.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    server.stop()
    raise RuntimeError(f"gunicorn did not answer in {timeout}s:\n{server.log_tail()}")
