"""python -m benchmarks [--quick] [--only static,interaction,framework,load]

Measures the site against its floors, side by side in one run, prints the figures and writes
benchmarks/out/report.md and report.json (see benchmarks/__init__.py for what each section does).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.apps import OUT, build, start_gunicorn, write_static_pages

SECTIONS = ("static", "interaction", "framework", "load")
FULL = {"static": 7, "interaction": 7, "framework_warm": 200, "framework_cold": 15,
        "load_seconds": 30, "burst_trials": 5}
QUICK = {"static": 2, "interaction": 2, "framework_warm": 30, "framework_cold": 3,
         "load_seconds": 8, "burst_trials": 2}
USERS = [50, 100, 200]

METHOD = [
    "Static floor: each page's layout is called inside app.server.test_request_context(); the "
    "dcc.Graph figures (and their config: local topojson) are written by plotly.io.to_html "
    "(the body of write_html) into one HTML page, plotly.js included once as a script file "
    "beside it (plotly.py's own plotly.min.js, cacheable a year like Dash's bundles); a "
    "second copy of each page loads the site's own bundle instead (dashboard/plotlyjs/). The "
    "benchmark's WSGI app (benchmarks/wsgi.py: create_app + a route under /__bench/static/) "
    "serves those pages and the live site from the same gunicorn, through the same "
    "flask-compress; only the CSP header is dropped for the static pages (plotly's export "
    "draws with inline scripts).",
    "Drawn: a requestAnimationFrame-polled predicate in the page stamps performance.now() "
    "(from the navigation's start) when every .js-plotly-plot holds a .main-svg and every map "
    "has its outlines or regions drawn; '/' has no chart, so its time is to #main rendered.",
    "Bytes: sum of CDP Network.loadingFinished.encodedDataLength over the navigation (what "
    "came over the wire, compressed: Chromium sends Accept-Encoding gzip, deflate, br, zstd, "
    "and flask-compress answers zstd), headers included, until the network is idle 500 ms "
    "after the charts are drawn. Cached resources add 0.",
    "Live and static runs alternate so background load falls on both; the server's figure "
    "cache is warm in the browser runs (a priming visit), the framework section measures it "
    "cold.",
    "Framework floor: one app (create_app + a no-op callback bench-in.value -> "
    "bench-out.children), Flask test client, each real callback cycled over typical queries; "
    "cold swaps the figure cache for flask-caching's NullCache. Times include Dash's dispatch, "
    "the site's payload checks, JSON encoding and compression, not the network.",
    "Interaction: capture-phase click stamp, a fetch wrapper counting Dash callback requests, "
    "a MutationObserver on the charts; done when the URL holds the new query, the callbacks "
    "have answered, the charts are drawn and nothing has changed for 400 ms (not counted).",
    "Load: locust (FastHttpUser) in its own process, headless, against gunicorn started with "
    "the Procfile's arguments bound to 127.0.0.1; figure cache warmed by one router call per "
    "view, statistics reset once all users run. locust's client cannot decode zstd, so it "
    "asks for br. A POST that fails at once on a keep-alive connection gunicorn had closed is "
    "resent once, as Chromium does, and counted apart.",
]


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _meta(quick: bool) -> dict:
    from importlib.metadata import version

    import plotly.offline

    chromium = ""
    with contextlib.suppress(OSError, IndexError, subprocess.SubprocessError):
        chromium = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True,
                                  text=True, timeout=20).stdout.strip().split(" ")[1]
    return {"when": time.strftime("%Y-%m-%d %H:%M %Z"), "quick": quick, "cpus": os.cpu_count(),
            "load_before": _load(), "chromium": chromium,
            "versions": {"dash": version("dash"), "plotly": version("plotly"),
                         "plotly.js": plotly.offline.get_plotlyjs_version(),
                         "locust": _version("locust"), "gunicorn": version("gunicorn")}}


def _version(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="CI-sized: fewer, shorter runs")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"comma-separated sections (default all: {','.join(SECTIONS)})")
    parser.add_argument("--out", type=Path, default=OUT, help="folder of the report")
    parser.add_argument("--note", default="", help="a line printed at the top of the report")
    args = parser.parse_args(argv)
    wanted = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(wanted) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    n = QUICK if args.quick else FULL
    results: dict = {"meta": _meta(args.quick), "method": METHOD}
    results["meta"]["runs"] = {"static": n["static"], "interaction": n["interaction"],
                               "framework_warm": n["framework_warm"],
                               "framework_cold": n["framework_cold"],
                               "load_seconds": n["load_seconds"]}
    if args.note:
        results["meta"]["note"] = args.note

    def log(text: str) -> None:
        print(text, flush=True)

    # one app per process: Dash hands the pages' callbacks to the first app that starts
    app = build()
    started = time.time()
    if {"static", "interaction"} & set(wanted):
        with tempfile.TemporaryDirectory(prefix="kg-bench-static-") as folder:
            pages = write_static_pages(app, Path(folder))
            results["static_pages"] = pages
            with start_gunicorn("benchmarks.wsgi:server",
                                {"BENCH_STATIC_DIR": folder}) as server:
                if "static" in wanted:
                    log(f"1. static floor ({n['static']} runs per page, cold and warm)")
                    from benchmarks import static_floor

                    results["static"] = static_floor.run(server.base, pages, n["static"], log)
                if "interaction" in wanted:
                    log(f"3. interaction ({n['interaction']} runs)")
                    from benchmarks import interaction

                    charts = {p: v["charts"] for p, v in pages.items()}
                    results["interaction"] = interaction.run(server.base, n["interaction"],
                                                             log, charts)
    if "framework" in wanted:
        log(f"2. framework floor ({n['framework_warm']} warm / {n['framework_cold']} cold "
            "calls per callback)")
        from benchmarks import framework

        results["framework"] = framework.run(app, n["framework_warm"], n["framework_cold"], log)
    if "load" in wanted:
        log(f"4. load ({', '.join(map(str, USERS))} users, {n['load_seconds']} s each)")
        from benchmarks import load

        results["load"] = load.run(USERS, n["load_seconds"], log)
        log(f"   cold start: {n['burst_trials']} fresh servers, 40 concurrent callbacks each")
        results["load"]["cold_start"] = load.cold_start_burst(n["burst_trials"])
        log(f"   errors in {results['load']['cold_start']['trials_with_errors']} of "
            f"{n['burst_trials']} trials")
    results["meta"]["load_after"] = _load()
    results["meta"]["seconds"] = round(time.time() - started)
    from benchmarks.report import write

    md, js = write(results, args.out)
    log(f"wrote {md} and {js} ({results['meta']['seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
