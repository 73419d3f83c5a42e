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
        {%preloads%}
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


# What a page's charts will fetch only once Dash has booted, asked for its layout and
# rendered the page: plotly.js (dcc.Graph loads it on first use), the map outlines and Russia's
# regions (plotly fetches them when it draws a map). Named in the index, they download while
# Dash boots instead of one after another at the end.
PLOTLY = "plotly"
WORLD = "world"
REGIONS = "regions"
PAGE_FETCHES = {
    "/destinations": (PLOTLY, WORLD),
    "/offices": (PLOTLY, WORLD, REGIONS),
    "/remittances": (PLOTLY,),
    "/recommendations": (PLOTLY,),
    "/indicators": (PLOTLY,),
    "/present": (PLOTLY, WORLD, REGIONS),
    "/embed/dest-map": (PLOTLY, WORLD),
    "/embed/offices-map": (PLOTLY, WORLD, REGIONS),
    "/embed/": (PLOTLY,),
}


def preload_links(path: str) -> str:
    """<link rel=preload> for what the page at `path` will fetch (PAGE_FETCHES)."""
    from dashboard import geodata, static

    wanted = next((v for k, v in PAGE_FETCHES.items()
                   if path == k or (k.endswith("/") and path.startswith(k))), ())
    links = []
    for what in wanted:
        if what == PLOTLY and static.bundle_matches_plotly_py():
            links.append(f'<link rel="preload" as="script" href="{static.PLOTLY_JS_ROUTE}">')
        elif what == WORLD:
            url = dash.get_asset_url("topojson/world_110m.json")
            # plotly fetches these by XHR: as=fetch, and crossorigin to match its CORS mode
            links.append(f'<link rel="preload" as="fetch" crossorigin href="{url}">')
        elif what == REGIONS:
            links.append(f'<link rel="preload" as="fetch" crossorigin '
                         f'href="{geodata.regions_url()}">')
    return "\n        ".join(links)


class Dash(dash.Dash):
    """dash.Dash with the `lang` of the request written into the index, and preloads of what
    the requested page's charts will fetch."""

    def interpolate_index(self, **kwargs):
        html = super().interpolate_index(**kwargs).replace("{%lang%}", request_lang(), 1)
        path = request.path if has_request_context() else "/"
        return html.replace("{%preloads%}", preload_links(path), 1)


def shell():
    return html.Div([dash.page_container])
