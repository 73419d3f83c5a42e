"""Benchmarks of the site against its floors: `python -m benchmarks [--quick]`.

Prints figures and writes benchmarks/out/report.md and report.json; nothing here is a timed test
(tests/test_load.py reuses the load code as a pass/fail check with no timing assertion).

- static: each page's figures as one static plotly HTML page vs the live Dash page, in headless
  Chromium (time to all charts drawn, bytes transferred compressed), cold and warm browser cache.
- framework: a no-op callback vs each real callback, server time through the Flask test client,
  warm and cold figure cache.
- interaction: a filter change in the browser to the charts redrawn.
- load: locust against gunicorn (the Procfile's settings) on loopback with 50, 100, 200 users.

Modules: apps (the benchmark's app and WSGI entry), stats, static_floor, framework,
interaction, load (+ locustfile), report.
"""
