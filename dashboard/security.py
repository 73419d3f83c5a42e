"""Reject malformed requests before Dash sees them: a callback payload that is not the shape
dash-renderer sends gets a 400 with a JSON error, never a 500 or a traceback."""

from __future__ import annotations

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
