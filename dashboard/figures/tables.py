"""Tables for /data and /sources: pure functions from the data bundle and the URL's selection to
frames and plain values. No Dash, no request.

Rows are chosen with the public API's own `api.applicable` and `api.select`, so the page and its
download links (`/api/v1/datasets/<name>.csv?...`) always hold the same rows. The page adds only
what the API's rows do not change: the order (`sort`) and the slice shown (`page`), plus `source`
(rows citing one source), which goes into the download link once the API takes it.

Page query (besides the global sector, gender, year, lang):

    dataset=<name>   one of schema.RESOURCES (default DEFAULT_DATASET)
    country=<ISO3>   rows of one country (country_iso3 or destination_iso3)
    source=<id>      rows citing one source (source_id)
    sort=<col>       sort by a column, `-<col>` descending (default: file order)
    page=<n>         PAGE_SIZE rows a page, from 1
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

import pandas as pd

from dashboard import api
from dashboard.datasets import Bundle
from dashboard.filters import Filters, Notice, _first, to_query
from dashboard.schema import RESOURCES

DEFAULT_DATASET = "migrant_stock"
PAGE_SIZE = 50
LONG_TEXT = 90  # characters of a text cell shown before "more"
GLOBAL = ("sector", "gender", "year")
PAGE_NAMES = ("dataset", "country", "source", "sort", "page")
SOURCE_COLUMN = "source_id"
# sources.csv ids: the build names every cited web page src_*, the rest are named datasets
SEED_SOURCES = ("tspc2012", "tspc2013")
GROUPS = ("seed", "statistics", "derived", "cited")


@dataclass(frozen=True)
class Params:
    dataset: str = DEFAULT_DATASET
    country: str | None = None
    source: str | None = None
    sort: str | None = None  # "col" ascending, "-col" descending, None: file order
    page: int = 1


def fields(name: str) -> list[dict]:
    return RESOURCES[name]["fields"]


def columns(name: str) -> list[str]:
    return [f["name"] for f in fields(name)]


def has_source(name: str) -> bool:
    return SOURCE_COLUMN in columns(name)


# --- the query -------------------------------------------------------------------------------

def parse_params(query: Mapping | None, data: Bundle) -> tuple[Params, list[Notice]]:
    """The page's own values from the query; a bad value falls back to the default with a
    Notice (never an error). Values that are valid but do not apply to the dataset are kept:
    the page says they do not apply."""
    query = query or {}
    notices: list[Notice] = []

    def given(name):
        value = _first(query, name)
        return None if value is None or value.strip() == "" else value.strip()

    name = given("dataset")
    if name is not None and name not in RESOURCES:
        notices.append(Notice("dataset", name[:40], DEFAULT_DATASET))
        name = None
    name = name or DEFAULT_DATASET

    country = given("country")
    if country is not None:
        if re.fullmatch(r"[A-Za-z]{3}", country):
            country = country.upper()
        else:
            notices.append(Notice("country", country[:40], "all"))
            country = None

    source = given("source")
    if source is not None and source not in set(data["sources"]["id"]):
        notices.append(Notice("source", source[:40], "all"))
        source = None

    sort = given("sort")
    if sort is not None and sort.lstrip("-") not in columns(name):
        notices.append(Notice("sort", sort[:40], "file order"))
        sort = None

    page, raw = 1, given("page")
    if raw is not None:
        if raw.isdigit() and 0 < int(raw) < 100_000:
            page = int(raw)
        else:
            notices.append(Notice("page", raw[:40], "1"))
    return Params(name, country, source, sort, page), notices


def page_query(filters: Filters, params: Params, **change) -> str:
    """'?...' for /data: the global filters, then the page's values, defaults left out.
    `change` replaces page values (None removes one)."""
    values = {**params.__dict__, **change}
    extra = {
        "dataset": None if values["dataset"] == DEFAULT_DATASET else values["dataset"],
        "country": values["country"],
        "source": values["source"],
        "sort": values["sort"],
        "page": None if (values["page"] or 1) == 1 else str(values["page"]),
    }
    return to_query(filters, **extra)


def data_link(name: str, source: str | None = None, filters: Filters | None = None) -> str:
    """/data address showing one dataset (optionally the rows citing one source)."""
    filters = filters or Filters()
    return "/data" + page_query(filters, Params(dataset=name, source=source))


# --- which filters apply ---------------------------------------------------------------------

def applicable(name: str) -> list[str]:
    """The filters that apply to a dataset: the API's (sector, gender, year, country) plus
    source for datasets with a source_id column."""
    found = api.applicable(name)
    return [*found, *(["source"] if has_source(name) and "source" not in found else [])]


def chosen(filters: Filters, params: Params) -> list[str]:
    """Filters the user set away from their default."""
    out = [p for p in ("sector", "gender") if getattr(filters, p) != "all"]
    out += ["year"] if filters.year is not None else []
    out += [p for p in ("country", "source") if getattr(params, p)]
    return out


def not_applicable(name: str, filters: Filters, params: Params) -> list[str]:
    """Filters the user chose that the dataset has no column for (the page says so)."""
    allowed = applicable(name)
    return [p for p in chosen(filters, params) if p not in allowed]


def api_filters(name: str, filters: Filters, params: Params) -> dict:
    """The filters as `api.parse_query` returns them for the same request, for the ones that
    apply. gender=all is sent where the dataset has a sex column: the API then keeps the
    totals, as the page does (Filters.sex)."""
    allowed = api.applicable(name)
    wanted = {
        "sector": filters.sector if filters.sector != "all" else None,
        "gender": filters.gender,
        "year": filters.year,
        "country": params.country,
        "source": params.source,  # once the API declares a source filter
    }
    return {p: wanted.get(p) for p in api.FILTERS
            if p in allowed and wanted.get(p) is not None}


def download_query(name: str, filters: Filters, params: Params) -> str:
    """'?...' for /api/v1/datasets/<name>.csv|json giving exactly the rows of the table (every
    page of it). The source filter is in it once the API declares it (api.FILTERS)."""
    pairs = [(k, str(v)) for k, v in api_filters(name, filters, params).items()]
    return "?" + urlencode(pairs) if pairs else ""


def download_links(name: str, filters: Filters, params: Params) -> dict[str, str]:
    query = download_query(name, filters, params)
    return {fmt: f"{api.PREFIX}/datasets/{name}.{fmt}{query}" for fmt in ("csv", "json")}


# --- the rows --------------------------------------------------------------------------------

@dataclass(frozen=True)
class View:
    name: str
    rows: pd.DataFrame  # every matching row, sorted (all pages)
    total: int  # rows in the dataset
    page: int
    pages: int
    first: int  # 1-based position of the page's first row (0 when there is none)
    shown: pd.DataFrame  # the page's rows
    hidden_other_sex: int  # rows left out because gender "All" shows the totals
    not_applicable: tuple[str, ...]
    page_clamped: bool  # the page asked for was past the last one


def select(data: Bundle, name: str, filters: Filters, params: Params) -> pd.DataFrame:
    """The dataset's rows for the selection, in file order: the API's selection, then the
    rows citing `source` where the dataset has a source_id column."""
    return _by_source(name, api.select(name, data[name], api_filters(name, filters, params)),
                      params)


def source_in_api() -> bool:
    return "source" in api.FILTERS


def _by_source(name: str, rows: pd.DataFrame, params: Params) -> pd.DataFrame:
    """The source filter, where the API does not apply it yet."""
    if params.source and has_source(name) and not source_in_api():
        rows = rows[rows[SOURCE_COLUMN] == params.source]
    return rows


def sort_rows(frame: pd.DataFrame, sort: str | None) -> pd.DataFrame:
    """Sorted by one column (blanks last either way), stable so ties keep the file order."""
    if not sort or sort.lstrip("-") not in frame.columns:
        return frame
    col = sort.lstrip("-")
    values = frame[col]
    key = values.str.casefold() if pd.api.types.is_string_dtype(values) else values
    order = key.sort_values(ascending=not sort.startswith("-"), kind="stable",
                            na_position="last").index
    return frame.loc[order]


def dataset_view(data: Bundle, filters: Filters, params: Params,
                 size: int = PAGE_SIZE) -> View:
    name = params.dataset
    rows = sort_rows(select(data, name, filters, params), params.sort)
    pages = max(1, math.ceil(len(rows) / size))
    page = min(params.page, pages)
    start = (page - 1) * size
    hidden = 0
    if filters.gender == "all" and "sex" in data[name]:
        loose = Filters(sector=filters.sector, gender="all", year=filters.year)
        every_sex = _by_source(name, api.select(name, data[name], {
            k: v for k, v in api_filters(name, loose, params).items() if k != "gender"}), params)
        hidden = len(every_sex) - len(rows)
    return View(name=name, rows=rows, total=len(data[name]), page=page, pages=pages,
                first=start + 1 if len(rows) else 0, shown=rows.iloc[start:start + size],
                hidden_other_sex=hidden,
                not_applicable=tuple(not_applicable(name, filters, params)),
                page_clamped=params.page > pages)


def years(data: Bundle, name: str) -> list[int]:
    frame = data[name]
    if "year" not in frame:
        return []
    return sorted({int(y) for y in frame["year"].dropna()})


def countries(data: Bundle, name: str) -> list[tuple[str, str]]:
    """(ISO3, the dataset's own name for it) of the dataset's country column, by code."""
    frame = data[name]
    col = next((c for c in api.FILTERS["country"] if c in frame), None)
    if col is None:
        return []
    name_col = {"country_iso3": "country_name", "destination_iso3": "destination_name"}[col]
    named = frame[name_col] if name_col in frame else frame[col]
    pairs = dict(zip(frame[col], named, strict=True))
    return sorted(pairs.items())


def sources_cited(data: Bundle, name: str) -> list[str]:
    """Ids of the sources the dataset's rows cite, in sources.csv order."""
    if not has_source(name):
        return []
    cited = set(data[name][SOURCE_COLUMN])
    return [s for s in data["sources"]["id"] if s in cited]


# --- cells -----------------------------------------------------------------------------------

def quality_of(name: str, row: Mapping) -> str | None:
    """The row's quality level: the quality column, or for offices 'verified'/'unverified';
    None for datasets that carry none."""
    if "quality" in row and row["quality"]:
        return str(row["quality"])
    if name == "diaspora_offices" and "verified" in row:
        return "verified" if bool(row["verified"]) else "unverified"
    return None


BADGE_CLASS = {"reported": "text-bg-success", "derived": "text-bg-primary",
               "estimate": "text-bg-info", "verified": "text-bg-success"}
UNVERIFIED_CLASS = "text-danger bg-white border border-danger kg-unverified"


def badge(level: str) -> tuple[str, str, dict, str]:
    """How a quality level is drawn: (i18n key, CSS classes, style, prefix). Unverified is
    visibly different: outlined, dashed, with a question mark."""
    key = "data.verified" if level == "verified" else f"quality.{level}"
    if level == "unverified":
        return key, f"badge rounded-pill {UNVERIFIED_CLASS}", {"borderStyle": "dashed"}, "? "
    return key, f"badge rounded-pill {BADGE_CLASS.get(level, 'text-bg-light')}", {}, ""


def is_blank(value) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value)) or value == ""


