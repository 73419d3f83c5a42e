"""2. Framework floor: a no-op callback registered only here (bench-in.value -> bench-out.children)
vs each real callback, server time through the Flask test client posting to
/_dash-update-component exactly as dash-renderer does (Accept-Encoding as Chromium sends it, so
flask-compress's work is included).

warm: the production cache backend (FileSystemCache), filled by one call of every query first;
cold: the same app with its figure cache swapped for flask-caching's NullCache, so every call
computes its figures (process-level memoisation of data frames stays warm in both: that is a
process's steady state). One app, not two: Dash hands the pages' `dash.callback`s to the first
app that starts in a process only.
"""

from __future__ import annotations

import json
import time

from benchmarks.stats import ratio, summary

ROUTER = ".._pages_content.children..._pages_store.data.."
ENCODING = {"Accept-Encoding": "gzip, deflate, br, zstd"}

# the queries a page is typically asked for (the filter bar's and the page's own parameters)
QUERIES = {
    "/": ["", "?gender=women", "?year=2019", "?lang=ru"],
    "/destinations": ["", "?gender=women", "?year=2019",
                      "?sector=construction&gender=women&year=2019", "?lang=ru"],
    "/offices": ["", "?gender=women", "?lang=ky", "?kind=diaspora"],
    "/remittances": ["", "?gender=women", "?year=2019", "?peers=TJK,UZB,KAZ", "?lang=ru"],
}
# GETs whose cost is mostly flask-compress on a large file (done on every request)
ASSETS = ["/_dash-component-suites/plotly/package_data/plotly.min.js",
          "/assets/topojson/world_110m.json", "/geo/russia_regions.geojson",
          "/api/v1/datasets/remittances.csv"]


def _body(output, outputs, inputs, state=()):
    return json.dumps({"output": output, "outputs": outputs, "inputs": list(inputs),
                       "state": list(state),
                       "changedPropIds": [f"{inputs[0]['id']}.{inputs[0]['property']}"]})


def router_body(path: str, search: str) -> str:
    return _body(ROUTER, [{"id": "_pages_content", "property": "children"},
                          {"id": "_pages_store", "property": "data"}],
                 [{"id": "_pages_location", "property": "pathname", "value": path},
                  {"id": "_pages_location", "property": "search", "value": search}],
                 # the view the browser shows (view_cache): none, a first visit
                 [{"id": "_pages_content", "property": "data-kg-view"}])


def noop_body(value: str = "x") -> str:
    return _body("bench-out.children", {"id": "bench-out", "property": "children"},
                 [{"id": "bench-in", "property": "value", "value": value}])


def filter_writer_body(gender: str = "women", search: str = "") -> str:
    return _body("_pages_location.search", {"id": "_pages_location", "property": "search"},
                 [{"id": "filter-sector", "property": "value", "value": "all"},
                  {"id": "filter-gender", "property": "value", "value": gender},
                  {"id": "filter-year", "property": "value", "value": "latest"}],
                 [{"id": "_pages_location", "property": "search", "value": search}])


def peers_writer_key(app) -> str:
    return next(k for k, v in app.callback_map.items()
                if k.startswith("_pages_location.search@")
                and v["inputs"][0]["id"] == "remit-peers")


def peers_writer_body(key: str, peers: list[str], search: str = "") -> str:
    return _body(key, {"id": "_pages_location", "property": "search@" + key.split("@", 1)[1]},
                 [{"id": "remit-peers", "property": "value", "value": peers}],
                 [{"id": "_pages_location", "property": "search", "value": search}])


