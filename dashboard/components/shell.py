"""The app shell: just the Pages container. Its `_pages_location` is the URL every filter
callback writes to (components.frame.PAGES_LOCATION)."""

import dash
from dash import html


def shell():
    return html.Div([dash.page_container])
