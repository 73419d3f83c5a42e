"""4. Load: locust (benchmarks/locustfile.py), headless, against gunicorn run with the Procfile's
settings on 127.0.0.1 only, bounded in time. Used by the benchmark (50, 100, 200 users) and by
tests/test_load.py (200 users, short, pass/fail on errors only).

locust runs as a subprocess: gevent's monkey-patching must not reach the caller.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.apps import ROOT, start_gunicorn

LOCUSTFILE = Path(__file__).resolve().parent / "locustfile.py"


def _num(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def run_locust(base: str, users: int, seconds: int, spawn_rate: float | None = None,
               reset_stats: bool = False, stop_timeout: int = 5) -> dict:
    """locust against base (a loopback URL) for `seconds`; the Aggregated row and each request
    name's row: requests, failures, requests/s, p50/p95/p99 (ms). After `seconds`, users get
    stop_timeout seconds to finish their task; requests still running then are dropped
    uncounted."""
    if not base.startswith(("http://127.0.0.1:", "http://localhost:")):
        raise ValueError("the load test runs on loopback only")
    spawn_rate = spawn_rate or max(10.0, users / 2)  # all users running within ~2 s
    with tempfile.TemporaryDirectory(prefix="kg-locust-") as tmp:
        prefix = str(Path(tmp) / "run")
        cmd = [sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless",
               "--host", base, "-u", str(users), "-r", str(spawn_rate), "-t", f"{seconds}s",
               "--stop-timeout", str(stop_timeout), "--only-summary", "--csv", prefix,
               "--loglevel", "WARNING", "--exit-code-on-error", "0"]
        if reset_stats:
            cmd.append("--reset-stats")
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True,
                              timeout=seconds + 120)
        stats_file = Path(prefix + "_stats.csv")
        if proc.returncode != 0 or not stats_file.exists():
            raise RuntimeError(f"locust failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
        rows = list(csv.DictReader(stats_file.open()))
        failures_file = Path(prefix + "_failures.csv")
        failures = list(csv.DictReader(failures_file.open())) if failures_file.exists() else []

    def pick(row):
        return {"requests": int(row["Request Count"]), "failures": int(row["Failure Count"]),
                "rps": _num(row["Requests/s"]), "p50_ms": _num(row["50%"]),
                "p95_ms": _num(row["95%"]), "p99_ms": _num(row["99%"]),
                "avg_ms": _num(row["Average Response Time"]),
                "max_ms": _num(row["Max Response Time"])}

    from benchmarks.mix import RETRIED

    total = next(r for r in rows if r["Name"] == "Aggregated")
    retried = next((int(r["Request Count"]) for r in rows if r["Name"] == RETRIED), 0)
    return {"users": users, "seconds": seconds, **pick(total),
            "keepalive_retries": retried,
            "by_request": {f"{r['Type']} {r['Name']}".strip(): pick(r) for r in rows
                           if r["Name"] != "Aggregated"},
            "failure_messages": [f"{f.get('Method')} {f.get('Name')}: {f.get('Error')} "
                                 f"x{f.get('Occurrences')}" for f in failures][:20]}


def warm_up(base: str) -> float:
    """Ask the router once for every view of the mix (fills the shared figure cache, as a
    deployed site's is); returns the seconds it took."""
    import time
    import urllib.request

    from benchmarks.framework import router_body
    from benchmarks.mix import all_views

    t0 = time.perf_counter()
    for path, query in all_views():
        req = urllib.request.Request(base + "/_dash-update-component",
                                     data=router_body(path, query).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            r.read()
    return time.perf_counter() - t0


def cold_start_burst(trials: int, requests: int = 40, target: str = "app:server") -> dict:
    """A fresh gunicorn, then `requests` concurrent callback POSTs at once (what a deploy or a
    worker restart under traffic sees): answers by status, per trial."""
    import concurrent.futures
    import urllib.error
    import urllib.request

    from benchmarks.framework import filter_writer_body

    body = filter_writer_body().encode()

    def post(base):
        req = urllib.request.Request(base + "/_dash-update-component", data=body,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return r.status, ""
        except urllib.error.HTTPError as e:
            return e.code, e.read()[:200].decode(errors="replace")

    out = []
    for _ in range(trials):
        with start_gunicorn(target) as server, \
                concurrent.futures.ThreadPoolExecutor(requests) as pool:
            answers = list(pool.map(post, [server.base] * requests))
        codes: dict[str, int] = {}
        for code, _text in answers:
            codes[str(code)] = codes.get(str(code), 0) + 1
        out.append({"codes": codes, "errors": sum(n for c, n in codes.items() if c != "200"),
                    "first_error": next((t for c, t in answers if c != 200), "")})
    return {"requests": requests, "trials": out,
            "trials_with_errors": sum(1 for t in out if t["errors"])}


def run(users_list: list[int], seconds: int, log=print, target: str = "app:server") -> dict:
    """Each user count against a fresh gunicorn (the Procfile's settings), its figure cache
    filled first by one router call per view of the mix and a short run of 10 users (a
    deployed site's steady state); statistics are reset once all users have started."""
    from benchmarks.apps import procfile_settings

    results = {"gunicorn": procfile_settings(), "runs": []}
    for users in users_list:
        with start_gunicorn(target) as server:
            warm_up(server.base)
            run_locust(server.base, 10, 3)
            r = run_locust(server.base, users, seconds, reset_stats=True)
            alive = server.proc.poll() is None
        r["server_alive"] = alive
        results["runs"].append(r)
        log(f"  {users:4} users, {seconds} s: {r['rps']:.1f} req/s, p50 {r['p50_ms']:.0f} ms, "
            f"p95 {r['p95_ms']:.0f} ms, p99 {r['p99_ms']:.0f} ms, "
            f"{r['failures']} errors / {r['requests']}")
        for message in r["failure_messages"]:
            log(f"    error: {message}")
    return results
