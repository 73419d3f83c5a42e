"""The public read-only data API (a Flask blueprint): /api/v1/...

    GET /api/v1/datasets                  every dataset: description, rows, fields, links
    GET /api/v1/datasets/<name>.csv       one dataset, as data/<name>.csv, filtered
    GET /api/v1/datasets/<name>.json      the same rows as JSON (nulls for blanks)
    GET /api/v1/sources/<id>              one row of sources (for "cite this")
    GET /api/v1/openapi.json              the OpenAPI spec, generated from dashboard/schema.py

Filters use the pages' query names plus `country`, and each applies only to the datasets that
have its column (FILTERS); any other query name, a filter given for a dataset without its
column, or a bad value is a 400 `{"error", "parameter"}`, never silently ignored.

- sector: a sector code (or `all`); `sector` column equal, or `sectors` (';'-separated, `all`
  meaning every sector) containing the code or `all`.
- gender: all/women/men is the `sex` column's total/women/men. On recommendations, which flag
  gender-specific rows without naming a gender, every row is kept, as on the page (general
  recommendations concern women and men alike), with the gender-specific ones first.
- year: four digits, equal to the `year` column.
- country: ISO 3166-1 alpha-3 (any case), equal to `country_iso3` or `destination_iso3`.

Every answer carries `Cache-Control: public, max-age=300` and a weak ETag from the data version
and the normalised query; If-None-Match gives 304. Every error is JSON, with no traceback.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import re
from collections.abc import Callable
from urllib.parse import urlencode

import pandas as pd
from flask import Blueprint, Response, request, url_for
from werkzeug.exceptions import HTTPException

from dashboard import runtime
from dashboard.filters import GENDERS, QUERY_NAMES
from dashboard.schema import RESOURCES

log = logging.getLogger(__name__)
api = Blueprint("api", __name__, url_prefix="/api/v1")

PREFIX = "/api/v1"
MAX_AGE = 300
# query name -> the columns it filters, first match wins
FILTERS = {
    "sector": ("sector", "sectors"),
    "gender": ("sex", "gender_specific"),
    "year": ("year",),
    "country": ("country_iso3", "destination_iso3"),
    "source": ("source_id",),
}
SEX = {"all": "total", "women": "women", "men": "men"}
LICENCE = ("Each row names its source (source_id); the source's licence applies to its figures: "
           "World Bank WDI CC BY 4.0, UN DESA with attribution, cited pages quoted for "
           "citation (see /api/v1/sources/<id>). The compilation: CC BY 4.0.")


class ApiError(Exception):
    def __init__(self, message: str, parameter: str | None = None, status: int = 400):
        super().__init__(message)
        self.message, self.parameter, self.status = message, parameter, status


def kinds(name: str) -> dict[str, str]:
    """Column -> Table Schema type, in the file's column order."""
    return {f["name"]: f["type"] for f in RESOURCES[name]["fields"]}


def applicable(name: str) -> list[str]:
    """The filters that apply to a dataset: those whose column it has."""
    return [p for p, cols in FILTERS.items() if any(c in kinds(name) for c in cols)]


def _filter_column(name: str, param: str) -> str:
    return next(c for c in FILTERS[param] if c in kinds(name))


# --- the query -------------------------------------------------------------------------------

def _value(param: str, given: str, sectors: list[str]):
    shown = given[:40]
    if param == "sector":
        if given in ("all", *sectors):
            return given
        raise ApiError(f"unknown sector code {shown!r}; use all or one of: "
                       + ", ".join(sectors), param)
    if param == "gender":
        if given in GENDERS:
            return given
        raise ApiError(f"gender must be one of {', '.join(GENDERS)}; got {shown!r}", param)
    if param == "year":
        if re.fullmatch(r"[0-9]{4}", given):
            return int(given)
        raise ApiError(f"year must be 4 digits, e.g. 2019; got {shown!r}", param)
    if param == "source":
        if given in set(runtime.data()["sources"]["id"]):
            return given
        raise ApiError(f"unknown source id {shown!r}; see {PREFIX}/datasets/sources.json",
                       param)
    if re.fullmatch(r"[A-Za-z]{3}", given):  # country
        return given.upper()
    raise ApiError(f"country must be an ISO 3166-1 alpha-3 code (3 letters, e.g. RUS); "
                   f"got {shown!r}", param)


