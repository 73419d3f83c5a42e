"""The app shell: the HTML page Dash serves (its index) and the Pages container. Its
`_pages_location` is the URL every filter callback writes to (components.frame.PAGES_LOCATION).

The index differs from Dash's default in two ways, both for assistive technology:
- `<html lang="…">` says the language of the requested view (`?lang=`), so a screen reader
  reads Russian and Kyrgyz pages with the right voice from the first word (assets/a11y.js keeps
  it in step when the language changes without a reload);
- Dash's scripts sit in a plain `<div>`, not a `<footer>`: a second, empty "contentinfo"
  landmark beside the site's own footer would be announced as the page's footer.
"""

import dash
from dash import html
from flask import has_request_context, request

from dashboard.filters import LANGS

INDEX = """<!DOCTYPE html>
<html lang="{%lang%}">
    <head>
        {%metas%}
        <title>{%title%}</title>
        {%favicon%}
        {%css%}
    </head>
    <body>
        {%app_entry%}
        <div>
            {%config%}
            {%scripts%}
            {%renderer%}
        </div>
    </body>
</html>"""


def request_lang() -> str:
    """The language the requested view will be rendered in (English unless ?lang= names one
    of the site's languages, as filters.parse decides)."""
    if not has_request_context():
        return "en"
    lang = (request.args.get("lang") or "").strip().lower()
    return lang if lang in LANGS else "en"


class Dash(dash.Dash):
    """dash.Dash with the `lang` of the request written into the index."""

    def interpolate_index(self, **kwargs):
        return super().interpolate_index(**kwargs).replace("{%lang%}", request_lang(), 1)


def shell():
    return html.Div([dash.page_container])
