"""/offices: the Kyrgyz diaspora offices, embassy and consulates in Russia that sources name, on a
map of Russia's regions, with the main destinations of migrants that have no office, the services
each office offers, and the list of offices.

Page-specific query: `service=<code>` (a code of schema.SERVICES) shows only offices with that
service; `kind=diaspora,consulate` (codes of figures.offices.KINDS) only those kinds. Both are
written into the URL by this page's callback, so every view is a permalink.
"""

from __future__ import annotations

from html import escape as esc
from urllib.parse import parse_qs, urlencode

import dash
import dash_bootstrap_components as dbc
import pandas as pd
from dash import Input, Output, State, callback, ctx, dcc, html, no_update, set_props

from dashboard import runtime
from dashboard.components.chart import registry_card, source_items, source_text
from dashboard.components.frame import PAGES_LOCATION, page_frame, parse_query
from dashboard.figures import offices as fig_off
from dashboard.i18n import t
from dashboard.schema import SERVICES

dash.register_page(__name__, path="/offices", title="Diaspora offices · Kyrgyz labour migration",
                   description="Kyrgyz diaspora organisations, embassy and consulates in Russia "
                               "that sources name, on a map of regions, with the gaps.",
                   redraw_in_place=True)

PAGE_PARAMS = ("service", "kind")


def notices(bad: list[tuple[str, str, str]], lang: str) -> list:
    def shown(name: str, used: str) -> str:
        if name == "service":
            return t("offices.service.all", lang)
        if used == "-":
            return t("offices.all_kinds", lang)
        return ", ".join(fig_off.kind_label(k, lang) for k in used.split(","))

    # dbc.Alert takes no data-* attributes: the marker sits on a wrapping Div
    return [html.Div(dbc.Alert(t("offices.bad_param", lang, given=given,
                                 name=t(f"offices.{name}", lang).lower(),
                                 used=shown(name, used)),
                               color="warning", className="py-2 mb-2"),
                     role="status", **{"data-notice": name})
            for name, given, used in bad]


def headline_block(data, lang: str) -> html.Div:
    h = fig_off.headline(data)
    reported = h["reported"] if h["reported"] is not None else t("nodata", lang)
    year = h["reported_year"] or "?"
    return html.Div([
        html.P(html.Strong(t("offices.headline", lang, reported=reported,
                             who=t("offices.zamandash", lang), year=year, n=h["n"],
                             m=h["cities"], k=h["verified"])),
               className="fs-4 mb-2", id="offices-headline"),
        html.P(t("offices.headline_reported", lang, reported=reported), className="mb-1"),
        html.P(t("offices.headline_documented", lang, n=h["n"], m=h["cities"],
                 d=h["diaspora_cities"], reported=reported), className="mb-2"),
        totals_block(data, lang),
    ], className="border-start border-4 ps-3 mb-4")


def totals_block(data, lang: str) -> html.Details:
    counts = data["diaspora_counts"]
    table = data["sources"].set_index("id")
    items = []
    for row in counts.itertuples():
        if row.measure == fig_off.REPORTED_MEASURE and row.source_id == fig_off.REPORTED_SOURCE:
            continue
        year = f" ({int(row.year)})" if pd.notna(row.year) else ""
        value = fig_off.fmt_int(row.value, lang) if pd.notna(row.value) else t("nodata", lang)
        text = t("offices.total_row", lang, value=value, unit=row.unit, geography=row.geography,
                 year=year, quote=row.as_published)
        url = table.at[row.source_id, "url"] if row.source_id in table.index else ""
        publisher = table.at[row.source_id, "publisher"] if row.source_id in table.index \
            else row.source_id
        cite = html.A(publisher, href=url, rel="noopener") if url else publisher
        items.append(html.Li([text, " — ", cite]))
    return html.Details([html.Summary(t("offices.other_totals", lang)),
                         html.Ul(items, className="small mt-2")], id="offices-totals")


