"""Any unknown path: a page that says so, in the reader's language, with the site's chrome."""

import dash
from dash import dcc, html

from dashboard.components.frame import page_frame, parse_query
from dashboard.filters import to_query
from dashboard.i18n import t

dash.register_page(__name__, path="/404", title="Not found · Kyrgyz labour migration")


def layout(**query):
    filters, notices = parse_query(query)
    lang = filters.lang
    body = [html.H1(t("notfound.title", lang)),
            html.P(dcc.Link(t("notfound.body", lang), href="/" + to_query(filters)))]
    return page_frame("/404", filters, notices, body)