def parse_query(args, name: str | None = None) -> dict:
    """The filters of a request for dataset `name` (None: an endpoint that takes none),
    normalised and in FILTERS order; ApiError on anything wrong."""
    allowed = applicable(name) if name else []
    where = name or "this endpoint"
    chosen = {}
    for param in args:
        if param in QUERY_NAMES and param not in FILTERS:  # lang
            raise ApiError(f"{param} does not apply to the data API (the data are the same in "
                           "every language)", param)
        if param not in FILTERS:
            raise ApiError(f"unknown query parameter {param[:40]!r}; {where} takes: "
                           f"{', '.join(allowed) or 'none'}", param[:40])
        if param not in allowed:
            raise ApiError(f"{param} does not apply to {where}"
                           + (f"; it takes: {', '.join(allowed)}" if allowed else ""), param)
        values = args.getlist(param)
        if len(values) > 1:
            raise ApiError(f"{param} is given {len(values)} times; give it once", param)
        sectors = list(runtime.data()["sectors"]["code"]) if param == "sector" else []
        chosen[param] = _value(param, values[0], sectors)
    return {p: chosen[p] for p in FILTERS if p in chosen}


def select(name: str, frame: pd.DataFrame, filters: dict) -> pd.DataFrame:
    """The rows of a dataset that satisfy the filters (parsed by parse_query): the one place
    filters are applied, for both formats."""
    keep = pd.Series(True, index=frame.index)
    for param, value in filters.items():
        col = frame[_filter_column(name, param)]
        if col.name == "sectors":
            if value != "all":
                keep &= col.str.split(";").map(lambda codes, v=value: v in codes or "all" in codes)
        elif col.name == "sector":
            if value != "all":
                keep &= col == value
        elif col.name == "sex":
            keep &= col == SEX[value]
        elif col.name == "gender_specific":
            pass  # every row is kept; ordered below
        else:  # year, country, source
            keep &= col.eq(value).fillna(False).astype(bool)
    rows = frame[keep]
    if filters.get("gender", "all") != "all" and "gender_specific" in rows:
        rows = rows.sort_values("gender_specific", ascending=False, kind="stable")
    return rows


# --- cells -----------------------------------------------------------------------------------

def _values(column: pd.Series, kind: str) -> list:
    """A column as JSON values: None for blanks, int/float for numbers, bool for booleans."""
    if kind == "boolean":
        return [bool(v) for v in column.tolist()]
    if kind in ("integer", "number"):
        return [None if v != v else int(v) if v.is_integer() else v  # v != v: NaN
                for v in column.astype("float64").tolist()]
    return [v if isinstance(v, str) and v else None for v in column.tolist()]


def records(name: str, frame: pd.DataFrame) -> list[dict]:
    """The rows as JSON objects, in the file's column order."""
    cols = kinds(name)
    values = [_values(frame[c], kind) for c, kind in cols.items()]
    return [dict(zip(cols, row, strict=True)) for row in zip(*values, strict=True)]


