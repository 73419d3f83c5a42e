"""/remittances: remittances as % of GDP and in US$, Kyrgyzstan against chosen peers.

Page-specific query: `peers=TJK,UZB` (ISO3 codes from figures.remittances.PEERS).
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, html, no_update

from dashboard import runtime
from dashboard.components.chart import chart_card, source_text
from dashboard.components.frame import PAGES_LOCATION, page_frame, parse_query
from dashboard.figures import remittances as fig_remit
from dashboard.filters import Filters, Notice
from dashboard.i18n import country, t

dash.register_page(__name__, path="/remittances", title="Remittances · Kyrgyz labour migration",
                   description="Remittances to Kyrgyzstan as a share of GDP and in US$, "
                               "against peers, with sources.")


def parse_peers(raw: str | None) -> tuple[tuple[str, ...], list[Notice]]:
    if raw is None:
        return fig_remit.DEFAULT_PEERS, []
    codes = [c.strip().upper() for c in str(raw).split(",") if c.strip()]
    good = tuple(dict.fromkeys(c for c in codes if c in fig_remit.PEERS))
    bad = [c for c in codes if c not in fig_remit.PEERS]
    notices = [Notice("peers", ",".join(bad)[:40], ",".join(good) or "-")] if bad else []
    return good, notices


def _figure(data, measure: str, filters: Filters, peers: tuple[str, ...]):
    countries = ("KGZ", *peers)
    text = source_text(fig_remit.series_sources(data, measure, countries))
    return fig_remit.over_time(data, measure, filters, peers, text)


def breakdown_notes(filters: Filters) -> list[str]:
    lang = filters.lang
    notes = []
    if filters.sector != "all":
        notes.append(t("notice.no_sector_breakdown", lang))
    if filters.gender != "all":
        notes.append(t("notice.no_gender_breakdown", lang))
    return notes


def layout(**query):
    filters, notices = parse_query(query)
    peers, peer_notices = parse_peers(query.get("peers"))
    lang = filters.lang
    data = runtime.data()
    years = sorted(int(y) for y in fig_remit.wdi(data)["year"].unique())
    notes = breakdown_notes(filters)
    share = runtime.cached(_figure, "remittances_pct_gdp", filters, peers)
    usd = runtime.cached(_figure, "remittances_usd", filters, peers)
    countries = ("KGZ", *peers)
    body = [
        html.H1(t("remit.title", lang)),
        html.P(t("remit.intro", lang), className="lead"),
        dbc.Row(dbc.Col([
            html.Div(t("remit.peers", lang), id="remit-peers-label", className="form-label"),
            html.Div(dbc.Checklist(
                id="remit-peers", value=list(peers), inline=True,
                options=[{"label": country(p, lang), "value": p} for p in fig_remit.PEERS]),
                role="group", **{"aria-labelledby": "remit-peers-label"}),
        ]), className="mb-3"),
        chart_card("remit-share", share,
                   fig_remit.series_sources(data, "remittances_pct_gdp", countries), lang,
                   summary=fig_remit.summary(data, filters),
                   notes=[*notes, t("remit.derived_note", lang)]),
        chart_card("remit-usd", usd, fig_remit.series_sources(data, "remittances_usd", countries),
                   lang, notes=notes),
        html.P(t("quality.legend", lang), className="small text-muted"),
    ]
    return page_frame("/remittances", filters, notices + peer_notices, body, years=years)


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
