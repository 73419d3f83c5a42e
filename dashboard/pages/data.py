"""/data: every dataset as a table, for journalists (think Datasette).

The whole view is in the URL: the global filters (sector, gender, year, lang) and the page's own
`dataset`, `country`, `source`, `sort`, `page` (dashboard.figures.tables). Rows are chosen with
the public API's own selection (api.select), so the download links give exactly the rows of the
table. Sorting and paging are links (column headings, page numbers): the router re-renders the
page from the new URL, and every view is a permalink.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, dcc, html, no_update
from flask import current_app, has_app_context

from dashboard import runtime
from dashboard.components.frame import PAGES_LOCATION, page_frame, parse_query, sector_label
from dashboard.figures import tables
from dashboard.filters import Filters, Notice
from dashboard.i18n import country, t
from dashboard.schema import RESOURCES

dash.register_page(__name__, path="/data", title="Data · Kyrgyz labour migration",
                   description="Every dataset behind the charts as a sortable, filterable "
                               "table, with each row's source and quality, and downloads.")

NOTICE_LABEL = {"dataset": "data.dataset", "country": "data.country", "source": "data.source",
                "sort": "data.sort", "page": "data.page"}
NOTICE_USED = {"all": "data.all", "file order": "data.file_order"}
FILTER_LABEL = {"sector": "filter.sector", "gender": "filter.gender", "year": "filter.year",
                "country": "data.country", "source": "data.source"}
FILTER_COLUMN = {"sector": "sector", "gender": "sex", "year": "year",
                 "country": "country_iso3 / destination_iso3", "source": "source_id"}
DATAPACKAGE_ROUTES = ("/api/v1/datapackage.json", "/data/datapackage.json", "/datapackage.json")
LONG_COLUMNS = {"note", "text", "as_published", "event", "title", "description", "organisation"}
# codes and short labels: never broken across lines
NOWRAP = {"id", "country_iso3", "destination_iso3", "place_type", "sex", "measure", "unit",
          "kind", "status", "region_iso", "report", "parent_id", "recommendation_id", "theme",
          "code", "sector", "licence"}


# --- pieces ----------------------------------------------------------------------------------

def own_notices(notices: list[Notice], lang: str) -> html.Div:
    return html.Div([
        html.Div(t("notice.bad_value", lang, given=n.given, name=t(NOTICE_LABEL[n.name], lang),
                   used=t(NOTICE_USED[n.used], lang) if n.used in NOTICE_USED else n.used),
                 className="alert alert-warning py-2 mb-2", **{"data-notice": n.name})
        for n in notices
    ], id="data-notices", role="status")


def quality_badge(level: str | None, lang: str):
    if not level:
        return None
    key, classes, style, prefix = tables.badge(level)
    return html.Span(prefix + t(key, lang), className=classes, style=style or None,
                     **{"data-quality": level})


def _controls(data, filters: Filters, params: tables.Params) -> dbc.Row:
    lang, name = filters.lang, params.dataset
    allowed = tables.applicable(name)
    dataset_opts = [{"label": f"{t(f'data.ds.{n}', lang)} ({n})", "value": n} for n in RESOURCES]
    country_opts = [{"label": f"{country(iso, lang, named)} ({iso})", "value": iso}
                    for iso, named in tables.countries(data, name)]
    if params.country and params.country not in {o["value"] for o in country_opts}:
        country_opts.append({"label": params.country, "value": params.country})
    src = data["sources"].set_index("id")
    source_opts = []
    for sid in tables.sources_cited(data, name):
        label = f"{src.at[sid, 'publisher']}: {src.at[sid, 'title']}"
        source_opts.append({"label": label if len(label) < 90 else label[:88] + "…",
                            "value": sid})
    if params.source and params.source not in {o["value"] for o in source_opts}:
        source_opts.append({"label": params.source, "value": params.source})
    na = t("data.does_not_apply", lang).capitalize()
    return dbc.Row([
        dbc.Col([
            dbc.Label(t("data.dataset", lang), html_for="data-dataset"),
            dcc.Dropdown(id="data-dataset", options=dataset_opts, value=name, clearable=False,
                         searchable=True),
        ], md=4),
        dbc.Col([
            dbc.Label(t("data.country", lang), html_for="data-country"),
            dcc.Dropdown(id="data-country", options=country_opts, value=params.country,
                         placeholder=t("data.country.any", lang) if "country" in allowed
                         else na, clearable=True, disabled="country" not in allowed),
        ], md=3),
        dbc.Col([
            dbc.Label(t("data.source", lang), html_for="data-source"),
            dcc.Dropdown(id="data-source", options=source_opts, value=params.source,
                         placeholder=t("data.source.any", lang) if "source" in allowed
                         else na, clearable=True, disabled="source" not in allowed,
                         optionHeight=50),
        ], md=5),
    ], className="g-3 mb-3")


def _applied_text(name: str, filters: Filters, params: tables.Params) -> str:
    lang = filters.lang
    parts = []
    for param, value in tables.api_filters(name, filters, params).items():
        if param == "gender":
            if "sex" in tables.columns(name):
                parts.append(f"sex = {filters.sex}")
            continue
        shown = sector_label(value, lang) if param == "sector" else value
        parts.append(f"{t(FILTER_LABEL[param], lang).lower()} = {shown}")
    if params.source and tables.has_source(name) and not tables.source_in_api():
        parts.append(f"source_id = {params.source}")
    if filters.year is None and "year" in tables.applicable(name):
        parts.append(t("data.years_all", lang))
    return t("data.applied", lang, list="; ".join(parts)) if parts \
        else t("data.applied.none", lang)


def datapackage_href() -> str | None:
    """Where the app serves the Frictionless datapackage.json, if it does."""
    if not has_app_context():
        return None
    rules = {r.rule for r in current_app.url_map.iter_rules()}
    return next((r for r in DATAPACKAGE_ROUTES if r in rules), None)


def _field_list(name: str, lang: str) -> html.Details:
    rows = tables.field_rows(name)
    head = html.Thead(html.Tr([html.Th(t(f"data.field.{k}", lang), scope="col")
                               for k in ("name", "type", "unit", "description")]))
    body = html.Tbody([html.Tr([
        html.Td(html.Code(f["name"])),
        html.Td(t(f"data.type.{f['type']}", lang)),
        html.Td(f["unit"]),
        html.Td([f["description"],
                 html.Span(f" ({t('data.field.required', lang)})", className="text-muted")
                 if f["required"] else None,
                 html.Div(t("data.field.values", lang, values=f["enum"]),
                          className="small text-muted") if f["enum"] else None]),
    ]) for f in rows])
    return html.Details([
        html.Summary([html.Strong(t("data.fields", lang, n=len(rows))), ": ",
                      ", ".join(f["name"] for f in rows)], className="small"),
        html.Table([head, body], className="table table-sm small mt-2 mb-1"),
        html.P(t("data.field.lang_note", lang), className="small text-muted mb-0"),
    ], id="data-fields", className="mt-2")


def _summary(view: tables.View, filters: Filters, params: tables.Params) -> dbc.Card:
    lang, name = filters.lang, view.name
    links = tables.download_links(name, filters, params)
    n = len(view.rows)
    package = datapackage_href()
    btn = "btn btn-outline-primary btn-sm"
    downloads = [
        html.A(["⬇ ", t(f"data.download.{fmt}", lang)], href=href, className=btn,
               id=f"data-download-{fmt}", download=f"{name}.{fmt}")
        for fmt, href in links.items()]
    if package:
        downloads.append(html.A(t("data.datapackage", lang), href=package, id="data-package",
                                className="btn btn-outline-secondary btn-sm"))
    source_caveat = params.source and tables.has_source(name) and not tables.source_in_api()
    return dbc.Card(dbc.CardBody([
        html.H2([t(f"data.ds.{name}", lang), " ", html.Code(name, className="fs-6")],
                className="h4"),
        html.P(t(f"data.dsdesc.{name}", lang), className="mb-2"),
        html.P([html.Strong(t("data.rows", lang, n=_int(n, lang),
                              total=_int(view.total, lang)),
                            id="data-count", **{"data-n": n, "data-total": view.total}),
                " · ", html.Span(_applied_text(name, filters, params), id="data-applied")],
               className="mb-2"),
        html.Div([html.Span(t("data.downloads", lang) + ":", className="me-1 small"),
                  *downloads], className="d-flex flex-wrap gap-2 align-items-center",
                 role="group", **{"aria-label": t("data.downloads", lang)}),
        html.P([t("data.api_note", lang), " ",
                html.A("openapi.json", href="/api/v1/openapi.json"), "."],
               className="small text-muted mt-2 mb-0"),
        html.P(t("data.source_not_in_api", lang), className="small text-danger mb-0")
        if source_caveat else None,
        None if package else html.P(t("data.datapackage.file", lang),
                                    className="small text-muted mb-0"),
        _field_list(name, lang),
    ]), className="mb-3 shadow-sm", id="data-summary")


def _notes(data, view: tables.View, filters: Filters) -> list:
    lang, name = filters.lang, view.name
    notes = [t("data.na", lang, filter=t(FILTER_LABEL[p], lang), column=FILTER_COLUMN[p])
             for p in view.not_applicable]
    if view.hidden_other_sex:
        notes.append(t("data.gender_total", lang, hidden=_int(view.hidden_other_sex, lang)))
    if filters.gender != "all" and "gender_specific" in data[name]:
        notes.append(t("data.gender_recs", lang))
    if filters.sector != "all" and "sectors" in data[name]:
        notes.append(t("data.sector_all", lang))
    if view.page_clamped:
        notes.append(t("data.page_clamped", lang, pages=view.pages))
    return [dbc.Alert(n, color="info", className="py-2 small mb-2") for n in notes]


def _header(col: str, filters: Filters, params: tables.Params) -> html.Th:
    current = params.sort or ""
    if current == col:
        nxt, aria, arrow = f"-{col}", "ascending", " ▲"
    elif current == f"-{col}":
        nxt, aria, arrow = col, "descending", " ▼"
    else:
        nxt, aria, arrow = col, None, ""
    href = "/data" + tables.page_query(filters, params, sort=nxt, page=1)
    link = dcc.Link([col, html.Span(arrow, **{"aria-hidden": "true"})], href=href,
                    title=t("data.sort_by", filters.lang, col=col),
                    className="link-dark text-decoration-none")
    extra = {"aria-sort": aria} if aria else {}
    return html.Th(link, scope="col", className="text-nowrap", **extra)


def _text_cell(text: str, lang: str):
    short, cut = tables.shorten(text)
    if not cut:
        return text
    return html.Details([html.Summary(short), html.Div(text, className="mt-1")],
                        className="kg-long")


def _cell(name: str, col: str, kind: str, value, row: dict, sources, lang: str):
    if tables.is_blank(value):
        return html.Td("")
    if col == "source_id":
        found = sources.get(value)
        if found is None:
            return html.Td(value)
        label = tables.shorten(found["publisher"], 34)[0] + (
            f" ({found['year']})" if found["year"] else "")
        tip = f"{found['publisher']}: {found['title']}"
        head = html.A(label, href=found["url"], rel="noopener", title=tip) \
            if found["url"] else html.Span(label, title=tip)
        return html.Td([head, html.Br(),
                        dcc.Link(value, href=f"/sources{_lang_query(lang)}#{value}",
                                 className="small text-muted",
                                 title=t("data.about_source", lang, id=value))],
                       className="kg-source text-nowrap")
    if col == "quality" or (name == "diaspora_offices" and col == "verified"):
        return html.Td(quality_badge(tables.quality_of(name, row), lang))
    if name == "sources" and col == "id":
        return html.Td(dcc.Link(value, href=f"/sources{_lang_query(lang)}#{value}"))
    if col == "url":
        return html.Td(html.A(value, href=value, rel="noopener", className="text-break"))
    text = tables.format_value(value, kind, lang)
    if kind in ("number", "integer"):
        return html.Td(text, className="text-end text-nowrap")
    if col in LONG_COLUMNS:
        return html.Td(html.Div(_text_cell(text, lang), style={"minWidth": "22rem"}))
    return html.Td(text, className="text-nowrap" if col in NOWRAP else None)


def _int(n: int, lang: str) -> str:
    return tables.format_value(n, "number", lang)


def _lang_query(lang: str) -> str:
    return "" if lang == "en" else f"?lang={lang}"


def _source_index(data) -> dict[str, dict]:
    out = {}
    for r in data["sources"].to_dict("records"):
        year = r["year"]
        out[r["id"]] = {"publisher": r["publisher"], "title": r["title"], "url": r["url"],
                        "year": "" if tables.is_blank(year) else str(int(year))}
    return out


def _table(data, view: tables.View, filters: Filters, params: tables.Params):
    lang, name = filters.lang, view.name
    if view.rows.empty:
        return dbc.Alert([html.Strong(t("nodata", lang)), " ", t("data.norows", lang)],
                         color="secondary", id="data-norows")
    kinds = {f["name"]: f["type"] for f in tables.fields(name)}
    sources = _source_index(data)
    body = []
    for row in view.shown.to_dict("records"):
        level = tables.quality_of(name, row)
        body.append(html.Tr(
            [_cell(name, col, kind, row[col], row, sources, lang) for col, kind in kinds.items()],
            className="kg-row-unverified" if level == "unverified" else None,
            **({"data-quality": level} if level else {})))
    caption = t("data.caption", lang, dataset=t(f"data.ds.{name}", lang),
                n=_int(len(view.rows), lang), page=view.page, pages=view.pages)
    return html.Div(html.Table([
        html.Caption(caption, className="small"),
        html.Thead(html.Tr([_header(c, filters, params) for c in kinds]),
                   className="table-light"),
        html.Tbody(body),
    ], className="table table-sm table-striped table-hover align-top small mb-1 caption-top",
        id="data-table", **{"data-dataset": name, "data-rows": len(view.rows)}),
        className="table-responsive border rounded", tabIndex="0",
        role="region", **{"aria-label": caption})


def _pager(view: tables.View, filters: Filters, params: tables.Params):
    lang = filters.lang
    last = view.first + len(view.shown) - 1
    showing = html.P(t("data.showing", lang, first=view.first, last=last, page=view.page,
                       pages=view.pages), className="small text-muted mb-1", id="data-showing")
    if view.pages <= 1:
        return showing
    wanted = sorted({1, view.pages, *range(max(1, view.page - 2),
                                           min(view.pages, view.page + 2) + 1)})

    def item(label, page, *, active=False, disabled=False, aria=None):
        href = "/data" + tables.page_query(filters, params, page=page)
        inner = html.Span(label, className="page-link") if disabled or active else \
            dcc.Link(label, href=href, className="page-link", title=aria)
        extra = {"aria-current": "page"} if active else {}
        return html.Li(inner, className="page-item" + (" active" if active else "")
                       + (" disabled" if disabled else ""), **extra)

    items = [item("‹ " + t("data.prev", lang), view.page - 1, disabled=view.page == 1)]
    previous = 0
    for p in wanted:
        if p - previous > 1:
            items.append(item("…", p, disabled=True))
        items.append(item(str(p), p, active=p == view.page))
        previous = p
    items.append(item(t("data.next", lang) + " ›", view.page + 1,
                      disabled=view.page == view.pages))
    return html.Div([
        showing,
        html.Nav(html.Ul(items, className="pagination pagination-sm flex-wrap mb-0"),
                 **{"aria-label": t("data.pages", lang)}, id="data-pages"),
    ], className="mt-2")


def legend(lang: str) -> html.P:
    badges = {q: quality_badge(q, lang) for q in ("reported", "estimate", "derived",
                                                  "unverified")}
    text = t("data.quality_legend", lang, reported="\0reported\0", estimate="\0estimate\0",
             derived="\0derived\0", unverified="\0unverified\0")
    parts = [badges.get(p, p) for p in text.split("\0") if p]
    return html.P(parts, className="small text-muted mt-3", id="data-legend")


# --- the page --------------------------------------------------------------------------------

def layout(**query):
    data = runtime.data()
    filters, notices = parse_query(query)
    params, mine = tables.parse_params(query, data)
    lang = filters.lang
    view = tables.dataset_view(data, filters, params)
    body = [
        html.H1(t("data.title", lang)),
        html.P(t("data.intro", lang), className="lead"),
        own_notices(mine, lang),
        _controls(data, filters, params),
        _summary(view, filters, params),
        *_notes(data, view, filters),
        _table(data, view, filters, params),
        _pager(view, filters, params) if not view.rows.empty else None,
        html.P(t("data.rounded", lang), className="small text-muted mt-2 mb-0"),
        legend(lang),
    ]
    return page_frame("/data", filters, notices, body, years=tables.years(data, params.dataset))


# --- callbacks: the controls write the URL ---------------------------------------------------

def _rewrite(search, changes: dict) -> str:
    query = {k: v[0] for k, v in parse_qs((search or "").lstrip("?")).items()}
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    query.pop("page", None)  # a new selection starts at its first page
    return "?" + urlencode(query) if query else ""


def _done(new: str, search) -> str:
    return no_update if new == (search or "") else new


@callback(
    Output(PAGES_LOCATION, "search", allow_duplicate=True),
    Input("data-dataset", "value"),
    State(PAGES_LOCATION, "search"),
    prevent_initial_call=True,
)
def write_dataset(name, search):
    if not isinstance(name, str) or name not in RESOURCES:
        return no_update
    query = {k: v[0] for k, v in parse_qs((search or "").lstrip("?")).items()}
    if query.get("dataset", tables.DEFAULT_DATASET) == name:
        return no_update
    keep_country = "country" in tables.applicable(name)
    return _done(_rewrite(search, {
        "dataset": None if name == tables.DEFAULT_DATASET else name, "sort": None,
        "source": None, **({} if keep_country else {"country": None})}), search)


@callback(
    Output(PAGES_LOCATION, "search", allow_duplicate=True),
    Input("data-country", "value"),
    State(PAGES_LOCATION, "search"),
    prevent_initial_call=True,
)
def write_country(iso, search):
    if iso is not None and not (isinstance(iso, str) and len(iso) == 3 and iso.isalpha()):
        return no_update
    return _done(_rewrite(search, {"country": iso.upper() if iso else None}), search)


@callback(
    Output(PAGES_LOCATION, "search", allow_duplicate=True),
    Input("data-source", "value"),
    State(PAGES_LOCATION, "search"),
    prevent_initial_call=True,
)
def write_source(source_id, search):
    if source_id is not None and (not isinstance(source_id, str) or source_id not in set(
            runtime.data()["sources"]["id"])):
        return no_update
    return _done(_rewrite(search, {"source": source_id}), search)