def controls(data, sel: fig_off.Selection, lang: str) -> dbc.Row:
    shown = fig_off.offices(data, fig_off.Selection(kinds=sel.kinds))
    counts = {c: int(shown["service_list"].map(lambda s, c=c: c in s).sum()) for c in SERVICES}
    service_opts = [{"label": t("offices.service.all", lang), "value": "all"}] + [
        {"label": f"{fig_off.service_label(c, lang)} ({counts[c]})", "value": c}
        for c in SERVICES]
    kind_opts = [{"label": fig_off.kind_label(k, lang), "value": k} for k in fig_off.KINDS]
    return dbc.Row([
        dbc.Col([
            dbc.Label(t("offices.service", lang), html_for="offices-service"),
            dcc.Dropdown(id="offices-service", options=service_opts, value=sel.service,
                         clearable=False, searchable=False),
        ], md=4, id="offices-service-field"),
        dbc.Col([
            html.Div(t("offices.kind", lang), id="offices-kind-label", className="form-label"),
            html.Div(dbc.Checklist(id="offices-kind", options=kind_opts, value=list(sel.kinds),
                                   inline=True),
                     role="group", id="offices-kind-field",
                     **{"aria-labelledby": "offices-kind-label"}),
        ], md=8),
    ], className="g-3 mb-3")


def gaps_block(data, sel: fig_off.Selection, lang: str) -> dbc.Card:
    main = fig_off.main_destinations(data)
    places = ", ".join(fig_off.place_label(p, lang) for p in main["place"])
    the_gaps = fig_off.gaps(data, sel)
    body = [html.H2(t("offices.gaps_title", lang), className="h5"),
            html.P(t("offices.gaps_intro", lang, places=places) if the_gaps else
                   f"{t('offices.gaps_intro', lang, places=places).rsplit(':', 1)[0]}. "
                   f"{t('offices.gaps_none', lang)}", className="small")]
    if the_gaps:
        body.append(html.Ul([
            html.Li([html.Strong(", ".join(fig_off.region_label(i, lang) for i in g["regions"])),
                     " (", t("offices.gap_named_as", lang, place=g["as_published"]), ")"],
                    **{"data-gap": ",".join(g["regions"])})
            for g in the_gaps], id="offices-gaps"))
    if sel.service != "all":
        body.append(html.P(t("offices.service_caveat", lang), className="small text-muted"))
    return dbc.Card(dbc.CardBody(body), className="h-100 shadow-sm", id="offices-gaps-card")


def ratio_block(data, sel: fig_off.Selection, lang: str) -> dbc.Card:
    items = []
    for r in fig_off.ratios(data, sel):
        values = {"place": fig_off.place_label(r["place"], lang),
                  "value": fig_off.fmt_int(r["value"], lang),
                  "quality": t(f"quality.{r['quality']}", lang),
                  "year": r["year"] or t("offices.year_unknown", lang)}
        if not r["regions"]:
            text = t("offices.ratio_not_region", lang, **values)
        elif r["ratio"] is None:
            text = t("offices.ratio_no_office", lang, **values)
        else:
            text = t("offices.ratio_row", lang, n=r["offices"],
                     ratio=fig_off.fmt_int(r["ratio"], lang), **values)
        items.append(html.Li(text, **{"data-ratio": r["place"]}))
    ids = [r["source_id"] for r in fig_off.ratios(data, sel)]
    return dbc.Card(dbc.CardBody([
        html.H2(t("offices.ratio_title", lang), className="h5"),
        html.P(t("offices.ratio_intro", lang), className="small"),
        html.Ul(items, id="offices-ratios") if items else
        html.P(t("nodata.long", lang), className="small"),
        html.P([html.Strong(f"{t('sources', lang)}: "), source_text(ids)],
               className="small text-muted mb-0"),
    ]), className="h-100 shadow-sm", id="offices-ratio-card")


