"""/data (being built)."""

import dash
from dash import html

from dashboard.components.frame import page_frame, parse_query
from dashboard.i18n import t

dash.register_page(__name__, path="/data")


def layout(**query):
    filters, notices = parse_query(query)
    return page_frame("/data", filters, notices, [html.H1(t("nav.data", filters.lang))])