def format_value(value, kind: str, lang: str = "en") -> str:
    """A cell as text: '' for blanks, true/false, numbers with thousands separators (large
    numbers without decimals, small ones to at most 3 decimals); in Russian and Kyrgyz a
    no-break space groups thousands and a comma marks decimals."""
    if is_blank(value):
        return ""
    if kind == "boolean":
        return "true" if bool(value) else "false"
    if kind == "integer":
        return str(int(value))  # years and counts: no separator (2019, not 2,019)
    if kind != "number":
        return str(value)
    v = float(value)
    text = f"{v:,.0f}" if abs(v) >= 1000 else f"{v:,.3f}".rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if lang != "en":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def shorten(text: str, limit: int = LONG_TEXT) -> tuple[str, bool]:
    """(the first words of text up to about limit characters + '…', True) or (text, False)."""
    if len(text) <= limit:
        return text, False
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(" ,;:") + "…", True


def field_rows(name: str) -> list[dict]:
    """The field list shown above the table: name, type, unit, description, allowed values."""
    out = []
    for f in fields(name):
        constraints = f.get("constraints", {})
        out.append({"name": f["name"], "type": f["type"], "unit": f.get("unit", ""),
                    "description": f.get("description", ""),
                    "enum": ", ".join(constraints.get("enum", [])),
                    "required": bool(constraints.get("required"))})
    return out


