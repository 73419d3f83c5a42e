"""The load benchmark's users (locust): a realistic mix of what browsers ask the site for.

- page load (weight 4): the page's HTML, /_dash-layout and /_dash-dependencies (what a browser
  with the JS bundles cached fetches), then the Pages router for a typical query;
- filter change (weight 4): the filter-bar URL writer, then the router for another query;
- CSV download (weight 1): /api/v1/datasets/remittances.csv.

Each user waits 1-4 s between actions (reading the page). Any answer other than 200/204, or a
router answer that is not the page's JSON, counts as a failure; a POST that fails at once on a
keep-alive connection the server had closed is resent once, as Chromium does, and counted
under its own name (see _stale_connection).

Run by benchmarks.load as `python -m locust -f benchmarks/locustfile.py --headless ...`; it is
a separate process so that gevent's monkey-patching never reaches the benchmark or pytest.
"""

from __future__ import annotations

import json
import random

from locust import FastHttpUser, between, task

from benchmarks.mix import CSV, FILTERS, PAGES, RETRIED

ROUTER = ".._pages_content.children..._pages_store.data.."
# Chromium also offers zstd; locust's client decodes only gzip, deflate and br, so the server
# compresses with brotli here (flask-compress prefers zstd, then br)
HEADERS = {"Accept-Encoding": "gzip, deflate, br", "Content-Type": "application/json"}


def router_body(path: str, search: str) -> str:
    return json.dumps({
        "output": ROUTER,
        "outputs": [{"id": "_pages_content", "property": "children"},
                    {"id": "_pages_store", "property": "data"}],
        "inputs": [{"id": "_pages_location", "property": "pathname", "value": path},
                   {"id": "_pages_location", "property": "search", "value": search}],
        # the view the browser shows (view_cache): none, a first visit
        "state": [{"id": "_pages_content", "property": "data-kg-view"}],
        "changedPropIds": ["_pages_location.pathname"]})


def writer_body(gender: str, search: str) -> str:
    return json.dumps({
        "output": "_pages_location.search",
        "outputs": {"id": "_pages_location", "property": "search"},
        "inputs": [{"id": "filter-sector", "property": "value", "value": "all"},
                   {"id": "filter-gender", "property": "value", "value": gender},
                   {"id": "filter-year", "property": "value", "value": "latest"}],
        "state": [{"id": "_pages_location", "property": "search", "value": search}],
        "changedPropIds": ["filter-gender.value"]})


def _stale_connection(r) -> bool:
    """The POST failed at once because gunicorn had closed the idle keep-alive connection (its
    --keep-alive, 2 s by default, is shorter than a reader's pause). Chromium resends a request
    that fails so on a reused connection; locust's client retries only GET/HEAD. A failure
    after a second or more (a worker killed by --timeout) is not retried: it stays an error."""
    return (r.status_code == 0 and "closed" in str(r.error or "").lower()
            and r.request_meta["response_time"] < 1000)


class Visitor(FastHttpUser):
    wait_time = between(1, 4)

    def _post(self, body: str, name: str, check):
        """POST a callback; check(response) -> a failure message or None."""
        for attempt in (1, 2):
            with self.client.post("/_dash-update-component", data=body, headers=HEADERS,
                                  name=name, catch_response=True) as r:
                if attempt == 1 and _stale_connection(r):
                    r.request_meta["name"] = RETRIED
                    r.success()
                    continue
                problem = check(r)
                if problem:
                    r.failure(problem)
                return

    def _router(self, path: str, search: str, name: str):
        def check(r):
            if r.status_code != 200:
                return f"router answered {r.status_code} {r.error or ''}"
            if b"_pages_content" not in (r.content or b""):
                return "router answer is not a page"
            return None

        self._post(router_body(path, search), name, check)

    @task(4)
    def page_load(self):
        path = random.choice(list(PAGES))
        search = random.choice(PAGES[path])
        self.client.get(path + search, headers=HEADERS, name="page HTML")
        self.client.get("/_dash-layout", headers=HEADERS, name="/_dash-layout")
        self.client.get("/_dash-dependencies", headers=HEADERS, name="/_dash-dependencies")
        self._router(path, search, "router (page load)")

    @task(4)
    def filter_change(self):
        path = random.choice(list(PAGES))
        search = random.choice(FILTERS)
        self._post(writer_body("women" if "women" in search else "men", ""),
                   "filter-bar writer",
                   lambda r: None if r.status_code in (200, 204)
                   else f"writer answered {r.status_code} {r.error or ''}")
        self._router(path, search, "router (filter change)")

    @task(1)
    def csv_download(self):
        with self.client.get(CSV, headers=HEADERS, name="remittances.csv",
                             catch_response=True) as r:
            if r.status_code != 200 or not (r.content or b"").startswith(b"country"):
                r.failure(f"CSV answered {r.status_code} {r.error or ''}")