def office_table(data, sel: fig_off.Selection, lang: str) -> html.Div:
    """The offices shown, one row each. The table is one HTML block (dcc.Markdown), as on
    /recommendations: ~45 rows as Dash components are ~550 of the page's ~800 components, and
    every store update of the page walks them all."""
    shown = fig_off.offices(data, sel)
    shown = shown.assign(_k=shown["kind"].map(fig_off.KINDS.index)).sort_values(
        ["city", "_k", "id"])
    sources = {s["id"]: s for s in source_items(shown["source_id"])}
    head = "".join(f'<th scope="col">{esc(t(k, lang))}</th>' for k in (
        "offices.col.organisation", "offices.col.city", "offices.col.region", "offices.kind",
        "offices.hover.services", "offices.col.verified", "offices.col.year",
        "offices.col.source"))
    rows = []
    for r in shown.itertuples():
        src = sources.get(r.source_id)
        if src and src["url"]:
            cite = f'<a href="{esc(src["url"])}" rel="noopener">{esc(src["publisher"])}</a>'
        else:
            cite = esc(src["publisher"] if src else r.source_id)
        services = esc(", ".join(fig_off.service_label(s, lang) for s in r.service_list)) or \
            f'<span class="text-muted">{esc(fig_off.service_label("none", lang))}</span>'
        note = f'<div class="small text-muted">{esc(r.note)}</div>' if r.note else ""
        verified = t("offices.yes" if r.verified else "offices.no", lang)
        italic = "" if r.verified else ' class="fst-italic"'
        cells = [
            f"<td><div>{esc(r.organisation)}</div>{note}</td>",
            f"<td>{esc(fig_off.city_label(r.city, lang))}</td>",
            f"<td>{esc(fig_off.region_label(r.region, lang))}</td>",
            f"<td>{esc(fig_off.kind_label(r.kind, lang))}</td>",
            f"<td>{services}</td>",
            f"<td{italic}>{esc(verified)}</td>",
            f"<td>{int(r.year) if pd.notna(r.year) else '–'}</td>",
            f'<td class="small">{cite}</td>',
        ]
        rows.append(f'<tr data-office="{esc(str(r.id))}" '
                    f'data-verified="{str(bool(r.verified)).lower()}">{"".join(cells)}</tr>')
    total = len(data["diaspora_offices"])
    table = ('<div class="table-responsive"><table id="offices-table" '
             'class="small table table-sm table-striped table-hover">'
             f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")
    return html.Div([
        html.H2(t("offices.table_title", lang), className="h4 mt-4"),
        html.P([t("offices.table_count", lang, n=len(shown), total=total),
                f" {t('offices.table_english', lang)}" if lang != "en" else ""],
               className="small text-muted", id="offices-table-count"),
        dcc.Markdown(table, dangerously_allow_html=True, id="offices-table-block"),
    ])


def layout(**query):
    filters, filter_notices = parse_query(query)
    lang = filters.lang
    data = runtime.data()
    sel, bad = fig_off.parse_selection(query)
    params = {"service": sel.service, "kind": sel.kinds}
    years = sorted({int(y) for y in data["diaspora_offices"]["year"].dropna()})
    body = [
        html.H1(t("offices.title", lang)),
        html.P(t("offices.intro", lang), className="lead"),
        *notices(bad, lang),
        headline_block(data, lang),
        controls(data, sel, lang),
        registry_card("offices-map", filters, params),
        dbc.Row([
            dbc.Col(gaps_block(data, sel, lang), md=6, className="mb-3"),
            dbc.Col(ratio_block(data, sel, lang), md=6, className="mb-3"),
        ], className="mb-3"),
        registry_card("offices-services", filters, params),
        html.P(t("offices.quality_legend", lang), className="small text-muted",
               id="offices-legend"),
        office_table(data, sel, lang),
    ]
    return page_frame("/offices", filters, filter_notices, body, years=years)


@callback(
    Output(PAGES_LOCATION, "search", allow_duplicate=True),
    Input("offices-service", "value"),
    Input("offices-kind", "value"),
    Input("offices-services", "clickData"),
    State(PAGES_LOCATION, "search"),
    prevent_initial_call=True,
)
def write_selection_to_url(service, kinds, bar_click, search):
    """A page control changed (or a service bar was clicked): write service and kind into the
    URL; the page re-renders from it."""
    query = {k: v[0] for k, v in parse_qs((search or "").lstrip("?")).items()}
    current, _ = fig_off.parse_selection(query)
    if ctx.triggered_id == "offices-services":
        clicked = _clicked_service(bar_click)
        if clicked is None:
            return no_update
        # the chart is updated in place, not remounted (view_cache): the click is consumed,
        # so that a second click on the same bar is a change again
        set_props("offices-services", {"clickData": None})
        service = "all" if clicked == current.service else clicked
    service = service if isinstance(service, str) and service in SERVICES else "all"
    chosen = [k for k in fig_off.KINDS if isinstance(kinds, list) and k in kinds]
    if service == "all":
        query.pop("service", None)
    else:
        query["service"] = service
    if not chosen or tuple(chosen) == fig_off.KINDS:
        query.pop("kind", None)
    else:
        query["kind"] = ",".join(chosen)
    new = "?" + urlencode(query) if query else ""
    return no_update if new == (search or "") else new


def _clicked_service(click) -> str | None:
    try:
        code = click["points"][0]["customdata"]
    except (TypeError, KeyError, IndexError):
        return None
    return code if code in SERVICES else None
