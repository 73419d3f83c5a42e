"""/destinations: where Kyrgyz migrants go (UN DESA flow map and ranking), every cited figure
side by side by measure and source, the UN DESA trend, and the sectors sources name.

Page-specific query: `dest=RUS` (the destination of the "sources disagree" chart: an ISO3 code
with cited figures, or WLD for all countries) and `map=eurasia|world|russia` (the map's area).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlencode

import dash
import dash_bootstrap_components as dbc
import pandas as pd
from dash import Input, Output, State, callback, dcc, html, no_update

from dashboard import runtime
from dashboard.components.chart import chart_card, source_items, source_text
from dashboard.components.frame import PAGES_LOCATION, page_frame, parse_query, sector_label
from dashboard.figures import destinations as fig_dest
from dashboard.figures import style
from dashboard.filters import Filters, Notice
from dashboard.i18n import t

dash.register_page(__name__, path="/destinations",
                   title="Destinations · Kyrgyz labour migration",
                   description="Where Kyrgyz migrants go: countries, Russian cities and regions, "
                               "over time, by sex, with every source's figure side by side.")

MAP_SOURCES = [fig_dest.UNDESA, "tspc2013"]


def parse_page(query: dict, data) -> tuple[str, str, list[Notice]]:
    """The page's own parameters: (dest, view, notices). Never fails."""
    notices = []
    dests = fig_dest.destinations_cited(data)
    raw = query.get("dest")
    dest = fig_dest.DEFAULT_DEST
    if raw not in (None, ""):
        code = str(raw).strip().upper()
        if code in dests:
            dest = code
        else:
            notices.append(Notice("dest", str(raw)[:40], dest))
    raw = query.get("map")
    view = fig_dest.DEFAULT_VIEW
    if raw not in (None, ""):
        code = str(raw).strip().lower()
        if code in fig_dest.VIEWS:
            view = code
        else:
            notices.append(Notice("map", str(raw)[:40], view))
    return dest, view, notices


def _map(data, filters: Filters, view: str):
    ids = MAP_SOURCES + list(dict.fromkeys(fig_dest.place_rows(data)["source_id"]))
    return fig_dest.world_map(data, filters, view, source_text(ids))


def _bars(data, filters: Filters):
    return fig_dest.ranked_bars(data, filters, source_text([fig_dest.UNDESA]))


def _disagree(data, filters: Filters, dest: str):
    ids = fig_dest.disagreement_sources(data, filters, dest)
    return fig_dest.disagreement(data, filters, dest, source_text(ids))


def _trend(data, filters: Filters):
    return fig_dest.trend(data, filters, source_text(_trend_sources(data, filters)))


def _trend_sources(data, filters: Filters) -> list[str]:
    marks = fig_dest.cited(data)
    marks = marks[(marks["measure"] == "stock_born_abroad") & (marks["sex"] == filters.sex)]
    return [fig_dest.UNDESA, *dict.fromkeys(marks["source_id"])]


def _sectors(data, filters: Filters):
    ids = list(dict.fromkeys(fig_dest.sector_rows(data, filters)["source_id"]))
    return fig_dest.sector_mentions(data, filters, source_text(ids))


def _source_link(source_id: str):
    items = source_items([source_id])
    if not items:
        return source_id
    item = items[0]
    return html.A(item["publisher"], href=item["url"], rel="noopener") if item["url"] \
        else item["publisher"]


