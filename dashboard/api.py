"""The public read-only data API (a Flask blueprint): /api/v1/... (being built)."""

from flask import Blueprint

api = Blueprint("api", __name__, url_prefix="/api/v1")
