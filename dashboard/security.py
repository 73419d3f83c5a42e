"""What every response carries and every request must be.

- A callback payload that is not the shape dash-renderer sends gets a 400 with a JSON error,
  never a 500 or a traceback.
- Security headers: a Content-Security-Policy that allows only the site's own scripts and
  Dash's inline scripts by hash, no framing except /embed/, no MIME sniffing, no referrer
  leaking to other sites.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask, jsonify, request

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
    few inline scripts costs microseconds."""

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
        body = request.get_json(silent=True)
        problem = _problem(body)
        if problem:
            return jsonify(error=f"malformed callback request: {problem}"), 400
        return None