def disagreement_table(data, filters: Filters, dest: str) -> html.Div:
    lang = filters.lang
    rows = fig_dest.disagreement_rows(data, filters, dest)
    cols = ["year", "measure", "place", "figure", "as_published", "source", "quality", "note"]
    head = html.Thead(html.Tr([html.Th(t(f"dest.col.{c}", lang), scope="col") for c in cols]))
    body = []
    for row in rows.to_dict("records"):
        year = int(row["year"]) if pd.notna(row["year"]) else None
        place = (t(f"dest.place.{row['place']}", lang) if row["place"]
                 else t("dest.whole_country", lang))
        cells = [year if year else t("dest.no_year", lang),
                 fig_dest.measure_label(row["measure"], lang), place,
                 fig_dest.value_text(row, lang), row["as_published"],
                 _source_link(row["source_id"]),
                 style.quality_label(row["quality"], lang), row["note"]]
        body.append(html.Tr([html.Td(c) for c in cells],
                            className="table-warning" if year and year == filters.year else None))
    caption = t("dest.table_caption", lang, dest=fig_dest.name(dest, lang),
                sex=fig_dest.sex_label(filters.sex, lang))
    if not body:
        return html.P(t("dest.disagree_none", lang, dest=fig_dest.name(dest, lang)),
                      className="text-muted", id="dest-table")
    return html.Div(dbc.Table([html.Caption(caption, className="caption-top"), head,
                               html.Tbody(body)],
                              bordered=False, striped=True, hover=True, size="sm",
                              className="small"),
                    className="table-responsive mb-4", id="dest-table")


def sector_block(data, filters: Filters) -> html.Div:
    lang = filters.lang
    if filters.sector == "all":
        return html.P(t("dest.sector_hint", lang), className="small text-muted",
                      id="dest-sector-list")
    label = sector_label(filters.sector, lang)
    rows = fig_dest.sector_list(data, filters)
    if rows.empty:
        return html.P(t("dest.sector_none", lang, sector=label), className="small",
                      id="dest-sector-list")
    items = []
    for row in rows.to_dict("records"):
        dest = (t("dest.not_stated", lang) if row["destination_iso3"] == "WLD"
                else fig_dest.name(row["destination_iso3"], lang))
        year = int(row["year"]) if pd.notna(row["year"]) else t("dest.no_year", lang)
        figure = fig_dest.value_text(row, lang)
        items.append(html.Li([
            html.Strong(f"{dest}, {year}"), f" · {fig_dest.sex_label(row['sex'], lang)}: ",
            f"“{row['as_published']}”", f" ({figure})" if figure != "–" else "",
            " — ", _source_link(row["source_id"]),
            f" ({style.quality_label(row['quality'], lang)})"]))
    return html.Div([html.H3(t("dest.sector_list", lang, sector=label), className="h6"),
                     html.Ul(items, className="small")], id="dest-sector-list")


def sectors_summary(data, filters: Filters) -> str:
    rows = fig_dest.sector_rows(data, filters)
    if rows.empty:
        return t("nodata.long", filters.lang)
    counts = rows.groupby("sector")["source_id"].nunique().sort_values(ascending=False)
    top = ", ".join(f"{fig_dest.sector_label(data, s, filters.lang)} ({n})"
                    for s, n in counts.head(3).items())
    return t("dest.sectors_summary", filters.lang, n=len(counts),
             k=rows["source_id"].nunique(), top=top)


