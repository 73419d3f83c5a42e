"""Shared fixtures: the app built like production, its Flask test client, a real gunicorn server
on a free loopback port, and the system Chromium driven by Playwright.

Browser tests never skip: if /usr/bin/chromium is missing they fail, so CI cannot go green on a
machine that did not run them.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    from dashboard import create_app
    from dashboard.settings import Settings

    cache_dir = tmp_path_factory.mktemp("cache")
    return create_app(Settings.from_env({}, data_dir=DATA, cache_dir=cache_dir))


@pytest.fixture(scope="session")
def data(app):
    with app.server.app_context():
        from dashboard import runtime

        return runtime.data()


@pytest.fixture()
def client(app):
    return app.server.test_client()


def dash_post(client, output: str, inputs: list[dict], state: list[dict] | None = None,
              outputs: list[dict] | dict | None = None, changed: list[str] | None = None,
              headers: dict | None = None):
    """POST a callback request the way dash-renderer does; returns the Flask response.

    output: the callback's output id string as Dash names it ("remit-share.figure", or
    "..a.b...c.d.." for several); inputs/state: [{"id":..., "property":..., "value":...}].
    """
    if outputs is None:
        cid, prop = output.rsplit(".", 1)
        outputs = {"id": cid, "property": prop}
    body = {
        "output": output,
        "outputs": outputs,
        "inputs": inputs,
        "state": state or [],
        "changedPropIds": changed or [f"{i['id']}.{i['property']}" for i in inputs[:1]],
    }
    return client.post("/_dash-update-component", data=json.dumps(body),
                       content_type="application/json", headers=headers or {})


def tree_text(node) -> str:
    """All text in a rendered Dash component tree."""
    if isinstance(node, str | int | float):
        return str(node)
    if isinstance(node, list):
        return " ".join(tree_text(n) for n in node)
    if isinstance(node, dict):
        props = node.get("props", node)
        return " ".join(tree_text(props.get(k)) for k in ("children", "label", "title")
                        if k in props)
    return ""


def post_router(client, path: str, search: str = "", shown: str | None = None,
                headers: dict | None = None):
    """POST the Pages router's request for a URL; returns the Flask response. `shown`: the
    view the browser shows (`data-kg-view`), None for a first visit (the whole page)."""
    state = {"id": "_pages_content", "property": "data-kg-view"}
    if shown is not None:
        state["value"] = shown
    return dash_post(
        client, ".._pages_content.children..._pages_store.data..",
        inputs=[{"id": "_pages_location", "property": "pathname", "value": path},
                {"id": "_pages_location", "property": "search", "value": search}],
        outputs=[{"id": "_pages_content", "property": "children"},
                 {"id": "_pages_store", "property": "data"}],
        state=[state], headers=headers)


def render_page(client, path: str, search: str = ""):
    """Ask the Pages router for a page, as the browser does on navigation. Returns
    (status_code, response json or None, response text)."""
    response = post_router(client, path, search)
    body = response.get_json(silent=True)
    return response.status_code, body, response.get_data(as_text=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited early:\n{proc.stderr.read().decode()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError(f"server did not answer {url} in {timeout}s:\n"
                       f"{proc.stderr.read().decode()[-3000:]}")


def start_gunicorn(env_extra: dict | None = None, workers: int = 2) -> tuple[str, subprocess.Popen]:
    """gunicorn app:server on a free loopback port, as the Procfile runs it."""
    port = free_port()
    env = {**os.environ, "DATA_DIR": str(DATA), **(env_extra or {})}
    proc = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "app:server", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--threads", "4", "--timeout", "60"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    wait_for(base + "/", proc)
    return base, proc


@pytest.fixture(scope="session")
def live_server(tmp_path_factory):
    base, proc = start_gunicorn({"CACHE_DIR": str(tmp_path_factory.mktemp("live-cache"))})
    yield base
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (browser tests never skip)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watched:
    """A page plus what it did that a user would notice: console errors, requests that left
    the site's origin, failed responses."""

    def __init__(self, page, base: str):
        self.page, self.base = page, base
        self.console_errors: list[str] = []
        self.outside_requests: list[str] = []
        self.failed: list[str] = []
        page.on("console", lambda m: self.console_errors.append(m.text)
                if m.type == "error" else None)
        page.on("pageerror", lambda e: self.console_errors.append(f"pageerror: {e}"))
        page.on("request", self._request)
        page.on("response", lambda r: self.failed.append(f"{r.status} {r.url}")
                if r.status >= 400 else None)

    def _request(self, request):
        if not request.url.startswith((self.base, "data:", "blob:", "about:")):
            self.outside_requests.append(request.url)

    def goto(self, path: str):
        self.page.goto(self.base + path, wait_until="networkidle")
        self.page.wait_for_selector("#main", timeout=30000)
        return self.page

    def wait_for_view(self, part: str, timeout: float = 30000):
        """Wait until the page has re-rendered for a URL containing `part` (the page root's
        data-view is the query it was rendered from; the address bar changes earlier)."""
        self.page.wait_for_function(
            "p => document.querySelector('.kg-page')?.dataset.view.includes(p)",
            arg=part, timeout=timeout)

    def wait_for_graphs(self, count: int = 1, timeout: float = 30000):
        """Wait until `count` plotly graphs have drawn (a .main-svg exists in each)."""
        self.page.wait_for_function(
            "n => document.querySelectorAll('.js-plotly-plot .main-svg').length >= n",
            arg=count, timeout=timeout)


SCREENSHOTS = ROOT / "screenshots"


@pytest.fixture()
def watched(browser, live_server, request):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    w = Watched(page, live_server)
    yield w
    # shown by pytest only when the test fails: what the page said and what failed to load
    print("console errors:", w.console_errors[:10])
    print("failed responses:", w.failed[:10])
    print("outside requests:", w.outside_requests[:10])
    SCREENSHOTS.mkdir(exist_ok=True)
    try:
        page.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=True)
    finally:
        context.close()