def _csv_text(value) -> str:
    """As the build writes a cell: blank, true/false, 71350000 not 71350000.0."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


def to_csv(name: str, frame: pd.DataFrame) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(kinds(name))
    writer.writerows([_csv_text(v) for v in row.values()] for row in records(name, frame))
    return buf.getvalue()


# --- responses -------------------------------------------------------------------------------

def _json(body, status: int = 200) -> Response:
    text = json.dumps(body, ensure_ascii=False, allow_nan=False)
    return Response(text, status=status, mimetype="application/json")


def _cached(key: str, build: Callable[[], Response]) -> Response:
    """build()'s response, or 304 when the client has it: weak ETag of data version + key."""
    version = runtime.data().version
    tag = f"{version}-{hashlib.sha256(key.encode()).hexdigest()[:16]}"
    response = Response(status=304) if request.if_none_match.contains_weak(tag) else build()
    response.set_etag(tag, weak=True)
    response.headers["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return response


def _dataset(name: str) -> pd.DataFrame:
    if name not in RESOURCES:
        raise ApiError(f"unknown dataset {name[:40]!r}; datasets: {', '.join(RESOURCES)}",
                       "name", 404)
    return runtime.data()[name]


@api.get("/", strict_slashes=False)
def index():
    parse_query(request.args)
    return _cached("index", lambda: _json({
        "datasets": url_for("api.datasets"), "openapi": url_for("api.openapi")}))


@api.get("/datasets")
def datasets():
    parse_query(request.args)

    def build():
        data = runtime.data()
        return _json({
            "version": data.version,
            "licence": LICENCE,
            "datasets": [{
                "name": name,
                "description": spec["description"],
                "rows": len(data[name]),
                "fields": [{"name": f["name"], "type": f["type"], "unit": f.get("unit"),
                            "description": f["description"] or None} for f in spec["fields"]],
                "filters": applicable(name),
                "links": {fmt: url_for("api.dataset", name=name, fmt=fmt)
                          for fmt in ("csv", "json")},
            } for name, spec in RESOURCES.items()],
        })
    return _cached("datasets", build)


@api.get("/datasets/<name>.<any(csv, json):fmt>")
def dataset(name: str, fmt: str):
    frame = _dataset(name)
    filters = parse_query(request.args, name)
    query = urlencode(filters)

    def build():
        rows = select(name, frame, filters)
        if fmt == "csv":
            suffix = "".join(f"-{k}-{v}" for k, v in filters.items())
            response = Response(to_csv(name, rows), mimetype="text/csv")
            response.headers["Content-Disposition"] = f'attachment; filename="{name}{suffix}.csv"'
            return response
        cited = rows["id"] if name == "sources" else rows.get("source_id", [])  # sectors: none
        return _json({
            "dataset": name, "version": runtime.data().version, "filters": filters,
            "count": len(rows), "source_ids": sorted(set(cited)),
            "rows": records(name, rows),
        })
    return _cached(f"{name}.{fmt}?{query}", build)


@api.get("/sources/<source_id>")
def source(source_id: str):
    parse_query(request.args)
    table = runtime.data()["sources"]
    found = table[table["id"] == source_id]
    if found.empty:
        raise ApiError(f"unknown source {source_id[:40]!r}", "id", 404)
    return _cached(f"sources/{source_id}", lambda: _json(records("sources", found)[0]))


@api.get("/charts/<name>.<any(csv, json):fmt>")
def chart(name: str, fmt: str):
    """Exactly the numbers a chart shows (dashboard/charts.py), for the same query as its
    page: filters, lang and the page's own parameters."""
    from dashboard import charts

    found = charts.get(name)
    if found is None:
        raise ApiError(f"unknown chart {name[:40]!r}; charts: {', '.join(charts.CHARTS)}",
                       "name", 404)
    try:
        filters, params = charts.parse_strict(found, request.args, runtime.data())
    except charts.BadParam as exc:
        raise ApiError(exc.message, exc.parameter) from None
    query = charts.query_string(found, filters, params)

    def build():
        frame = charts.table(name, filters, params)
        if fmt == "csv":
            flags = frame.select_dtypes("bool").columns
            text = frame.assign(**{c: frame[c].map({True: "true", False: "false"})
                                   for c in flags}).to_csv(index=False, lineterminator="\n")
            response = Response(text, mimetype="text/csv")
            response.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
            return response
        ids = charts.sources(name, filters, params)
        table = runtime.data()["sources"]
        cited = table[table["id"].isin(ids)]
        cited = cited.iloc[cited["id"].map(ids.index).argsort()]
        return _json({
            "chart": name, "title": found.title(filters.lang), "page": found.page,
            "query": query, "version": runtime.data().version, "source_ids": ids,
            "sources": records("sources", cited),
            "columns": list(frame.columns),
            "rows": json.loads(frame.to_json(orient="records", force_ascii=False)),
        })
    return _cached(f"charts/{name}.{fmt}{query}", build)


@api.get("/datapackage.json")
def datapackage():
    """data/datapackage.json with each resource's path pointing at its CSV under this API
    (relative, so a client resolves it against wherever the site is served)."""
    parse_query(request.args)
    from dashboard.schema import datapackage as descriptor

    def build():
        package = descriptor(runtime.data().version)
        for resource in package["resources"]:
            resource["path"] = f"datasets/{resource['name']}.csv"
        return _json(package)
    return _cached("datapackage", build)


@api.get("/openapi.json")
def openapi():
    parse_query(request.args)
    from dashboard.openapi import spec  # imported here: openapi imports this module

    return _cached("openapi", lambda: _json(spec(runtime.data())))


@api.get("/<path:rest>")
def not_found(rest: str):
    raise ApiError(f"no such endpoint /api/v1/{rest[:60]}; see /api/v1/openapi.json",
                   status=404)


# --- errors: always JSON ---------------------------------------------------------------------

@api.errorhandler(Exception)
def error(exc: Exception):
    if isinstance(exc, ApiError):
        body = {"error": exc.message}
        if exc.parameter:
            body["parameter"] = exc.parameter
        return _json(body, exc.status)
    if isinstance(exc, HTTPException):
        response = _json({"error": exc.name.lower()}, exc.code or 500)
        if exc.code == 405:
            response.headers["Allow"] = ", ".join(getattr(exc, "valid_methods", None) or [])
        return response
    log.exception("API error on %s", request.path)
    return _json({"error": "internal error"}, 500)


@api.app_errorhandler(HTTPException)
def routing_error(exc: HTTPException):
    """Routing errors (405 on an API path) never reach the blueprint's handler."""
    if request.path == PREFIX or request.path.startswith(PREFIX + "/"):
        return error(exc)
    return exc