def layout(**query):
    filters, notices = parse_query(query)
    data = runtime.data()
    dest, view, page_notices = parse_page(query, data)
    lang = filters.lang
    year = fig_dest.map_year(data, filters)
    sector_note = t("dest.sector_stock_note", lang) if filters.sector != "all" else None
    year_note = (t("notice.year_used", lang, wanted=filters.year, used=year)
                 if filters.year and year != filters.year else None)
    gender_places = t("dest.places_no_gender", lang) if filters.gender != "all" else None
    hidden = fig_dest.other_sex_count(data, filters, dest) if filters.gender != "all" else 0
    dest_opts = [{"label": fig_dest.name(d, lang), "value": d}
                 for d in fig_dest.destinations_cited(data)]
    view_opts = [{"label": t(f"dest.view.{v}", lang), "value": v} for v in fig_dest.VIEWS]
    map_ids = MAP_SOURCES + list(dict.fromkeys(fig_dest.place_rows(data)["source_id"]))
    body = [
        html.H1(t("dest.title", lang)),
        html.P(t("dest.intro", lang), className="lead"),
        html.P(t("dest.map_note", lang), className="small"),
        dbc.Row([
            dbc.Col([
                html.Div([
                    html.Span(t("dest.view", lang), id="dest-view-label",
                              className="form-label me-3"),
                    html.Div(dbc.RadioItems(id="dest-view", options=view_opts, value=view,
                                            inline=True),
                             role="radiogroup", className="d-inline-block",
                             **{"aria-labelledby": "dest-view-label"}),
                ], className="mb-2"),
                chart_card("dest-map", runtime.cached(_map, filters, view), map_ids, lang,
                           summary=fig_dest.map_summary(data, filters),
                           notes=[year_note, sector_note, gender_places]),
            ], lg=8),
            dbc.Col(chart_card("dest-bars", runtime.cached(_bars, filters),
                               [fig_dest.UNDESA], lang,
                               summary=t("dest.bars_summary", lang),
                               notes=[sector_note]), lg=4),
        ]),
        html.H2(t("dest.disagree_heading", lang), className="mt-2"),
        html.P(t("dest.disagree_intro", lang)),
        dbc.Row(dbc.Col([
            dbc.Label(t("dest.choose_dest", lang), html_for="dest-dest"),
            dcc.Dropdown(id="dest-dest", options=dest_opts, value=dest, clearable=False,
                         searchable=True),
        ], md=4), className="mb-3"),
        chart_card("dest-disagree", runtime.cached(_disagree, filters, dest),
                   fig_dest.disagreement_sources(data, filters, dest), lang,
                   summary=fig_dest.disagreement_summary(data, filters, dest),
                   notes=[sector_note,
                          t("dest.other_sex_note", lang, n=hidden) if hidden else None,
                          t("dest.chart_omits", lang)]),
        disagreement_table(data, filters, dest),
        dbc.Row([
            dbc.Col(chart_card("dest-trend", runtime.cached(_trend, filters),
                               _trend_sources(data, filters), lang,
                               summary=fig_dest.trend_summary(data, filters),
                               notes=[sector_note, t("dest.trend_note", lang)]), lg=6),
            dbc.Col([
                html.H2(t("dest.sectors_heading", lang), className="h4"),
                chart_card("dest-sectors", runtime.cached(_sectors, filters),
                           list(dict.fromkeys(fig_dest.sector_rows(data, filters)["source_id"])),
                           lang, summary=sectors_summary(data, filters),
                           notes=[t("dest.sectors_gender_note", lang)
                                  if filters.gender != "all" else None]),
                sector_block(data, filters),
            ], lg=6),
        ]),
        html.P(t("quality.legend", lang), className="small text-muted"),
    ]
    return page_frame("/destinations", filters, notices + page_notices, body,
                      years=fig_dest.all_years(data))


@callback(
    Output(PAGES_LOCATION, "search", allow_duplicate=True),
    Input("dest-dest", "value"),
    Input("dest-view", "value"),
    State(PAGES_LOCATION, "search"),
    prevent_initial_call=True,
)
def write_page_params(dest, view, search):
    """The destination chooser or the map area changed: write them into the URL (defaults
    left out); the page re-renders from it."""
    query = {k: v[0] for k, v in parse_qs((search or "").lstrip("?")).items()}
    dest = dest if isinstance(dest, str) and re.fullmatch(r"[A-Z]{3}", dest) else None
    view = view if view in fig_dest.VIEWS else None
    wanted = {"dest": (dest, fig_dest.DEFAULT_DEST), "map": (view, fig_dest.DEFAULT_VIEW)}
    for key, (value, default) in wanted.items():
        if value is None or value == default:
            query.pop(key, None)
        else:
            query[key] = value
    new = "?" + urlencode(query) if query else ""
    return no_update if new == (search or "") else new