# --- sources ---------------------------------------------------------------------------------

def source_group(row: Mapping) -> str:
    """'seed' (the two TSPC reports), 'derived' (computed by this project), 'statistics'
    (named datasets: World Bank, UN DESA, GeoNames, boundaries) or 'cited' (a cited web page:
    news, official sites, organisations; the build names them src_*)."""
    sid = str(row["id"])
    if sid in SEED_SOURCES:
        return "seed"
    if sid.startswith("derived_") or row.get("publisher") == "This project":
        return "derived"
    if sid.startswith("src_"):
        return "cited"
    return "statistics"


def source_usage(data: Bundle) -> pd.DataFrame:
    """How many rows of each dataset cite each source: columns source_id, dataset, rows."""
    parts = []
    for name in RESOURCES:
        if has_source(name):
            counts = data[name][SOURCE_COLUMN].value_counts()
            parts.append(pd.DataFrame({"source_id": counts.index, "dataset": name,
                                       "rows": counts.to_numpy()}))
    usage = pd.concat(parts, ignore_index=True)  # RESOURCES order within each source
    return usage.sort_values("source_id", kind="stable").reset_index(drop=True)


def source_groups(data: Bundle) -> list[tuple[str, pd.DataFrame]]:
    """The sources in GROUPS order, each group sorted by publisher, then year (newest first),
    then title; empty groups left out."""
    table = data["sources"].copy()
    table["group"] = [source_group(r) for r in table.to_dict("records")]
    table["_pub"] = table["publisher"].str.casefold()
    out = []
    for group in GROUPS:
        part = table[table["group"] == group].sort_values(
            ["_pub", "year", "title"], ascending=[True, False, True], na_position="last",
            kind="stable")
        if not part.empty:
            out.append((group, part.drop(columns=["_pub"])))
    return out


def supports(usage: pd.DataFrame, source_id: str) -> list[tuple[str, int]]:
    """(dataset, rows citing source_id) in RESOURCES order."""
    return support_index(usage).get(source_id, [])


def support_index(usage: pd.DataFrame) -> dict[str, list[tuple[str, int]]]:
    """supports() for every source at once: source id -> [(dataset, rows)]."""
    out: dict[str, list[tuple[str, int]]] = {}
    for sid, name, rows in zip(usage["source_id"], usage["dataset"], usage["rows"],
                               strict=True):
        out.setdefault(sid, []).append((name, int(rows)))
    return out
