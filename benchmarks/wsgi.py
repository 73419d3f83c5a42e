"""The benchmark's WSGI app for gunicorn: production's app plus the no-op callback and the static
floor route (BENCH_STATIC_DIR). Built at import, like app.py; imported only by gunicorn."""

import os

from benchmarks.apps import build

app = build(cache_dir=os.environ.get("CACHE_DIR"), static_dir=os.environ.get("BENCH_STATIC_DIR"))
server = app.server
