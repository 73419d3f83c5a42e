"""200 concurrent users on loopback against gunicorn, with no error: the benchmark's load test
(benchmarks/load.py, benchmarks/locustfile.py) run as a pass/fail check with a short duration.

No timing is asserted (this machine's speed is not the site's); only that every request of the
realistic mix (page loads, filter changes, CSV downloads) was answered correctly, and that
there were enough of them for the check to mean something. The server is fresh, as after a
deploy: its workers' first requests arrive together.
"""

from __future__ import annotations

import importlib.util

import pytest

USERS = 200
SECONDS = 30  # with gunicorn's start and locust's own, the test stays under a minute


def test_200_concurrent_users_get_no_error():
    if importlib.util.find_spec("locust") is None:
        pytest.fail("locust is not installed: pip install -e '.[test]' (it is in the test extra)")
    from benchmarks.apps import start_gunicorn
    from benchmarks.load import run_locust

    with start_gunicorn() as server:
        result = run_locust(server.base, USERS, SECONDS, spawn_rate=100, stop_timeout=1)
        alive = server.proc.poll() is None
        log = server.log_tail()
    summary = ", ".join(f"{name}: {r['requests']} ({r['failures']} failed)"
                        for name, r in result["by_request"].items())
    assert alive, f"gunicorn died under load:\n{log}"
    assert result["failures"] == 0, (
        f"{result['failures']} of {result['requests']} requests failed: "
        f"{result['failure_messages']}\n{summary}\ngunicorn log:\n{log}")
    # 200 users thinking 1-4 s between actions of 1-4 requests each: even a slow machine
    # answers more than one request per user in 30 s
    assert result["requests"] >= USERS, summary
    for name in ("router (page load)", "router (filter change)", "remittances.csv"):
        assert any(name in key for key in result["by_request"]), summary
