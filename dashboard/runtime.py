"""What pages need at request time: the app's data bundle and its figure cache.

State hangs off the Flask app (`server.extensions["kg"]`), not module globals, so two apps with
different settings can live in one process (the tests build several).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

from flask import Flask, current_app, g
from flask_caching import Cache

from dashboard.datasets import Bundle
from dashboard.settings import Settings

log = logging.getLogger(__name__)
PACKAGE = Path(__file__).resolve().parent


def code_version() -> str:
    """Hash of the package's source: a deploy of new figure code never serves old figures."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def init(server: Flask, settings: Settings, data: Bundle) -> None:
    config = {"CACHE_TYPE": settings.cache_type, "CACHE_DEFAULT_TIMEOUT": settings.cache_timeout}
    if settings.cache_type == "FileSystemCache":
        config["CACHE_DIR"] = str(settings.cache_dir)
    elif settings.cache_type == "RedisCache":
        config["CACHE_REDIS_URL"] = settings.cache_redis_url
        # a slow or dead Redis must cost a page at most a fraction of a second, then the
        # figure is computed uncached (see cached())
        config["CACHE_OPTIONS"] = {"socket_timeout": 0.3, "socket_connect_timeout": 0.3,
                                   "retry_on_timeout": False}
    cache = Cache(server, config=config)
    server.extensions["kg"] = {"settings": settings, "data": data, "cache": cache,
                               "code": code_version()}


def _state() -> dict:
    return current_app.extensions["kg"]


def data() -> Bundle:
    return _state()["data"]


def settings() -> Settings:
    return _state()["settings"]


def cached(fn: Callable, *args) -> dict:
    """fn(data, *args) as a plain figure dict, memoised on (code version, function, data
    version, args).

    args must have stable reprs (Filters, tuples, strings). If the cache backend fails (Redis
    down or stalled, disk full) the figure is computed and served uncached, and the failure is
    logged. After one failure the rest of the request skips the cache: a stalled Redis costs a
    page one socket timeout (0.3 s), not two per figure.
    """
    bundle = data()
    state = _state()
    key = f"fig:{state['code']}:{fn.__module__}.{fn.__qualname__}:{bundle.version}:{args!r}"
    hit = cache_get(key)
    if hit is not None:
        return hit
    figure = fn(bundle, *args)
    result = figure.to_plotly_json() if hasattr(figure, "to_plotly_json") else figure
    cache_set(key, result)
    return result


def cache_get(key: str):
    """The cached value, or None when absent or when the backend fails (logged once)."""
    if g.get("kg_cache_failed"):
        return None
    try:
        return _state()["cache"].get(key)
    except Exception as exc:  # any backend fault: serve uncached, never fail the request
        _cache_failed("get", exc)
        return None


def cache_set(key: str, value) -> None:
    if g.get("kg_cache_failed"):
        return
    try:
        _state()["cache"].set(key, value)
    except Exception as exc:
        _cache_failed("set", exc)


def _cache_failed(operation: str, exc: Exception) -> None:
    g.kg_cache_failed = True  # g lives as long as the request (its app context)
    log.warning("cache %s failed (%s): serving uncached for the rest of this request",
                operation, exc)
