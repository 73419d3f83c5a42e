"""Whole pages cached by URL: the Pages router's answer, stored as the bytes Dash sent.

A page is a pure function of its URL (the URL holds the whole view), the data version, the code,
the host (permalinks and embed code are absolute) and the day (citations carry an access
date). So the router's JSON answer for one such key is computed once and then served from the
figure cache's backend (filesystem or Redis, shared by every process) without building the
layout or serialising its figures again: a warm page costs a cache read, not ~100 ms of Python.

Hooks on the Flask server, registered after Dash's and the payload guard's, so a cached answer
is only ever given to a request that passed the same checks. Cache faults are handled as in
runtime.cached(): logged, then the request is served uncached.

In-place updates: every answer also sets `data-kg-view` on `_pages_content` (a side update):
the path and cache key of the view it renders. The router sends that attribute back (a
routing State, see ROUTER_STATE), so when the browser already shows the same page for another
query and that page's answer is still cached, the answer is not the new page but the prop
updates that turn the shown page into it (view_diff): no remount, charts updated by
Plotly.react. Anything else (another page, a cache miss, a key from another code or data
version, day or host) gets the whole page, as before.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re

import dash
from dash import State
from dash._utils import to_json
from flask import Flask, Response, current_app, g, request

from dashboard import runtime, view_diff

ROUTER_OUTPUTS = {"_pages_content.children", "_pages_store.data"}
CONTENT = "_pages_content"
VIEW_PROP = "data-kg-view"  # "<path> <cache key>" of the view the browser shows
# given to Dash as routing_callback_inputs: the router request carries the shown view
ROUTER_STATE_NAME = "_kg_view"
ROUTER_STATE = State(CONTENT, VIEW_PROP)
_KEY = re.compile(r"view:[\w.:-]+:[0-9a-f]{32}")


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


def _value(items, id_: str, prop: str):
    for i in items if isinstance(items, list) else []:
        if isinstance(i, dict) and i.get("id") == id_ and i.get("property") == prop:
            return i.get("value")
    return None


def _shown(body: dict, path) -> str | None:
    """The cache key of the view the browser shows, when it is the page being asked for."""
    shown = _value(body.get("state"), CONTENT, VIEW_PROP)
    if not isinstance(shown, str) or not isinstance(path, str):
        return None
    shown_path, _, key = shown.partition(" ")
    return key if shown_path == path and _KEY.fullmatch(key) else None


def _in_place(path: str) -> bool:
    """Pages registered with redraw_in_place=True take in-place updates (the others keep the
    whole-page answer: their own scripts or callbacks expect a freshly mounted page)."""
    return any(page.get("path") == path and page.get("redraw_in_place")
               for page in dash.page_registry.values())


def _callback_inputs() -> frozenset:
    app = current_app.extensions.get("kg_dash_app")
    pairs = set()
    for entry in getattr(app, "callback_map", {}).values():
        for spec in entry.get("inputs", []):
            if isinstance(spec, dict) and isinstance(spec.get("id"), str):
                pairs.add((spec["id"], spec.get("property")))
    return frozenset(pairs)


def _updates(old: bytes, new: bytes) -> dict | None:
    """The in-place answer's parts: side updates and the router's store output; None when the
    whole page must be sent."""
    try:
        old_json, new_json = json.loads(old), json.loads(new)
        before = old_json["response"][CONTENT]["children"]
        after = new_json["response"][CONTENT]["children"]
        store = new_json["response"]["_pages_store"]
    except (ValueError, TypeError, KeyError):
        return None
    updates = view_diff.diff(before, after, _callback_inputs())
    if updates is None or CONTENT in updates:
        return None
    return {"sideUpdate": updates, "store": store}


def answer(full: bytes, key: str, body: dict) -> bytes:
    """What the browser gets for a router request whose whole-page answer is `full`."""
    path = _value(body.get("inputs"), "_pages_location", "pathname")
    mark = {VIEW_PROP: f"{path} {key}"}
    shown = _shown(body, path)
    if shown and shown != key and _in_place(path):
        old = runtime.cache_get(shown)
        parts = _updates(old, full) if isinstance(old, bytes) else None
        if parts is not None:
            return to_json({"multi": True, "response": {"_pages_store": parts["store"]},
                            "sideUpdate": {**parts["sideUpdate"], CONTENT: mark}}).encode()
    head = full.rstrip()
    if not head.endswith(b"}"):
        return full
    return head[:-1] + b',"sideUpdate":' + to_json({CONTENT: mark}).encode() + b"}"


def drop_router_state(registry: dict) -> None:
    """Dash passes routing States to the page layouts as keyword arguments; the layouts take
    the query only."""
    for page in registry.values():
        layout = page.get("layout")
        if callable(layout) and not getattr(layout, "_kg_wrapped", False):
            def wrapped(*args, _layout=layout, **kwargs):
                kwargs.pop(ROUTER_STATE_NAME, None)
                return _layout(*args, **kwargs)
            wrapped._kg_wrapped = True
            page["layout"] = wrapped


def register(server: Flask, app: dash.Dash) -> None:
    server.extensions["kg_dash_app"] = app  # its callback map: see _callback_inputs

    @server.before_request
    def serve_cached_view():
        if request.method != "POST" or request.path != "/_dash-update-component":
            return None
        body = request.get_json(silent=True)
        key = _router_key(body)
        if key is None:
            return None
        g.kg_view_key = key
        g.kg_view_body = body
        hit = runtime.cache_get(key)
        if hit is None:
            return None
        g.kg_view_key = None  # nothing to store
        return _compressible(Response(answer(hit, key, body), mimetype="application/json"))

    @server.after_request
    def store_view(response: Response) -> Response:
        key = g.pop("kg_view_key", None)
        body = g.pop("kg_view_body", None)
        if key and response.status_code == 200 and not response.direct_passthrough:
            full = response.get_data()
            runtime.cache_set(key, full)
            response.set_data(answer(full, key, body))
            _compressible(response)
        return response


def _compressible(response: Response) -> Response:
    """Name the answer's exact bytes for static.CompressedStatic, which keeps their compressed
    form: the same view can be answered whole or as updates to the shown one, so the key is
    the content's hash (~0.2 ms), not the view's."""
    digest = hashlib.sha256(response.get_data()).hexdigest()[:32]
    g.kg_view_compress_key = f"view:{digest}"
    return response