def _cases(app) -> dict[str, list[str]]:
    """name -> the request bodies cycled through for it."""
    key = peers_writer_key(app)
    cases = {"no-op callback": [noop_body(str(i)) for i in range(4)]}
    for path, queries in QUERIES.items():
        cases[f"router {path}"] = [router_body(path, q) for q in queries]
    cases["filter-bar URL writer"] = [filter_writer_body(g, s) for g, s in
                                      [("women", ""), ("men", "?lang=ru"),
                                       ("all", "?gender=women&year=2019")]]
    cases["remittances peers writer"] = [
        peers_writer_body(key, p, s) for p, s in
        [(["TJK", "UZB", "ARM", "KAZ"], ""), (["TJK"], "?lang=ru"),
         (["TJK", "UZB", "ARM"], "?peers=TJK")]]
    return cases


def _time(client, bodies: list[str], calls: int) -> tuple[list[float], list[int]]:
    times, sizes = [], []
    for i in range(calls):
        body = bodies[i % len(bodies)]
        t0 = time.perf_counter()
        r = client.post("/_dash-update-component", data=body, content_type="application/json",
                        headers=ENCODING)
        data = r.get_data()
        times.append(time.perf_counter() - t0)
        if r.status_code not in (200, 204):
            raise RuntimeError(f"callback answered {r.status_code}: {data[:300]!r}")
        sizes.append(len(data))
    return times, sizes


def _raw_size(client, body: str) -> int:
    r = client.post("/_dash-update-component", data=body, content_type="application/json")
    return len(r.get_data())


def run(app, calls_warm: int, calls_cold: int, log=print) -> dict:
    """app: from benchmarks.apps.build() (the no-op callback registered)."""
    from flask_caching.backends import NullCache

    state = app.server.extensions["kg"]
    figure_cache = state["cache"]
    client = app.server.test_client()
    client.get("/")  # Dash's first-request setup (the pages' callbacks join the map)
    cases = _cases(app)
    out: dict = {"callbacks": {}, "assets": {}}
    for cache in ("warm", "cold"):
        state["cache"] = figure_cache if cache == "warm" else NullCache()
        for bodies in cases.values():  # warm-up: fill the figure cache, import lazily-used code
            for body in bodies:
                client.post("/_dash-update-component", data=body,
                            content_type="application/json", headers=ENCODING)
        for name, bodies in cases.items():
            calls = calls_warm if cache == "warm" or not name.startswith("router") else calls_cold
            times, sizes = _time(client, bodies, calls)
            entry = out["callbacks"].setdefault(name, {"queries": len(bodies)})
            entry[cache] = {**{k: v * 1000 if isinstance(v, float) else v
                               for k, v in summary(times).items()},
                            "response_bytes_compressed": summary(sizes)["median"]}
            if cache == "warm":
                entry["response_bytes_raw"] = summary(
                    [_raw_size(client, b) for b in bodies])["median"]
            log(f"  {cache:4} {name:28} median {entry[cache]['median']:8.2f} ms"
                f"  p95 {entry[cache]['p95']:8.2f} ms  (n={calls})")
        if cache == "warm":
            for url in ASSETS:
                times = []
                size = raw = 0
                for _ in range(max(3, calls_cold)):
                    t0 = time.perf_counter()
                    r = client.get(url, headers=ENCODING)
                    size = len(r.get_data())
                    times.append(time.perf_counter() - t0)
                raw = len(client.get(url).get_data())
                out["assets"][url] = {"median_ms": summary(times)["median"] * 1000,
                                      "bytes_compressed": size, "bytes_raw": raw,
                                      "encoding": r.headers.get("Content-Encoding")}
                log(f"  GET {url}: {out['assets'][url]['median_ms']:.1f} ms, "
                    f"{raw / 1e3:.0f} KB -> {size / 1e3:.0f} KB")
    state["cache"] = figure_cache
    noop = out["callbacks"]["no-op callback"]
    for entry in out["callbacks"].values():
        entry["ratio"] = {c: {"median": ratio(entry[c]["median"], noop[c]["median"]),
                              "p95": ratio(entry[c]["p95"], noop[c]["p95"])}
                          for c in ("warm", "cold")}
    return out
