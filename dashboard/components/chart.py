"""A chart as every page shows it: the graph, its source line with links, a quality note and a
text summary (for screen readers, and for anyone who wants the sentence rather than the shape).
"""

from __future__ import annotations

from collections.abc import Iterable

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard import runtime
from dashboard.i18n import t


def graph_config(filename: str) -> dict:
    return {
        "displaylogo": False,
        "responsive": True,
        # plotly.js fetches geo outlines from here; the default is a CDN, blank offline
        "topojsonURL": dash.get_asset_url("topojson/"),
        "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 2},
        "modeBarButtonsToRemove": ["select2d", "lasso2d"],
    }


def source_items(source_ids: Iterable[str]) -> list[dict]:
    """The sources rows for these ids, in first-seen order, unknown ids skipped."""
    table = runtime.data()["sources"].set_index("id")
    seen = dict.fromkeys(s for s in source_ids if s in table.index)
    return [{"id": s, **table.loc[s].to_dict()} for s in seen]


def source_text(source_ids: Iterable[str]) -> str:
    """'Publisher (year); Publisher (year)': the short line printed inside figures."""
    parts = []
    for s in source_items(source_ids):
        year = f" ({s['year']})" if s["year"] is not None and str(s["year"]) != "<NA>" else ""
        parts.append(f"{s['publisher']}{year}")
    return "; ".join(dict.fromkeys(parts))


def source_line(source_ids: Iterable[str], lang: str) -> html.P:
    links = []
    for s in source_items(source_ids):
        label = f"{s['publisher']}: {s['title']}"
        links.append(html.A(label, href=s["url"], rel="noopener") if s["url"] else label)
        links.append("; ")
    return html.P([html.Strong(f"{t('sources', lang)}: "), *links[:-1]],
                  className="small text-muted mb-1 source-line")


def chart_card(graph_id: str, figure, source_ids: Iterable[str], lang: str, *,
               summary: str = "", notes: Iterable = ()) -> dbc.Card:
    source_ids = list(source_ids)
    return dbc.Card(dbc.CardBody([
        *[dbc.Alert(n, color="info", className="py-2 small mb-2") for n in notes if n],
        dcc.Graph(id=graph_id, figure=figure, config=graph_config(graph_id),
                  className="kg-graph"),
        html.P(summary, className="small chart-summary mb-1",
               id=f"{graph_id}-summary") if summary else None,
        source_line(source_ids, lang),
    ]), className="mb-4 shadow-sm")
