"""Headless Chromium (the system one, as the browser tests drive it) and what one navigation
costs: time to every chart drawn, and bytes transferred.

Time is read in the page's own clock: `performance.now()` counts from the navigation's start,
and a requestAnimationFrame-polled predicate stamps the first frame at which every
`.js-plotly-plot` holds a `.main-svg` (and, for maps, its outlines or regions are drawn). No
Playwright round trip is inside the figure.

Bytes are the Chrome DevTools Protocol's `Network.loadingFinished.encodedDataLength` summed over
every request of the navigation: what came over the wire, compressed as the server sent it
(Chromium sends `Accept-Encoding: gzip, deflate, br, zstd`), headers included; a resource served
from the browser cache adds 0. The count stops once the network has been idle for 500 ms after
the charts were drawn, so late fetches (map outlines, GeoJSON) are counted.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
VIEWPORT = {"width": 1280, "height": 900}

# true (and stamps window.__kgDrawn) once n charts are drawn; n = 0: once #main is there
DRAWN = """(n) => {
  const gds = Array.from(document.querySelectorAll('.js-plotly-plot'));
  if (n === 0) {
    if (!document.querySelector('#main')) return false;
  } else {
    if (gds.length < n) return false;
    for (const gd of gds) {
      if (!gd.querySelector('.main-svg')) return false;
      // a map is drawn once its outlines (topojson) or its regions (geojson) are on it
      const geo = gd.querySelector('.geo');
      if (geo && !geo.querySelector('.layer path, .choroplethlocation')) return false;
    }
  }
  if (!window.__kgDrawn) window.__kgDrawn = performance.now();
  return true;
}"""


def kind_of(url: str, mime: str) -> str:
    path = url.split("?", 1)[0]
    if "plotly" in path and path.endswith(".js"):
        return "plotly.js"
    if path.endswith(".js") or "javascript" in mime:
        return "other js"
    if "_dash-update-component" in path:
        return "callbacks"
    if "geojson" in path or "topojson" in path:
        return "geo data"
    if "json" in mime:
        return "dash json"
    if "css" in mime or path.endswith(".css"):
        return "css"
    if "html" in mime:
        return "html"
    return "other"


class Traffic:
    """Bytes and requests of one page, from CDP Network events."""

    def __init__(self, context, page):
        self.session = context.new_cdp_session(page)
        self.session.send("Network.enable")
        self.urls: dict[str, tuple[str, str]] = {}
        self.bytes_by_kind: dict[str, int] = {}
        self.requests = 0
        self.by_url: list[tuple[str, int]] = []
        self.cached = 0
        self.pending: set[str] = set()
        self.last_activity = time.monotonic()
        self.session.on("Network.requestWillBeSent", self._sent)
        self.session.on("Network.loadingFailed", self._failed)
        self.session.on("Network.responseReceived", self._response)
        self.session.on("Network.requestServedFromCache", self._from_cache)
        self.session.on("Network.loadingFinished", self._finished)

    def _sent(self, event):
        self.pending.add(event["requestId"])
        self.last_activity = time.monotonic()

    def _failed(self, event):
        self.pending.discard(event["requestId"])
        self.last_activity = time.monotonic()

    def quiet(self, page, idle: float = 0.5, limit: float = 15.0) -> None:
        """Wait until no request has been in flight for `idle` seconds (at most `limit`)."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            page.wait_for_timeout(100)  # Playwright delivers events only inside its calls
            if not self.pending and time.monotonic() - self.last_activity >= idle:
                return

    def _response(self, event):
        r = event["response"]
        self.urls[event["requestId"]] = (r.get("url", ""), r.get("mimeType", ""))
        if r.get("fromDiskCache") or r.get("fromPrefetchCache"):
            self.cached += 1

    def _from_cache(self, event):
        self.cached += 1

    def _finished(self, event):
        self.pending.discard(event["requestId"])
        self.last_activity = time.monotonic()
        url, mime = self.urls.get(event["requestId"], ("", ""))
        if url.startswith(("data:", "blob:")):
            return
        self.requests += 1
        self.by_url.append((url, int(event.get("encodedDataLength", 0))))
        kind = kind_of(url, mime)
        self.bytes_by_kind[kind] = self.bytes_by_kind.get(kind, 0) + int(
            event.get("encodedDataLength", 0))

    @property
    def total(self) -> int:
        return sum(self.bytes_by_kind.values())

    def detach(self):
        with contextlib.suppress(Exception):  # the page may be gone already
            self.session.detach()


class Browser:
    def __init__(self):
        if not Path(CHROMIUM).exists():
            raise SystemExit(f"{CHROMIUM} not found: the browser benchmarks need Chromium")

    def __enter__(self):
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self.browser = self._pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                                args=CHROMIUM_ARGS)
        return self

    def __exit__(self, *exc):
        self.browser.close()
        self._pw.stop()

    def context(self):
        return self.browser.new_context(viewport=VIEWPORT)


def load(context, url: str, charts: int, timeout_ms: float = 60000) -> dict:
    """Navigate a new tab of `context` to url; time to the charts drawn and bytes transferred."""
    page = context.new_page()
    traffic = Traffic(context, page)
    try:
        page.goto(url, wait_until="commit", timeout=timeout_ms)
        page.wait_for_function(DRAWN, arg=charts, polling="raf", timeout=timeout_ms)
        drawn_ms = page.evaluate("window.__kgDrawn")
        traffic.quiet(page)
        return {"ms": drawn_ms, "bytes": traffic.total, "requests": traffic.requests,
                "from_cache": traffic.cached, "bytes_by_kind": dict(traffic.bytes_by_kind)}
    finally:
        traffic.detach()
        page.close()
