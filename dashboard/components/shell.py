"""The app shell: a URL the filter callbacks write to, and the Pages container."""

import dash
from dash import dcc, html


def shell():
    return html.Div([
        # refresh=False: writing ?query here updates the address bar without a reload; the Pages
        # router hears the change and re-renders the current page from the new query.
        dcc.Location(id="url", refresh=False),
        dash.page_container,
    ])
