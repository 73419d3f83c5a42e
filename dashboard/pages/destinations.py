"""/destinations: where Kyrgyz migrants go (UN DESA flow map and ranking), every cited figure
side by side by measure and source, the UN DESA trend, and the sectors sources name.

Page-specific query: `dest=RUS` (the destination of the "sources disagree" chart: an ISO3 code
with cited figures, or WLD for all countries) and `map=eurasia|world|russia` (the map's area).
"""

from __future__ import annotations

import re
from html import escape as esc
from urllib.parse import parse_qs, urlencode

import dash
import dash_bootstrap_components as dbc
import pandas as pd
from dash import Input, Output, State, callback, dcc, html, no_update

from dashboard import charts, runtime
from dashboard.components.chart import registry_card, source_items
from dashboard.components.frame import PAGES_LOCATION, page_frame, sector_label
from dashboard.figures import destinations as fig_dest
from dashboard.figures import style
from dashboard.filters import Filters
from dashboard.i18n import t

dash.register_page(__name__, path="/destinations",
                   title="Destinations · Kyrgyz labour migration",
                   description="Where Kyrgyz migrants go: countries, Russian cities and regions, "
                               "over time, by sex, with every source's figure side by side.",
                   redraw_in_place=True)

def _source_link(source_id: str):
    items = source_items([source_id])
    if not items:
        return source_id
    item = items[0]
    return html.A(item["publisher"], href=item["url"], rel="noopener") if item["url"] \
        else item["publisher"]


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _source_html(source_id: str) -> str:
    items = source_items([source_id])
    if not items:
        return esc(source_id)
    item = items[0]
    return (f'<a href="{esc(item["url"])}" rel="noopener">{esc(item["publisher"])}</a>'
            if item["url"] else esc(item["publisher"]))


def disagreement_table(data, filters: Filters, dest: str) -> html.Div:
    """Every cited figure for the destination. One HTML block (dcc.Markdown), as on
    /recommendations: ~50 rows as Dash components are ~450 components, which the browser
    remounts whenever the table changes (a gender or year change) and which every store update
    of the page walks."""
    lang = filters.lang
    rows = fig_dest.disagreement_rows(data, filters, dest)
    cols = ["year", "measure", "place", "figure", "as_published", "source", "quality", "note"]
    head = "".join(f'<th scope="col">{esc(t(f"dest.col.{c}", lang))}</th>' for c in cols)
    body = []
    for row in rows.to_dict("records"):
        year = int(row["year"]) if pd.notna(row["year"]) else None
        place = (t(f"dest.place.{row['place']}", lang) if row["place"]
                 else t("dest.whole_country", lang))
        cells = [esc(str(year) if year else t("dest.no_year", lang)),
                 esc(fig_dest.measure_label(row["measure"], lang)), esc(place),
                 esc(fig_dest.value_text(row, lang)), esc(_text(row["as_published"])),
                 _source_html(row["source_id"]),
                 esc(style.quality_label(row["quality"], lang)), esc(_text(row["note"]))]
        mark = ' class="table-warning"' if year and year == filters.year else ""
        body.append(f"<tr{mark}>{''.join(f'<td>{c}</td>' for c in cells)}</tr>")
    caption = t("dest.table_caption", lang, dest=fig_dest.name(dest, lang),
                sex=fig_dest.sex_label(filters.sex, lang))
    if not body:
        return html.P(t("dest.disagree_none", lang, dest=fig_dest.name(dest, lang)),
                      className="text-muted", id="dest-table")
    table = (f'<table class="small table table-sm table-striped table-hover">'
             f'<caption class="caption-top">{esc(caption)}</caption>'
             f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")
    return html.Div(dcc.Markdown(table, dangerously_allow_html=True),
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


def layout(**query):
    data = runtime.data()
    filters, params, notices = charts.parse("/destinations", query, data)
    dest, view = params["dest"], params["map"]
    lang = filters.lang
    dest_opts = [{"label": fig_dest.name(d, lang), "value": d}
                 for d in fig_dest.destinations_cited(data)]
    view_opts = [{"label": t(f"dest.view.{v}", lang), "value": v} for v in fig_dest.VIEWS]
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
                                            inline=True, name="dest-view"),
                             role="radiogroup", className="d-inline-block", id="dest-view-field",
                             **{"aria-labelledby": "dest-view-label"}),
                ], className="mb-2"),
                registry_card("dest-map", filters, params),
            ], lg=8),
            dbc.Col(registry_card("dest-bars", filters, params), lg=4),
        ]),
        html.H2(t("dest.disagree_heading", lang), className="mt-2"),
        html.P(t("dest.disagree_intro", lang)),
        dbc.Row(dbc.Col([
            dbc.Label(t("dest.choose_dest", lang), html_for="dest-dest"),
            dcc.Dropdown(id="dest-dest", options=dest_opts, value=dest, clearable=False,
                         searchable=True),
        ], md=4, id="dest-dest-field"), className="mb-3"),
        registry_card("dest-disagree", filters, params),
        disagreement_table(data, filters, dest),
        dbc.Row([
            dbc.Col(registry_card("dest-trend", filters, params), lg=6),
            dbc.Col([
                html.H2(t("dest.sectors_heading", lang), className="h4"),
                registry_card("dest-sectors", filters, params),
                sector_block(data, filters),
            ], lg=6),
        ]),
        html.P(t("quality.legend", lang), className="small text-muted"),
    ]
    return page_frame("/destinations", filters, notices, body,
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
