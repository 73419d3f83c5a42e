"""/remittances: remittances as % of GDP and in US$, Kyrgyzstan against chosen peers.

Page-specific query: `peers=TJK,UZB` (ISO3 codes from figures.remittances.PEERS).
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, html, no_update

from dashboard import charts, runtime
from dashboard.components.chart import registry_card
from dashboard.components.frame import PAGES_LOCATION, page_frame
from dashboard.figures import remittances as fig_remit
from dashboard.i18n import country, t

dash.register_page(__name__, path="/remittances", title="Remittances · Kyrgyz labour migration",
                   description="Remittances to Kyrgyzstan as a share of GDP and in US$, "
                               "against peers, with sources.",
                   redraw_in_place=True)


def layout(**query):
    data = runtime.data()
    filters, params, notices = charts.parse("/remittances", query, data)
    peers = params["peers"]
    lang = filters.lang
    years = sorted(int(y) for y in fig_remit.wdi(data)["year"].unique())
    body = [
        html.H1(t("remit.title", lang)),
        html.P(t("remit.intro", lang), className="lead"),
        dbc.Row(dbc.Col([
            html.Div(t("remit.peers", lang), id="remit-peers-label", className="form-label"),
            html.Div(dbc.Checklist(
                id="remit-peers", value=list(peers), inline=True,
                options=[{"label": country(p, lang), "value": p} for p in fig_remit.PEERS]),
                role="group", id="remit-peers-field", **{"aria-labelledby": "remit-peers-label"}),
        ]), className="mb-3"),
        registry_card("remit-share", filters, params),
        registry_card("remit-usd", filters, params),
        html.P(t("quality.legend", lang), className="small text-muted"),
    ]
    return page_frame("/remittances", filters, notices, body, years=years)


@callback(
    Output(PAGES_LOCATION, "search", allow_duplicate=True),
    Input("remit-peers", "value"),
    State(PAGES_LOCATION, "search"),
    prevent_initial_call=True,
)
def write_peers_to_url(peers, search):
    query = {k: v[0] for k, v in parse_qs((search or "").lstrip("?")).items()}
    chosen = [p for p in fig_remit.PEERS if p in (peers or [])]
    if tuple(chosen) == fig_remit.DEFAULT_PEERS:
        query.pop("peers", None)
    else:
        query["peers"] = ",".join(chosen)
    new = "?" + urlencode(query) if query else ""
    return no_update if new == (search or "") else new
