"""Whole pages cached by URL: the Pages router's answer, stored as the bytes Dash sent.

A page is a pure function of its URL (the URL holds the whole view), the data version, the code,
the host (permalinks and embed code are absolute) and the day (citations carry an access
date). So the router's JSON answer for one such key is computed once and then served from the
figure cache's backend (filesystem or Redis, shared by every process) without building the
layout or serialising its figures again: a warm page costs a cache read, not ~100 ms of Python.

Hooks on the Flask server, registered after Dash's and the payload guard's, so a cached answer
is only ever given to a request that passed the same checks. Cache faults are handled as in
runtime.cached(): logged, then the request is served uncached.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from flask import Flask, Response, g, request

from dashboard import runtime

ROUTER_OUTPUTS = {"_pages_content.children", "_pages_store.data"}


def _router_key(body) -> str | None:
    """The cache key of a router request body, None for any other callback."""
    if not isinstance(body, dict):
        return None
    outputs = body.get("outputs")
    if not isinstance(outputs, list) or {
            f"{o.get('id')}.{o.get('property')}" for o in outputs if isinstance(o, dict)
    } != ROUTER_OUTPUTS:
        return None
    inputs = body.get("inputs")
    if not isinstance(inputs, list) or not all(isinstance(i, dict) for i in inputs):
        return None
    view = sorted((str(i.get("id")), str(i.get("property")), json.dumps(i.get("value")))
                  for i in inputs)
    state = runtime._state()
    text = json.dumps([view, request.host_url, dt.date.today().isoformat()])
    digest = hashlib.sha256(text.encode()).hexdigest()[:32]
    return f"view:{state['code']}:{runtime.data().version}:{digest}"


def register(server: Flask) -> None:
    @server.before_request
    def serve_cached_view():
        if request.method != "POST" or request.path != "/_dash-update-component":
            return None
        key = _router_key(request.get_json(silent=True))
        if key is None:
            return None
        g.kg_view_key = key
        g.kg_view_compress_key = key  # static.CompressedStatic keeps its compressed bytes
        hit = runtime.cache_get(key)
        if hit is None:
            return None
        g.kg_view_key = None  # nothing to store
        return Response(hit, mimetype="application/json")

    @server.after_request
    def store_view(response: Response) -> Response:
        key = g.pop("kg_view_key", None)
        if key and response.status_code == 200 and not response.direct_passthrough:
            runtime.cache_set(key, response.get_data())
        return response
