"""Stylesheets served from installed packages, never from a CDN and never copied into the repo.

dash-bootstrap-components only names CDN addresses (dbc.themes.*), which fail offline, so the
site serves Bootstrap 5's CSS and icons from the files the bootstrap-flask package ships.
"""

from __future__ import annotations

from pathlib import Path

import flask_bootstrap
from flask import Flask, abort, send_from_directory

VENDOR = Path(flask_bootstrap.__file__).resolve().parent / "static" / "bootstrap5"
PREFIX = "/vendor/bootstrap"
BOOTSTRAP_CSS = f"{PREFIX}/css/bootstrap.min.css"
ALLOWED = {"css/bootstrap.min.css", "css/bootstrap.min.css.map", "icons/bootstrap-icons.svg"}


def register(server: Flask) -> None:
    from dashboard import geodata

    @server.route(geodata.REGIONS_ROUTE)
    def regions_file():
        # fingerprinted by ?v=<hash> in geodata.regions_url(); application/json so that
        # flask-compress compresses it (575 KB -> ~150 KB)
        return send_from_directory(geodata.REGIONS_FILE.parent, geodata.REGIONS_FILE.name,
                                   mimetype="application/json", max_age=365 * 24 * 3600)

    @server.route(f"{PREFIX}/<path:name>")
    def vendor_file(name: str):
        if name not in ALLOWED:
            abort(404)
        response = send_from_directory(VENDOR, name, max_age=365 * 24 * 3600)
        return response
