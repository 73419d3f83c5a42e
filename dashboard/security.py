"""What every response carries and every request must be.

- A callback payload that is not the shape dash-renderer sends gets a 400 with a JSON error,
  never a 500 or a traceback: not JSON (or nested too deep to parse), not an object, an output
  that names no server callback, inputs, state or outputs that do not match the callback's
  declaration, or a URL part no browser could send (not a string, a pathname without its
  leading '/'). Values of the page's own controls are the page callbacks' to check.
- Security headers: a Content-Security-Policy that allows only the site's own scripts and
  Dash's inline scripts by hash, no framing except /embed/, no MIME sniffing, no referrer
  leaking to other sites.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from flask import Flask, jsonify, request
from werkzeug.exceptions import RequestEntityTooLarge

log = logging.getLogger(__name__)

CALLBACK_PATH = "/_dash-update-component"
MAX_BODY = 256 * 1024  # the largest real payload here is a few KB


def _problem(body) -> str | None:
    if not isinstance(body, dict):
        return "the body must be a JSON object"
    if not isinstance(body.get("output"), str):
        return "'output' must be a string"
    for key in ("inputs", "state"):
        items = body.get(key, [])
        if not isinstance(items, list):
            return f"'{key}' must be a list"
        for item in items:
            flat = item if isinstance(item, list) else [item]
            if not all(isinstance(i, dict) and "id" in i and "property" in i for i in flat):
                return f"each of '{key}' needs an id and a property"
    if not isinstance(body.get("outputs"), dict | list):
        return "'outputs' must be an object or a list"
    changed = body.get("changedPropIds", [])
    if not isinstance(changed, list) or not all(isinstance(c, str) for c in changed):
        return "'changedPropIds' must be a list of strings"
    return None


# properties of dcc.Location: the browser, not the page, produces them, always as strings
URL_PROPS = ("pathname", "search", "hash", "href")


def _bad_value(prop: str, value) -> str | None:
    if prop == "pathname" and not (isinstance(value, str) and value.startswith("/")):
        return "pathname must be a string starting with '/'"
    if prop in URL_PROPS and value is not None and not isinstance(value, str):
        return f"{prop} must be a string"
    return None


def _declared_outputs(output: str) -> list[tuple[str, str]]:
    """(id, property) of each output of a callback_map key: "a.b" or "..a.b...c.d..";
    a property's "@hash" (allow_duplicate) is dropped."""
    names = output[2:-2].split("...") if output.startswith("..") else [output]
    pairs = [name.rsplit(".", 1) for name in names]
    return [(cid, prop.split("@", 1)[0]) for cid, prop in pairs]


def _matches(item, cid: str, prop: str) -> bool:
    """A posted {id, property} against a declared one; wildcard ids (pattern matching,
    declared as a JSON object) are matched on the property only."""
    wildcard = cid.startswith("{")
    if isinstance(item, list) and not wildcard:  # only ALL/ALLSMALLER inputs come as lists
        return False
    items = item if isinstance(item, list) else [item]
    return all(
        isinstance(i, dict) and isinstance(i.get("property"), str)
        and i["property"].split("@", 1)[0] == prop
        and (wildcard or i.get("id") == cid)
        for i in items)


def _mismatch(body: dict, callback_map: dict) -> str | None:
    """What in a well-formed payload does not fit the callback it names, or None."""
    entry = callback_map.get(body["output"])
    if entry is None or "callback" not in entry:  # unknown, or a clientside callback
        return "'output' names no server callback"
    for key in ("inputs", "state"):
        declared, given = entry.get(key, []), body.get(key, [])
        if len(given) != len(declared):
            return f"'{key}' must have {len(declared)} item(s), got {len(given)}"
        for spec, item in zip(declared, given, strict=True):
            if not _matches(item, spec["id"], spec["property"]):
                return f"'{key}' does not match the callback ({spec['id']}.{spec['property']})"
            for i in item if isinstance(item, list) else [item]:
                problem = _bad_value(spec["property"], i.get("value"))
                if problem:
                    return problem
    declared = _declared_outputs(body["output"])
    # pattern-matching outputs (ALL/MATCH) come as lists of any length: not checked here
    if not entry.get("no_output") and not any(cid.startswith("{") for cid, _ in declared):
        given = body["outputs"]
        multi = body["output"].startswith("..")
        if multi != isinstance(given, list):
            return "'outputs' must be a list for several outputs, else an object"
        given = given if multi else [given]
        if len(given) != len(declared) or not all(
                _matches(item, cid, prop)
                for item, (cid, prop) in zip(given, declared, strict=True)):
            return "'outputs' does not match the callback"
    return None


def content_security_policy(script_hashes: list[str], *, embed: bool) -> str:
    scripts = " ".join(["'self'", *script_hashes])
    return "; ".join([
        "default-src 'self'",
        f"script-src {scripts}",
        # plotly.js and dash components set inline styles on the SVG they draw
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        f"frame-ancestors {'*' if embed else 'none'}",
    ])


def add_headers(server: Flask, script_hashes: Callable[[], list[str]]) -> None:
    """script_hashes() is asked on every response: Dash Pages adds an inline script during its
    first-request setup, and with several threads a cached policy could miss it. Hashing the
    few inline scripts costs microseconds.

    script_hashes is the Dash app's bound csp_hashes: its app also gets the callback check
    (register_callback_check), which needs the app's callback map."""
    dash_app = getattr(script_hashes, "__self__", None)
    if dash_app is not None and hasattr(dash_app, "callback_map"):
        register_callback_check(server, dash_app)

    @server.after_request
    def security_headers(response):
        embed = request.path.startswith("/embed/")
        policy = content_security_policy(script_hashes(), embed=embed)
        response.headers["Content-Security-Policy"] = policy
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
        if not embed:
            response.headers["X-Frame-Options"] = "DENY"
        return response


def register(server: Flask) -> None:
    @server.before_request
    def check_callback_payload():
        if request.path != CALLBACK_PATH or request.method != "POST":
            return None
        if (request.content_length or 0) > MAX_BODY:
            return jsonify(error="payload too large"), 413
        # a chunked body has no Content-Length: read at most one byte past the limit (werkzeug
        # stops a stream at max_content_length without an error) and refuse if it is reached
        request.max_content_length = MAX_BODY + 1
        try:
            if len(request.get_data(cache=True)) > MAX_BODY:
                return jsonify(error="payload too large"), 413
            body = request.get_json(silent=True)
        except RequestEntityTooLarge:
            return jsonify(error="payload too large"), 413
        except RecursionError:  # "[[[[...": the C decoder gives up on deep nesting
            body = None
        problem = _problem(body)
        if problem:
            return jsonify(error=f"malformed callback request: {problem}"), 400
        return None


def register_callback_check(server: Flask, dash_app) -> None:
    """Check a callback payload against the callback it names (app.callback_map).

    Registered after the Dash app is built, so this runs after Dash's own first-request setup
    (which fills callback_map from the pages' `dash.callback`s) and after the shape check in
    register(), which guarantees a dict with a str output and lists of {id, property}."""

    @server.before_request
    def check_callback_matches():
        if request.path != CALLBACK_PATH or request.method != "POST":
            return None
        problem = _mismatch(request.get_json(), dash_app.callback_map)
        if problem:
            log.info("callback request refused: %s", problem)
            return jsonify(error=f"malformed callback request: {problem}"), 400
        return None
