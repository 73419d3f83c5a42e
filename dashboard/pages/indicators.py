"""/indicators (being built)."""

import dash
from dash import html

from dashboard.components.frame import page_frame, parse_query
from dashboard.i18n import t

dash.register_page(__name__, path="/indicators")


def layout(**query):
    filters, notices = parse_query(query)
    return page_frame("/indicators", filters, notices, [html.H1(t("nav.indicators", filters.lang))])
